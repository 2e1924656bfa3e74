/**
 * @module types
 * Shapes of the REST answers the dashboard reads (see /api/openapi.json). Kept here rather
 * than imported from @coopsec/model so that no model code is bundled into the browser.
 */
export type ComponentId =
  'infrastructure' | 'regulatory' | 'human-resources' | 'cooperation' | 'digital-literacy';

export interface Principal {
  readonly userId: string;
  readonly userName: string;
  readonly orgId: string;
  readonly isAdmin: boolean;
  readonly keyId: string;
}

export interface ComponentInfo {
  readonly id: ComponentId;
  readonly name: string;
  readonly role: 'central' | 'multiplier' | 'component';
}

export interface Value {
  readonly year: number;
  readonly component: ComponentId;
  readonly score: number;
  readonly sourceId: string;
  readonly evidence: string;
  readonly confidence: string;
  readonly kind: 'measured' | 'estimated';
  readonly method: string;
}

export interface Ranking {
  readonly entries: readonly { component: ComponentId; value: number; rank: number }[];
  readonly ties: readonly { rank: number; components: readonly ComponentId[] }[];
  readonly missing: readonly ComponentId[];
  readonly rule: string;
}

export interface Change {
  readonly component: ComponentId;
  readonly fromScore: number;
  readonly toScore: number;
  readonly absolute: number;
  readonly relative: number | null;
  readonly cagr: number | null;
}

export type IndexPoint =
  | {
      readonly year: number;
      readonly computable: true;
      readonly value: number;
      readonly weights: Record<ComponentId, number>;
      readonly contributions: Record<ComponentId, number>;
    }
  | {
      readonly year: number;
      readonly computable: false;
      readonly weights: Record<ComponentId, number>;
      readonly missing: readonly ComponentId[];
      readonly reason: string;
    };

export interface Overview {
  readonly country: string;
  readonly name: string;
  readonly components: readonly ComponentInfo[];
  readonly measuredYears: readonly number[];
  readonly values: readonly Value[];
  readonly dynamics: null | {
    readonly from: number;
    readonly to: number;
    readonly changes: readonly Change[];
    readonly rankByLevel: Ranking;
    readonly rankByAbsoluteGrowth: Ranking;
    readonly rankByRelativeGrowth: Ranking;
  };
  readonly index: readonly IndexPoint[] | null;
  readonly weakest: null | {
    readonly year: number;
    readonly components: readonly ComponentId[];
    readonly score: number;
    readonly missing: readonly ComponentId[];
  };
  readonly maturity: null | {
    readonly year: number;
    readonly rule: {
      readonly id: string;
      readonly thresholds: readonly number[];
      readonly description: string;
    };
    readonly components: readonly {
      component: ComponentId;
      score: number;
      stage: string;
      level: number;
    }[];
    readonly index: null | { score: number; stage: string; level: number };
  };
  readonly unavailable: readonly string[];
}

export const COMPONENT_COLOURS: Readonly<Record<ComponentId, string>> = {
  infrastructure: '#1f77b4',
  regulatory: '#d62728',
  'human-resources': '#2ca02c',
  cooperation: '#9467bd',
  'digital-literacy': '#ff7f0e',
};

export const COMPONENT_NAMES: Readonly<Record<ComponentId, string>> = {
  infrastructure: 'Technological infrastructure',
  regulatory: 'Regulatory framework',
  'human-resources': 'Human resources',
  cooperation: 'International cooperation',
  'digital-literacy': 'Digital literacy',
};

export const COMPONENT_ORDER: readonly ComponentId[] = [
  'infrastructure',
  'regulatory',
  'human-resources',
  'cooperation',
  'digital-literacy',
];
