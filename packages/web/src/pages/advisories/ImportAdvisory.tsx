/**
 * @module pages/advisories/ImportAdvisory
 * Import a CSAF 2.0 document from a file. The server validates it (schema and mandatory tests)
 * and answers with the schema path of each problem, shown here as it said it; a release already
 * stored writes nothing and says so.
 */
import { useState, type FormEvent } from 'react';
import { ApiError, sendJson } from '../../api.ts';
import { ErrorBox } from '../../ui/status.tsx';
import type { ImportedAdvisoryAnswer } from '@coopsec/server/schemas';

export function ImportAdvisory({ onImported }: { onImported: () => void }) {
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
          title: 'Not JSON',
          status: 0,
          detail: `${file.name} is not a JSON document (${String(e)})`,
          errors: [],
        });
      }
      const a = await sendJson<ImportedAdvisoryAnswer>('POST', '/api/advisories', document);
      setDone(
        a.written === 0
          ? `${a.trackingId} version ${a.version} was already stored: nothing changed.`
          : `Imported ${a.trackingId} version ${a.version} (${a.written} new object versions).`,
      );
      onImported();
    } catch (e) {
      setError(
        e instanceof ApiError
          ? e
          : new ApiError({ title: 'Error', status: 0, detail: String(e), errors: [] }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" aria-label="Import a CSAF advisory" onSubmit={(e) => void submit(e)}>
      <h2>Import a CSAF 2.0 advisory</h2>
      <label>
        CSAF document (JSON){' '}
        <input
          type="file"
          name="csaf"
          accept="application/json,.json"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
      </label>{' '}
      <button type="submit" disabled={file === undefined || busy}>
        {busy ? 'Importing…' : 'Import'}
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
