/**
 * @module maturity
 * Maturity stages shown beside scores (PRODUCT.md A2), named as in the Oxford GCSCC
 * Cybersecurity Capacity Maturity Model (CMM, 2021): Start-up, Formative, Established,
 * Strategic, Dynamic (FACTS.md §3).
 *
 * The CMM rates factors qualitatively and has no composite score, so there is no published way
 * to turn a 0–100 score into a stage. The mapping here is ours, an assumption, and it travels
 * with every result as `rule` so that no stage is shown without it. The default cuts 0–100
 * into five equal 20-point bands; a user can set other cut points.
 */
import { CoopsecError, type ErrorDetail } from './errors.ts';

export const MATURITY_STAGES = [
  'Start-up',
  'Formative',
  'Established',
  'Strategic',
  'Dynamic',
] as const;
export type MaturityStage = (typeof MATURITY_STAGES)[number];

export interface MaturityRule {
  readonly id: string;
  /**
   * Lower bounds (inclusive) of Formative, Established, Strategic and Dynamic; Start-up starts
   * at 0. Strictly increasing, each in (0, 100].
   */
  readonly thresholds: readonly [number, number, number, number];
  /** The rule in words, printed beside the stages. */
  readonly description: string;
}

const ASSUMPTION =
  'The Oxford CMM names its stages but has no composite score; this score-to-stage mapping is a coopsec assumption, not part of the CMM.';

export const DEFAULT_MATURITY_RULE: MaturityRule = {
  id: 'equal-20-point-bands',
  thresholds: [20, 40, 60, 80],
  description: `Equal 20-point bands: 0 ≤ s < 20 Start-up, 20 ≤ s < 40 Formative, 40 ≤ s < 60 Established, 60 ≤ s < 80 Strategic, 80 ≤ s ≤ 100 Dynamic. ${ASSUMPTION}`,
};

/**
 * Builds a rule with user cut points, validated (BAD_INPUT naming each bad threshold).
 *
 * @example
 * const rule = makeMaturityRule({ id: 'strict', thresholds: [30, 50, 70, 90] });
 * maturityStage(72, rule).stage; // 'Strategic'
 */
export function makeMaturityRule(options: {
  id: string;
  thresholds: readonly number[];
  description?: string;
}): MaturityRule {
  const t = options.thresholds;
  const details: ErrorDetail[] = [];
  if (t.length !== 4)
    details.push({
      field: 'thresholds',
      message: `need 4 lower bounds (Formative…Dynamic), got ${t.length}`,
    });
  t.forEach((v, i) => {
    if (!Number.isFinite(v) || v <= 0 || v > 100) {
      details.push({ field: `thresholds[${i}]`, message: `must be in (0, 100], got ${v}` });
    }
    const prev = t[i - 1];
    if (prev !== undefined && !(v > prev)) {
      details.push({
        field: `thresholds[${i}]`,
        message: `must be greater than thresholds[${i - 1}] (${prev}), got ${v}`,
      });
    }
  });
  const [a, b, c, d] = t;
  if (
    details.length > 0 ||
    a === undefined ||
    b === undefined ||
    c === undefined ||
    d === undefined
  ) {
    throw new CoopsecError('BAD_INPUT', 'invalid maturity rule', { details });
  }
  const words = `0 ≤ s < ${a} Start-up, ${a} ≤ s < ${b} Formative, ${b} ≤ s < ${c} Established, ${c} ≤ s < ${d} Strategic, ${d} ≤ s ≤ 100 Dynamic`;
  return {
    id: options.id,
    thresholds: [a, b, c, d],
    description: `${options.description ?? 'User-set bands'}: ${words}. ${ASSUMPTION}`,
  };
}

export interface MaturityResult {
  readonly score: number;
  readonly stage: MaturityStage;
  /** 1 (Start-up) … 5 (Dynamic). */
  readonly level: 1 | 2 | 3 | 4 | 5;
  readonly rule: MaturityRule;
}

/**
 * The stage of a 0–100 score under a rule (default: equal 20-point bands). Bounds are
 * inclusive below: 20 is Formative, 80 is Dynamic.
 *
 * @example
 * maturityStage(70).stage; // 'Strategic'
 * maturityStage(45).stage; // 'Established'
 */
export function maturityStage(
  score: number,
  rule: MaturityRule = DEFAULT_MATURITY_RULE,
): MaturityResult {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new CoopsecError('BAD_INPUT', `score must be between 0 and 100, got ${score}`, {
      details: [{ field: 'score', message: `got ${score}` }],
    });
  }
  const passed = rule.thresholds.filter((t) => score >= t).length;
  const level = (passed + 1) as 1 | 2 | 3 | 4 | 5;
  const stage = MATURITY_STAGES[passed] ?? 'Dynamic';
  return { score, stage, level, rule };
}
