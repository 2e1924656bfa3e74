/**
 * @module rest/routes/meta
 * Health, the OpenAPI document, and the list of features (the dashboard's Report page reads
 * it). Every feature is part of every build now, so the list is static; a PDF whose Chromium
 * is missing is answered 503 with what to install, when it is asked for.
 */
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { featuresAnswer } from '../schemas/answers.ts';
import { openApiDocument, type CollectedRoute } from '../openapi.ts';
import { doc } from '../route-doc.ts';

export const FEATURES: readonly { id: string; label: string; available: boolean }[] = [
  { id: 'dynamics', label: 'Dynamics and ranks', available: true },
  { id: 'weakest', label: 'Weakest component', available: true },
  { id: 'index', label: 'Composite index', available: true },
  { id: 'maturity', label: 'Maturity stages', available: true },
  { id: 'interpolation', label: 'Interpolated estimates', available: true },
  { id: 'claims', label: 'Claims audit', available: true },
  { id: 'model-graph', label: 'Model graph', available: true },
  { id: 'scenarios', label: 'Scenario projection', available: true },
  { id: 'sensitivity', label: 'Sensitivity analysis', available: true },
  { id: 'mapping', label: 'Table 2 mapping', available: true },
  { id: 'coverage', label: 'Coverage and recommendations', available: true },
  { id: 'comparison', label: 'Regional comparison', available: true },
  { id: 'report-html', label: 'HTML report', available: true },
  { id: 'report-pdf', label: 'PDF report', available: true },
];

export function metaRoutes(
  base: FastifyInstance,
  store: Store,
  routes: readonly CollectedRoute[],
): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const open = { public: true };
  app.get('/health', { schema: doc('meta', 'Liveness and database dialect', open) }, () => ({
    status: 'ok',
    database: store.dialect,
  }));
  // built on first request: by then every route is registered
  let document: Record<string, unknown> | undefined;
  app.get('/openapi.json', { schema: doc('meta', 'This document', open) }, () => {
    document ??= openApiDocument(routes);
    return document;
  });
  const features = {
    ...doc('meta', 'Which features this build has', open),
    response: { 200: featuresAnswer },
  };
  app.get('/features', { schema: features }, () => ({
    features: FEATURES,
  }));
}
