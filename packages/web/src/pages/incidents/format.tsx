/**
 * @module pages/incidents/format
 * Small formatting pieces of the Incidents page: times in UTC (participants sit in different
 * countries, so one time zone for all), durations, and TLP/PAP badges.
 */
/** `2026-12-03 11:15 UTC`. */
export function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A duration in ms as `2 d 3 h`, `4 h 10 min` or `35 min`; under a minute is `< 1 min`. */
export function duration(ms: number): string {
  const min = Math.floor(ms / 60_000);
  if (min < 1) return '< 1 min';
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min`;
}

/** TLP 2.0 or PAP level as a badge in the TLP colours (ui/tlp.tsx, styles.css `.tlp-*`). */
export function Level({ kind, level }: { kind: 'tlp' | 'pap'; level: string }) {
  const cls = `tlp tlp-${level.toLowerCase().replace('+', '-')}`;
  return <span className={cls}>{`${kind.toUpperCase()}:${level.toUpperCase()}`}</span>;
}
