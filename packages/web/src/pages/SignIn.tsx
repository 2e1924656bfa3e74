/**
 * @module pages/SignIn
 * Sign-in with an API key (`csk_…`, printed by `npm start` on first run or issued by an
 * administrator). The key is checked against /api/me before it is kept in sessionStorage.
 */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api.ts';
import { Field } from '../ui/field.tsx';
import { useT } from '../i18n/context.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';

export function SignIn({
  onSignedIn,
  previous,
}: {
  onSignedIn: (key: string) => void;
  previous?: ApiError;
}) {
  const { t } = useT();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | undefined>(
    previous ? `${previous.problem.detail}` : undefined,
  );
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (trimmed === '') return setError(t('web.signIn.enterKey'));
    if (!/^\S+$/.test(trimmed)) return setError(t('web.signIn.noSpaces'));
    setBusy(true);
    try {
      const response = await fetch('/api/me', {
        headers: { authorization: `Bearer ${trimmed}`, accept: 'application/json' },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { detail?: string };
        setError(body.detail ?? t('web.signIn.refused', { status: response.status }));
        return;
      }
      onSignedIn(trimmed);
    } catch (e) {
      setError(t('web.signIn.unreachable', { reason: String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <LanguageSwitch />
      <h1>coopsec</h1>
      <p>{t('web.signIn.tagline')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('web.signIn.apiKey')} error={error} hint={t('web.signIn.hint')}>
          <input
            name="apiKey"
            type="password"
            autoComplete="off"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            aria-invalid={error !== undefined}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('web.signIn.checking') : t('web.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
