/**
 * @module @coopsec/i18n
 * coopsec's messages in every language it speaks (English, Russian): one ICU MessageFormat
 * catalogue per language, a translator per language (messages, numbers, dates through Intl),
 * and the choice of a language from an Accept-Language header. Pure: no I/O.
 *
 * @example
 * import { negotiateLanguage, translator } from '@coopsec/i18n';
 * const { t } = translator(negotiateLanguage(request.headers['accept-language']));
 * t('report.title', { country: 'Kyrgyzstan' });
 */
export type { Catalogue, MessageKey, MessageValues } from './catalogue.ts';
export { EN } from './catalogues/en.ts';
export { RU } from './catalogues/ru.ts';
export {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_TABLE,
  LANGUAGES,
  type Language,
  type LanguageEntry,
} from './languages.ts';
export { negotiateLanguage } from './negotiate.ts';
export { translator, type Translator, type TranslatorOptions } from './translator.ts';
