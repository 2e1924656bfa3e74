/**
 * @module i18n/language
 * Which language the dashboard speaks: the user's last choice (localStorage), else the
 * browser's languages negotiated by the same rule as the server's Accept-Language, else
 * English. `?lang=pseudo` in the page's URL (tests only, never offered in the switch) is English
 * with every message wrapped in ⟦…⟧, so a test can find visible text that is not from the
 * catalogue.
 */
import {
  EN,
  isLanguage,
  negotiateLanguage,
  translator,
  type Catalogue,
  type Language,
  type Translator,
} from '@coopsec/i18n';

const KEY = 'coopsec.lang';

export function storedLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(KEY);
    return stored !== null && isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

let current: Language | undefined;

/**
 * The language the dashboard speaks now, for code outside React (the API client's
 * Accept-Language). LanguageProvider sets it while rendering, so it is right before any page's
 * first request.
 */
export function currentLanguage(): Language {
  return current ?? initialLanguage();
}

export function setCurrentLanguage(lang: Language): void {
  current = lang;
}

export function initialLanguage(): Language {
  return storedLanguage() ?? negotiateLanguage(navigator.languages.join(',') || navigator.language);
}

/** True when the page was opened with `?lang=pseudo` (the pseudo-locale test). */
export function pseudoRequested(): boolean {
  return new URLSearchParams(window.location.search).get('lang') === 'pseudo';
}

function pseudoCatalogue(): Catalogue {
  return Object.fromEntries(
    Object.entries(EN).map(([key, message]) => [key, `⟦${message}⟧`]),
  ) as unknown as Catalogue;
}

export function translatorFor(lang: Language, pseudo: boolean): Translator {
  return pseudo ? translator('en', { catalogue: pseudoCatalogue() }) : translator(lang);
}
