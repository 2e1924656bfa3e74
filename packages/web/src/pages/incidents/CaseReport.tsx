/**
 * @module pages/incidents/CaseReport
 * The case report of one case (issue 17 item 5) as HTML or PDF, in the dashboard's language.
 * Fetched with the API key and saved as a file (a plain link could not carry the key); the
 * server decides who may have it, the same as for the case itself.
 */
import { useState } from 'react';
import { asApiError, download, type ApiError } from '../../api.ts';
import { useT } from '../../i18n/context.tsx';
import { ErrorBox } from '../../ui/status.tsx';

export function CaseReport({ id }: { id: string }) {
  const { t, lang } = useT();
  const [busy, setBusy] = useState<'html' | 'pdf' | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const get = async (format: 'html' | 'pdf') => {
    setBusy(format);
    setError(undefined);
    try {
      const date = new Date().toISOString().slice(0, 10);
      const short = id.replace(/^incident--/, '').slice(0, 8);
      await download(
        `/api/incidents/${encodeURIComponent(id)}/report?format=${format}&lang=${lang}`,
        `coopsec-case-${short}-${date}.${format}`,
        format === 'pdf' ? 'application/pdf' : 'text/html',
      );
    } catch (e) {
      setError(asApiError(e, t('web.status.error')));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <p className="case-report">
      <button type="button" onClick={() => void get('html')} disabled={busy !== undefined}>
        {busy === 'html' ? t('web.report.preparing') : t('web.case.reportHtml')}
      </button>{' '}
      <button type="button" onClick={() => void get('pdf')} disabled={busy !== undefined}>
        {busy === 'pdf' ? t('web.report.renderingPdf') : t('web.case.reportPdf')}
      </button>
      {error && <ErrorBox error={error} />}
    </p>
  );
}
