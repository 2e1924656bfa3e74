/**
 * @module rest/schemas/answers/overview
 * The country overview (routes/assessments.ts, the app's `assessCountry`) and the caller
 * (/me), as the dashboard's Overview page and session read them.
 */
import { z } from 'zod';
import { componentId, list } from './common.ts';

export { componentId };
const components = list(componentId);
const byComponent = z.record(componentId, z.number()).readonly();

export const principalAnswer = z.object({
  userId: z.string(),
  userName: z.string(),
  orgId: z.string(),
  isAdmin: z.boolean(),
  keyId: z.string().meta({ description: 'id of the API key used, never the key' }),
});

export const meAnswer = z.object({
  principal: principalAnswer,
  organisation: z
    .object({ id: z.string(), name: z.string(), parentOrg: z.string().nullable() })
    .nullable(),
});

export const componentInfo = z.object({
  id: componentId,
  name: z.string(),
  role: z.enum(['central', 'multiplier', 'component']),
});

export const valueAnswer = z.object({
  year: z.int(),
  component: componentId,
  score: z.number(),
  sourceId: z.string(),
  evidence: z.string(),
  confidence: z.string(),
  kind: z.enum(['measured', 'estimated']).meta({
    description: 'estimated values are computed (interpolated or projected), never measured',
  }),
  method: z.string(),
});

export const ranking = z.object({
  entries: list(z.object({ component: componentId, value: z.number(), rank: z.int() })),
  ties: list(z.object({ rank: z.int(), components })),
  missing: components,
  rule: z.string(),
});

export const change = z.object({
  component: componentId,
  fromScore: z.number(),
  toScore: z.number(),
  absolute: z.number(),
  relative: z.number().nullable(),
  cagr: z.number().nullable(),
});

export const indexPoint = z.discriminatedUnion('computable', [
  z.object({
    year: z.int(),
    computable: z.literal(true),
    value: z.number(),
    weights: byComponent,
    contributions: byComponent,
  }),
  z.object({
    year: z.int(),
    computable: z.literal(false),
    weights: byComponent,
    missing: components,
    reason: z.string(),
  }),
]);

const stageOf = { score: z.number(), stage: z.string(), level: z.int() };

const measuredRatio = z.object({
  id: z.enum([
    'agreements-in-use',
    'partners-reachable',
    'sightings-returned',
    'joint-response',
    'containment',
  ]),
  numerator: z.int(),
  denominator: z.int(),
  value: z.number().nullable().meta({ description: 'null (missing) when the denominator is 0' }),
});

/** Issue 18 item 2: this node's measured cooperation, beside (never instead of) the reported score. */
export const measuredCooperationAnswer = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    country: z.string(),
    kind: z.literal('measured'),
    source: z.object({
      id: z.string(),
      citation: z.string(),
      confidence: z.enum(['high', 'medium', 'low']),
      kind: z.literal('measured'),
    }),
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    figures: z.object({
      objectsShared: z.int(),
      objectsReceived: z.int(),
      uniqueIndicators: z.int(),
      agreementsActive: z.int(),
      peersReachable: z.int(),
      jointCases: z.int(),
      advisoriesExchanged: z.int(),
    }),
    ratios: list(measuredRatio),
    score: z
      .number()
      .nullable()
      .meta({ description: 'coopsec rule, 0–100; not the self-reported score; null when missing' }),
    rule: z.literal('coopsec-measured-cooperation-v1'),
  }),
  z.object({
    available: z.literal(false),
    reason: z.string(),
    cause: z.enum(['node-country-not-set', 'other-country']),
    nodeCountry: z
      .string()
      .optional()
      .meta({ description: 'the country this node serves, when it is another one' }),
  }),
]);

export const overviewAnswer = z.object({
  country: z.string(),
  name: z.string(),
  components: list(componentInfo),
  measuredYears: list(z.int()),
  values: list(valueAnswer),
  dynamics: z
    .object({
      from: z.int(),
      to: z.int(),
      changes: list(change),
      rankByLevel: ranking,
      rankByAbsoluteGrowth: ranking,
      rankByRelativeGrowth: ranking,
    })
    .nullable(),
  index: list(indexPoint).nullable(),
  weakest: z
    .object({ year: z.int(), components, score: z.number(), missing: components })
    .nullable(),
  maturity: z
    .object({
      year: z.int(),
      rule: z.object({
        id: z.string(),
        thresholds: list(z.number()),
        description: z.string(),
      }),
      components: list(z.object({ component: componentId, ...stageOf })),
      index: z.object(stageOf).nullable(),
    })
    .nullable(),
  unavailable: list(z.string()).meta({ description: 'parts this build cannot compute yet' }),
  measuredCooperation: measuredCooperationAnswer.optional(),
});

/** The answers as TypeScript types, for clients (packages/web imports these, types only). */
export type ComponentIdAnswer = z.output<typeof componentId>;
export type PrincipalAnswer = z.output<typeof principalAnswer>;
export type MeAnswer = z.output<typeof meAnswer>;
export type MeasuredCooperationAnswer = z.output<typeof measuredCooperationAnswer>;
export type ComponentInfoAnswer = z.output<typeof componentInfo>;
export type ValueAnswer = z.output<typeof valueAnswer>;
export type RankingAnswer = z.output<typeof ranking>;
export type ChangeAnswer = z.output<typeof change>;
export type IndexPointAnswer = z.output<typeof indexPoint>;
export type OverviewAnswer = z.output<typeof overviewAnswer>;

/** Countries with stored assessments (GET /api/countries). */
export const countriesAnswer = z.object({
  countries: list(
    z.object({
      country: z.string().meta({ description: 'ISO 3166-1 alpha-3' }),
      name: z.string(),
      firstYear: z.int(),
      lastYear: z.int(),
      values: z.int().meta({ description: 'stored values (country, component, year)' }),
    }),
  ),
});

export type CountriesAnswer = z.output<typeof countriesAnswer>;
