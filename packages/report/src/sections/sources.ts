/**
 * @module sections/sources
 * The sources section: one entry per cited source, each the target of the links on numbers
 * and figures (`#src-<id>`). Rendered last so that it lists exactly what the report cited.
 */
import { sourceAnchor, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { section } from '../html/parts.ts';

export function renderSources(ctx: RenderContext): string {
  const { m } = ctx;
  const items = [...ctx.cited].map((id) => {
    const s = ctx.sources.get(id);
    const citation = s?.citation ?? id;
    const note = s?.note === undefined ? '' : ` <span class="note">${esc(s.note)}</span>`;
    return `<li id="${sourceAnchor(id)}"><strong>${esc(citation)}</strong>${note} <code>${esc(id)}</code></li>`;
  });
  return section({
    id: 'sources',
    title: m.sections.sources,
    body: `<p>${esc(m.sourcesSection.intro)}</p>\n<ol class="sources">\n${items.join('\n')}\n</ol>`,
  });
}
