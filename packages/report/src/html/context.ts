/**
 * @module html/context
 * What every section renderer shares: the message catalogue, the sources of the input, and the
 * record of which sources were cited, so that the sources section lists exactly those and every
 * number is one click from its source (`<a class="num" href="#src-…">`).
 */
import type { Messages } from '../i18n/en.ts';
import type { ReportSource } from '../input.ts';
import { anchorId, esc } from './escape.ts';

export interface RenderContext {
  readonly m: Messages;
  readonly sources: ReadonlyMap<string, ReportSource>;
  /** Source ids cited so far, in first-cited order. */
  readonly cited: Set<string>;
}

export function makeContext(m: Messages, sources: readonly ReportSource[]): RenderContext {
  return { m, sources: new Map(sources.map((s) => [s.id, s])), cited: new Set() };
}

/** The fragment id of a source in the sources section. */
export function sourceAnchor(sourceId: string): string {
  return anchorId('src', sourceId);
}

function title(ctx: RenderContext, sourceId: string): string {
  return esc(ctx.sources.get(sourceId)?.citation ?? sourceId);
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
 * A number linked to its source. Estimated values carry a visible label.
 *
 * @example
 * num(ctx, 78, 'paper'); // '<a class="num" href="#src-paper" title="…">78</a>'
 */
export function num(
  ctx: RenderContext,
  value: number,
  sourceId: string,
  options: NumOptions = {},
): string {
  ctx.cited.add(sourceId);
  const text = esc(formatNumber(ctx, value, options));
  const est = options.estimated === true;
  const cls = est ? 'num est' : 'num';
  const label = est ? ` <span class="badge est">${esc(ctx.m.report.estimated)}</span>` : '';
  return `<a class="${cls}" href="#${sourceAnchor(sourceId)}" title="${title(ctx, sourceId)}">${text}</a>${label}`;
}

/** Any text (a label, a legal act's name, a year) linked to its source. */
export function cite(ctx: RenderContext, text: string, sourceId: string): string {
  ctx.cited.add(sourceId);
  return `<a class="cite" href="#${sourceAnchor(sourceId)}" title="${title(ctx, sourceId)}">${esc(text)}</a>`;
}

/** A small "[source]" link after a figure or table. */
export function sourceLink(ctx: RenderContext, sourceId: string, detail?: string): string {
  ctx.cited.add(sourceId);
  const text = detail === undefined ? ctx.m.report.source : `${ctx.m.report.source}: ${detail}`;
  return `<a class="src" href="#${sourceAnchor(sourceId)}">${esc(text)}</a>`;
}
