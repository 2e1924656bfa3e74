/**
 * @module languages
 * The languages coopsec speaks, each with its catalogue and the locale its numbers and dates
 * are formatted in. Adding a language is adding its catalogue file under `catalogues/` and one
 * line here.
 */
import type { Catalogue } from './catalogue.ts';
import { EN } from './catalogues/en.ts';
import { RU } from './catalogues/ru.ts';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export interface LanguageEntry {
  readonly catalogue: Catalogue;
  /** BCP 47 locale for Intl (numbers, dates, plural rules). */
  readonly locale: string;
  /** The language's own name, for a language switch. */
  readonly name: string;
}

export const LANGUAGE_TABLE: Readonly<Record<Language, LanguageEntry>> = {
  en: { catalogue: EN, locale: 'en-GB', name: 'English' },
  ru: { catalogue: RU, locale: 'ru-RU', name: 'Русский' },
};

export function isLanguage(text: string): text is Language {
  return (LANGUAGES as readonly string[]).includes(text);
}
