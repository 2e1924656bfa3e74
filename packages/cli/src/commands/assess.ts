/**
 * @module commands/assess
 * `coopsec assess <country>`: the five components by year with their sources, the change
 * between the first and last year (pp, %, CAGR), ranks by growth, the composite index with
 * its weights, the weakest component and maturity stages. Missing years stay missing unless
 * --interpolate is asked for, and then every estimate is marked.
 */
import { assessCountry, type MeasuredCooperationView } from '@coopsec/app';
import {
  COMPONENTS,
  CoopsecError,
  DEFAULT_MATURITY_RULE,
  RANK_RULE,
  resolveCountry,
  type ComponentId,
  type CountryOverview,
} from '@coopsec/model';
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

const fmt = (n: number | null | undefined, digits = 1, sign = false) =>
  n === null || n === undefined
    ? '—'
    : `${sign && n > 0 ? '+' : ''}${Number.isInteger(n) ? n : n.toFixed(digits)}`;

/** The years shown as columns: the measured span, or the window asked for. */
function shownYears(result: CountryOverview, opts: AssessOptions): number[] {
  const years = result.values.map((v) => v.year);
  const from = year(opts.from, '--from') ?? Math.min(...years);
  const to = year(opts.to, '--to') ?? Math.max(...years);
  const estimated = result.values.some((v) => v.kind === 'estimated');
  const span = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  return estimated ? span : span.filter((y) => years.includes(y));
}

export function renderAssessment(
  result: CountryOverview & { readonly measuredCooperation?: MeasuredCooperationView },
  opts: AssessOptions,
): string {
  const out: string[] = [];
  const years = shownYears(result, opts);
  const estimatedAny = result.values.some((v) => v.kind === 'estimated');
  out.push(
    `${result.name} (${result.country}) — five components, ${years[0] ?? ''}–${years[years.length - 1] ?? ''}`,
  );
  out.push(
    `Sources: ${result.sourceIds.join(', ')}${estimatedAny ? '; values marked * are ESTIMATED (linear interpolation), not published, and enter no computed figure' : ''}`,
  );
  out.push('');
  const rank = (measure: 'absolute' | 'relative', id: ComponentId) => {
    const ranking =
      measure === 'absolute'
        ? result.dynamics?.rankByAbsoluteGrowth
        : result.dynamics?.rankByRelativeGrowth;
    const entry = ranking?.entries.find((e) => e.component === id);
    const tied = ranking?.ties.some((t) => t.components.includes(id)) === true;
    return entry === undefined ? '—' : `${entry.rank}${tied ? '=' : ''}`;
  };
  const headers = [
    'Component',
    ...years.map((y) => `${y} (stage)`),
    'Δ pp',
    'Δ %',
    'CAGR %',
    'growth rank pp',
    'growth rank %',
  ];
  const rows = COMPONENTS.map((c) => {
    const ch = result.dynamics?.changes.find((x) => x.component === c.id);
    return [
      `${c.name}${c.role === 'central' ? ' (central)' : c.role === 'multiplier' ? ' (multiplier)' : ''}`,
      ...years.map((y) => {
        const v = result.values.find((p) => p.component === c.id && p.year === y);
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
      out.push(`  ${r.year}: ${r.computable ? fmt(r.value, 1) : `not computable — ${r.reason}`}`);
  }
  for (const w of result.weakestByYear) {
    out.push(
      `Weakest component ${w.year}: ${w.components.map((id) => COMPONENTS.find((c) => c.id === id)?.name ?? id).join(' and ')} (${fmt(w.score)})${w.missing.length > 0 ? `; provisional, missing ${w.missing.join(', ')}` : ''}`,
    );
  }
  if (result.missingYears.length > 0 && !estimatedAny)
    out.push(
      `Missing years (no published values): ${result.missingYears.join(', ')}. --interpolate shows labelled linear estimates.`,
    );
  const measured = result.measuredCooperation;
  if (measured !== undefined) {
    out.push('');
    if (!measured.available) out.push(`Measured cooperation: not shown (${measured.reason}).`);
    else {
      const f = measured.figures;
      out.push(
        `Measured cooperation on this node, ${measured.period.from?.slice(0, 10) ?? ''} to ${measured.period.to?.slice(0, 10) ?? ''} (MEASURED from ${measured.source.citation}, confidence ${measured.source.confidence}; beside, not instead of, the reported score):`,
        `  ${f.objectsShared} objects shared, ${f.objectsReceived} received, ${f.uniqueIndicators} unique indicators, ${f.agreementsActive} agreements, ${f.peersReachable} peers reachable, ${f.jointCases} joint incident cases, ${f.advisoriesExchanged} advisories`,
        `  ${measured.ratios.map((r) => `${r.id} ${r.value === null ? 'missing' : `${r.numerator}/${r.denominator}`}`).join(', ')}`,
        `  Measured score (${measured.rule}): ${measured.score === null ? 'missing (no ratio the records can give)' : fmt(measured.score, 1)}`,
      );
    }
  }
  out.push('');
  out.push(`Ranks: ${RANK_RULE}`);
  out.push(`Stages: ${result.maturity?.rule.description ?? DEFAULT_MATURITY_RULE.description}`);
  return out.join('\n');
}

export const assessAction = action(
  async (code: string, opts: AssessOptions, command: CommandLike) => {
    const options = globalOptions(command);
    const from = year(opts.from, '--from');
    const to = year(opts.to, '--to');
    const weights = opts.weights === undefined ? undefined : parseWeights(opts.weights);
    const result = await withStore(options, (store) =>
      assessCountry(store, {
        country: resolveCountry(code).alpha3,
        // The same setting `coopsec serve` reads, so the CLI and the API answer alike.
        nodeCountry: process.env.COOPSEC_NODE_COUNTRY || null,
        interpolate: opts.interpolate === true,
        ...(weights === undefined ? {} : { weights: weights as Record<string, number> }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      }),
    );
    if (options.json === true) printJson(result);
    else process.stdout.write(`${renderAssessment(result, opts)}\n`);
  },
);
