/**
 * @module language
 * The language an answer is written in, one rule for every edge: a language asked for by name
 * (`coopsec report --lang ru`, `?lang=ru`) must be one coopsec speaks, else BAD_INPUT naming
 * the option as the edge spells it; without one, the HTTP Accept-Language header is negotiated
 * (q-values, primary subtag); without either, English.
 *
 * @example
 * chooseLanguage({ requested: 'ru', field: '--lang' }); // 'ru'
 * chooseLanguage({ acceptLanguage: 'ru-KG,ru;q=0.9', field: 'lang' }); // 'ru'
 */
import { isLanguage, LANGUAGES, negotiateLanguage, type Language } from '@coopsec/i18n';
import { CoopsecError } from '@coopsec/model';

export type { Language };
export { LANGUAGES };

export function chooseLanguage(options: {
  readonly requested?: string;
  readonly acceptLanguage?: string;
  readonly field: string;
}): Language {
  const { requested, field } = options;
  if (requested !== undefined) {
    const lang = requested.trim().toLowerCase();
    if (isLanguage(lang)) return lang;
    throw new CoopsecError(
      'BAD_INPUT',
      `${field} must be one of ${LANGUAGES.join(', ')} (got "${requested}")`,
      { details: [{ field, message: `must be one of ${LANGUAGES.join(', ')}` }] },
    );
  }
  return negotiateLanguage(options.acceptLanguage);
}
