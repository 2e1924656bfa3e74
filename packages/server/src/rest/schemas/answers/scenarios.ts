/**
 * @module rest/schemas/answers/scenarios
 * Answers of routes/scenarios.ts, as the dashboard's Scenarios and Model pages read them: the
 * model graph (the paper's Figure 2) with its edge types and assumptions, and a scenario run
 * (the app's `simulateScenario`): measured base, projection, plain trend, sensitivity. Every
 * projected or extrapolated value is `estimated` and says by which method.
 */
import { z } from 'zod';
import { assumption, componentId, list } from './common.ts';

const modelAssumption = assumption.extend({
  range: z.tuple([z.number(), z.number()]).readonly().optional(),
  unit: z.string().optional(),
});

export const graphAnswer = z.object({
  graph: z.object({
    id: z.string(),
    title: z.string(),
    source: z.string(),
    nodes: list(
      z.object({
        id: z.string(),
        label: z.string(),
        kind: z.enum(['component', 'outcome']),
        role: z.string().optional(),
      }),
    ),
    edges: list(
      z.object({
        from: z.string(),
        to: z.string(),
        type: z.string(),
        weight: z.number(),
        evidence: z.string().meta({ description: 'the paper’s words for the link' }),
      }),
    ),
  }),
  edgeTypes: z
    .record(
      z.string(),
      z.object({ weight: z.number(), min: z.number(), max: z.number(), why: z.string() }),
    )
    .readonly(),
  parameters: list(
    z.object({
      id: z.string(),
      value: z.number(),
      min: z.number().meta({ description: 'the range sensitivity analysis samples' }),
      max: z.number(),
      hardMin: z.number().meta({ description: 'what a user may set at all' }),
      hardMax: z.number(),
      unit: z.string(),
      why: z.string(),
    }),
  ),
  assumptions: list(modelAssumption),
});

/** GET /model/graph answers the graph as JSON, or as DOT or Mermaid text when asked. */
export const graphOrText = z.union([
  graphAnswer,
  z.string().meta({ description: 'format=dot or format=mermaid: the graph as text/plain' }),
]);

const projected = z.object({
  year: z.int(),
  score: z.number(),
  kind: z.enum(['measured', 'estimated']),
  method: z.enum(['measured-base', 'scenario-projection']),
});

const trend = z.union([
  z.object({
    label: z.literal('extrapolation'),
    method: z.literal('linear-least-squares'),
    band: z.object({
      method: z.enum(['prediction-interval-95', 'stated-per-year']),
      bandPerYear: z.number().optional(),
      note: z.string(),
    }),
    slope: z.number(),
    intercept: z.number(),
    measuredYears: list(z.int()),
    points: list(
      z.object({
        year: z.int(),
        score: z.number(),
        low: z.number(),
        high: z.number(),
        kind: z.literal('estimated'),
        method: z.literal('trend-extrapolation'),
        clipped: z.boolean(),
      }),
    ),
  }),
  z.object({ unavailable: z.string().meta({ description: 'why no trend can be drawn' }) }),
]);

const spread = z.object({
  min: z.number(),
  p5: z.number(),
  p50: z.number(),
  p95: z.number(),
  max: z.number(),
});

export const scenarioAnswer = z.object({
  country: z.string(),
  baseYear: z.int(),
  horizonYear: z.int(),
  measured: list(
    z.object({
      year: z.int(),
      component: componentId,
      score: z.number(),
      sourceId: z.string(),
      kind: z.literal('measured'),
    }),
  ),
  projection: z.object({
    country: z.string(),
    plan: z.object({ name: z.string(), description: z.string().optional() }),
    baseYear: z.int(),
    horizonYear: z.int(),
    method: z.literal('scenario-projection'),
    components: z.record(componentId, list(projected)).readonly(),
    index: z.object({
      weights: z.record(componentId, z.number()).readonly(),
      points: list(projected),
    }),
    outcomes: z.record(z.string(), list(projected)).readonly(),
    assumptions: list(modelAssumption),
    warnings: list(z.string()),
  }),
  trend: z.record(componentId, trend).readonly(),
  sensitivity: z
    .object({
      kind: z.literal('estimated'),
      method: z.literal('monte-carlo-sensitivity'),
      runs: z.int(),
      seed: z.int(),
      prng: z.string(),
      sampling: z.string(),
      conclusions: list(
        z.object({
          conclusion: z.string(),
          holdsWithDefaults: z.boolean(),
          runsHolding: z.int(),
          share: z.number(),
        }),
      ),
      horizonYear: z.int(),
      horizonSpread: z.record(z.string(), spread).readonly(),
      parameters: list(
        z.object({ id: z.string(), value: z.number(), min: z.number(), max: z.number() }),
      ),
    })
    .nullable(),
});

export type GraphAnswer = z.output<typeof graphAnswer>;
export type ScenarioAnswer = z.output<typeof scenarioAnswer>;
