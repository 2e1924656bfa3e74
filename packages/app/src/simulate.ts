/**
 * @module simulate
 * Simulate a scenario: project the five components and the composite index of a country from
 * its stored measured scores to a horizon year under an effort plan (the model graph of the
 * paper's Figure 2), with the plain trend extrapolation beside it and, when asked, a seeded
 * sensitivity analysis. `coopsec simulate` and `POST /api/countries/:country/scenario` both
 * answer with this. Every projected value is an estimate (method `scenario-projection`).
 *
 * @example
 * const answer = await simulateScenario(store, { country: 'KGZ', plan, horizonYear: 2030 });
 */
import {
  COMPONENT_IDS,
  CoopsecError,
  extrapolateTrend,
  findCountry,
  parsePlan,
  prepareScenario,
  projectScenario,
  runSensitivity,
  type Assessment,
  type ComponentId,
  type ScenarioInput,
  type ScenarioResult,
  type SensitivityResult,
  type TrendResult,
} from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';

/** The default horizon, in years after the base year (the paper's 2024 data → 2030). */
export const DEFAULT_HORIZON_YEARS = 6;

export interface SimulateScenarioOptions {
  /** ISO 3166-1 code (alpha-2 or alpha-3) or name. */
  readonly country: string;
  /** The effort plan as read (format coopsec-effort-plan/1); validated here. */
  readonly plan: unknown;
  /** Default: DEFAULT_HORIZON_YEARS after the base year. */
  readonly horizonYear?: number;
  /** Default: the latest year with a measured score for all five components. */
  readonly baseYear?: number;
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly weights?: Readonly<Record<string, unknown>>;
  /** Absent: no sensitivity analysis. Conclusions absent: the two default conclusions. */
  readonly sensitivity?: {
    readonly runs: number;
    readonly seed: number;
    readonly conclusions?: readonly string[];
  };
}

export interface MeasuredPointRow {
  readonly year: number;
  readonly component: ComponentId;
  readonly score: number;
  readonly sourceId: string;
  readonly kind: 'measured';
}

export interface ScenarioAnswer {
  readonly country: string;
  readonly baseYear: number;
  readonly horizonYear: number;
  readonly measured: readonly MeasuredPointRow[];
  readonly projection: ScenarioResult;
  readonly trend: Readonly<Record<ComponentId, TrendResult | { readonly unavailable: string }>>;
  readonly sensitivity: SensitivityResult | null;
}

export async function simulateScenario(
  store: Store,
  options: SimulateScenarioOptions,
): Promise<ScenarioAnswer> {
  const country = findCountry(options.country)?.alpha3 ?? options.country.toUpperCase();
  const plan = prefixed('plan', () => parsePlan(options.plan));
  const measured = (await new AssessmentRepository(store).list({ country })).filter(
    (r) => r.kind === 'measured',
  );
  if (measured.length === 0) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no measured component scores stored for ${country}; import some with coopsec import`,
      { details: [{ field: 'country', message: `${country} has no measured scores` }] },
    );
  }
  const baseYear = options.baseYear ?? latestCompleteYear(measured);
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
  const horizonYear = options.horizonYear ?? baseYear + DEFAULT_HORIZON_YEARS;
  if (horizonYear <= baseYear) {
    throw new CoopsecError('BAD_INPUT', `horizonYear must come after the base year ${baseYear}`, {
      details: [{ field: 'horizonYear', message: `must be after ${baseYear}` }],
    });
  }
  const input: ScenarioInput = {
    country,
    baseYear,
    horizonYear,
    base,
    plan,
    ...(options.parameters !== undefined ? { parameters: options.parameters } : {}),
    ...(options.weights !== undefined ? { indexWeights: options.weights } : {}),
  };
  const projection = projectScenario(input);
  const s = options.sensitivity;
  const sensitivity =
    s === undefined
      ? null
      : prefixed('sensitivity', () =>
          runSensitivity(prepareScenario(input), {
            runs: s.runs,
            seed: s.seed,
            conclusions:
              s.conclusions !== undefined && s.conclusions.length > 0
                ? s.conclusions
                : defaultConclusions(base, horizonYear),
          }),
        );
  return {
    country,
    baseYear,
    horizonYear,
    measured: measured.map(({ year, component, score, sourceId }) => ({
      year,
      component,
      score,
      sourceId,
      kind: 'measured' as const,
    })),
    projection,
    trend: trends(measured, horizonYear),
    sensitivity,
  };
}

/** The latest year in which all five components were measured, else the latest year at all. */
function latestCompleteYear(measured: readonly Assessment[]): number {
  const years = [...new Set(measured.map((r) => r.year))].sort((a, b) => b - a);
  const complete = years.find((y) =>
    COMPONENT_IDS.every((c) => measured.some((r) => r.year === y && r.component === c)),
  );
  return complete ?? years[0] ?? 0;
}

/** Asked when the user names none: does the weakest stay weakest, does the index reach 85. */
function defaultConclusions(base: Readonly<Record<string, number>>, horizonYear: number): string[] {
  const weakest = COMPONENT_IDS.reduce((a, b) => ((base[b] ?? 0) < (base[a] ?? 0) ? b : a));
  return [`lowest ${weakest} in ${horizonYear}`, `index >= 85 by ${horizonYear}`];
}

function trends(
  measured: readonly Assessment[],
  horizonYear: number,
): Record<ComponentId, TrendResult | { unavailable: string }> {
  return Object.fromEntries(
    COMPONENT_IDS.map((c): [ComponentId, TrendResult | { unavailable: string }] => {
      const points = measured
        .filter((r) => r.component === c)
        .map((r) => ({ year: r.year, score: r.score }));
      try {
        return [c, extrapolateTrend({ points, untilYear: horizonYear })];
      } catch (error) {
        return [c, { unavailable: error instanceof Error ? error.message : String(error) }];
      }
    }),
  ) as Record<ComponentId, TrendResult | { unavailable: string }>;
}

/** Runs `fn`, prefixing the field names of its BAD_INPUT details with `prefix.` (the option). */
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
