/**
 * @module taxii/media
 * Media types and content negotiation (TAXII 2.1 §1.6.8 media types, §3.2 content negotiation).
 * Responses are `application/taxii+json;version=2.1`; STIX objects inside are
 * `application/stix+json;version=2.1` (named in collections and manifests).
 */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

interface MediaRange {
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
  readonly q: number;
}

function parseMediaRange(text: string): MediaRange | undefined {
  const [head, ...rest] = text.split(';');
  const type = (head ?? '').trim().toLowerCase();
  if (type === '') return undefined;
  const params = new Map<string, string>();
  let q = 1;
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const name = p.slice(0, eq).trim().toLowerCase();
    const value = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (name === 'q') q = Number(value);
    else params.set(name, value);
  }
  return { type, params, q: Number.isFinite(q) ? q : 0 };
}

/** Whether a media type names TAXII 2.1 JSON (a missing version means the latest, 2.1). */
function isTaxii21(range: MediaRange): boolean {
  if (range.type !== 'application/taxii+json') return false;
  const version = range.params.get('version');
  return version === undefined || version === '2.1';
}

/**
 * TAXII 2.1 §1.6.8: a request's Accept must allow `application/taxii+json;version=2.1`.
 * A missing Accept, `*\/*` and `application/*` are taken as accepting it.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  for (const part of accept.split(',')) {
    const range = parseMediaRange(part);
    if (range === undefined || range.q <= 0) continue;
    if (range.type === '*/*' || range.type === 'application/*' || isTaxii21(range)) return true;
  }
  return false;
}

/** TAXII 2.1 §5.5: the body of an add-objects request is a TAXII 2.1 envelope. */
export function isTaxiiContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const range = parseMediaRange(contentType);
  return range !== undefined && isTaxii21(range);
}
