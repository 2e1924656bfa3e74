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

export function UploadInventory({ orgId, onReplaced }: { orgId: string; onReplaced: () => void }) {
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
      setDone(`Inventory of ${answer.orgId} replaced by ${file.name}: ${answer.entries} entries.`);
      onReplaced();
    } catch (e) {
      setError(asApiError(e, 'Error'));
    } finally {
      setBusy(false);
    }
  };

  const rows = error?.problem.errors.filter((e) => e.row !== undefined) ?? [];
  return (
    <form className="card" aria-label="Upload an inventory" onSubmit={(e) => void submit(e)}>
      <h2>Upload an inventory</h2>
      <p className="muted">
        A CSV file with the header <code>cpe_or_purl,version</code>, one product per line: a CPE 2.3
        name or a purl, and the version you run (it may stay empty when the CPE or purl carries
        one). The upload replaces the whole inventory; if any row is wrong, nothing changes.
      </p>
      <label>
        Inventory (CSV){' '}
        <input
          type="file"
          name="inventory"
          accept="text/csv,.csv"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
      </label>{' '}
      <button type="submit" disabled={file === undefined || busy}>
        {busy ? 'Uploading…' : 'Replace inventory'}
      </button>
      {done !== undefined && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {error !== undefined && rows.length === 0 && <ErrorBox error={error} />}
      {error !== undefined && rows.length > 0 && (
        <div className="notice error row-errors" role="alert">
          <strong>Nothing was changed.</strong> {error.problem.detail}. Fix these lines and upload
          the file again:
          <ul>
            {rows.map((e, i) => (
              <li key={i} data-row={e.row}>
                line {e.row}
                {e.field !== undefined && (
                  <>
                    , <code>{e.field}</code>
                  </>
                )}
                : {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
