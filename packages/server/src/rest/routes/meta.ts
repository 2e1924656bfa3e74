/**
 * @module rest/routes/meta
 * Health, the OpenAPI document, and the list of features this build has (the dashboard uses
 * it to say "not available yet" honestly instead of showing an empty page).
 */
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { featureList } from '../feature-list.ts';
import { openApiDocument } from '../openapi.ts';

export function metaRoutes(app: FastifyInstance, store: Store): void {
  app.get('/health', () => ({ status: 'ok', database: store.dialect }));
  app.get('/openapi.json', () => openApiDocument());
  app.get('/features', async () => ({ features: await featureList() }));
}
