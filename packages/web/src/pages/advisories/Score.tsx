/**
 * @module pages/advisories/Score
 * A CVSS base score with its qualitative rating (CVSS v3.1 §5 and v4.0 §3 use the same bands:
 * 0 none, 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical), coloured as the
 * severities of incident cases are.
 */
export function rating(score: number): 'none' | 'low' | 'medium' | 'high' | 'critical' {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}

export function Score({ score }: { score: number }) {
  const r = rating(score);
  return (
    // CVSS's qualitative ratings are the standard's words.
    <span
      className={`severity severity-${r}`}
      title={`CVSS base score ${score} (${r})`}
      translate="no"
    >
      {score.toFixed(1)} {r}
    </span>
  );
}
