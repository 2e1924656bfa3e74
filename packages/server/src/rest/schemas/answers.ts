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

export * from './answers/overview.ts';
export * from './answers/admin.ts';
export * from './answers/standards.ts';
export * from './answers/compare.ts';
export * from './answers/claims.ts';
export * from './answers/scenarios.ts';
export * from './answers/assess.ts';
export * from './answers/peers.ts';
export * from './answers/cooperation.ts';
export * from './answers/incidents.ts';
export * from './answers/advisories.ts';
export * from './answers/inventory.ts';
export * from './answers/alerts.ts';
