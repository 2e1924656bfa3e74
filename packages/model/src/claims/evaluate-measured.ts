/**
 * @module claims/evaluate-measured
 * Verdicts for `measured` claims: statements about cooperation measured from a node's exchange
 * records (issue 18 item 2). The records are the node's own, so they decide claims about the
 * country that node serves and nothing else; an audit run without them (no node country set,
 * or a claim about another country) cannot decide, and a share or score the records cannot give
 * yet (missing) is never taken as 0.
 */
import type { MeasuredCooperation } from '../cooperation/measured.ts';
import type { ClaimEvaluation, MeasuredClaim } from './types.ts';

/** The measured cooperation an audit may use: the node's, for the country it serves. */
export interface MeasuredClaimContext {
  readonly country: string;
  readonly cooperation: MeasuredCooperation;
}

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function measuredValue(c: MeasuredClaim, m: MeasuredCooperation): number | null {
  if (c.measure === 'score') return m.score;
  if (c.measure in m.figures) return m.figures[c.measure as keyof MeasuredCooperation['figures']];
  return m.ratios.find((r) => r.id === c.measure)?.value ?? null;
}

function holds(c: MeasuredClaim, actual: number): boolean {
  switch (c.comparison) {
    case 'at-least':
      return actual >= c.value;
    case 'at-most':
      return actual <= c.value;
    case 'equals':
      return Math.abs(actual - c.value) <= c.tolerance + 1e-9;
  }
}

export function evalMeasured(
  c: MeasuredClaim,
  measured: MeasuredClaimContext | undefined,
): ClaimEvaluation {
  if (measured === undefined)
    return {
      verdict: 'cannot-be-decided',
      explanation: `No measured cooperation in this audit: only the node that serves ${c.country} (COOPSEC_NODE_COUNTRY) measures it.`,
      numbers: { measure: c.measure },
    };
  if (measured.country !== c.country)
    return {
      verdict: 'cannot-be-decided',
      explanation: `This node's records measure ${measured.country}'s cooperation, not ${c.country}'s.`,
      numbers: { measure: c.measure, nodeCountry: measured.country },
    };
  const actual = measuredValue(c, measured.cooperation);
  const { period } = measured.cooperation;
  const numbers = {
    measure: c.measure,
    claimed: c.value,
    measured: actual === null ? null : r4(actual),
    from: period.from,
    to: period.to,
  };
  const when = `${period.from ?? 'the first record'} to ${period.to ?? 'the latest record'}`;
  if (actual === null)
    return {
      verdict: 'cannot-be-decided',
      explanation: `The records from ${when} give no ${c.measure} yet (nothing to count): it is missing, not 0.`,
      numbers,
    };
  const words = { 'at-least': 'at least', 'at-most': 'at most', equals: 'equal to' }[c.comparison];
  const ok = holds(c, actual);
  return {
    verdict: ok ? 'holds' : 'does-not-hold',
    explanation: `Measured ${c.measure} from ${when}: ${r4(actual)}; the claim says ${words} ${c.value}${c.comparison === 'equals' && c.tolerance > 0 ? ` (±${c.tolerance})` : ''}.`,
    numbers,
  };
}
