/**
 * @module rest/routes/meta
 * Health, the OpenAPI document, and the list of features (the dashboard's Report page reads
 * it). Every feature is part of every build now, so the list is static; a PDF whose Chromium
 * is missing is answered 503 with what to install, when it is asked for.
 */
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { openApiDocument } from '../openapi.ts';

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

export function metaRoutes(app: FastifyInstance, store: Store): void {
  app.get('/health', () => ({ status: 'ok', database: store.dialect }));
  app.get('/openapi.json', () => openApiDocument());
  app.get('/features', () => ({ features: FEATURES }));
}
