/**
 * @module rest/routes/scenarios
 * The model graph (Figure 2, edge types and assumed weights) and the scenario engine: POST a
 * plan, get the projection to the horizon year (every value `estimated`, method
 * `scenario-projection`), the plain trend extrapolation with its band beside it (labelled
 * as such), the assumptions, and, when asked, a Monte-Carlo sensitivity analysis saying in
 * how many runs each conclusion still holds.
 */
import { simulateScenario } from '@coopsec/app';
import {
  CoopsecError,
  defaultParameters,
  exportGraph,
  MODEL_GRAPH,
  STATED_ASSUMPTIONS,
  EDGE_TYPE_DEFAULTS,
} from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import {
  asRecord,
  countryCode,
  FieldErrors,
  optionalInt,
  optionalString,
  type Raw,
} from '../params.ts';

/** Sensitivity runs are capped per request so one call cannot hold the server for long. */
const MAX_REST_RUNS = 20_000;

function readSensitivity(
  errors: FieldErrors,
  raw: unknown,
): { runs: number; seed: number; conclusions?: string[] } | undefined {
  if (raw === undefined || raw === null || raw === false) return undefined;
  const s = asRecord(raw);
  const runs = optionalInt(errors, s, 'runs', { min: 1, max: MAX_REST_RUNS }) ?? 2000;
  const seed = optionalInt(errors, s, 'seed', { min: -2147483648, max: 2147483647 }) ?? 1;
  if (s.conclusions === undefined) return { runs, seed };
  const list = s.conclusions;
  if (!Array.isArray(list) || list.some((c) => typeof c !== 'string')) {
    errors.add(
      'sensitivity.conclusions',
      'must be a list of conclusions such as "lowest digital-literacy in 2030"',
    );
    return undefined;
  }
  return { runs, seed, conclusions: (list as string[]).filter((c) => c.trim() !== '') };
}

function bodyOf(raw: unknown): Raw {
  const body = asRecord(raw);
  if (Object.keys(body).length === 0)
    throw new CoopsecError('BAD_INPUT', 'a JSON body with plan and horizonYear is required', {
      details: [{ field: 'body', message: 'missing' }],
    });
  return body;
}

export function scenarioRoutes(app: FastifyInstance, store: Store): void {
  app.get('/model/graph', async (request, reply) => {
    const errors = new FieldErrors();
    const format = optionalString(errors, asRecord(request.query), 'format', {
      pattern: /^(json|dot|mermaid)$/,
      hint: 'must be json, dot or mermaid',
    });
    errors.throwIfAny();
    await Promise.resolve();
    if (format === 'dot' || format === 'mermaid')
      return reply.type('text/plain; charset=utf-8').send(exportGraph(MODEL_GRAPH, format));
    return {
      graph: MODEL_GRAPH,
      edgeTypes: EDGE_TYPE_DEFAULTS,
      parameters: defaultParameters(MODEL_GRAPH),
      assumptions: STATED_ASSUMPTIONS,
    };
  });

  app.post('/countries/:country/scenario', async (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const body = bodyOf(request.body);
    const horizonYear = optionalInt(errors, body, 'horizonYear', { min: 1990, max: 2200 });
    const baseYear = optionalInt(errors, body, 'baseYear', { min: 1990, max: 2200 });
    if (horizonYear === undefined && body.horizonYear === undefined)
      errors.add('horizonYear', 'is required');
    const sensitivity = readSensitivity(errors, body.sensitivity);
    if (body.plan === undefined) errors.add('plan', 'is required (format coopsec-effort-plan/1)');
    errors.throwIfAny();
    return await simulateScenario(store, {
      country,
      plan: body.plan,
      ...(horizonYear !== undefined ? { horizonYear } : {}),
      ...(baseYear !== undefined ? { baseYear } : {}),
      ...(body.parameters !== undefined ? { parameters: asRecord(body.parameters) } : {}),
      ...(body.weights !== undefined ? { weights: asRecord(body.weights) } : {}),
      ...(sensitivity !== undefined ? { sensitivity } : {}),
    });
  });
}
