/**
 * @module sections/claims
 * The claims audit: each statement with its verdict badge, the explanation and the numbers
 * behind it, each linked to the data's sources.
 */
import { cite, sourceLink, type RenderContext } from '../html/context.ts';
import { anchorId, esc } from '../html/escape.ts';
import { section, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

export function renderClaims(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.claims;
  if (!input.claims.available)
    return section({ id: 'claims', title, body: unavailable(ctx, input.claims.reason) });
  const { claims } = input.claims.data;
  if (claims.length === 0)
    return section({ id: 'claims', title, body: `<p>${esc(m.claims.noClaims)}</p>` });
  const items = claims.map((c) => {
    const dataSource = c.dataSourceIds[0] ?? c.sourceId;
    const numbers = c.numbers
      .map(
        (n) =>
          `<tr><th scope="row">${esc(n.label)}</th><td>${cite(ctx, n.value, dataSource)}</td></tr>`,
      )
      .join('');
    const reading =
      c.reading === undefined ? '' : `<p class="reading">${esc(m.claims.reading(c.reading))}</p>`;
    return `<article class="claim verdict-${c.verdict}" id="${anchorId('claim', c.id)}">
<p><span class="badge verdict ${c.verdict}">${esc(m.claims.verdicts[c.verdict])}</span> <q>${esc(c.quote)}</q> ${sourceLink(ctx, c.sourceId, c.where)}</p>
${reading}<p class="why">${esc(c.explanation)} ${c.dataSourceIds.map((id) => sourceLink(ctx, id)).join(' ')}</p>
${numbers === '' ? '' : `<table class="numbers"><caption>${esc(m.claims.numbers)}</caption><tbody>${numbers}</tbody></table>`}
</article>`;
  });
  return section({
    id: 'claims',
    title,
    body: `<p>${esc(m.claims.intro)}</p>\n${items.join('\n')}`,
  });
}
