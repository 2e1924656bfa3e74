/**
 * @module pages/Report
 * Report download: the self-contained HTML report or its PDF, with an optional TLP label.
 * The download carries the API key (fetch + blob), which a plain link could not, and asks for
 * the report in the dashboard's language.
 */
import { useState } from 'react';
import type { PageProps } from '../App.tsx';
import type { ApiError } from '../api.ts';
import { asApiError, download } from '../api.ts';
import { Field } from '../ui/field.tsx';
import type { FeaturesAnswer } from '@coopsec/server/schemas';
import { ErrorBox, NotAvailable } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import { useT } from '../i18n/context.tsx';

export default function Report(_props: PageProps) {
  const { t, lang } = useT();
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
  const localError = /^[A-Za-z]{3}$/.test(country) ? undefined : t('web.report.countryHint');

  const get = async (format: 'html' | 'pdf') => {
    if (localError) return;
    setBusy(format);
    setError(undefined);
    setDone(undefined);
    try {
      const date = new Date().toISOString().slice(0, 10);
      await download(
        `/api/countries/${country.toUpperCase()}/report?format=${format}&tlp=${encodeURIComponent(tlp)}&lang=${lang}`,
        `coopsec-report-${country.toUpperCase()}-${date}.${format}`,
        format === 'pdf' ? 'application/pdf' : 'text/html',
      );
      setDone(t('web.report.downloaded', { format: format.toUpperCase() }));
    } catch (e) {
      setError(asApiError(e, t('web.status.error')));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section>
      <h1>{t('web.nav.report')}</h1>
      <p>{t('web.report.intro')}</p>
      <form className="panel" onSubmit={(e) => e.preventDefault()} noValidate>
        <Field label={t('web.report.country')} error={localError ?? error?.fieldMessage('country')}>
          <input
            name="country"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            maxLength={3}
          />
        </Field>
        <Field label={t('web.report.tlp')} error={error?.fieldMessage('tlp')}>
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
          {busy === 'html' ? t('web.report.preparing') : t('web.report.downloadHtml')}
        </button>
        <button
          type="button"
          onClick={() => void get('pdf')}
          disabled={busy !== undefined || !available('report-pdf')}
        >
          {busy === 'pdf' ? t('web.report.renderingPdf') : t('web.report.downloadPdf')}
        </button>
      </form>
      {features.state === 'error' && <ErrorBox error={features.error} />}
      {features.state === 'ok' && !available('report-html') && (
        <NotAvailable feature={t('web.report.htmlReport')} />
      )}
      {features.state === 'ok' && !available('report-pdf') && (
        <NotAvailable feature={t('web.report.pdfReport')} />
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
