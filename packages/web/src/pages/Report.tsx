/**
 * @module pages/Report
 * Report download: the self-contained HTML report or its PDF, with an optional TLP label.
 * The download carries the API key (fetch + blob), which a plain link could not.
 */
import { useState } from 'react';
import type { PageProps } from '../App.tsx';
import { ApiError, download } from '../api.ts';
import { Field } from '../ui/field.tsx';
import type { FeaturesAnswer } from '@coopsec/server/schemas';
import { ErrorBox, NotAvailable } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';

export default function Report(_props: PageProps) {
  const features = useApi<FeaturesAnswer>('/api/features');
  const [country, setCountry] = useState('KGZ');
  const [tlp, setTlp] = useState('clear');
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  // Until the server has said what it offers, both buttons work (a format it lacks answers with
  // its own error); they are disabled only once a format is known to be unavailable.
  const available = (id: string) =>
    features.state !== 'ok' || features.data.features.some((f) => f.id === id && f.available);
  const localError = /^[A-Za-z]{3}$/.test(country)
    ? undefined
    : 'an ISO 3166-1 alpha-3 code, e.g. KGZ';

  const get = async (format: 'html' | 'pdf') => {
    if (localError) return;
    setBusy(format);
    setError(undefined);
    setDone(undefined);
    try {
      const date = new Date().toISOString().slice(0, 10);
      await download(
        `/api/countries/${country.toUpperCase()}/report?format=${format}&tlp=${encodeURIComponent(tlp)}`,
        `coopsec-report-${country.toUpperCase()}-${date}.${format}`,
        format === 'pdf' ? 'application/pdf' : 'text/html',
      );
      setDone(`${format.toUpperCase()} report downloaded.`);
    } catch (e) {
      setError(
        e instanceof ApiError
          ? e
          : new ApiError({ title: 'Error', status: 0, detail: String(e), errors: [] }),
      );
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section>
      <h1>Report</h1>
      <p>
        A self-contained HTML report (Figure 1 dynamics, Figure 2 model, Table 1, Table 2, coverage,
        comparison, claims audit, scenario, recommendations, every figure with its source) and a PDF
        of it.
      </p>
      <form className="panel" onSubmit={(e) => e.preventDefault()} noValidate>
        <Field label="Country" error={localError ?? error?.fieldMessage('country')}>
          <input
            name="country"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            maxLength={3}
          />
        </Field>
        <Field label="TLP label" error={error?.fieldMessage('tlp')}>
          <select name="tlp" value={tlp} onChange={(e) => setTlp(e.target.value)}>
            {['clear', 'green', 'amber', 'amber+strict', 'red'].map((t) => (
              <option key={t} value={t}>
                TLP:{t.toUpperCase()}
              </option>
            ))}
          </select>
        </Field>
        <button
          type="button"
          onClick={() => void get('html')}
          disabled={busy !== undefined || !available('report-html')}
        >
          {busy === 'html' ? 'Preparing…' : 'Download HTML'}
        </button>
        <button
          type="button"
          onClick={() => void get('pdf')}
          disabled={busy !== undefined || !available('report-pdf')}
        >
          {busy === 'pdf' ? 'Rendering PDF…' : 'Download PDF'}
        </button>
      </form>
      {features.state === 'error' && <ErrorBox error={features.error} />}
      {features.state === 'ok' && !available('report-html') && (
        <NotAvailable feature="The HTML report" />
      )}
      {features.state === 'ok' && !available('report-pdf') && (
        <NotAvailable feature="The PDF report" />
      )}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {error && <ErrorBox error={error} />}
    </section>
  );
}
