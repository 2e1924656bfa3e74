/**
 * @module html/document
 * The document frame: head with the inline stylesheet, title block with the TLP marking
 * (untranslated), table of contents, then the sections in order. No script, no external
 * resource of any kind: the fonts are inlined (html/fonts.ts).
 */
import type { RenderContext } from './context.ts';
import { esc } from './escape.ts';
import { embeddedFontCss } from './fonts.ts';
import { REPORT_CSS } from './styles.ts';
import type { ReportInput } from '../input.ts';

/**
 * Everything up to and including `<body>`, shared by the country and the case report: one
 * Content-Security-Policy (nothing may load from outside the file), the embedded fonts and the
 * report stylesheet; `extraCss` is appended for a document's own rules.
 */
export function documentHead(head: { locale: string; title: string; extraCss?: string }): string {
  return `<!DOCTYPE html>
<html lang="${esc(head.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${esc(head.title)}</title>
<style>${embeddedFontCss()}
${REPORT_CSS}${head.extraCss ?? ''}</style>
</head>
<body>
`;
}

export function documentHtml(
  ctx: RenderContext,
  input: ReportInput,
  sections: readonly { id: string; title: string; html: string }[],
): string {
  const { m } = ctx;
  const title = m.report.title(input.country.name);
  const tlpClass = `tlp tlp-${input.tlp.slice(4).toLowerCase().replace('+', '-')}`;
  const toc = sections.map((s) => `<li><a href="#sec-${s.id}">${esc(s.title)}</a></li>`).join('');
  return `${documentHead({ locale: m.locale, title })}<main>
<header class="report-head">
<p><span class="${tlpClass}">${esc(input.tlp)}</span></p>
<h1>${esc(title)}</h1>
<p>${esc(m.report.subtitle)}</p>
<p>${esc(m.report.generated(m.format.date(input.generatedAt)))} · ${esc(input.country.code)}</p>
</header>
<nav class="toc" aria-label="${esc(m.report.contents)}"><strong>${esc(m.report.contents)}</strong><ol>${toc}</ol></nav>
${sections.map((s) => s.html).join('\n')}
</main>
</body>
</html>
`;
}
