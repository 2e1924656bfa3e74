/**
 * @module commands/assess
 * `coopsec assess <country>`: the five components by year with their sources, the change
 * between the first and last year (pp, %, CAGR), ranks by growth, the composite index with
 * its weights, the weakest component and maturity stages. Missing years stay missing unless
 * --interpolate is asked for, and then every estimate is marked.
 */
import {
  COMPONENTS,
  CoopsecError,
  DEFAULT_MATURITY_RULE,
  RANK_RULE,
  buildSeries,
  change,
  compositeIndexSeries,
  interpolate,
  maturityStage,
  rankByGrowth,
  resolveCountry,
  weakestComponent,
  type Assessment,
  type ComponentId,
} from '@coopsec/model';
import { AssessmentRepository } from '@coopsec/store';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, formatTable, printJson } from '../output.ts';

interface AssessOptions {
  from?: string;
  to?: string;
  weights?: string;
  interpolate?: true;
}

/** Parses `infrastructure=2,regulatory=1` into a weights record (validated by the model). */
export function parseWeights(text: string): Record<string, unknown> {
  const weights: Record<string, unknown> = {};
  for (const part of text.split(',')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (key === undefined || key === '' || value === undefined) {
      throw new CoopsecError(
        'BAD_INPUT',
        `--weights must look like component=number,… (got "${part}")`,
        { details: [{ field: '--weights', message: part }] },
      );
    }
    // A number when the text is one; otherwise the text itself, so the model's message shows it.
    weights[key] = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) ? Number(value) : value;
  }
  return weights;
}

function year(text: string | undefined, field: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value))
    throw new CoopsecError('BAD_INPUT', `${field} must be a year, got "${text}"`, {
      details: [{ field, message: text }],
    });
  return value;
}

export function assessCountry(stored: readonly Assessment[], code: string, opts: AssessOptions) {
  const country = resolveCountry(code);
  const rows = stored.filter((a) => a.country === country.alpha3);
  if (rows.length === 0) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no assessments stored for ${country.name} (${country.alpha3}); import some with coopsec import`,
      {
        details: [{ field: 'country', message: country.alpha3 }],
      },
    );
  }
  const measuredYears = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const from = year(opts.from, '--from') ?? measuredYears[0] ?? 0;
  const to = year(opts.to, '--to') ?? measuredYears[measuredYears.length - 1] ?? 0;
  const span = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  let values: Assessment[] = rows.filter((r) => r.year >= from && r.year <= to);
  if (opts.interpolate === true) {
    values = COMPONENTS.flatMap(({ id }) => {
      const have = rows.filter((r) => r.component === id && r.kind === 'measured');
      const lo = Math.min(...have.map((r) => r.year));
      const hi = Math.max(...have.map((r) => r.year));
      const wanted = span.filter((y) => y >= lo && y <= hi);
      return have.length < 2
        ? values.filter((v) => v.component === id)
        : interpolate(rows, { country: country.alpha3, component: id, years: wanted }).filter(
            (a) => a.year >= from && a.year <= to,
          );
    });
  }
  const years =
    opts.interpolate === true
      ? span
      : [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const series = buildSeries(values, { country: country.alpha3 });
  const weights = opts.weights === undefined ? undefined : parseWeights(opts.weights);
  const index = compositeIndexSeries(values, {
    country: country.alpha3,
    ...(weights === undefined ? {} : { weights }),
  }).filter((r) => years.includes(r.year));
  const canCompare =
    from < to &&
    COMPONENTS.some(
      ({ id }) =>
        series.components[id].some((p) => p.year === from) &&
        series.components[id].some((p) => p.year === to),
    );
  const changes = canCompare
    ? COMPONENTS.flatMap(({ id }) =>
        series.components[id].some((p) => p.year === from) &&
        series.components[id].some((p) => p.year === to)
          ? [change(series, { component: id, from, to })]
          : [],
      )
    : [];
  const growthRanks = canCompare
    ? {
        absolute: rankByGrowth(series, { from, to, measure: 'absolute' }),
        relative: rankByGrowth(series, { from, to, measure: 'relative' }),
      }
    : undefined;
  const weakest = years.flatMap((y) => {
    try {
      return [weakestComponent(series, y)];
    } catch {
      return [];
    }
  });
  const components = COMPONENTS.map(({ id, name, role }) => ({
    id,
    name,
    role,
    values: series.components[id].map((p) => ({ ...p, stage: maturityStage(p.score).stage })),
  }));
  return {
    country: { alpha3: country.alpha3, alpha2: country.alpha2, name: country.name },
    from,
    to,
    years,
    missingYears: span.filter(
      (y) => !years.includes(y) || components.every((c) => !c.values.some((v) => v.year === y)),
    ),
    components,
    changes,
    growthRanks,
    index,
    weakest,
    rules: {
      rank: RANK_RULE,
      maturity: DEFAULT_MATURITY_RULE.description,
      cagr: 'CAGR = ((to / from)^(1 / years) − 1) × 100',
    },
    sourceIds: [...new Set(values.map((v) => v.sourceId))],
  };
}

type AssessResult = ReturnType<typeof assessCountry>;

const fmt = (n: number | null | undefined, digits = 1, sign = false) =>
  n === null || n === undefined
    ? '—'
    : `${sign && n > 0 ? '+' : ''}${Number.isInteger(n) ? n : n.toFixed(digits)}`;

export function renderAssessment(result: AssessResult): string {
  const out: string[] = [];
  const estimatedAny = result.components.some((c) => c.values.some((v) => v.kind === 'estimated'));
  out.push(
    `${result.country.name} (${result.country.alpha3}) — five components, ${result.from}–${result.to}`,
  );
  out.push(
    `Sources: ${result.sourceIds.join(', ')}${estimatedAny ? '; values marked * are ESTIMATED (linear interpolation), not published' : ''}`,
  );
  out.push('');
  const rank = (measure: 'absolute' | 'relative', id: ComponentId) => {
    const entry = result.growthRanks?.[measure].entries.find((e) => e.component === id);
    const tied = result.growthRanks?.[measure].ties.some((t) => t.components.includes(id)) === true;
    return entry === undefined ? '—' : `${entry.rank}${tied ? '=' : ''}`;
  };
  const headers = [
    'Component',
    ...result.years.map((y) => `${y} (stage)`),
    'Δ pp',
    'Δ %',
    'CAGR %',
    'growth rank pp',
    'growth rank %',
  ];
  const rows = result.components.map((c) => {
    const ch = result.changes.find((x) => x.component === c.id);
    return [
      `${c.name}${c.role === 'central' ? ' (central)' : c.role === 'multiplier' ? ' (multiplier)' : ''}`,
      ...result.years.map((y) => {
        const v = c.values.find((p) => p.year === y);
        return v === undefined
          ? 'missing'
          : `${fmt(v.score)}${v.kind === 'estimated' ? '*' : ''} (${v.stage})`;
      }),
      fmt(ch?.absolute, 1, true),
      fmt(ch?.relative, 1, true),
      fmt(ch?.cagr, 2),
      rank('absolute', c.id),
      rank('relative', c.id),
    ];
  });
  out.push(formatTable(headers, rows));
  out.push('');
  const weights = result.index[0]?.weights;
  if (weights !== undefined) {
    out.push(
      `Composite index (weights: ${COMPONENTS.map((c) => `${c.id} ${fmt(weights[c.id], 3)}`).join(', ')})`,
    );
    for (const r of result.index)
      out.push(
        `  ${r.year}: ${r.computable ? `${fmt(r.value, 1)}${result.components.some((c) => c.values.some((v) => v.year === r.year && v.kind === 'estimated')) ? ' (from estimated values)' : ''}` : `not computable — ${r.reason}`}`,
      );
  }
  for (const w of result.weakest) {
    out.push(
      `Weakest component ${w.year}: ${w.components.map((id) => COMPONENTS.find((c) => c.id === id)?.name ?? id).join(' and ')} (${fmt(w.score)})${w.missing.length > 0 ? `; provisional, missing ${w.missing.join(', ')}` : ''}`,
    );
  }
  if (result.missingYears.length > 0 && !estimatedAny)
    out.push(
      `Missing years (no published values): ${result.missingYears.join(', ')}. --interpolate shows labelled linear estimates.`,
    );
  out.push('');
  out.push(`Ranks: ${result.rules.rank}`);
  out.push(`Stages: ${result.rules.maturity}`);
  return out.join('\n');
}

export const assessAction = action(
  async (code: string, opts: AssessOptions, command: CommandLike) => {
    const options = globalOptions(command);
    const stored = await withStore(options, async (store) =>
      new AssessmentRepository(store).list({ country: resolveCountry(code).alpha3 }),
    );
    const result = assessCountry(stored, code, opts);
    if (options.json === true) printJson(result);
    else process.stdout.write(`${renderAssessment(result)}\n`);
  },
);
