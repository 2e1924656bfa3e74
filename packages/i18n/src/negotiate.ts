/**
 * @module negotiate
 * `negotiateLanguage(header)`: the language to answer in from an HTTP `Accept-Language` header
 * (RFC 9110 §12.5.4): ranges are tried by their q-value, highest first (equal q: the order
 * given), a range matches a language by its primary subtag (`ru-KG` → `ru`), `*` matches the
 * default, q=0 means "not this one". No header or no match: English.
 *
 * @example
 * negotiateLanguage('de-DE, ru;q=0.8, en;q=0.5'); // 'ru'
 */
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages.ts';

interface Range {
  readonly tag: string;
  readonly q: number;
  readonly order: number;
}

function parseRanges(header: string): Range[] {
  return header
    .split(',')
    .map((part, order) => {
      const [rawTag = '', ...params] = part.trim().split(';');
      let q = 1;
      for (const param of params) {
        const [name, value] = param.trim().split('=');
        if (name?.trim().toLowerCase() === 'q' && value !== undefined) {
          const parsed = Number(value.trim());
          q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
        }
      }
      return { tag: rawTag.trim().toLowerCase(), q, order };
    })
    .filter((r) => r.tag !== '');
}

const primaryOf = (tag: string): string => tag.split('-')[0] ?? '';

export function negotiateLanguage(header: string | undefined): Language {
  if (header === undefined) return DEFAULT_LANGUAGE;
  const ranges = parseRanges(header);
  const refused = new Set(ranges.filter((r) => r.q === 0).map((r) => primaryOf(r.tag)));
  const wanted = ranges.filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.order - b.order);
  for (const range of wanted) {
    // `*`: any language not refused; the default when it is not, else the first that is not.
    const primary =
      range.tag === '*'
        ? [DEFAULT_LANGUAGE, ...LANGUAGES].find((lang) => !refused.has(lang))
        : primaryOf(range.tag);
    if (primary !== undefined && isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
