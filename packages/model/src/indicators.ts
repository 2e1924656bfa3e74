/**
 * @module indicators
 * Component scores built from indicators (PRODUCT.md A2): questions with evidence, like the
 * NCSI's and GCI's, aggregated with explicit weights. The rule follows the NCSI (FACTS.md §3):
 * score = points achieved / maximum points × 100, and a point counts only with evidence, so an
 * unanswered indicator scores 0 and is listed as such — never silently dropped, which would
 * raise the score. A component score may also be entered directly with a source instead.
 */
import { isComponentId, type ComponentId } from './components.ts';
import { CoopsecError, type ErrorDetail } from './errors.ts';

export interface Indicator {
  readonly id: string;
  readonly component: ComponentId;
  readonly question: string;
  /** Maximum points of the indicator: its weight in the component score. */
  readonly weight: number;
}

export interface IndicatorAnswer {
  readonly indicatorId: string;
  /** Share of the indicator's points achieved, 0–1 (1 = fully met). */
  readonly achieved: number;
  /** Public evidence (a legal act, an official page): required for any points. */
  readonly evidence: string;
  readonly sourceId: string;
}

export interface IndicatorScore {
  readonly component: ComponentId;
  /** 0–100. */
  readonly score: number;
  readonly pointsAchieved: number;
  readonly pointsMaximum: number;
  /** Indicators with no answer; each counted as 0 points. */
  readonly unanswered: readonly string[];
  readonly rule: string;
}

export const INDICATOR_RULE =
  'score = Σ(weight × achieved) / Σ weight × 100 over every indicator of the component; an unanswered indicator counts 0 points (NCSI rule: a point needs public evidence).';

/**
 * @example
 * componentScoreFromIndicators({
 *   component: 'regulatory',
 *   indicators: [{ id: 'law', component: 'regulatory', question: 'Is there a cyber-security law?', weight: 3 },
 *                { id: 'cii', component: 'regulatory', question: 'Is critical infrastructure regulated?', weight: 1 }],
 *   answers: [{ indicatorId: 'law', achieved: 1, evidence: 'Law No. …', sourceId: 'paper' }],
 * }).score; // 75 (3 of 4 points; 'cii' unanswered counts 0)
 */
export function componentScoreFromIndicators(input: {
  component: ComponentId;
  indicators: readonly Indicator[];
  answers: readonly IndicatorAnswer[];
}): IndicatorScore {
  const details: ErrorDetail[] = [];
  const ids = new Set<string>();
  for (const indicator of input.indicators) {
    if (ids.has(indicator.id))
      details.push({ record: indicator.id, field: 'id', message: 'duplicated indicator' });
    ids.add(indicator.id);
    if (!isComponentId(indicator.component))
      details.push({
        record: indicator.id,
        field: 'component',
        message: `unknown component "${String(indicator.component)}"`,
      });
    if (!Number.isFinite(indicator.weight) || indicator.weight <= 0)
      details.push({
        record: indicator.id,
        field: 'weight',
        message: `must be a positive number, got ${indicator.weight}`,
      });
  }
  const own = input.indicators.filter((i) => i.component === input.component);
  if (own.length === 0)
    details.push({ field: 'component', message: `no indicators for ${input.component}` });
  const answered = new Map<string, IndicatorAnswer>();
  for (const answer of input.answers) {
    if (!ids.has(answer.indicatorId))
      details.push({
        record: answer.indicatorId,
        field: 'indicatorId',
        message: 'answers an unknown indicator',
      });
    if (answered.has(answer.indicatorId))
      details.push({ record: answer.indicatorId, field: 'indicatorId', message: 'answered twice' });
    if (!Number.isFinite(answer.achieved) || answer.achieved < 0 || answer.achieved > 1)
      details.push({
        record: answer.indicatorId,
        field: 'achieved',
        message: `must be between 0 and 1, got ${answer.achieved}`,
      });
    if (answer.achieved > 0 && answer.evidence.trim() === '')
      details.push({
        record: answer.indicatorId,
        field: 'evidence',
        message: 'points need public evidence',
      });
    answered.set(answer.indicatorId, answer);
  }
  if (details.length > 0)
    throw new CoopsecError(
      'BAD_INPUT',
      `invalid indicators or answers (${details.length} problem(s))`,
      { details },
    );
  const pointsMaximum = own.reduce((sum, i) => sum + i.weight, 0);
  const pointsAchieved = own.reduce(
    (sum, i) => sum + i.weight * (answered.get(i.id)?.achieved ?? 0),
    0,
  );
  return {
    component: input.component,
    score: (pointsAchieved / pointsMaximum) * 100,
    pointsAchieved,
    pointsMaximum,
    unanswered: own.filter((i) => !answered.has(i.id)).map((i) => i.id),
    rule: INDICATOR_RULE,
  };
}
