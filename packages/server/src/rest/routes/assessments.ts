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

export function assessmentRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/countries', async () => {
    const list = await new AssessmentRepository(store).countries();
    return { countries: list.map((c) => ({ ...c, name: countryName(c.country) })) };
  });

  const assessments = { schema: { params, querystring: assessmentsQuery } };
  app.get('/countries/:country/assessments', assessments, async (request) => {
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
  });

  const overview = { schema: { params, querystring: overviewQuery } };
  app.get('/countries/:country/overview', overview, async (request) => {
    const { country } = request.params;
    const { weights, thresholds: rule, interpolate, from, to } = request.query;
    // The dashboard draws the labelled estimates (dashed), so here they are on by default.
    return assessCountry(store, {
      country,
      interpolate: interpolate !== 'false',
      ...(weights ? { weights } : {}),
      ...(rule ? { rule } : {}),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    });
  });

  app.get('/countries/:country/dynamics', { schema: { params } }, async (request) => {
    return (await assessCountry(store, { country: request.params.country })).dynamics;
  });

  const index = { schema: { params, querystring: indexQuery } };
  app.get('/countries/:country/index', index, async (request) => {
    const { country } = request.params;
    const { weights } = request.query;
    const rows = await loadCountry(store, country);
    return {
      country,
      index: compositeIndexSeries(rows, { country, ...(weights ? { weights } : {}) }),
    };
  });

  const weakest = { schema: { params, querystring: weakestQuery } };
  app.get('/countries/:country/weakest', weakest, async (request) => {
    const { country } = request.params;
    const { year } = request.query;
    const rows = await loadCountry(store, country);
    return weakestComponent(
      buildSeries(rows, { country }),
      year ?? Math.max(...rows.map((r) => r.year)),
    );
  });

  const maturity = { schema: { params, querystring: maturityQuery } };
  app.get('/countries/:country/maturity', maturity, async (request) => {
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
  });
}
