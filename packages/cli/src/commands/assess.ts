/**
 * @module commands/assess
 * `coopsec assess <country>`: the five components by year with their sources, the change
 * between the first and last year (pp, %, CAGR), ranks by growth, the composite index with
 * its weights, the weakest component and maturity stages. Missing years stay missing unless
 * --interpolate is asked for, and then every estimate is marked.
 */
import { assessCountry, nodeCountryFromEnv, type MeasuredCooperationView } from '@coopsec/app';
import {
  COMPONENTS,
  CoopsecError,
  DEFAULT_MATURITY_RULE,
  resolveCountry,
  type ComponentId,
  type CountryOverview,
} from '@coopsec/model';
import { translator, type Translator } from '@coopsec/i18n';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { cliTranslator } from '../language.ts';
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

/** A figure to `digits` decimals in the output's locale (as toFixed in English), `—` for none. */
function formatterFor(locale: string) {
  const formats = new Map<number, Intl.NumberFormat>();
  return (n: number | null | undefined, digits = 1, sign = false): string => {
    if (n === null || n === undefined) return '—';
    const shown = Number.isInteger(n) ? 0 : digits;
    let format = formats.get(shown);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: shown,
        maximumFractionDigits: shown,
        useGrouping: false,
      });
      formats.set(shown, format);
    }
    return `${sign && n > 0 ? '+' : ''}${format.format(n)}`;
  };
}

/** The years shown as columns: the measured span, or the window asked for. */
function shownYears(result: CountryOverview, opts: AssessOptions): number[] {
  const years = result.values.map((v) => v.year);
  const from = year(opts.from, '--from') ?? Math.min(...years);
  const to = year(opts.to, '--to') ?? Math.max(...years);
  const estimated = result.values.some((v) => v.kind === 'estimated');
  const span = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  return estimated ? span : span.filter((y) => years.includes(y));
}

/**
 * The assessment as text in `tr`'s language. The model's own words (rule descriptions, stage
 * names, reasons a figure is missing) and source ids stay as the model gives them.
 */
export function renderAssessment(
  result: CountryOverview & { readonly measuredCooperation?: MeasuredCooperationView },
  opts: AssessOptions,
  tr: Translator = translator('en'),
): string {
  const { t } = tr;
  const fmt = formatterFor(tr.locale);
  const name = (id: ComponentId) => t(`components.${id}`);
  const out: string[] = [];
  const years = shownYears(result, opts);
  const estimatedAny = result.values.some((v) => v.kind === 'estimated');
  out.push(
    t('cli.assess.heading', {
      name: result.name,
      code: result.country,
      from: String(years[0] ?? ''),
      to: String(years[years.length - 1] ?? ''),
    }),
  );
  out.push(
    `${t('cli.assess.sources', { sources: result.sourceIds.join(', ') })}${estimatedAny ? t('cli.assess.estimatedNote') : ''}`,
  );
  out.push('');
  const rank = (measure: 'absolute' | 'relative', id: ComponentId) => {
    const ranking =
      measure === 'absolute'
        ? result.dynamics?.rankByAbsoluteGrowth
        : result.dynamics?.rankByRelativeGrowth;
    const entry = ranking?.entries.find((e) => e.component === id);
    const tied = ranking?.ties.some((x) => x.components.includes(id)) === true;
    return entry === undefined ? '—' : `${entry.rank}${tied ? '=' : ''}`;
  };
  const headers = [
    t('cli.assess.column.component'),
    ...years.map((y) => t('cli.assess.column.yearStage', { year: String(y) })),
    t('cli.assess.column.deltaPp'),
    t('cli.assess.column.deltaPercent'),
    t('cli.assess.column.cagr'),
    t('cli.assess.column.rankPp'),
    t('cli.assess.column.rankPercent'),
  ];
  const rows = COMPONENTS.map((c) => {
    const ch = result.dynamics?.changes.find((x) => x.component === c.id);
    return [
      c.role === 'central'
        ? t('cli.assess.central', { name: name(c.id) })
        : c.role === 'multiplier'
          ? t('cli.assess.multiplier', { name: name(c.id) })
          : name(c.id),
      ...years.map((y) => {
        const v = result.values.find((p) => p.component === c.id && p.year === y);
        return v === undefined
          ? t('cli.assess.missing')
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
      t('cli.assess.index', {
        weights: COMPONENTS.map((c) => `${c.id} ${fmt(weights[c.id], 3)}`).join(', '),
      }),
    );
    for (const r of result.index)
      out.push(
        `  ${r.year}: ${r.computable ? fmt(r.value, 1) : t('cli.assess.notComputable', { reason: r.reason ?? '' })}`,
      );
  }
  for (const w of result.weakestByYear) {
    const names = w.components
      .map(name)
      .reduce((a, b) => (a === '' ? b : t('cli.assess.and', { a, b })), '');
    out.push(
      `${t('cli.assess.weakest', { year: String(w.year), names, score: fmt(w.score) })}${w.missing.length > 0 ? t('cli.assess.provisional', { missing: w.missing.join(', ') }) : ''}`,
    );
  }
  if (result.missingYears.length > 0 && !estimatedAny)
    out.push(t('cli.assess.missingYears', { years: result.missingYears.join(', ') }));
  const measured = result.measuredCooperation;
  if (measured !== undefined) {
    out.push('');
    if (!measured.available)
      out.push(t('cli.assess.measuredNotShown', { reason: measured.reason }));
    else {
      const f = measured.figures;
      const missing = t('cli.assess.missing');
      out.push(
        t('cli.assess.measuredHead', {
          from: measured.period.from?.slice(0, 10) ?? '',
          to: measured.period.to?.slice(0, 10) ?? '',
          citation: measured.source.citation,
          confidence: measured.source.confidence,
        }),
        `  ${t('cli.assess.measuredFigures', {
          shared: f.objectsShared,
          received: f.objectsReceived,
          indicators: f.uniqueIndicators,
          agreements: f.agreementsActive,
          peers: f.peersReachable,
          cases: f.jointCases,
          advisories: f.advisoriesExchanged,
        })}`,
        `  ${measured.ratios.map((r) => `${r.id} ${r.value === null ? missing : `${r.numerator}/${r.denominator}`}`).join(', ')}`,
        `  ${t('cli.assess.measuredScore', {
          rule: measured.rule,
          score:
            measured.score === null ? t('cli.assess.measuredScoreMissing') : fmt(measured.score, 1),
        })}`,
      );
    }
  }
  out.push('');
  out.push(t('cli.assess.ranks', { rule: t('rules.rank') }));
  // The default rule's text is in the catalogue; a rule the user gave is shown as given.
  const rule = result.maturity?.rule ?? DEFAULT_MATURITY_RULE;
  out.push(
    t('cli.assess.stages', {
      rule:
        rule.description === DEFAULT_MATURITY_RULE.description
          ? t('rules.maturity.equal-20-point-bands')
          : rule.description,
    }),
  );
  return out.join('\n');
}

export const assessAction = action(
  async (code: string, opts: AssessOptions, command: CommandLike) => {
    const options = globalOptions(command);
    const tr = cliTranslator(command);
    const from = year(opts.from, '--from');
    const to = year(opts.to, '--to');
    const weights = opts.weights === undefined ? undefined : parseWeights(opts.weights);
    const result = await withStore(options, (store) =>
      assessCountry(store, {
        country: resolveCountry(code).alpha3,
        // The same setting `coopsec serve` reads, so the CLI and the API answer alike.
        nodeCountry: nodeCountryFromEnv(process.env),
        interpolate: opts.interpolate === true,
        ...(weights === undefined ? {} : { weights: weights as Record<string, number> }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      }),
    );
    if (options.json === true) printJson(result);
    else process.stdout.write(`${renderAssessment(result, opts, tr)}\n`);
  },
);
