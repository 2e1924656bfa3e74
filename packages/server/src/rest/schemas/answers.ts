/**
 * @module rest/schemas/answers
 * Shapes of the REST answers the dashboard reads, as zod schemas: the routes declare them as
 * their 200 response (so the compiler checks the app's result against them, and the OpenAPI
 * document shows them), and packages/web derives its types from them with `import type`
 * (erased from the bundle: no zod, no Fastify, no model code reaches the browser).
 *
 * An answer may carry more than is described here (typed as z.object, not strict), never less.
 * Imports: zod and the model's constants only (the web type-checks this file).
 */
import { z } from 'zod';
import { COMPONENT_IDS } from '@coopsec/model';

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const componentId = z.enum(COMPONENT_IDS);
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
});

/** The answers as TypeScript types, for clients (packages/web imports these, types only). */
export type ComponentIdAnswer = z.output<typeof componentId>;
export type PrincipalAnswer = z.output<typeof principalAnswer>;
export type MeAnswer = z.output<typeof meAnswer>;
export type ComponentInfoAnswer = z.output<typeof componentInfo>;
export type ValueAnswer = z.output<typeof valueAnswer>;
export type RankingAnswer = z.output<typeof ranking>;
export type ChangeAnswer = z.output<typeof change>;
export type IndexPointAnswer = z.output<typeof indexPoint>;
export type OverviewAnswer = z.output<typeof overviewAnswer>;

// administration lists (routes/admin.ts), as the dashboard's Admin page reads them

const orgId = z.string();

export const orgsAnswer = z.object({
  organisations: list(
    z.object({
      id: orgId,
      name: z.string(),
      parentOrg: orgId.nullable(),
      users: list(z.object({ id: z.string(), name: z.string(), isAdmin: z.boolean() })),
    }),
  ),
});

export const keysAnswer = z.object({
  keys: list(
    z.object({
      id: z.string().meta({ description: 'key id, never the key' }),
      userId: z.string(),
      userName: z.string().nullable(),
      orgId: orgId.nullable(),
      createdAt: z.string(),
      revokedAt: z.string().nullable(),
    }),
  ),
});

export const collectionsAnswer = z.object({
  collections: list(
    z.object({
      id: z.string(),
      title: z.string(),
      ownerOrg: orgId.nullable(),
      grants: list(z.object({ orgId, canRead: z.boolean(), canWrite: z.boolean() })),
    }),
  ),
});

export const agreementsAnswer = z.object({
  agreements: list(
    z.object({
      id: z.string(),
      fromOrg: orgId,
      toOrg: orgId,
      collectionId: z.string(),
      levels: list(z.string()).meta({ description: 'TLP levels that flow; never red' }),
    }),
  ),
});

export const featuresAnswer = z.object({
  features: list(z.object({ id: z.string(), label: z.string(), available: z.boolean() })),
});

export type OrgsAnswer = z.output<typeof orgsAnswer>;
export type KeysAnswer = z.output<typeof keysAnswer>;
export type CollectionsAnswer = z.output<typeof collectionsAnswer>;
export type AgreementsAnswer = z.output<typeof agreementsAnswer>;
export type FeaturesAnswer = z.output<typeof featuresAnswer>;

export * from './answers/standards.ts';
export * from './answers/compare.ts';
export * from './answers/claims.ts';
export * from './answers/scenarios.ts';
