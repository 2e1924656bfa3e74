/**
 * @module i18n/LanguageSwitch
 * The header's language choice, each language named in itself (English, Русский).
 */
import { LANGUAGE_TABLE, LANGUAGES, isLanguage } from '@coopsec/i18n';
import { useT } from './context.tsx';

export function LanguageSwitch() {
  const { t, lang, setLanguage } = useT();
  return (
    <select
      className="lang-switch"
      name="lang"
      aria-label={t('web.shell.language')}
      value={lang}
      onChange={(e) => {
        if (isLanguage(e.target.value)) setLanguage(e.target.value);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_TABLE[l].name}
        </option>
      ))}
    </select>
  );
}
