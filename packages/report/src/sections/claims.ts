/**
 * @module sections/claims
 * The claims audit as one compact table (statement, verdict, claimed, found, a one-line
 * reason), and an appendix with each claim in full: the exact words and where they stand, the
 * reading, and the figures behind the verdict under plain labels.
 */
import { mark, type RenderContext } from '../html/context.ts';
import { anchorId, esc } from '../html/escape.ts';
import { section, table, unavailable } from '../html/parts.ts';
import type { ReportClaim, ReportInput } from '../input.ts';
import { claimedText, detailRows, foundText, reasonText } from './claim-text.ts';

/** A quotation cut at a word boundary, for the table; the appendix has it in full. */
export function shortQuote(quote: string, max = 80): string {
  if (quote.length <= max) return quote;
  const cut = quote.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

function verdictBadge(ctx: RenderContext, c: ReportClaim): string {
  return `<span class="badge verdict ${c.verdict}">${esc(ctx.m.claims.verdicts[c.verdict])}</span>`;
}

function whereText(ctx: RenderContext, c: ReportClaim): string | undefined {
  const { section: s, line } = c.where;
  if (s === undefined && line === undefined) return undefined;
  return ctx.m.claims.where(s ?? '', line === undefined ? '' : String(line));
}

export function renderClaims(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.claims;
  if (!input.claims.available)
    return section({ id: 'claims', title, body: unavailable(ctx, input.claims.reason) });
  const { claims } = input.claims.data;
  if (claims.length === 0)
    return section({ id: 'claims', title, body: `<p>${esc(m.claims.noClaims)}</p>` });
  const rows = claims.map((c, i) => [
    `<a href="#${anchorId('claim', c.id)}">${String(i + 1)}</a>`,
    `<q>${esc(shortQuote(c.quote))}</q>${mark(ctx, [c.sourceId])}`,
    verdictBadge(ctx, c),
    claimedText(ctx, c),
    foundText(ctx, c),
    reasonText(ctx, c),
  ]);
  const head = [
    m.claims.number,
    m.claims.claim,
    m.claims.verdict,
    m.claims.claimedHeader,
    m.claims.foundHeader,
    m.claims.why,
  ].map(esc);
  return section({
    id: 'claims',
    title,
    body: `<p>${esc(m.claims.intro)}</p>\n${table({ head, rows, cls: 'data claims' })}\n<p class="note">${esc(m.claims.appendixPointer)}</p>`,
  });
}

export function renderClaimsAppendix(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.appendixClaims;
  if (!input.claims.available || input.claims.data.claims.length === 0)
    return section({ id: 'appendix-claims', title, body: `<p>${esc(m.claims.noClaims)}</p>` });
  const items = input.claims.data.claims.map((c, i) => {
    const where = whereText(ctx, c);
    const { rows } = detailRows(ctx, c);
    const lines: [string, string][] = [
      [
        esc(m.claims.detail.statement),
        `<q>${esc(c.quote)}</q>${mark(ctx, [c.sourceId], where === undefined ? {} : { locator: where })}`,
      ],
      ...(c.reading === undefined
        ? []
        : [[esc(m.claims.detail.reading), esc(c.reading)] as [string, string]]),
      [esc(m.claims.claimedHeader), claimedText(ctx, c)],
      [esc(m.claims.verdict), `${verdictBadge(ctx, c)} ${reasonText(ctx, c)}`],
      ...rows,
    ];
    const dl = lines.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('');
    return `<article class="claim verdict-${c.verdict}" id="${anchorId('claim', c.id)}">
<h3>${esc(m.claims.detail.heading(String(i + 1)))}</h3>
<dl>${dl}</dl>
</article>`;
  });
  return section({
    id: 'appendix-claims',
    title,
    body: `<p>${esc(m.claims.appendixIntro)}</p>\n${items.join('\n')}`,
  });
}
