/**
 * @module html/context
 * What every section renderer shares: the message catalogue, the sources of the input, and the
 * numbered citations. A figure, table or claim carries one citation mark (`[1]`, `[2, 5]`) that
 * links to its entry in the sources list at the end; sources are numbered in the order the
 * report first cites them, and the sources section lists exactly those.
 */
import type { Messages } from '../i18n/messages.ts';
import type { ReportSource } from '../input.ts';
import { anchorId, esc } from './escape.ts';

export interface RenderContext {
  readonly m: Messages;
  readonly sources: ReadonlyMap<string, ReportSource>;
  /** Citation number of each source cited so far, in first-cited order (1, 2, …). */
  readonly cited: Map<string, number>;
}

export function makeContext(m: Messages, sources: readonly ReportSource[]): RenderContext {
  return { m, sources: new Map(sources.map((s) => [s.id, s])), cited: new Map() };
}

/** The fragment id of a source in the sources section. */
export function sourceAnchor(sourceId: string): string {
  return anchorId('src', sourceId);
}

/** The citation number of a source, assigning the next one on first use. */
export function citationNumber(ctx: RenderContext, sourceId: string): number {
  const known = ctx.cited.get(sourceId);
  if (known !== undefined) return known;
  const n = ctx.cited.size + 1;
  ctx.cited.set(sourceId, n);
  return n;
}

export interface NumOptions {
  readonly digits?: number;
  /** Rendered as `+3` / `−3`. */
  readonly signed?: boolean;
  readonly unit?: 'percent' | 'pp';
  readonly estimated?: boolean;
}

/** Formats a number per the catalogue, without markup. */
export function formatNumber(ctx: RenderContext, value: number, options: NumOptions = {}): string {
  let text = ctx.m.format.number(value, options.digits ?? 2);
  if (options.signed === true) text = ctx.m.format.signed(text, value < 0);
  if (options.unit === 'percent') text = ctx.m.format.percent(text);
  if (options.unit === 'pp') text = ctx.m.format.pp(text);
  return text;
}

/**
 * A number as text. Its source is given once by the citation mark of the table, figure or
 * sentence it stands in (`mark`); estimated values carry a visible label here.
 *
 * @example
 * num(ctx, 66.5, { digits: 1, estimated: true }); // '<span class="num est">66.5</span> <span class="badge est">estimated</span>'
 */
export function num(ctx: RenderContext, value: number, options: NumOptions = {}): string {
  const text = esc(formatNumber(ctx, value, options));
  if (options.estimated !== true) return `<span class="num">${text}</span>`;
  return `<span class="num est">${text}</span> <span class="badge est">${esc(ctx.m.report.estimated)}</span>`;
}

/**
 * One citation mark for one or more sources, each number linked to its entry in the sources
 * list: `[1]`, `[2, 5]`; with a locator, `[1, line 260]`.
 *
 * @example
 * mark(ctx, ['paper']); // '<sup class="ref">[<a href="#src-paper" title="…">1</a>]</sup>'
 */
export function mark(
  ctx: RenderContext,
  sourceIds: readonly string[],
  options: { readonly locator?: string } = {},
): string {
  const ids = [...new Set(sourceIds)];
  if (ids.length === 0) return '';
  const links = ids
    .map((id) => ({ id, n: citationNumber(ctx, id) }))
    .sort((a, b) => a.n - b.n)
    .map(
      ({ id, n }) =>
        `<a href="#${sourceAnchor(id)}" title="${esc(ctx.sources.get(id)?.citation ?? id)}">${String(n)}</a>`,
    )
    .join(', ');
  // A locator ("paper.txt line 260") is too long for a superscript: an inline bracket then.
  if (options.locator !== undefined)
    return ` <span class="ref ref-loc">[${links}, ${esc(options.locator)}]</span>`;
  return `<sup class="ref">[${links}]</sup>`;
}
