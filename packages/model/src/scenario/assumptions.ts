/**
 * @module scenario/assumptions
 * Every number the scenario engine uses, written down as an assumption: id, value, the range
 * sensitivity analysis explores, the hard bounds a user may set, and why. The paper describes
 * its model in words (Figure 2) and publishes no effort data and no link strengths, so none of
 * these values come from the paper; the response default is only scaled against the pace of
 * its Kyrgyz 2020–2024 figures.
 *
 * Parameter vector layout (used by the engine's typed arrays, see `parameterLayout`):
 *   [0..4] response.<component>   [5..9] drift.<component>   [10] multiplier.strength
 *   [11..] edge.<from>-><to>      in the graph's edge order
 */
import { COMPONENT_IDS } from '../components.ts';
import type { ComponentId } from '../components.ts';
import { CoopsecError } from '../errors.ts';
import type { ErrorDetail } from '../errors.ts';
import { EDGE_TYPE_DEFAULTS, edgeParameterId } from './graph.ts';
import type { ModelGraph } from './graph.ts';

export interface ParameterSpec {
  readonly id: string;
  readonly value: number;
  /** The range sensitivity analysis samples uniformly. */
  readonly min: number;
  readonly max: number;
  /** What a user may set at all; outside it the model means nothing. */
  readonly hardMin: number;
  readonly hardMax: number;
  readonly unit: string;
  readonly why: string;
}

/** An assumption as printed with every result: numeric parameters and stated conventions. */
export interface Assumption {
  readonly id: string;
  readonly value: number | string;
  readonly range?: readonly [number, number];
  readonly unit?: string;
  readonly why: string;
}

export const RESPONSE_DEFAULT = 0.15;
export const MULTIPLIER_DEFAULT = 0.5;

/** Conventions that are not numbers but shape every result. */
export const STATED_ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'paper-gives-no-link-numbers',
    value: 'true',
    why: 'The paper (Figure 2, paper.txt line 260) states the links in words only: enables, maintains, reinforces, multiplies. Every weight, response and strength below is a coopsec assumption, not a finding of the paper.',
  },
  {
    id: 'effort-unit',
    value: '1 effort unit per year',
    why: 'A relative unit, not money: one unit on a component closes about 15% of its gap to 100 in a year before links and multiplier. The paper\u2019s Kyrgyz values (Figure 1) close 41–56% of each gap over 2020–2024, i.e. 15–21% a year under efforts it does not report.',
  },
  {
    id: 'growth-law',
    value: 'headroom-proportional with saturation at 100',
    why: 'Each year a component closes the share 1 − exp(−k) of its gap (100 − score), with k = response × effective effort × multiplier + drift; a score never reaches or passes 100. A negative k (decay) shrinks the score by exp(k) and never passes 0.',
  },
  {
    id: 'link-semantics',
    value: 'links carry effort; the multiplier scales gains',
    why: 'enables/maintains edges pass the share `weight` of the effort on their source to their target in the same year; multiplies edges raise the target\u2019s gain by strength × weight × (source score / 100) of the previous year; reinforces edges weight components in an outcome (weighted mean). With no effort and no drift nothing moves.',
  },
  {
    id: 'timing',
    value: 'effort of year Y moves scores from Y−1 to Y',
    why: 'Plans name calendar years; the base year holds measured values and receives no effort.',
  },
];

/** Numeric parameters of a graph, in layout order, with their defaults. */
export function defaultParameters(graph: ModelGraph): ParameterSpec[] {
  const response = COMPONENT_IDS.map((c) => ({
    id: `response.${c}`,
    value: RESPONSE_DEFAULT,
    min: RESPONSE_DEFAULT / 2,
    max: RESPONSE_DEFAULT * 2,
    hardMin: 0,
    hardMax: 2,
    unit: 'per effort unit per year',
    why: 'Own response of the component to effort. Same for all five: the paper gives no reason to treat one component as more responsive. Range: half to double.',
  }));
  const drift = COMPONENT_IDS.map((c) => ({
    id: `drift.${c}`,
    value: 0,
    min: -0.02,
    max: 0.02,
    hardMin: -0.2,
    hardMax: 0.2,
    unit: 'per year',
    why: 'Change without effort. 0 by default (a zero plan keeps scores where they are); the range allows slow decay (staff turnover, ageing equipment) or slow autonomous growth.',
  }));
  const multiplier = {
    id: 'multiplier.strength',
    value: MULTIPLIER_DEFAULT,
    min: 0,
    max: 1,
    hardMin: 0,
    hardMax: 2,
    unit: 'gain factor at cooperation = 100',
    why: 'Strength of the cooperation multiplier ("acts as a multiplier", paper.txt line 260): at cooperation 100 and edge weight 1 the other components gain (1 + strength) times as much. Range from no multiplier to doubling.',
  };
  const edges = graph.edges.map((e) => {
    const d = EDGE_TYPE_DEFAULTS[e.type];
    return {
      id: edgeParameterId(e),
      value: e.weight,
      min: Math.min(d.min, e.weight),
      max: Math.max(d.max, e.weight),
      hardMin: 0,
      hardMax: 1,
      unit: 'weight 0–1',
      why: `${e.type}: ${d.why}`,
    };
  });
  return [...response, ...drift, multiplier, ...edges];
}

export interface ParameterLayout {
  readonly specs: readonly ParameterSpec[];
  readonly response: (c: ComponentId) => number;
  readonly drift: (c: ComponentId) => number;
  readonly multiplier: number;
  /** Index of the i-th edge's weight. */
  readonly edge: (i: number) => number;
}

export function parameterLayout(specs: readonly ParameterSpec[]): ParameterLayout {
  const n = COMPONENT_IDS.length;
  return {
    specs,
    response: (c) => COMPONENT_IDS.indexOf(c),
    drift: (c) => n + COMPONENT_IDS.indexOf(c),
    multiplier: 2 * n,
    edge: (i) => 2 * n + 1 + i,
  };
}

/** A user's change to one parameter: a value, optionally with its own sensitivity range. */
export type ParameterOverride =
  number | { readonly value: number; readonly min?: number; readonly max?: number };

/**
 * Applies overrides (from a plan file or the API). Refuses unknown ids and values outside the
 * hard bounds, naming `place.<id>`. A value outside the default sensitivity range widens the
 * range to include it, so that sensitivity always explores the value in use.
 */
export function applyOverrides(
  specs: readonly ParameterSpec[],
  overrides: Readonly<Record<string, unknown>>,
  place = 'parameters',
): ParameterSpec[] {
  const details: ErrorDetail[] = [];
  const byId = new Map(specs.map((s) => [s.id, s]));
  const out = new Map(specs.map((s) => [s.id, s]));
  for (const [id, raw] of Object.entries(overrides)) {
    const path = `${place}.${id}`;
    const spec = byId.get(id);
    if (spec === undefined) {
      details.push({
        path,
        message: `unknown parameter "${id}" (known: ${specs.map((s) => s.id).join(', ')})`,
      });
      continue;
    }
    const obj =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { value: raw };
    const value = obj.value;
    const min = obj.min ?? Math.min(spec.min, typeof value === 'number' ? value : spec.min);
    const max = obj.max ?? Math.max(spec.max, typeof value === 'number' ? value : spec.max);
    let ok = true;
    for (const [field, v] of [
      ['value', value],
      ['min', min],
      ['max', max],
    ] as const) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        details.push({ path, field, message: `must be a finite number, got ${JSON.stringify(v)}` });
        ok = false;
      } else if (v < spec.hardMin || v > spec.hardMax) {
        details.push({
          path,
          field,
          message: `${v} is outside the allowed range ${spec.hardMin}–${spec.hardMax}`,
        });
        ok = false;
      }
    }
    if (!ok || typeof value !== 'number' || typeof min !== 'number' || typeof max !== 'number')
      continue;
    if (!(min <= value && value <= max)) {
      details.push({ path, message: `range ${min}–${max} must contain the value ${value}` });
      continue;
    }
    out.set(id, { ...spec, value, min, max, why: `${spec.why} (set by the user)` });
  }
  if (details.length > 0) {
    const first = details[0];
    throw new CoopsecError(
      'BAD_INPUT',
      `invalid scenario parameters${first === undefined ? '' : ` at ${first.path ?? ''}${first.field === undefined ? '' : `.${first.field}`}: ${first.message}`}`,
      { details },
    );
  }
  return specs.map((s) => out.get(s.id) ?? s);
}

/** The assumptions printed with a result: stated conventions, then every numeric parameter. */
export function listAssumptions(
  specs: readonly ParameterSpec[],
  indexWeights: Readonly<Record<ComponentId, number>>,
): Assumption[] {
  return [
    ...STATED_ASSUMPTIONS,
    ...specs.map((s) => ({
      id: s.id,
      value: s.value,
      range: [s.min, s.max] as const,
      unit: s.unit,
      why: s.why,
    })),
    ...COMPONENT_IDS.map((c) => ({
      id: `index.weight.${c}`,
      value: indexWeights[c],
      unit: 'share of the composite index',
      why: 'Composite index weight; equal by default. A definition of the index, not an uncertainty, so sensitivity does not vary it.',
    })),
  ];
}
