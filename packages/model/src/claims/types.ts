/**
 * @module claims/types
 * A small typed language for statements about the data (PRODUCT.md A4). Each claim kind says
 * exactly what would make it true, so that a verdict can be computed rather than argued:
 *
 * - `growth-extreme`: the named component(s) have the highest (or lowest) growth, absolute (pp)
 *   or relative (%), between two years. With n components named, each must rank within the
 *   top (bottom) n under competition ranking, ties allowed.
 * - `level-extreme`: the named component(s) are the highest (lowest) in a year, same rule.
 * - `growth-compare`: `greater` grew strictly more than `lesser` (equal is not more).
 * - `value`: a component went from one value to another between two years.
 * - `gci-score` / `gci-rank`: a country's ITU GCI score or rank in an edition, with tolerance.
 * - `gci-participation`: whether a country took part in GCI editions, in one of two senses:
 *   `scored` (ITU published a score for it: in our data) or `answered-questionnaire` (it sent
 *   answers: not in our data, since ITU scores non-respondents from desk research).
 * - `coverage`: a country's series cover a period, at its endpoints or in every year.
 * - `measured`: a figure, share or the score of cooperation measured from a node's exchange
 *   records (issue 18) is at least, at most or equal to a value. Decided only from the records
 *   of the node that serves the country; anywhere else it cannot be decided.
 *
 * Ambiguous sentences become several claims, one per reading; the reading is recorded on the
 * `ClaimRecord`, never chosen silently.
 */
import type { ComponentId } from '../components.ts';
import type { GciEdition, GciScale } from '../data/gci.ts';
import type { GrowthMeasure } from '../dynamics.ts';

export type Extreme = 'highest' | 'lowest';

export interface GrowthExtremeClaim {
  readonly kind: 'growth-extreme';
  readonly country: string;
  readonly components: readonly ComponentId[];
  readonly extreme: Extreme;
  readonly measure: GrowthMeasure;
  readonly from: number;
  readonly to: number;
}

export interface LevelExtremeClaim {
  readonly kind: 'level-extreme';
  readonly country: string;
  readonly components: readonly ComponentId[];
  readonly extreme: Extreme;
  readonly year: number;
}

export interface GrowthCompareClaim {
  readonly kind: 'growth-compare';
  readonly country: string;
  readonly greater: ComponentId;
  readonly lesser: ComponentId;
  readonly measure: GrowthMeasure;
  readonly from: number;
  readonly to: number;
}

export interface ValueClaim {
  readonly kind: 'value';
  readonly country: string;
  readonly component: ComponentId;
  readonly from: number;
  readonly to: number;
  readonly fromValue: number;
  readonly toValue: number;
  /** Largest accepted difference, in score points. */
  readonly tolerance: number;
}

export interface GciScoreClaim {
  readonly kind: 'gci-score';
  readonly country: string;
  readonly edition: GciEdition;
  readonly value: number;
  /** The scale the claimed value is on, which may differ from the edition's (the paper's 0.79 for 2020). */
  readonly scale: GciScale;
  /** Largest accepted difference, on the claim's own scale. */
  readonly tolerance: number;
}

export interface GciRankClaim {
  readonly kind: 'gci-rank';
  readonly country: string;
  readonly edition: GciEdition;
  readonly rank: number;
  readonly tolerance: number;
}

export interface GciParticipationClaim {
  readonly kind: 'gci-participation';
  readonly country: string;
  readonly editions: readonly GciEdition[];
  readonly participated: boolean;
  readonly sense: 'scored' | 'answered-questionnaire';
}

export interface CoverageClaim {
  readonly kind: 'coverage';
  readonly country: string;
  readonly from: number;
  readonly to: number;
  /** `endpoints`: both end years have values; `every-year`: each year from `from` to `to` does. */
  readonly mode: 'endpoints' | 'every-year';
  /** Components that must be covered; all five when absent. */
  readonly components?: readonly ComponentId[];
}

/** What a `measured` claim is about: a count, a share (0–1) or the measured score (0–100). */
export const MEASURED_CLAIM_MEASURES = [
  'objectsShared',
  'objectsReceived',
  'uniqueIndicators',
  'agreementsActive',
  'peersReachable',
  'jointCases',
  'advisoriesExchanged',
  'agreements-in-use',
  'partners-reachable',
  'sightings-returned',
  'joint-response',
  'containment',
  'score',
] as const;
export type MeasuredClaimMeasure = (typeof MEASURED_CLAIM_MEASURES)[number];

export interface MeasuredClaim {
  readonly kind: 'measured';
  readonly country: string;
  readonly measure: MeasuredClaimMeasure;
  readonly comparison: 'at-least' | 'at-most' | 'equals';
  readonly value: number;
  /** Largest accepted difference for `equals`, in the measure's own unit; default 0. */
  readonly tolerance: number;
}

export type Claim =
  | GrowthExtremeClaim
  | LevelExtremeClaim
  | GrowthCompareClaim
  | ValueClaim
  | GciScoreClaim
  | GciRankClaim
  | GciParticipationClaim
  | CoverageClaim
  | MeasuredClaim;

export type ClaimKind = Claim['kind'];

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'growth-extreme',
  'level-extreme',
  'growth-compare',
  'value',
  'gci-score',
  'gci-rank',
  'gci-participation',
  'coverage',
  'measured',
];

/** A claim with its provenance: the exact words, where they stand, and which reading this is. */
export interface ClaimRecord {
  /** Stable, lower-case, unique within a set (e.g. `paper-conclusions-highest-growth-absolute`). */
  readonly id: string;
  /** The statement verbatim (a short quotation). */
  readonly quote: string;
  /** Where the statement comes from: a source id and, for a paper, its section and line. */
  readonly source: { readonly id: string; readonly section?: string; readonly line?: number };
  /** For an ambiguous sentence: which of its readings this claim encodes. */
  readonly reading?: string;
  readonly note?: string;
  readonly claim: Claim;
}

export type Verdict = 'holds' | 'does-not-hold' | 'cannot-be-decided';

/** JSON-safe figures behind a verdict. */
export type ClaimFigure =
  | number
  | string
  | boolean
  | null
  | readonly ClaimFigure[]
  | { readonly [key: string]: ClaimFigure };

export interface ClaimEvaluation {
  readonly verdict: Verdict;
  /** One or two sentences a reader can check against `numbers`. */
  readonly explanation: string;
  readonly numbers: Readonly<Record<string, ClaimFigure>>;
}
