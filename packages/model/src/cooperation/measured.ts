/**
 * @module cooperation/measured
 * Measured cooperation beside the self-reported score (issue 18 item 2). The paper scores
 * international cooperation by self-report (0–100); a coopsec node runs the cooperation, so it
 * can show what its exchange records say. Those figures are shown as they are, each with its
 * source, period and confidence. The optional score below is coopsec's own rule, labelled as
 * measured and never put in place of (or averaged with) the reported score.
 *
 * Rule `coopsec-measured-cooperation-v1`: the mean, times 100, of the ratios the records can
 * give (a ratio whose denominator is 0 is missing and left out; no ratio, no score):
 *  - agreements in use: agreements whose flow carried at least one object / agreements;
 *  - partners reachable: reachable peer nodes / configured peer nodes;
 *  - sightings returned: sightings returned per indicator shared, capped at 1;
 *  - joint response: joint incident cases / incident cases opened;
 *  - containment: contained cases / incident cases opened.
 * Each ratio is a share of what the node itself set up, so the score says how much of its own
 * cooperation machinery is in use, not how it compares with another country's self-report.
 */
import type { COOPERATION_SOURCE } from './metrics.ts';
import { type CooperationMetrics } from './metrics.ts';

export const MEASURED_COOPERATION_RULE = 'coopsec-measured-cooperation-v1';

export interface MeasuredRatio {
  readonly id:
    | 'agreements-in-use'
    | 'partners-reachable'
    | 'sightings-returned'
    | 'joint-response'
    | 'containment';
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator in [0, 1]; null (missing) when the denominator is 0. */
  readonly value: number | null;
}

export interface MeasuredCooperation {
  readonly kind: 'measured';
  readonly source: typeof COOPERATION_SOURCE;
  readonly period: CooperationMetrics['period'];
  readonly figures: {
    readonly objectsShared: number;
    readonly objectsReceived: number;
    readonly uniqueIndicators: number;
    readonly agreementsActive: number;
    readonly peersReachable: number;
    readonly jointCases: number;
    readonly advisoriesExchanged: number;
  };
  readonly ratios: readonly MeasuredRatio[];
  /** 0–100 by the rule above; null when no ratio can be computed. */
  readonly score: number | null;
  readonly rule: typeof MEASURED_COOPERATION_RULE;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

function ratio(
  id: MeasuredRatio['id'],
  numerator: number,
  denominator: number,
  cap = 1,
): MeasuredRatio {
  return {
    id,
    numerator,
    denominator,
    value: denominator === 0 ? null : Math.min(cap, numerator / denominator),
  };
}

export function measuredCooperation(m: CooperationMetrics): MeasuredCooperation {
  const orgs = m.organisations;
  const indicators = sum(orgs.map((o) => o.uniqueIndicators));
  const ratios = [
    ratio('agreements-in-use', m.sharing.filter((f) => f.objects > 0).length, m.sharing.length),
    ratio('partners-reachable', m.peersReachable, m.partners.length),
    ratio('sightings-returned', sum(orgs.map((o) => o.sightingsReturned)), indicators),
    ratio('joint-response', m.incidents.joint, m.incidents.cases),
    ratio('containment', m.incidents.contained, m.incidents.cases),
  ];
  const known = ratios.flatMap((r) => (r.value === null ? [] : [r.value]));
  return {
    kind: 'measured',
    source: m.source,
    period: m.period,
    figures: {
      objectsShared: sum(orgs.map((o) => o.shared.total)),
      objectsReceived: sum(m.partners.map((p) => p.received.total)),
      uniqueIndicators: indicators,
      agreementsActive: sum(orgs.map((o) => o.agreementsActive)),
      peersReachable: m.peersReachable,
      jointCases: m.incidents.joint,
      advisoriesExchanged: m.advisories.published + m.advisories.received,
    },
    ratios,
    score: known.length === 0 ? null : Math.round((sum(known) / known.length) * 1000) / 10,
    rule: MEASURED_COOPERATION_RULE,
  };
}
