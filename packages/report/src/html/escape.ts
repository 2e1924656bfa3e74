/**
 * @module html/escape
 * Escaping for text and attribute values inserted into HTML. Every string that comes from
 * data (names, quotations, citations) passes through here; markup built by renderers does not.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for element content and double- or single-quoted attribute values.
 *
 * @example
 * esc('<b> & "x"'); // '&lt;b&gt; &amp; &quot;x&quot;'
 */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A safe fragment id from any string: `src-paper`, `claim-paper-abstract-1`. */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}`;
}
