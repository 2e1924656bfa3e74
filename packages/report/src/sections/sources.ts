/**
 * @module sections/sources
 * The sources section: the numbered list the citation marks point to (`#src-<id>`), in the
 * order the report first cites them. Each entry gives its URL or DOI as the source data
 * records it, or says that none is recorded: a URL is never made up. Rendered last so that it
 * lists exactly what the report cited.
 */
import { sourceAnchor, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { section } from '../html/parts.ts';
import type { ReportSource } from '../input.ts';

function locatorOf(ctx: RenderContext, s: ReportSource | undefined): string {
  const { m } = ctx;
  const parts: string[] = [];
  if (s?.doi !== undefined) parts.push(`${esc(m.sourcesSection.doi)} ${esc(s.doi)}`);
  if (s?.url !== undefined)
    parts.push(
      `${esc(m.sourcesSection.url)} <a class="url" href="${esc(s.url)}">${esc(s.url)}</a>`,
    );
  if (parts.length > 0) return `<span class="locator">${parts.join(' · ')}</span>`;
  const none = s?.kind === 'computed' ? m.sourcesSection.computedNoUrl : m.sourcesSection.noUrl;
  return `<span class="locator no-url">${esc(none)}</span>`;
}

export function renderSources(ctx: RenderContext): string {
  const { m } = ctx;
  const items = [...ctx.cited.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([id, n]) => {
      const s = ctx.sources.get(id);
      const citation = s?.citation ?? m.sourcesSection.unknown;
      const note = s?.note === undefined ? '' : ` <span class="note">${esc(s.note)}</span>`;
      return `<li id="${sourceAnchor(id)}" value="${String(n)}"><span class="ref-no">[${String(n)}]</span> <strong>${esc(citation)}</strong>.${note} ${locatorOf(ctx, s)}</li>`;
    });
  return section({
    id: 'sources',
    title: m.sections.sources,
    body: `<p>${esc(m.sourcesSection.intro)}</p>\n<ol class="sources">\n${items.join('\n')}\n</ol>`,
  });
}
