/**
 * @module build/scenario
 * Scenario data: the model's projection from the last complete measured year to a horizon
 * under an effort plan, with the assumptions it rests on. Projected values are estimates.
 *
 * With no plan given the report runs the documented default plan, `DEFAULT_PLAN`: the example
 * plan shipped in `examples/plans/digital-literacy-push.json` (one effort unit a year on the
 * digital literacy of the population, the component the paper finds lowest), and says so.
 */
import {
  COMPONENT_IDS,
  CoopsecError,
  parsePlan,
  projectScenario,
  type Assessment,
} from '@coopsec/model';
import type { ScenarioData } from '../input.ts';

export const SCENARIO_SOURCE_ID = 'coopsec-scenario';
const DEFAULT_SPAN = 6;

/** The file the default plan is a copy of (a test keeps the two equal). */
export const DEFAULT_PLAN_FILE = 'examples/plans/digital-literacy-push.json';

/** The documented default plan: a copy of `examples/plans/digital-literacy-push.json`. */
export const DEFAULT_PLAN = {
  format: 'coopsec-effort-plan/1',
  name: 'Digital-literacy push',
  description:
    "All additional effort into the digital literacy of the population, the component the paper finds lowest (70% in 2024): one effort unit a year in every projected year, none elsewhere. One unit is roughly the yearly pace of the paper's 2020-2024 values (see the effort-unit assumption).",
  effort: {
    'digital-literacy': 1,
  },
} as const;

export function buildScenario(options: {
  country: string;
  assessments: readonly Assessment[];
  /** An effort plan document; absent: the default plan. */
  plan?: unknown;
  horizon?: number;
}): ScenarioData {
  const isDefault = options.plan === undefined;
  const plan = parsePlan(isDefault ? DEFAULT_PLAN : options.plan);
  const measured = options.assessments.filter(
    (a) => a.country === options.country && a.kind === 'measured',
  );
  const years = [...new Set(measured.map((a) => a.year))].sort((a, b) => a - b);
  const baseYear = [...years]
    .reverse()
    .find((y) =>
      COMPONENT_IDS.every((c) => measured.some((a) => a.year === y && a.component === c)),
    );
  if (baseYear === undefined) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no year in which ${options.country} has measured values for all five components: a scenario needs one as its base`,
      {
        details: [{ field: 'plan', message: 'no complete base year' }],
      },
    );
  }
  const planYears = COMPONENT_IDS.flatMap((c) => [...plan.effort[c].years.keys()]);
  const horizonYear = options.horizon ?? Math.max(baseYear + DEFAULT_SPAN, ...planYears);
  const baseRows = COMPONENT_IDS.map((c) =>
    measured.find((a) => a.year === baseYear && a.component === c),
  );
  const base = Object.fromEntries(
    COMPONENT_IDS.map((c, i) => [c, baseRows[i]?.score ?? Number.NaN]),
  );
  const result = projectScenario({ country: options.country, baseYear, horizonYear, base, plan });
  const index = result.index.points;
  const first = index[0];
  const last = index[index.length - 1];
  return {
    name: result.plan.name,
    ...(result.plan.description === undefined ? {} : { description: result.plan.description }),
    ...(isDefault ? { defaultPlan: DEFAULT_PLAN_FILE } : {}),
    from: baseYear,
    to: horizonYear,
    effort: COMPONENT_IDS.map((component) => ({
      component,
      default: plan.effort[component].default,
      years: [...plan.effort[component].years.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([year, effort]) => ({ year, effort })),
    })),
    results: COMPONENT_IDS.map((component, i) => {
      const points = result.components[component];
      return {
        component,
        start: points[0]?.score ?? Number.NaN,
        end: points[points.length - 1]?.score ?? Number.NaN,
        startSourceId: baseRows[i]?.sourceId ?? SCENARIO_SOURCE_ID,
      };
    }),
    ...(first === undefined || last === undefined
      ? {}
      : { index: { start: first.score, end: last.score } }),
    assumptions: result.assumptions.map((a) => ({
      id: a.id,
      value: a.value,
      ...(a.unit === undefined ? {} : { unit: a.unit }),
      ...(a.range === undefined ? {} : { range: [a.range[0], a.range[1]] as const }),
      why: a.why,
    })),
    warnings: [...result.warnings],
    sourceId: SCENARIO_SOURCE_ID,
  };
}
