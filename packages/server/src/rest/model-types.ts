/**
 * @module rest/model-types
 * The shapes of model functions the REST layer looks up through `features.ts`. They mirror the
 * model's own signatures (dynamics.ts, composite-index.ts, maturity.ts, interpolation.ts,
 * claims/, scenario/, standards/, regional/); when the model exports its types, these give way.
 */
import type { Assessment, ComponentId, GciRecord } from '@coopsec/model';

export interface SeriesPoint {
  readonly year: number;
  readonly score: number;
  readonly kind: 'measured' | 'estimated';
  readonly sourceId: string;
  readonly confidence: string;
  readonly evidence: string;
}
export interface CountrySeries {
  readonly country: string;
  readonly components: Readonly<Record<ComponentId, readonly SeriesPoint[]>>;
}
export interface Ranking {
  readonly entries: readonly { readonly component: ComponentId; readonly value: number; readonly rank: number }[];
  readonly ties: readonly { readonly rank: number; readonly components: readonly ComponentId[] }[];
  readonly missing: readonly ComponentId[];
  readonly rule: string;
}
export interface Change {
  readonly component: ComponentId;
  readonly from: number;
  readonly to: number;
  readonly fromScore: number;
  readonly toScore: number;
  readonly absolute: number;
  readonly relative: number | null;
  readonly cagr: number | null;
}
export interface Weakest {
  readonly year: number;
  readonly components: readonly ComponentId[];
  readonly score: number;
  readonly missing: readonly ComponentId[];
}
export type CompositeResult =
  | { readonly year: number; readonly computable: true; readonly value: number; readonly weights: Readonly<Record<ComponentId, number>>; readonly contributions: Readonly<Record<ComponentId, number>> }
  | { readonly year: number; readonly computable: false; readonly weights: Readonly<Record<ComponentId, number>>; readonly missing: readonly ComponentId[]; readonly reason: string };
export interface MaturityRule {
  readonly id: string;
  readonly thresholds: readonly [number, number, number, number];
  readonly description: string;
}
export interface MaturityResult {
  readonly score: number;
  readonly stage: string;
  readonly level: number;
  readonly rule: MaturityRule;
}

export type BuildSeries = (a: readonly Assessment[], o?: { country?: string }) => CountrySeries;
export type ChangeFn = (s: CountrySeries, o: { component: ComponentId; from: number; to: number }) => Change;
export type RankByLevel = (s: CountrySeries, year: number) => Ranking;
export type RankByGrowth = (s: CountrySeries, o: { from: number; to: number; measure: 'absolute' | 'relative' }) => Ranking;
export type WeakestFn = (s: CountrySeries, year: number) => Weakest;
export type CompositeSeriesFn = (a: readonly Assessment[], o?: { country?: string; weights?: Readonly<Record<string, unknown>> }) => CompositeResult[];
export type MaturityStageFn = (score: number, rule?: MaturityRule) => MaturityResult;
export type MakeMaturityRule = (o: { id: string; thresholds: readonly number[]; description?: string }) => MaturityRule;
export type InterpolateFn = (a: readonly Assessment[], o: { country: string; component: ComponentId; years: readonly number[] }) => (Assessment & { method?: string })[];

export interface ClaimRecordLike {
  readonly id: string;
  readonly quote: string;
  readonly source: { readonly id: string; readonly section?: string; readonly line?: number };
  readonly reading?: string;
  readonly note?: string;
  readonly claim: unknown;
}
export interface AuditedClaimLike {
  readonly record: ClaimRecordLike;
  readonly verdict: 'holds' | 'does-not-hold' | 'cannot-be-decided';
  readonly explanation: string;
  readonly numbers: Readonly<Record<string, unknown>>;
}
export type AuditClaimsFn = (records: readonly ClaimRecordLike[], ctx: { assessments: readonly Assessment[]; gci: readonly GciRecord[] }) => AuditedClaimLike[];
