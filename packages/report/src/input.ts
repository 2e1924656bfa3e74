/**
 * @module input
 * The report's input: one plain, JSON-safe data object. `buildReportInput` fills it from the
 * model; the REST API may build or cache it too. Renderers read nothing else, so a report is a
 * pure function of this object (and of the message catalogue).
 *
 * A section whose data or API is not in this build is `{ available: false, reason }`, and the
 * report says so in that section instead of leaving it out.
 */
import type { Language } from '@coopsec/i18n';
import type { ComponentId } from '@coopsec/model';

export type Availability<TData> =
  | { readonly available: true; readonly data: TData }
  | { readonly available: false; readonly reason: string };

/** TLP 2.0 labels; printed as they are, never translated. */
export type TlpLabel = 'TLP:CLEAR' | 'TLP:GREEN' | 'TLP:AMBER' | 'TLP:AMBER+STRICT' | 'TLP:RED';

export interface ReportSource {
  readonly id: string;
  readonly citation: string;
  readonly note?: string;
  /** Where the publication can be found, as recorded in the source data; never made up. */
  readonly url?: string;
  readonly doi?: string;
  /** `computed`: produced by coopsec itself (no publication, so no URL to give). */
  readonly kind?: 'publication' | 'computed';
}

export interface ReportPoint {
  readonly year: number;
  readonly score: number;
  readonly kind: 'measured' | 'estimated';
  readonly sourceId: string;
  readonly evidence?: string;
}

export interface ReportSeries {
  readonly component: ComponentId;
  /** Measured and (where asked for) interpolated values, in year order. */
  readonly points: readonly ReportPoint[];
}

export interface ReportChange {
  readonly component: ComponentId;
  readonly from: number;
  readonly to: number;
  readonly fromScore: number;
  readonly toScore: number;
  readonly absolute: number;
  readonly relative: number | null;
  readonly cagr: number | null;
}

export interface DynamicsData {
  readonly series: readonly ReportSeries[];
  /** First and last year with a measured value (the period of the changes). */
  readonly from: number;
  readonly to: number;
  readonly changes: readonly ReportChange[];
  readonly weakest?: {
    readonly year: number;
    readonly components: readonly ComponentId[];
    readonly score: number;
  };
  readonly fastest?: {
    readonly absolute: readonly ComponentId[];
    readonly relative: readonly ComponentId[];
  };
  readonly rankRule?: string;
  readonly composite?: readonly { readonly year: number; readonly value: number }[];
  readonly maturity?: {
    readonly year: number;
    readonly rule: string;
    readonly stages: readonly { readonly component: ComponentId; readonly stage: string }[];
  };
  /** Source of the computed figures (changes, ranks, index). */
  readonly computedSourceId: string;
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly {
    readonly id: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  }[];
  /** One polyline per edge, in the graph's edge order. */
  readonly edges: readonly {
    readonly from: string;
    readonly to: string;
    readonly points: readonly { readonly x: number; readonly y: number }[];
    /** Top-left corner of the edge's type label. */
    readonly label?: { readonly x: number; readonly y: number };
  }[];
}

export type ReportEdgeType = 'enables' | 'maintains' | 'reinforces' | 'multiplies';

export interface ModelGraphData {
  readonly nodes: readonly {
    readonly id: string;
    readonly label: string;
    readonly kind: 'component' | 'outcome';
    readonly role?: string;
  }[];
  readonly edges: readonly {
    readonly from: string;
    readonly to: string;
    readonly type: ReportEdgeType;
    readonly evidence: string;
  }[];
  readonly sourceId: string;
  readonly location: string;
  readonly layout: GraphLayout;
}

export interface Table1Data {
  readonly title: string;
  readonly rows: readonly {
    readonly trend: string;
    readonly challenge: string;
    readonly response: string;
    readonly component: ComponentId;
    readonly location: string;
  }[];
  readonly sourceId: string;
  readonly compiledFrom: string;
  readonly location: string;
  readonly note: string;
}

export interface Table2Row {
  readonly act: string;
  readonly isoDomains: readonly string[];
  /** CSF function ids (GV, ID, PR, DE, RS, RC). */
  readonly csfFunctions: readonly string[];
  readonly gaps: string;
  /** The coverage level read from the gap text (a coopsec reading, not the paper's words). */
  readonly coverage: 'none' | 'declarative-only' | 'partial' | 'full';
  readonly priorities: string;
  readonly location?: string;
}

export interface Table2Data {
  readonly rows: readonly Table2Row[];
  readonly sourceId: string;
  readonly location: string;
  readonly note?: string;
}

export interface CoverageData {
  readonly acts: readonly string[];
  readonly functions: readonly { readonly id: string; readonly name: string }[];
  /** values[act][function], 0–1. */
  readonly values: readonly (readonly number[])[];
  readonly sourceId: string;
  readonly note?: string;
}

export interface RegionalRow {
  readonly country: string;
  readonly name: string;
  readonly score: number;
  readonly rank?: number;
  readonly tier?: string;
  readonly sourceIds: readonly string[];
  readonly note?: string;
}

export interface RegionalNote {
  readonly country: string;
  readonly edition: number;
  /** The record's own note (text of the data), if any. */
  readonly note?: string;
  readonly noteSourceId: string;
  /** Values other sources give for the same record. */
  readonly alternatives: readonly {
    readonly field: 'score' | 'rank';
    readonly value: number;
    readonly sourceId: string;
  }[];
}

export interface RegionalData {
  readonly focus: string;
  readonly editions: readonly {
    readonly edition: number;
    readonly scale: '0-1' | '0-100';
    readonly rows: readonly RegionalRow[];
  }[];
  /** Notes from the data (a record's note, other sources' values), each with its sources. */
  readonly notes: readonly RegionalNote[];
}

/** Component values of a ranking (level or growth), highest first, with both ranks. */
export interface ClaimRankEntry {
  readonly component: ComponentId;
  readonly value: number;
  readonly rankFromHighest: number;
  readonly rankFromLowest: number;
}

export interface ClaimGrowth {
  readonly component: ComponentId;
  readonly from: number;
  readonly to: number;
  readonly growth: number;
}

/**
 * What a claim says and what the data shows, as structured values (no prose, no keys): the
 * renderer writes the sentences from the message catalogue. One variant per claim kind.
 */
export type ClaimFacts =
  | {
      readonly kind: 'ranking';
      /** `level` in `year`, or growth (`absolute` pp, `relative` %) from `from` to `to`. */
      readonly measure: 'level' | 'absolute' | 'relative';
      readonly year?: number;
      readonly from?: number;
      readonly to?: number;
      readonly extreme: 'highest' | 'lowest';
      readonly named: readonly ComponentId[];
      readonly entries: readonly ClaimRankEntry[];
      readonly missing: readonly ComponentId[];
    }
  | {
      readonly kind: 'compare';
      readonly measure: 'absolute' | 'relative';
      readonly from: number;
      readonly to: number;
      readonly greater: ComponentId;
      readonly lesser: ComponentId;
      /** Absent when a value is missing. */
      readonly found?: { readonly greater: ClaimGrowth; readonly lesser: ClaimGrowth };
    }
  | {
      readonly kind: 'value';
      readonly component: ComponentId;
      readonly from: number;
      readonly to: number;
      readonly claimed: readonly [number, number];
      readonly found?: readonly [number, number];
      readonly foundEstimated: boolean;
      readonly tolerance: number;
    }
  | {
      readonly kind: 'gci-score';
      readonly country: string;
      readonly edition: number;
      readonly claimed: number;
      readonly claimedScale: '0-1' | '0-100';
      readonly tolerance: number;
      /** Absent when the data has no record for the edition. */
      readonly found?: {
        readonly published: number;
        readonly editionScale: '0-1' | '0-100';
        readonly claimedOnEditionScale: number;
        readonly alternatives: readonly { readonly value: number; readonly sourceId: string }[];
        readonly matched: 'primary' | 'alternative' | 'none';
        readonly confidence?: 'high' | 'medium' | 'low';
        readonly closest?: {
          readonly edition: number;
          readonly score: number;
          readonly difference: number;
        };
      };
    }
  | {
      readonly kind: 'gci-rank';
      readonly country: string;
      readonly edition: number;
      readonly claimed: number;
      readonly tolerance: number;
      readonly found?: {
        /** Absent when the edition publishes tiers, not ranks. */
        readonly published?: number;
        readonly tier?: string;
        readonly alternatives: readonly { readonly value: number; readonly sourceId: string }[];
        readonly matched: 'primary' | 'alternative' | 'none';
      };
    }
  | {
      readonly kind: 'gci-participation';
      readonly country: string;
      readonly editions: readonly number[];
      readonly participated: boolean;
      readonly sense: 'scored' | 'answered-questionnaire';
      readonly scored: readonly {
        readonly edition: number;
        readonly score: number;
        readonly rank?: number;
      }[];
      readonly noRecord: readonly number[];
    }
  | {
      readonly kind: 'coverage';
      readonly from: number;
      readonly to: number;
      readonly mode: 'endpoints' | 'every-year';
      readonly yearsWithData: readonly number[];
      readonly yearsRequired: readonly number[];
      readonly missingYears: readonly number[];
      readonly yearsWithoutData: readonly number[];
    };

export interface ReportClaim {
  readonly id: string;
  readonly quote: string;
  readonly sourceId: string;
  /** Where in the source the statement stands (a paper's section and line). */
  readonly where: { readonly section?: string; readonly line?: number };
  readonly reading?: string;
  readonly verdict: 'holds' | 'does-not-hold' | 'cannot-be-decided';
  /** Country the claim is about (alpha-3) and its name. */
  readonly country: { readonly code: string; readonly name: string };
  /** Absent when the data holds nothing to compare the claim with. */
  readonly facts?: ClaimFacts;
  /** Sources of the data the verdict was computed from. */
  readonly dataSourceIds: readonly string[];
}

export interface ClaimsData {
  readonly claims: readonly ReportClaim[];
}

export interface ScenarioData {
  readonly name: string;
  readonly description?: string;
  /** Set when no plan was given and the report ran the documented default plan (its file). */
  readonly defaultPlan?: string;
  readonly from: number;
  readonly to: number;
  /** Effort units a year per component: the plan's default and any per-year values. */
  readonly effort: readonly {
    readonly component: ComponentId;
    readonly default: number;
    readonly years: readonly { readonly year: number; readonly effort: number }[];
  }[];
  readonly results: readonly {
    readonly component: ComponentId;
    readonly start: number;
    readonly end: number;
    /** Source of the measured start value. */
    readonly startSourceId: string;
  }[];
  /** The composite index (weights in the assumptions) at the base year and the horizon. */
  readonly index?: { readonly start: number; readonly end: number };
  readonly assumptions: readonly {
    readonly id: string;
    readonly value: number | string;
    readonly unit?: string;
    readonly range?: readonly [number, number];
    readonly why: string;
  }[];
  readonly warnings: readonly string[];
  readonly sourceId: string;
}

export type CooperationArea =
  | 'threat-information-exchange'
  | 'regulatory-harmonisation'
  | 'joint-education'
  | 'joint-incident-response'
  | 'technological-cooperation';

export interface GapItem {
  /** Plain text; numbers in it are rendered from `figures`. */
  readonly kind: 'weakest' | 'slowest' | 'mapping';
  readonly component?: ComponentId;
  readonly score?: number;
  readonly year?: number;
  readonly text?: string;
  readonly recommendation?: string;
  readonly area: CooperationArea;
  readonly sourceId: string;
}

export interface GapsData {
  readonly items: readonly GapItem[];
}

/** One ratio of the measured cooperation: numerator of denominator; value null when missing. */
export interface MeasuredRatioRow {
  readonly id:
    | 'agreements-in-use'
    | 'partners-reachable'
    | 'sightings-returned'
    | 'joint-response'
    | 'containment';
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
}

/**
 * Cooperation measured from this node's exchange records (issue 18 item 2), for the country the
 * node serves. Kept apart from the self-reported cooperation score: never put in its place,
 * never averaged with it.
 */
export interface MeasuredData {
  /** ISO date-times; null: open-ended. */
  readonly period: { readonly from: string | null; readonly to: string | null };
  readonly confidence: 'high' | 'medium' | 'low';
  /** The node's exchange records, as a computed source. */
  readonly sourceId: string;
  readonly figures: {
    readonly objectsShared: number;
    readonly objectsReceived: number;
    readonly uniqueIndicators: number;
    readonly agreementsActive: number;
    readonly peersReachable: number;
    readonly jointCases: number;
    readonly advisoriesExchanged: number;
  };
  readonly ratios: readonly MeasuredRatioRow[];
  /** 0–100 by coopsec's rule (`rule`); null when no ratio can be computed. */
  readonly score: number | null;
  readonly rule: string;
}

export interface ReportInput {
  /** The language the report is written in (`<html lang>`, every message, numbers, dates). */
  readonly lang: Language;
  readonly country: { readonly code: string; readonly name: string };
  /** ISO 8601 date-time of generation. */
  readonly generatedAt: string;
  readonly tlp: TlpLabel;
  readonly sources: readonly ReportSource[];
  readonly dynamics: Availability<DynamicsData>;
  readonly modelGraph: Availability<ModelGraphData>;
  readonly table1: Availability<Table1Data>;
  readonly table2: Availability<Table2Data>;
  readonly coverage: Availability<CoverageData>;
  readonly regional: Availability<RegionalData>;
  readonly claims: Availability<ClaimsData>;
  /** The plan given, else the documented default plan; absent: the section is left out. */
  readonly scenario?: Availability<ScenarioData>;
  readonly gaps: Availability<GapsData>;
  /**
   * Cooperation measured on this node; absent: the caller said nothing of the node (the section
   * is left out); not available: the section says why (no node country, or another country).
   */
  readonly measured?: Availability<MeasuredData>;
}
