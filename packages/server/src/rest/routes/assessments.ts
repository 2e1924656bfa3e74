/**
 * @module rest/routes/assessments
 * Countries and their assessments: values, dynamics, composite index, weakest component,
 * maturity stages, and the overview that bundles them for the dashboard's first page.
 */
import { assessCountry } from '@coopsec/app';
import {
  buildSeries,
  COMPONENT_IDS,
  compositeIndexSeries,
  maturityStage,
  weakestComponent,
  withInterpolatedYears,
} from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { countryName, loadCountry, parseMaturityRule, parseWeights } from '../assess-context.ts';
import { asRecord, countryCode, FieldErrors, optionalInt, optionalString } from '../params.ts';

const YEARS = { min: 1990, max: 2200 };

export function assessmentRoutes(app: FastifyInstance, store: Store): void {
  app.get('/countries', async () => {
    const list = await new AssessmentRepository(store).countries();
    return { countries: list.map((c) => ({ ...c, name: countryName(c.country) })) };
  });

  app.get('/countries/:country/assessments', async (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const q = asRecord(request.query);
    const component = optionalString(errors, q, 'component', {
      pattern: new RegExp(`^(${COMPONENT_IDS.join('|')})$`),
      hint: `must be one of ${COMPONENT_IDS.join(', ')}`,
    });
    const from = optionalInt(errors, q, 'from', YEARS);
    const to = optionalInt(errors, q, 'to', YEARS);
    const interpolate = optionalString(errors, q, 'interpolate', {
      pattern: /^(true|false)$/,
      hint: 'must be true or false',
    });
    errors.throwIfAny();
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

  app.get('/countries/:country/overview', async (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const q = asRecord(request.query);
    const weights = parseWeights(errors, q);
    const rule = parseMaturityRule(errors, q);
    const interpolate = optionalString(errors, q, 'interpolate', {
      pattern: /^(true|false)$/,
      hint: 'must be true or false',
    });
    const from = optionalInt(errors, q, 'from', YEARS);
    const to = optionalInt(errors, q, 'to', YEARS);
    errors.throwIfAny();
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

  app.get('/countries/:country/dynamics', async (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    errors.throwIfAny();
    return (await assessCountry(store, { country })).dynamics;
  });

  app.get('/countries/:country/index', async (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const weights = parseWeights(errors, asRecord(request.query));
    errors.throwIfAny();
    const rows = await loadCountry(store, country);
    return {
      country,
      index: compositeIndexSeries(rows, { country, ...(weights ? { weights } : {}) }),
    };
  });

  app.get('/countries/:country/weakest', async (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const year = optionalInt(errors, asRecord(request.query), 'year', YEARS);
    errors.throwIfAny();
    const rows = await loadCountry(store, country);
    return weakestComponent(
      buildSeries(rows, { country }),
      year ?? Math.max(...rows.map((r) => r.year)),
    );
  });

  app.get('/countries/:country/maturity', async (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const q = asRecord(request.query);
    const year = optionalInt(errors, q, 'year', YEARS);
    const rule = parseMaturityRule(errors, q);
    errors.throwIfAny();
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
