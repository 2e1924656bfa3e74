/**
 * @module human
 * Numbers and dates of the CLI's human output in the output's language (Intl in the
 * translator's locale). Figures keep toFixed's shape (fixed decimals, no grouping) in every
 * language, so columns line up; only the decimal sign follows the locale.
 */
import type { Translator } from '@coopsec/i18n';

const fixedFormats = new Map<string, Intl.NumberFormat>();

/** `n` with exactly `digits` decimals (no grouping, like toFixed), in `tr`'s locale. */
export function fixed(tr: Translator, n: number, digits: number): string {
  const id = `${tr.locale}/${digits}`;
  let format = fixedFormats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(tr.locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    fixedFormats.set(id, format);
  }
  return format.format(n);
}

/**
 * A period boundary: a calendar date in the locale when it falls at midnight UTC (what
 * `--from 2026-01-01` gives), else the timestamp as stored, since a date alone would hide the
 * time the period really starts at.
 */
export function boundary(tr: Translator, iso: string): string {
  return /T00:00:00(\.000)?Z$/.test(iso) ? tr.date(iso) : iso;
}
