/**
 * @module pages/inventory/UploadInventory
 * Replace the organisation's inventory with a CSV file (`PUT /api/inventory/:org`, text/csv).
 * The server reads it as `coopsec inventory import` does: one bad row and nothing is written,
 * and every bad row comes back with its line and field, listed here as the server said them.
 */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api.ts';
import { asApiError, request } from '../../api.ts';
import { ErrorBox } from '../../ui/status.tsx';
import type { ImportedInventoryAnswer } from '@coopsec/server/schemas';
import { useT } from '../../i18n/context.tsx';

export function UploadInventory({ orgId, onReplaced }: { orgId: string; onReplaced: () => void }) {
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
      const response = await request(`/api/inventory/${encodeURIComponent(orgId)}`, {
        method: 'PUT',
        body: await file.text(),
        contentType: 'text/csv',
      });
      const answer = (await response.json()) as ImportedInventoryAnswer;
      setDone(
        t('web.inventory.replaced', { org: answer.orgId, file: file.name, n: answer.entries }),
      );
      onReplaced();
    } catch (e) {
      setError(asApiError(e, t('web.status.error')));
    } finally {
      setBusy(false);
    }
  };

  const rows = error?.problem.errors.filter((e) => e.row !== undefined) ?? [];
  return (
    <form
      className="card"
      aria-label={t('web.inventory.uploadTitle')}
      onSubmit={(e) => void submit(e)}
    >
      <h2>{t('web.inventory.uploadTitle')}</h2>
      <p className="muted">
        {t('web.inventory.uploadHeader')} <code>cpe_or_purl,version</code>
        {t('web.inventory.uploadHelp')}
      </p>
      <label>
        {t('web.inventory.fileLabel')}{' '}
        <input
          type="file"
          name="inventory"
          accept="text/csv,.csv"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
      </label>{' '}
      <button type="submit" disabled={file === undefined || busy}>
        {busy ? t('web.inventory.uploading') : t('web.inventory.replace')}
      </button>
      {done !== undefined && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {error !== undefined && rows.length === 0 && <ErrorBox error={error} />}
      {error !== undefined && rows.length > 0 && (
        <div className="notice error row-errors" role="alert">
          <strong>{t('web.inventory.nothingChanged')}</strong>{' '}
          <span translate="no">{error.problem.detail}</span>. {t('web.inventory.fixLines')}
          <ul>
            {rows.map((e, i) => (
              <li key={i} data-row={e.row}>
                {t('web.inventory.line', { n: e.row ?? 0 })}
                {e.field !== undefined && (
                  <>
                    , <code>{e.field}</code>
                  </>
                )}
                : <span translate="no">{e.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
