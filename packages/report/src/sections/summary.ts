/**
 * @module sections/summary
 * The one-page summary: component scores at the start and end of the period with their change,
 * the binding constraint, the fastest growers, the composite index, the latest GCI figure and
 * the claims verdicts. The table and each finding carry one citation mark.
 */
import type { ComponentId } from '@coopsec/model';
import { mark, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { section, table, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

function names(ctx: RenderContext, ids: readonly ComponentId[]): string {
  return ids.map((id) => esc(ctx.m.components[id])).join(', ');
}

export function renderSummary(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.summary;
  if (!input.dynamics.available)
    return section({ id: 'summary', title, body: unavailable(ctx, input.dynamics.reason) });
  const d = input.dynamics.data;
  const stage = (c: ComponentId): string =>
    d.maturity?.stages.find((s) => s.component === c)?.stage ?? '';
  const rows = d.changes.map((c) => [
    esc(m.components[c.component]),
    num(ctx, c.fromScore),
    num(ctx, c.toScore),
    num(ctx, c.absolute, { signed: true, unit: 'pp', digits: 1 }),
    c.relative === null
      ? esc(m.report.missing)
      : num(ctx, c.relative, { signed: true, unit: 'percent', digits: 1 }),
    c.cagr === null ? esc(m.report.missing) : num(ctx, c.cagr, { unit: 'percent', digits: 1 }),
    esc(stage(c.component)),
  ]);
  const valueSources = d.changes.flatMap((c) => [
    pointSource(input, c.component, c.from),
    pointSource(input, c.component, c.to),
  ]);
  const scores = table({
    head: [
      m.summary.component,
      String(d.from),
      String(d.to),
      m.summary.changePp,
      m.summary.relative,
      m.summary.cagr,
      m.summary.stage,
    ].map(esc),
    rows,
    caption: m.summary.componentsCaption(mark(ctx, valueSources), mark(ctx, [d.computedSourceId])),
  });
  const findings: string[] = [];
  if (d.weakest !== undefined) {
    findings.push(
      `${esc(m.summary.weakest)}: <strong>${names(ctx, d.weakest.components)}</strong> (${num(ctx, d.weakest.score)}, ${esc(String(d.weakest.year))})${mark(ctx, [pointSource(input, d.weakest.components[0], d.weakest.year)])}`,
    );
  }
  if (d.fastest !== undefined) {
    findings.push(
      `${esc(m.summary.fastestAbsolute)}: <strong>${names(ctx, d.fastest.absolute)}</strong> (${changeOf(ctx, input, d.fastest.absolute[0], 'absolute')})${mark(ctx, [d.computedSourceId])}`,
    );
    findings.push(
      `${esc(m.summary.fastestRelative)}: <strong>${names(ctx, d.fastest.relative)}</strong> (${changeOf(ctx, input, d.fastest.relative[0], 'relative')})${mark(ctx, [d.computedSourceId])}`,
    );
  }
  if (d.composite !== undefined && d.composite.length > 0) {
    findings.push(
      `${esc(m.summary.composite)}: ${d.composite.map((c) => `${esc(String(c.year))} ${num(ctx, c.value, { digits: 1 })}`).join(' → ')}${mark(ctx, [d.computedSourceId])}`,
    );
  }
  if (input.regional.available) {
    const focus = input.regional.data.focus;
    const latest = [...input.regional.data.editions]
      .reverse()
      .find((e) => e.rows.some((r) => r.country === focus));
    const row = latest?.rows.find((r) => r.country === focus);
    if (latest !== undefined && row !== undefined) {
      const position = row.tier ?? (row.rank === undefined ? '' : `#${String(row.rank)}`);
      findings.push(
        `${esc(m.summary.gciLatest)}: ${esc(m.regional.edition(String(latest.edition)))} ${num(ctx, row.score)} (${esc(latest.scale === '0-1' ? '0–1' : '0–100')}${position === '' ? '' : `; ${esc(position)}`})${mark(ctx, row.sourceIds)}`,
      );
    }
  }
  if (input.claims.available && input.claims.data.claims.length > 0) {
    const counts = (['holds', 'does-not-hold', 'cannot-be-decided'] as const).map((v) => {
      const n = input.claims.available
        ? input.claims.data.claims.filter((c) => c.verdict === v).length
        : 0;
      return `${num(ctx, n, { digits: 0 })} <span class="badge verdict ${v}">${esc(m.claims.verdicts[v])}</span>`;
    });
    findings.push(
      `<a href="#sec-claims">${esc(m.summary.claimsLine)}</a>: ${counts.join(' · ')}${mark(ctx, [d.computedSourceId])}`,
    );
  }
  const rule =
    d.maturity === undefined
      ? ''
      : `<p class="note">${esc(m.summary.maturityRule)} ${esc(d.maturity.rule)}</p>`;
  const body = `<p class="lead">${esc(m.summary.intro(input.country.name, String(d.from), String(d.to)))}</p>
${scores}
<h3>${esc(m.summary.keyFindings)}</h3>
<ul class="findings">${findings.map((f) => `<li>${f}</li>`).join('\n')}</ul>
${rule}`;
  return section({ id: 'summary', title, body });
}

function pointSource(input: ReportInput, component: ComponentId | undefined, year: number): string {
  if (!input.dynamics.available || component === undefined) return 'paper';
  const s = input.dynamics.data.series.find((x) => x.component === component);
  return s?.points.find((p) => p.year === year)?.sourceId ?? input.dynamics.data.computedSourceId;
}

function changeOf(
  ctx: RenderContext,
  input: ReportInput,
  component: ComponentId | undefined,
  measure: 'absolute' | 'relative',
): string {
  if (!input.dynamics.available || component === undefined) return '';
  const d = input.dynamics.data;
  const c = d.changes.find((x) => x.component === component);
  if (c === undefined) return '';
  const value = measure === 'absolute' ? c.absolute : c.relative;
  return value === null
    ? ''
    : num(ctx, value, {
        signed: true,
        digits: 1,
        unit: measure === 'absolute' ? 'pp' : 'percent',
      });
}
