/**
 * @module html/fonts
 * DejaVu Sans (regular and bold, shipped in this package's `fonts/` with its licence) inlined
 * as `@font-face` data URLs. Why embedded: a report in Russian must show, and its PDF must
 * carry, Cyrillic glyphs on any host, whatever fonts it has installed; the HTML opens with no
 * network, so the font cannot be fetched either. Chromium embeds the subset it uses in the PDF.
 *
 * The files are found through this package's own export (`@coopsec/report/fonts/*`), not a path
 * relative to this module, so that the CLI's esbuild bundle (which inlines this module
 * elsewhere) still reads them from the installed package. Read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The family name the stylesheet and the charts ask for first, so that the embedded faces are
 * used rather than whatever the system calls DejaVu Sans; no space, so it needs no quoting in
 * an SVG attribute.
 */
export const EMBEDDED_FAMILY = 'coopsec-DejaVuSans';

const FACES = [
  { file: 'DejaVuSans.ttf', weight: 'normal' },
  { file: 'DejaVuSans-Bold.ttf', weight: 'bold' },
] as const;

let css: string | undefined;

export function embeddedFontCss(): string {
  if (css !== undefined) return css;
  const require = createRequire(import.meta.url);
  css = FACES.map(({ file, weight }) => {
    const data = readFileSync(require.resolve(`@coopsec/report/fonts/${file}`)).toString('base64');
    return `@font-face{font-family:"${EMBEDDED_FAMILY}";font-weight:${weight};font-style:normal;src:url(data:font/ttf;base64,${data}) format("truetype")}`;
  }).join('\n');
  return css;
}
