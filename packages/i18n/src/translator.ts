/**
 * @module translator
 * `translator(lang)`: the messages of one language, formatted by intl-messageformat (ICU
 * MessageFormat: placeholders, plurals, select), and numbers and dates through `Intl` in that
 * language's locale. Each message is compiled once, on first use.
 *
 * @example
 * const { t, number } = translator('ru');
 * t('common.organisations', { n: 5 }); // '5 организаций'
 * number(1234.5, { maxDigits: 1 }); // '1 234,5'
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue, MessageKey, MessageValues } from './catalogue.ts';
import { LANGUAGE_TABLE, type Language } from './languages.ts';

export interface Translator {
  readonly lang: Language;
  readonly locale: string;
  /** The message `key` with its placeholders filled in. */
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  /** A number with at most `maxDigits` fraction digits (default 2), grouped as the locale does. */
  readonly number: (value: number, options?: { readonly maxDigits?: number }) => string;
  /** A calendar date (UTC) from an ISO 8601 timestamp, spelt as the locale does. */
  readonly date: (iso: string) => string;
  /** Items joined as a plain enumeration (commas, no conjunction). */
  readonly list: (items: readonly string[]) => string;
}

export interface TranslatorOptions {
  /** A catalogue to use instead of the language's own (tests: a pseudo-locale). */
  readonly catalogue?: Catalogue;
}

export function translator(lang: Language, options: TranslatorOptions = {}): Translator {
  const { locale } = LANGUAGE_TABLE[lang];
  const catalogue = options.catalogue ?? LANGUAGE_TABLE[lang].catalogue;
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    lang,
    locale,
    t: (key, values) => {
      let format = compiled.get(key);
      if (format === undefined) {
        // ignoreTag: messages carry HTML (citation marks) as values, never as markup to parse.
        format = new IntlMessageFormat(catalogue[key], locale, undefined, { ignoreTag: true });
        compiled.set(key, format);
      }
      const out = format.format(values);
      return Array.isArray(out) ? out.join('') : String(out);
    },
    number: (value, numberOptions = {}) => {
      const digits = numberOptions.maxDigits ?? 2;
      let format = numberFormats.get(digits);
      if (format === undefined) {
        format = new Intl.NumberFormat(locale, {
          minimumFractionDigits: 0,
          maximumFractionDigits: digits,
        });
        numberFormats.set(digits, format);
      }
      return format.format(value);
    },
    date: (iso) => dates.format(new Date(iso)),
    // Not Intl.ListFormat: its narrowest Russian unit list drops the commas ("2020 2021"), and
    // a list of years or names reads with commas in both languages.
    list: (items) => items.join(', '),
  };
}
