/**
 * @module rest/routes/standards
 * Standards mapping (PRODUCT.md A6): the national acts mapped to ISO/IEC 27001 and NIST CSF
 * 2.0 (the paper's Table 2 for KGZ), the coverage matrix per framework for the heatmap, the
 * ranked gaps, and the recommendations tied to the paper's five cooperation areas.
 */
import { policyCoverage, policyMapping, recommendActions } from '@coopsec/app';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countryParam } from '../schemas/common.ts';
import { coverageQuery, recommendationsQuery } from '../schemas/standards.ts';
import {
  coverageAnswer,
  mappingAnswer,
  recommendationsAnswer,
} from '../schemas/answers/standards.ts';

export function standardsRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/countries/:country/mapping',
    {
      schema: {
        ...doc(
          'standards',
          'Legal acts mapped to ISO/IEC 27001 and NIST CSF 2.0 (the paper’s Table 2 for KGZ)',
        ),
        params: countryParam,
        response: { 200: mappingAnswer },
      },
    },
    (request) => policyMapping(request.params.country),
  );

  app.get(
    '/countries/:country/coverage',
    {
      schema: {
        ...doc('standards', 'Coverage matrix (acts × functions/domains) with ranked gaps'),
        params: countryParam,
        querystring: coverageQuery,
        response: { 200: coverageAnswer },
      },
    },
    (request) =>
      policyCoverage({
        country: request.params.country,
        framework: request.query.framework ?? 'csf-2.0',
        level: request.query.level ?? 'top',
      }),
  );

  app.get(
    '/countries/:country/recommendations',
    {
      schema: {
        ...doc(
          'standards',
          'Priority actions from gaps and the weakest component, by cooperation area',
        ),
        params: countryParam,
        querystring: recommendationsQuery,
        response: { 200: recommendationsAnswer },
      },
    },
    async (request) => {
      const { framework, weakest } = request.query;
      return await recommendActions(store, {
        country: request.params.country,
        framework: framework ?? 'csf-2.0',
        ...(weakest !== undefined ? { weakest } : {}),
      });
    },
  );
}
