/**
 * @module commands/simulate
 * `coopsec simulate <country> --plan <file> --until <year> [--runs N --seed S] [--conclusion …]`:
 * projects the five components and the composite index from the latest measured year to a
 * horizon under an effort plan (model graph of Figure 2), prints every assumption, a trend
 * extrapolation beside it, and a seeded sensitivity analysis saying in what share of runs each
 * conclusion holds. Base values: the bundled paper data (Kyrgyzstan only, for now).
 */
import { readFileSync } from 'node:fs';
import {
  COMPONENT_IDS,
  CoopsecError,
  KGZ_PAPER_ASSESSMENTS,
  extrapolateTrend,
  parsePlan,
  prepareScenario,
  projectScenario,
  resolveCountry,
  runSensitivity,
  type Assessment,
  type ScenarioInput,
} from '@coopsec/model';
import { globalOptions, type CommandLike } from '../options.ts';
import { DEFAULT_HORIZON_YEARS } from './simulate.command.ts';
import { action, formatTable, printJson } from '../output.ts';

interface SimulateOptions {
  plan: string;
  until?: string;
  runs: string;
  seed: string;
  conclusion?: string[];
}

/** Bundled measured component scores per country. Only the paper's Kyrgyz data so far. */
const BUNDLED: Readonly<Record<string, readonly Assessment[]>> = { KGZ: KGZ_PAPER_ASSESSMENTS };

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

/** Base year (latest measured year with all five components) and its scores. */
export function baseFor(alpha3: string): {
  baseYear: number;
  base: Record<string, number>;
  measured: readonly Assessment[];
} {
  const rows = (BUNDLED[alpha3] ?? []).filter((a) => a.kind === 'measured');
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  const baseYear = years.find((y) =>
    COMPONENT_IDS.every((c) => rows.some((r) => r.year === y && r.component === c)),
  );
  if (baseYear === undefined) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no measured component scores bundled for ${alpha3} (bundled: ${Object.keys(BUNDLED).join(', ')})`,
      {
        details: [{ field: 'country', message: alpha3 }],
      },
    );
  }
  const base = Object.fromEntries(
    rows.filter((r) => r.year === baseYear).map((r) => [r.component, r.score]),
  );
  return { baseYear, base, measured: rows };
}

const fmt = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? undefined : Number(x.toFixed(2));

export const simulateAction = action(
  (code: string, opts: SimulateOptions, command: CommandLike) => {
    const json = globalOptions(command).json === true;
    const country = resolveCountry(code).alpha3;
    const { baseYear, base, measured } = baseFor(country);
    const horizonYear =
      opts.until === undefined ? baseYear + DEFAULT_HORIZON_YEARS : integer(opts.until, '--until');
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
    const plan = parsePlan(readPlanFile(opts.plan));
    const input: ScenarioInput = { country, baseYear, horizonYear, base, plan };
    const result = projectScenario(input);
    const weakest = COMPONENT_IDS.reduce((a, b) => ((base[b] ?? 0) < (base[a] ?? 0) ? b : a));
    const conclusions = opts.conclusion ?? [
      `lowest ${weakest} in ${horizonYear}`,
      `index >= 85 by ${horizonYear}`,
    ];
    const sensitivity =
      runs > 0 ? runSensitivity(prepareScenario(input), { runs, seed, conclusions }) : undefined;
    const trends = COMPONENT_IDS.map((c) => {
      const points = measured
        .filter((m) => m.component === c)
        .map((m) => ({ year: m.year, score: m.score }));
      return {
        component: c,
        ...(horizonYear > baseYear
          ? extrapolateTrend({ points, untilYear: horizonYear })
          : { points: [] }),
      };
    });
    if (json) {
      printJson({ scenario: result, sensitivity, trendExtrapolation: trends });
      return;
    }
    const years = result.index.points.map((p) => p.year);
    const rows = years.map((year, i) => [
      i === 0 ? `${year} (measured)` : `${year} (estimated)`,
      ...COMPONENT_IDS.map((c) => fmt(result.components[c][i]?.score)),
      fmt(result.index.points[i]?.score),
    ]);
    const out = [
      `Scenario "${plan.name}" for ${country}: ${baseYear} → ${horizonYear} (method: scenario-projection; projected values are estimates)`,
      '',
      formatTable(['year', ...COMPONENT_IDS, 'index'], rows),
      `index weights: ${COMPONENT_IDS.map((c) => `${c} ${result.index.weights[c]}`).join(', ')}`,
      ...result.warnings.map((w) => `warning: ${w}`),
      '',
      `Trend extrapolation beside it (linear through the measured points; labelled extrapolation, not a forecast) for ${horizonYear}:`,
      formatTable(
        ['component', 'extrapolated', 'low', 'high', 'clipped to 0–100', 'band'],
        trends.map((t) => {
          const last = t.points.at(-1);
          return [
            t.component,
            fmt(last?.score),
            fmt(last?.low),
            fmt(last?.high),
            last?.clipped === true ? 'yes' : 'no',
            'band' in t ? t.band.note : undefined,
          ];
        }),
      ),
      '',
    ];
    if (sensitivity !== undefined) {
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
    process.stdout.write(`${out.join('\n')}\n`);
  },
);
