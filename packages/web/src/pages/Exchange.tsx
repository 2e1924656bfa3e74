/**
 * @module pages/Exchange
 * The exchange browser, over TAXII 2.1: the collections the signed-in organisation may read,
 * their objects with TLP badges, search by type, value and time, the STIX relationship graph,
 * and upload of a STIX bundle into a collection it may write. The server decides what is
 * served: objects the markings exclude never reach this page.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import type { PageProps } from '../App.tsx';
import { ApiError } from '../api.ts';
import { labelOf, StixGraph, type StixLike } from '../graph/StixGraph.tsx';
import {
  addObjects,
  listCollections,
  listObjects,
  type TaxiiCollection,
  type TaxiiStatus,
} from '../taxii.ts';
import { Field } from '../ui/field.tsx';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { TlpBadge } from '../ui/tlp.tsx';

const asError = (e: unknown) =>
  e instanceof ApiError
    ? e
    : new ApiError({ title: 'Error', status: 0, detail: String(e), errors: [] });

export default function Exchange(_props: PageProps) {
  const [collections, setCollections] = useState<TaxiiCollection[] | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    listCollections().then(
      (list) => {
        setCollections(list);
        setSelected((s) => s ?? list[0]?.id);
      },
      (e: unknown) => setError(asError(e)),
    );
  }, []);
  const collection = collections?.find((c) => c.id === selected);
  return (
    <section>
      <h1>Exchange</h1>
      {error && <ErrorBox error={error} />}
      {!collections && !error && <Loading what="collections" />}
      {collections && collections.length === 0 && (
        <p className="notice">
          Your organisation has no collection it may read. An administrator grants access under
          Administration.
        </p>
      )}
      {collections && collections.length > 0 && (
        <>
          <div className="toolbar">
            <label className="inline">
              Collection{' '}
              <select
                name="collection"
                value={selected}
                onChange={(e) => setSelected(e.target.value)}
              >
                {collections.map((c) => (
                  <option key={`${c.root}${c.id}`} value={c.id}>
                    {c.title} ({c.can_read ? 'read' : ''}
                    {c.can_read && c.can_write ? '/' : ''}
                    {c.can_write ? 'write' : ''})
                  </option>
                ))}
              </select>
            </label>
          </div>
          {collection && (
            <CollectionView
              key={collection.id}
              collection={collection}
              reload={version}
              onUploaded={() => setVersion((v) => v + 1)}
            />
          )}
        </>
      )}
    </section>
  );
}

function CollectionView({
  collection,
  reload,
  onUploaded,
}: {
  collection: TaxiiCollection;
  reload: number;
  onUploaded: () => void;
}) {
  const [type, setType] = useState('');
  const [value, setValue] = useState('');
  const [after, setAfter] = useState('');
  const [applied, setApplied] = useState<{ type: string; after: string }>({ type: '', after: '' });
  const [objects, setObjects] = useState<StixLike[] | undefined>(undefined);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [focus, setFocus] = useState<string | undefined>(undefined);
  const afterError =
    after === '' || !Number.isNaN(Date.parse(after))
      ? undefined
      : 'a date or time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z';
  const typeError =
    type === '' || /^[a-z0-9-]+$/.test(type)
      ? undefined
      : 'a STIX type such as indicator (lower case, digits, -)';

  useEffect(() => {
    if (!collection.can_read) return;
    setObjects(undefined);
    setError(undefined);
    listObjects(collection, {
      ...(applied.type ? { type: applied.type } : {}),
      ...(applied.after ? { addedAfter: new Date(applied.after).toISOString() } : {}),
    }).then(
      (r) => {
        setObjects(r.objects);
        setMore(r.more);
      },
      (e: unknown) => setError(asError(e)),
    );
  }, [collection, applied, reload]);

  const search = (e: FormEvent) => {
    e.preventDefault();
    if (afterError || typeError) return;
    setApplied({ type: type.trim(), after: after.trim() });
  };
  const shown = useMemo(() => {
    const v = value.trim().toLowerCase();
    return (objects ?? []).filter((o) => v === '' || JSON.stringify(o).toLowerCase().includes(v));
  }, [objects, value]);
  const onSelect = useCallback((id: string) => setFocus(id), []);
  const focused = shown.find((o) => o.id === focus);

  return (
    <>
      {collection.description && <p className="muted">{collection.description}</p>}
      {collection.can_read ? (
        <>
          <form className="panel" onSubmit={search} noValidate>
            <Field label="Type" error={typeError ?? error?.fieldMessage('match[type]')}>
              <input
                name="type"
                value={type}
                onChange={(e) => setType(e.target.value)}
                placeholder="indicator, malware, …"
              />
            </Field>
            <Field label="Value contains">
              <input
                name="value"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                placeholder="198.51.100.7, name, pattern…"
              />
            </Field>
            <Field label="Added after" error={afterError ?? error?.fieldMessage('added_after')}>
              <input
                name="addedAfter"
                value={after}
                onChange={(e) => setAfter(e.target.value)}
                placeholder="2026-01-31"
              />
            </Field>
            <button type="submit">Search</button>
          </form>
          {error && <ErrorBox error={error} />}
          {!objects && !error && <Loading what="objects" />}
          {objects && (
            <>
              <p className="muted">
                {shown.length} object(s){more ? ' (more on the server: narrow the search)' : ''}.
                Objects your organisation may not receive under TLP and the sharing agreements are
                never sent here.
              </p>
              <div className="two">
                <div style={{ maxHeight: 520, overflow: 'auto' }}>
                  <table className="grid" data-testid="objects">
                    <thead>
                      <tr>
                        <th>TLP</th>
                        <th>Type</th>
                        <th>Name / value / pattern</th>
                        <th>Modified</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((o) => (
                        <tr
                          key={`${o.id}-${timestampOf(o.modified)}`}
                          onClick={() => setFocus(o.id)}
                          className={o.id === focus ? 'selected' : ''}
                          data-id={o.id}
                        >
                          <td>
                            <TlpBadge markings={o.object_marking_refs as string[] | undefined} />
                          </td>
                          <td>{o.type}</td>
                          <td>{labelOf(o)}</td>
                          <td>{timestampOf(o.modified ?? o.created)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <div>
                  <StixGraph objects={shown} onSelect={onSelect} />
                  {focused && <pre className="json">{JSON.stringify(focused, null, 2)}</pre>}
                </div>
              </div>
            </>
          )}
        </>
      ) : (
        <p className="notice">Your organisation may write to this collection but not read it.</p>
      )}
      {collection.can_write && <Upload collection={collection} onUploaded={onUploaded} />}
    </>
  );
}

function Upload({
  collection,
  onUploaded,
}: {
  collection: TaxiiCollection;
  onUploaded: () => void;
}) {
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [status, setStatus] = useState<TaxiiStatus | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(undefined);
    setError(undefined);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      setFieldError(`not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    const objects =
      typeof doc === 'object' &&
      doc !== null &&
      Array.isArray((doc as { objects?: unknown }).objects)
        ? (doc as { objects: unknown[] }).objects
        : undefined;
    if (objects === undefined || objects.length === 0) {
      setFieldError(
        'a STIX bundle ({"type": "bundle", "objects": [...]}) with at least one object',
      );
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const s = await addObjects(collection, objects);
      setStatus(s);
      if (s.success_count > 0) onUploaded();
    } catch (err) {
      setError(asError(err));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };

  return (
    <>
      <h2>Upload a STIX bundle to “{collection.title}”</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="upload">
        <Field label="Bundle file">
          <input
            type="file"
            name="bundleFile"
            accept=".json,application/json,application/stix+json"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </Field>
        <Field label="…or paste the bundle JSON" error={fieldError}>
          <textarea
            name="bundle"
            rows={6}
            cols={90}
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? 'Uploading…' : 'Upload'}
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {status && (
        <div className="notice" role="status" data-testid="upload-status">
          Status {status.status}: {status.success_count} added, {status.failure_count} refused,{' '}
          {status.pending_count} pending.
          {status.failures && status.failures.length > 0 && (
            <ul>
              {status.failures.map((f) => (
                <li key={f.id}>
                  {f.id}: {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** A STIX timestamp property as text; anything that is not a string shows as empty. */
function timestampOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
