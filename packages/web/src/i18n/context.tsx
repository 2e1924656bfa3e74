/**
 * @module i18n/context
 * The dashboard's language as React state: `<LanguageProvider>` around the app, `useT()` in a
 * component for `t(key, values)`, numbers and dates in the chosen locale, and `setLanguage`
 * for the header's switch. The choice is remembered and sets `<html lang>`.
 *
 * @example
 * const { t, number } = useT();
 * <h1>{t('web.nav.overview')}</h1>
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language, Translator } from '@coopsec/i18n';
import {
  initialLanguage,
  pseudoRequested,
  setCurrentLanguage,
  storeLanguage,
  translatorFor,
} from './language.ts';

export interface Localised extends Translator {
  readonly setLanguage: (lang: Language) => void;
}

const LanguageContext = createContext<Localised | undefined>(undefined);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Language>(initialLanguage);
  const value = useMemo<Localised>(() => {
    setCurrentLanguage(lang);
    const translator = translatorFor(lang, pseudoRequested());
    return {
      ...translator,
      setLanguage: (next) => {
        storeLanguage(next);
        setLang(next);
      },
    };
  }, [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useT(): Localised {
  const value = useContext(LanguageContext);
  if (value === undefined) throw new TypeError('useT() outside <LanguageProvider>');
  return value;
}
