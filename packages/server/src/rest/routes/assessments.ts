/**
 * @module rest/routes/assessments
 * Countries and their assessments: values, dynamics, composite index, weakest component,
 * maturity stages, and the overview that bundles them for the dashboard's first page.
 */
import { assessCountry } from '@coopsec/app';
import {
  buildSeries,
  compositeIndexSeries,
  maturityStage,
  weakestComponent,
  withInterpolatedYears,
} from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countryName, loadCountry } from '../assess-context.ts';
import {
  assessmentsQuery,
  countryParam as params,
  indexQuery,
  maturityQuery,
  overviewQuery,
  weakestQuery,
} from '../schemas/assessments.ts';
import { countriesAnswer, overviewAnswer } from '../schemas/answers.ts';

export function assessmentRoutes(
  base: FastifyInstance,
  store: Store,
  nodeCountry: string | null = null,
): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/countries',
    {
      schema: {
        ...doc('assess', 'Countries with stored assessments'),
        response: { 200: countriesAnswer },
      },
    },
    async () => {
      const list = await new AssessmentRepository(store).countries();
      return { countries: list.map((c) => ({ ...c, name: countryName(c.country) })) };
    },
  );

  app.get(
    '/countries/:country/assessments',
    {
      schema: {
        params,
        querystring: assessmentsQuery,
        ...doc('assess', 'Assessments of a country'),
      },
    },
    async (request) => {
      const { country } = request.params;
      const { component, from, to, interpolate } = request.query;
      let rows = await loadCountry(store, country);
      if (interpolate === 'true') rows = withInterpolatedYears(rows, country);
      rows = rows.filter(
        (r) =>
          (component === undefined || r.component === component) &&
          (from === undefined || r.year >= from) &&
          (to === undefined || r.year <= to),
      );
      return {
        country,
        name: countryName(country),
        assessments: rows.map(({ ...r }) => {
          delete (r as { neighbours?: unknown }).neighbours;
          return r;
        }),
      };
    },
  );

  app.get(
    '/countries/:country/overview',
    {
      schema: {
        ...doc('assess', 'Series, dynamics, index, weakest component and maturity in one response'),
        params,
        querystring: overviewQuery,
        response: { 200: overviewAnswer },
      },
    },
    async (request) => {
      const { country } = request.params;
      const { weights, thresholds: rule, interpolate, from, to } = request.query;
      // The dashboard draws the labelled estimates (dashed), so here they are on by default.
      return assessCountry(store, {
        country,
        nodeCountry,
        interpolate: interpolate !== 'false',
        ...(weights ? { weights } : {}),
        ...(rule ? { rule } : {}),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      });
    },
  );

  app.get(
    '/countries/:country/dynamics',
    { schema: { ...doc('assess', 'Change (pp, %, CAGR) and ranks by level and growth'), params } },
    async (request) => {
      return (await assessCountry(store, { country: request.params.country })).dynamics;
    },
  );

  app.get(
    '/countries/:country/index',
    {
      schema: {
        params,
        querystring: indexQuery,
        ...doc('assess', 'Composite index per year with the weights used'),
      },
    },
    async (request) => {
      const { country } = request.params;
      const { weights } = request.query;
      const rows = await loadCountry(store, country);
      return {
        country,
        index: compositeIndexSeries(rows, { country, ...(weights ? { weights } : {}) }),
      };
    },
  );

  app.get(
    '/countries/:country/weakest',
    {
      schema: {
        params,
        querystring: weakestQuery,
        ...doc('assess', 'Weakest component (binding constraint)'),
      },
    },
    async (request) => {
      const { country } = request.params;
      const { year } = request.query;
      const rows = await loadCountry(store, country);
      return weakestComponent(
        buildSeries(rows, { country }),
        year ?? Math.max(...rows.map((r) => r.year)),
      );
    },
  );

  app.get(
    '/countries/:country/maturity',
    {
      schema: {
        params,
        querystring: maturityQuery,
        ...doc('assess', 'Maturity stages with the stated rule'),
      },
    },
    async (request) => {
      const { country } = request.params;
      const { year, thresholds: rule } = request.query;
      const rows = await loadCountry(store, country);
      const y = year ?? Math.max(...rows.map((r) => r.year));
      const components = rows
        .filter((r) => r.year === y)
        .map((r) => ({ component: r.component, ...maturityStage(r.score, rule) }));
      return {
        country,
        year: y,
        rule: components[0]?.rule ?? rule ?? null,
        components: components.map(({ rule: _r, ...c }) => c),
      };
    },
  );
}
