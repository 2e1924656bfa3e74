/**
 * @module pages/advisories/ImportAdvisory
 * Import a CSAF 2.0 document from a file. The server validates it (schema and mandatory tests)
 * and answers with the schema path of each problem, shown here as it said it; a release already
 * stored writes nothing and says so.
 */
import { useState, type FormEvent } from 'react';
import { ApiError, asApiError, sendJson } from '../../api.ts';
import { ErrorBox } from '../../ui/status.tsx';
import type { ImportedAdvisoryAnswer } from '@coopsec/server/schemas';
import { useT } from '../../i18n/context.tsx';

export function ImportAdvisory({ onImported }: { onImported: () => void }) {
  const { t } = useT();
  const [file, setFile] = useState<File | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [done, setDone] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (file === undefined) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch (e) {
        throw new ApiError({
          title: t('web.import.notJson'),
          status: 0,
          detail: t('web.import.notJsonDetail', { file: file.name, reason: String(e) }),
          errors: [],
        });
      }
      const a = await sendJson<ImportedAdvisoryAnswer>('POST', '/api/advisories', document);
      setDone(
        a.written === 0
          ? t('web.import.already', { id: a.trackingId, version: a.version })
          : t('web.import.imported', { id: a.trackingId, version: a.version, n: a.written }),
      );
      onImported();
    } catch (e) {
      setError(asApiError(e, t('web.status.error')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" aria-label={t('web.import.aria')} onSubmit={(e) => void submit(e)}>
      <h2>{t('web.import.heading')}</h2>
      <label>
        {t('web.import.document')}{' '}
        <input
          type="file"
          name="csaf"
          accept="application/json,.json"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
      </label>{' '}
      <button type="submit" disabled={file === undefined || busy}>
        {busy ? t('web.import.importing') : t('web.import.submit')}
      </button>
      {done !== undefined && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {error !== undefined && <ErrorBox error={error} />}
    </form>
  );
}
