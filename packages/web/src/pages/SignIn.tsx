/**
 * @module pages/SignIn
 * Sign-in with an API key (`csk_…`, printed by `npm start` on first run or issued by an
 * administrator). The key is checked against /api/me before it is kept in sessionStorage.
 */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api.ts';
import { Field } from '../ui/field.tsx';

export function SignIn({
  onSignedIn,
  previous,
}: {
  onSignedIn: (key: string) => void;
  previous?: ApiError;
}) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | undefined>(
    previous ? `${previous.problem.detail}` : undefined,
  );
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (trimmed === '') return setError('Enter your API key.');
    if (!/^\S+$/.test(trimmed)) return setError('An API key has no spaces.');
    setBusy(true);
    try {
      const response = await fetch('/api/me', {
        headers: { authorization: `Bearer ${trimmed}`, accept: 'application/json' },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { detail?: string };
        setError(body.detail ?? `the server refused the key (HTTP ${response.status})`);
        return;
      }
      onSignedIn(trimmed);
    } catch (e) {
      setError(`cannot reach the server: ${String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <h1>coopsec</h1>
      <p>Assessment and cooperation platform for national information-security centres.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label="API key"
          error={error}
          hint="On first run, npm start prints an administrator key."
        >
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
          {busy ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
