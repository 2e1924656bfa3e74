/**
 * @module commands/simulate
 * `coopsec simulate <country> --plan <file> --until <year> [--runs N --seed S] [--conclusion …]`:
 * projects the five components and the composite index from the latest measured year to a
 * horizon under an effort plan (model graph of Figure 2), prints every assumption, a trend
 * extrapolation beside it, and a seeded sensitivity analysis saying in what share of runs each
 * conclusion holds. The answer is the app's `simulateScenario` on the selected store (the same
 * as `POST /api/countries/:country/scenario`); `--json` prints it as is.
 */
import { readFileSync } from 'node:fs';
import { simulateScenario, type ScenarioAnswer } from '@coopsec/app';
import { COMPONENT_IDS, CoopsecError, resolveCountry } from '@coopsec/model';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, formatTable, printJson } from '../output.ts';

interface SimulateOptions {
  plan: string;
  until?: string;
  runs: string;
  seed: string;
  conclusion?: string[];
}

function integer(text: string, field: string): number {
  const n = Number(text);
  if (!Number.isInteger(n))
    throw new CoopsecError('BAD_INPUT', `${field} must be an integer, got "${text}"`, {
      details: [{ field, message: text }],
    });
  return n;
}

export function readPlanFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CoopsecError('NOT_FOUND', `cannot read plan file ${path}`, {
      cause: error,
      details: [{ field: '--plan', message: path }],
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CoopsecError(
      'BAD_INPUT',
      `plan file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
        details: [{ field: '--plan', message: path }],
      },
    );
  }
}

const fmt = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? undefined : Number(x.toFixed(2));

export const simulateAction = action(
  async (code: string, opts: SimulateOptions, command: CommandLike) => {
    const global = globalOptions(command);
    const country = resolveCountry(code).alpha3;
    const runs = integer(opts.runs, '--runs');
    if (runs < 0) {
      throw new CoopsecError(
        'BAD_INPUT',
        `--runs must be 0 (no sensitivity) or more, got ${runs}`,
        {
          details: [{ field: '--runs', message: String(runs) }],
        },
      );
    }
    const seed = integer(opts.seed, '--seed');
    const plan = readPlanFile(opts.plan);
    const answer = await withStore(global, (store) =>
      simulateScenario(store, {
        country,
        plan,
        ...(opts.until === undefined ? {} : { horizonYear: integer(opts.until, '--until') }),
        ...(runs > 0
          ? {
              sensitivity: {
                runs,
                seed,
                ...(opts.conclusion === undefined ? {} : { conclusions: opts.conclusion }),
              },
            }
          : {}),
      }),
    );
    if (global.json === true) printJson(answer);
    else process.stdout.write(`${scenarioText(answer)}\n`);
  },
);

function scenarioText(answer: ScenarioAnswer): string {
  const { projection: result, sensitivity, baseYear, horizonYear, country } = answer;
  const years = result.index.points.map((p) => p.year);
  const rows = years.map((year, i) => [
    i === 0 ? `${year} (measured)` : `${year} (estimated)`,
    ...COMPONENT_IDS.map((c) => fmt(result.components[c][i]?.score)),
    fmt(result.index.points[i]?.score),
  ]);
  const out = [
    `Scenario "${result.plan.name}" for ${country}: ${baseYear} → ${horizonYear} (method: scenario-projection; projected values are estimates)`,
    '',
    formatTable(['year', ...COMPONENT_IDS, 'index'], rows),
    `index weights: ${COMPONENT_IDS.map((c) => `${c} ${result.index.weights[c]}`).join(', ')}`,
    ...result.warnings.map((w) => `warning: ${w}`),
    '',
    `Trend extrapolation beside it (linear through the measured points; labelled extrapolation, not a forecast) for ${horizonYear}:`,
    formatTable(
      ['component', 'extrapolated', 'low', 'high', 'clipped to 0–100', 'band'],
      COMPONENT_IDS.map((c) => {
        const t = answer.trend[c];
        if ('unavailable' in t)
          return [c, undefined, undefined, undefined, undefined, t.unavailable];
        const last = t.points.at(-1);
        return [
          c,
          fmt(last?.score),
          fmt(last?.low),
          fmt(last?.high),
          last?.clipped === true ? 'yes' : 'no',
          t.band.note,
        ];
      }),
    ),
    '',
  ];
  if (sensitivity !== null) {
    out.push(
      `Sensitivity: ${sensitivity.runs} runs, seed ${sensitivity.seed} (${sensitivity.prng}); ${sensitivity.sampling}`,
      formatTable(
        ['conclusion', 'with defaults', 'share of runs where it holds'],
        sensitivity.conclusions.map((c) => [
          c.conclusion,
          c.holdsWithDefaults ? 'holds' : 'does not hold',
          `${(c.share * 100).toFixed(1)}%`,
        ]),
      ),
      formatTable(
        [`${horizonYear}`, 'min', 'p5', 'median', 'p95', 'max'],
        Object.entries(sensitivity.horizonSpread).map(([k, s]) => [
          k,
          fmt(s.min),
          fmt(s.p5),
          fmt(s.p50),
          fmt(s.p95),
          fmt(s.max),
        ]),
      ),
      '',
    );
  }
  out.push(
    'Assumptions (the paper gives no numbers for the links of its model; every value below is ours):',
    formatTable(
      ['id', 'value', 'range', 'why'],
      result.assumptions.map((a) => [
        a.id,
        a.value,
        a.range === undefined ? undefined : `${a.range[0]}–${a.range[1]}`,
        a.why,
      ]),
    ),
  );
  return out.join('\n');
}
