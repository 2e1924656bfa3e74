/**
 * @module rest/routes/scenarios
 * The model graph (Figure 2, edge types and assumed weights) and the scenario engine: POST a
 * plan, get the projection to the horizon year (every value `estimated`, method
 * `scenario-projection`), the plain trend extrapolation with its band beside it (labelled
 * as such), the assumptions, and, when asked, a Monte-Carlo sensitivity analysis saying in
 * how many runs each conclusion still holds.
 */
import {
  COMPONENT_IDS,
  CoopsecError,
  defaultParameters,
  exportGraph,
  extrapolateTrend,
  MODEL_GRAPH,
  parsePlan,
  prepareScenario,
  projectScenario,
  runSensitivity,
  STATED_ASSUMPTIONS,
  EDGE_TYPE_DEFAULTS,
  type ComponentId,
  type TrendResult,
} from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { loadCountry } from '../assess-context.ts';
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
): { runs: number; seed: number; conclusions: string[] } | undefined {
  if (raw === undefined || raw === null || raw === false) return undefined;
  const s = asRecord(raw);
  const runs = optionalInt(errors, s, 'runs', { min: 1, max: MAX_REST_RUNS }) ?? 2000;
  const seed = optionalInt(errors, s, 'seed', { min: -2147483648, max: 2147483647 }) ?? 1;
  const list = s.conclusions ?? [];
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
    const baseYearIn = optionalInt(errors, body, 'baseYear', { min: 1990, max: 2200 });
    if (horizonYear === undefined && body.horizonYear === undefined)
      errors.add('horizonYear', 'is required');
    const sensitivity = readSensitivity(errors, body.sensitivity);
    if (body.plan === undefined) errors.add('plan', 'is required (format coopsec-effort-plan/1)');
    errors.throwIfAny();
    const plan = prefixed('plan', () => parsePlan(body.plan));
    const rows = await loadCountry(store, country);
    const measured = rows.filter((r) => r.kind === 'measured');
    const baseYear = baseYearIn ?? Math.max(...measured.map((r) => r.year));
    const base = Object.fromEntries(
      measured.filter((r) => r.year === baseYear).map((r) => [r.component, r.score]),
    );
    const missing = COMPONENT_IDS.filter((c) => base[c] === undefined);
    if (missing.length > 0) {
      throw new CoopsecError(
        'BAD_INPUT',
        `${country} has no measured ${missing.join(', ')} in ${baseYear}: choose a base year with all five components`,
        { details: [{ field: 'baseYear', message: `missing ${missing.join(', ')}` }] },
      );
    }
    if (horizonYear === undefined || horizonYear <= baseYear) {
      throw new CoopsecError('BAD_INPUT', `horizonYear must come after the base year ${baseYear}`, {
        details: [{ field: 'horizonYear', message: `must be after ${baseYear}` }],
      });
    }
    const input = {
      country,
      baseYear,
      horizonYear,
      base,
      plan,
      ...(body.parameters !== undefined ? { parameters: asRecord(body.parameters) } : {}),
      ...(body.weights !== undefined ? { indexWeights: asRecord(body.weights) } : {}),
    };
    const projection = projectScenario(input);
    const trend: Record<string, TrendResult | { unavailable: string }> = Object.fromEntries(
      COMPONENT_IDS.map((c: ComponentId): [ComponentId, TrendResult | { unavailable: string }] => {
        const points = measured
          .filter((r) => r.component === c)
          .map((r) => ({ year: r.year, score: r.score }));
        try {
          return [c, extrapolateTrend({ points, untilYear: horizonYear })];
        } catch (error) {
          return [c, { unavailable: error instanceof Error ? error.message : String(error) }];
        }
      }),
    );
    const measuredSeries = measured.map(({ year, component, score, sourceId }) => ({
      year,
      component,
      score,
      sourceId,
      kind: 'measured' as const,
    }));
    return {
      country,
      measured: measuredSeries,
      projection,
      trend,
      sensitivity: sensitivity
        ? prefixed('sensitivity', () => runSensitivity(prepareScenario(input), sensitivity))
        : null,
    };
  });
}

/** Runs `fn`, prefixing the field names of its BAD_INPUT details with `prefix.` for the form. */
function prefixed<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CoopsecError && error.code === 'BAD_INPUT') {
      throw new CoopsecError('BAD_INPUT', error.message, {
        details: error.details.map((d) => ({
          ...d,
          field: `${prefix}.${d.field ?? d.path ?? ''}`.replace(/\.$/, ''),
        })),
        cause: error,
      });
    }
    throw error;
  }
}
