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
  defaultParameters,
  exportGraph,
  MODEL_GRAPH,
  STATED_ASSUMPTIONS,
  EDGE_TYPE_DEFAULTS,
} from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countryParam } from '../schemas/common.ts';
import { graphQuery, scenarioBody } from '../schemas/scenarios.ts';
import { graphOrText, scenarioAnswer } from '../schemas/answers/scenarios.ts';

export function scenarioRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/model/graph',
    {
      schema: {
        ...doc(
          'scenario',
          'The model graph (Figure 2) with edge types, default parameters and assumptions',
          { produces: ['application/json', 'text/plain'] },
        ),
        querystring: graphQuery,
        response: { 200: graphOrText },
      },
    },
    (request, reply) => {
      const { format } = request.query;
      if (format === 'dot' || format === 'mermaid') {
        void reply.type('text/plain; charset=utf-8');
        return exportGraph(MODEL_GRAPH, format);
      }
      return {
        graph: MODEL_GRAPH,
        edgeTypes: EDGE_TYPE_DEFAULTS,
        parameters: defaultParameters(MODEL_GRAPH),
        assumptions: STATED_ASSUMPTIONS,
      };
    },
  );

  app.post(
    '/countries/:country/scenario',
    {
      schema: {
        ...doc(
          'scenario',
          'Project a plan to the horizon year, with trend extrapolation and optional sensitivity analysis',
        ),
        params: countryParam,
        body: scenarioBody,
        response: { 200: scenarioAnswer },
      },
    },
    async (request) => {
      const body = request.body;
      const s = body.sensitivity;
      return await simulateScenario(store, {
        country: request.params.country,
        plan: body.plan,
        horizonYear: body.horizonYear,
        ...(body.baseYear !== undefined ? { baseYear: body.baseYear } : {}),
        ...(body.parameters !== undefined ? { parameters: body.parameters } : {}),
        ...(body.weights !== undefined ? { weights: body.weights } : {}),
        ...(s !== undefined
          ? {
              sensitivity: {
                runs: s.runs ?? 2000,
                seed: s.seed ?? 1,
                ...(s.conclusions !== undefined
                  ? { conclusions: s.conclusions.filter((c) => c.trim() !== '') }
                  : {}),
              },
            }
          : {}),
      });
    },
  );
}
