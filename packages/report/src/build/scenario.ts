/**
 * @module build/scenario
 * Scenario data when a plan is given: the model's projection from the last measured year to a
 * horizon under the plan, with the assumptions it rests on. Projected values are estimates.
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

export function buildScenario(options: {
  country: string;
  assessments: readonly Assessment[];
  plan: unknown;
  horizon?: number;
}): ScenarioData {
  const plan = parsePlan(options.plan);
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
  const base = Object.fromEntries(
    COMPONENT_IDS.map((c) => [
      c,
      measured.find((a) => a.year === baseYear && a.component === c)?.score ?? Number.NaN,
    ]),
  );
  const result = projectScenario({ country: options.country, baseYear, horizonYear, base, plan });
  return {
    name: result.plan.name,
    from: baseYear,
    to: horizonYear,
    results: COMPONENT_IDS.map((component) => {
      const points = result.components[component];
      return {
        component,
        start: points[0]?.score ?? Number.NaN,
        end: points[points.length - 1]?.score ?? Number.NaN,
      };
    }),
    assumptions: result.assumptions.map((a) => ({
      id: a.id,
      value: `${String(a.value)}${a.unit === undefined ? '' : ` ${a.unit}`}${a.range === undefined ? '' : ` (range ${a.range[0]}–${a.range[1]})`}`,
      why: a.why,
    })),
    sourceId: SCENARIO_SOURCE_ID,
  };
}
