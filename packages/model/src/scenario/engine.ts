/**
 * @module scenario/engine
 * Deterministic projection of the five component scores from a base year to a horizon under
 * an effort plan, through the links of the model graph (PRODUCT.md A5). The graph is compiled
 * once into typed arrays; `runKernel` then projects without allocating, so that sensitivity
 * analysis can run it hundreds of thousands of times.
 *
 * Per projected year Y (effort of Y moves scores from Y−1 to Y), for each component c:
 *   E_c = effort_c + Σ_{u→c enables|maintains} w_uc · effort_u           effective effort
 *   M_c = 1 + strength · Σ_{u→c multiplies} w_uc · s_u(Y−1) / 100         cooperation multiplier
 *   k_c = response_c · E_c · M_c + drift_c
 *   s_c(Y) = 100 − (100 − s_c(Y−1)) · e^(−k_c)   if k_c ≥ 0  (closes part of the gap, never reaches 100)
 *   s_c(Y) = s_c(Y−1) · e^(k_c)                  if k_c < 0  (decay, never below 0)
 * Composite index = Σ weight_c · s_c. Outcome nodes = weighted mean of their reinforcing sources.
 * Every projected value is `kind: 'estimated'`, method `scenario-projection`.
 *
 * @example
 * const r = projectScenario({ country: 'KGZ', baseYear: 2024, horizonYear: 2030, base, plan });
 * r.index.points.at(-1); // { year: 2030, score: …, kind: 'estimated', method: 'scenario-projection' }
 */
import type { ValueKind } from '../assessment.ts';
import { COMPONENT_IDS, isComponentId } from '../components.ts';
import type { ComponentId } from '../components.ts';
import { EQUAL_WEIGHTS, normaliseWeights } from '../composite-index.ts';
import type { Weights } from '../composite-index.ts';
import { CoopsecError } from '../errors.ts';
import type { ErrorDetail } from '../errors.ts';
import {
  applyOverrides,
  defaultParameters,
  listAssumptions,
  parameterLayout,
} from './assumptions.ts';
import type { Assumption, ParameterSpec } from './assumptions.ts';
import { MODEL_GRAPH, validateGraph } from './graph.ts';
import type { ModelGraph } from './graph.ts';
import { checkSpan, effortMatrix } from './plan.ts';
import type { EffortPlan } from './plan.ts';

const N = COMPONENT_IDS.length;

/** The graph compiled for one span: index arrays into the parameter vector and scratch space. */
export interface Kernel {
  readonly years: number;
  /** Columns of a trajectory row: 5 components, the index, then one per outcome. */
  readonly stride: number;
  readonly outcomes: readonly string[];
  readonly spillFrom: Int32Array;
  readonly spillTo: Int32Array;
  readonly spillParam: Int32Array;
  readonly multFrom: Int32Array;
  readonly multTo: Int32Array;
  readonly multParam: Int32Array;
  readonly outFrom: Int32Array;
  readonly outTo: Int32Array;
  readonly outParam: Int32Array;
  readonly multiplierParam: number;
  readonly indexWeights: Float64Array;
  readonly effective: Float64Array;
  readonly multiplier: Float64Array;
  readonly outNum: Float64Array;
  readonly outDen: Float64Array;
}

export const INDEX_COLUMN = N;

/** What a run projects from: 5 base scores and years × 5 efforts (row y = base year + 1 + y). */
export interface KernelData {
  readonly base: Float64Array;
  readonly effort: Float64Array;
}

/** Compiles a (validated) graph for `years` projected years. */
export function compileKernel(
  graph: ModelGraph,
  options: { readonly years: number; readonly indexWeights: Weights },
): Kernel {
  validateGraph(graph);
  const componentNodes = graph.nodes.filter((n) => n.kind === 'component').map((n) => n.id);
  const missing = COMPONENT_IDS.filter((c) => !componentNodes.includes(c));
  const unknown = componentNodes.filter((id) => !isComponentId(id));
  if (missing.length > 0 || unknown.length > 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      'the scenario engine needs exactly the five components as component nodes',
      {
        details: [
          ...missing.map((id) => ({ record: id, message: 'component node missing' })),
          ...unknown.map((id) => ({ record: id, message: 'not one of the five components' })),
        ],
      },
    );
  }
  const outcomes = graph.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
  const layout = parameterLayout(defaultParameters(graph));
  const spill: [number, number, number][] = [];
  const mult: [number, number, number][] = [];
  const out: [number, number, number][] = [];
  graph.edges.forEach((e, i) => {
    const from = COMPONENT_IDS.indexOf(e.from as ComponentId);
    const to = COMPONENT_IDS.indexOf(e.to as ComponentId);
    if (e.type === 'multiplies') mult.push([from, to, layout.edge(i)]);
    else if (e.type === 'reinforces') out.push([from, outcomes.indexOf(e.to), layout.edge(i)]);
    else spill.push([from, to, layout.edge(i)]);
  });
  const col = (rows: [number, number, number][], k: 0 | 1 | 2) =>
    Int32Array.from(rows, (r) => r[k]);
  return {
    years: options.years,
    stride: N + 1 + outcomes.length,
    outcomes,
    spillFrom: col(spill, 0),
    spillTo: col(spill, 1),
    spillParam: col(spill, 2),
    multFrom: col(mult, 0),
    multTo: col(mult, 1),
    multParam: col(mult, 2),
    outFrom: col(out, 0),
    outTo: col(out, 1),
    outParam: col(out, 2),
    multiplierParam: layout.multiplier,
    indexWeights: Float64Array.from(COMPONENT_IDS, (c) => options.indexWeights[c]),
    effective: new Float64Array(N),
    multiplier: new Float64Array(N),
    outNum: new Float64Array(outcomes.length),
    outDen: new Float64Array(outcomes.length),
  };
}

function summarise(k: Kernel, params: Float64Array, out: Float64Array, row: number): void {
  const w = k.indexWeights;
  let index = 0;
  for (let c = 0; c < N; c++) index += (w[c] ?? 0) * (out[row + c] ?? 0);
  out[row + N] = index;
  const nOut = k.outNum.length;
  if (nOut === 0) return;
  const num = k.outNum;
  const den = k.outDen;
  const from = k.outFrom;
  const to = k.outTo;
  const param = k.outParam;
  for (let o = 0; o < nOut; o++) {
    num[o] = 0;
    den[o] = 0;
  }
  for (let j = 0; j < from.length; j++) {
    const weight = params[param[j] ?? 0] ?? 0;
    const o = to[j] ?? 0;
    num[o] = (num[o] ?? 0) + weight * (out[row + (from[j] ?? 0)] ?? 0);
    den[o] = (den[o] ?? 0) + weight;
  }
  for (let o = 0; o < nOut; o++) {
    const d = den[o] ?? 0;
    out[row + N + 1 + o] = d > 0 ? (num[o] ?? 0) / d : Number.NaN;
  }
}

/**
 * Projects one trajectory into `out` ((years + 1) × stride, row 0 = base year). Allocates
 * nothing: all scratch space lives in the kernel. `params` follows the assumptions layout.
 * Arrays are read into locals once: this loop runs millions of times in sensitivity analysis.
 */
export function runKernel(
  k: Kernel,
  data: KernelData,
  params: Float64Array,
  out: Float64Array,
): void {
  const base = data.base;
  const effort = data.effort;
  const stride = k.stride;
  const years = k.years;
  const E = k.effective;
  const M = k.multiplier;
  const spillFrom = k.spillFrom;
  const spillTo = k.spillTo;
  const spillParam = k.spillParam;
  const nSpill = spillFrom.length;
  const multFrom = k.multFrom;
  const multTo = k.multTo;
  const multParam = k.multParam;
  const nMult = multFrom.length;
  const strength = (params[k.multiplierParam] ?? 0) * 0.01;
  for (let c = 0; c < N; c++) out[c] = base[c] ?? 0;
  summarise(k, params, out, 0);
  for (let y = 1; y <= years; y++) {
    const prev = (y - 1) * stride;
    const cur = prev + stride;
    const eRow = (y - 1) * N;
    for (let c = 0; c < N; c++) {
      E[c] = effort[eRow + c] ?? 0;
      M[c] = 1;
    }
    for (let j = 0; j < nSpill; j++) {
      const to = spillTo[j] ?? 0;
      E[to] =
        (E[to] ?? 0) +
        (params[spillParam[j] ?? 0] ?? 0) * (effort[eRow + (spillFrom[j] ?? 0)] ?? 0);
    }
    for (let j = 0; j < nMult; j++) {
      const to = multTo[j] ?? 0;
      M[to] =
        (M[to] ?? 0) +
        strength * (params[multParam[j] ?? 0] ?? 0) * (out[prev + (multFrom[j] ?? 0)] ?? 0);
    }
    for (let c = 0; c < N; c++) {
      const rate = (params[c] ?? 0) * (E[c] ?? 0) * (M[c] ?? 0) + (params[N + c] ?? 0);
      const s = out[prev + c] ?? 0;
      out[cur + c] = rate >= 0 ? 100 - (100 - s) * Math.exp(-rate) : s * Math.exp(rate);
    }
    summarise(k, params, out, cur);
  }
}

export interface ScenarioInput {
  /** ISO alpha-3. */
  readonly country: string;
  readonly baseYear: number;
  readonly horizonYear: number;
  /** Measured scores of the base year, 0–100, one per component. */
  readonly base: Readonly<Record<string, number>>;
  readonly plan: EffortPlan;
  readonly graph?: ModelGraph;
  /** Parameter overrides; applied after the plan's own `parameters`. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** Composite index weights; equal by default. */
  readonly indexWeights?: Readonly<Record<string, unknown>>;
}

/** Everything validated and compiled, ready to run once or many times. */
export interface PreparedScenario {
  readonly input: ScenarioInput;
  readonly graph: ModelGraph;
  readonly specs: readonly ParameterSpec[];
  readonly params: Float64Array;
  readonly base: Float64Array;
  readonly effort: Float64Array;
  readonly kernel: Kernel;
  readonly indexWeights: Weights;
  readonly years: readonly number[];
  readonly warnings: readonly string[];
}

function checkBase(base: Readonly<Record<string, number>>): Float64Array {
  const details: ErrorDetail[] = [];
  for (const key of Object.keys(base))
    if (!isComponentId(key))
      details.push({ path: `base.${key}`, message: `unknown component "${key}"` });
  const vec = Float64Array.from(COMPONENT_IDS, (c) => {
    const v = base[c];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) {
      details.push({
        path: `base.${c}`,
        message: `base score must be 0–100, got ${JSON.stringify(v)}`,
      });
      return Number.NaN;
    }
    return v;
  });
  if (details.length > 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      `invalid base scores at ${details[0]?.path ?? ''}: ${details[0]?.message ?? ''}`,
      { details },
    );
  }
  return vec;
}

export function prepareScenario(input: ScenarioInput): PreparedScenario {
  checkSpan(input);
  const graph = validateGraph(input.graph ?? MODEL_GRAPH);
  const base = checkBase(input.base);
  let specs: ParameterSpec[] = defaultParameters(graph);
  specs = applyOverrides(specs, input.plan.parameters, 'plan.parameters');
  if (input.parameters !== undefined) specs = applyOverrides(specs, input.parameters, 'parameters');
  const indexWeights =
    input.indexWeights === undefined ? EQUAL_WEIGHTS : normaliseWeights(input.indexWeights);
  const { effort, warnings } = effortMatrix(input.plan, input);
  const nYears = input.horizonYear - input.baseYear;
  return {
    input,
    graph,
    specs,
    params: Float64Array.from(specs, (s) => s.value),
    base,
    effort,
    kernel: compileKernel(graph, { years: nYears, indexWeights }),
    indexWeights,
    years: Array.from({ length: nYears + 1 }, (_, i) => input.baseYear + i),
    warnings,
  };
}

export type ProjectionMethod = 'measured-base' | 'scenario-projection';

export interface ProjectedPoint {
  readonly year: number;
  readonly score: number;
  readonly kind: ValueKind;
  readonly method: ProjectionMethod;
}

export interface ScenarioResult {
  readonly country: string;
  readonly plan: { readonly name: string; readonly description?: string };
  readonly baseYear: number;
  readonly horizonYear: number;
  readonly method: 'scenario-projection';
  readonly components: Readonly<Record<ComponentId, readonly ProjectedPoint[]>>;
  readonly index: { readonly weights: Weights; readonly points: readonly ProjectedPoint[] };
  readonly outcomes: Readonly<Record<string, readonly ProjectedPoint[]>>;
  readonly assumptions: readonly Assumption[];
  readonly warnings: readonly string[];
}

/** Runs a prepared scenario with its own parameters into a fresh trajectory buffer. */
export function trajectory(p: PreparedScenario, params: Float64Array = p.params): Float64Array {
  const out = new Float64Array(p.years.length * p.kernel.stride);
  runKernel(p.kernel, p, params, out);
  return out;
}

function column(p: PreparedScenario, out: Float64Array, col: number): ProjectedPoint[] {
  return p.years.map((year, i) => ({
    year,
    score: out[i * p.kernel.stride + col] ?? Number.NaN,
    kind: i === 0 ? 'measured' : 'estimated',
    method: i === 0 ? 'measured-base' : 'scenario-projection',
  }));
}

/** One deterministic projection with the default (or overridden) parameters. */
export function projectScenario(input: ScenarioInput): ScenarioResult {
  const p = prepareScenario(input);
  const out = trajectory(p);
  return {
    country: input.country,
    plan: {
      name: input.plan.name,
      ...(input.plan.description === undefined ? {} : { description: input.plan.description }),
    },
    baseYear: input.baseYear,
    horizonYear: input.horizonYear,
    method: 'scenario-projection',
    components: Object.fromEntries(COMPONENT_IDS.map((c, j) => [c, column(p, out, j)])) as Record<
      ComponentId,
      ProjectedPoint[]
    >,
    index: { weights: p.indexWeights, points: column(p, out, INDEX_COLUMN) },
    outcomes: Object.fromEntries(
      p.kernel.outcomes.map((o, j) => [o, column(p, out, INDEX_COLUMN + 1 + j)]),
    ),
    assumptions: listAssumptions(p.specs, p.indexWeights),
    warnings: p.warnings,
  };
}
