/**
 * @module pages/Exchange
 * The exchange browser, over TAXII 2.1: the collections the signed-in organisation may read,
 * their objects with TLP badges, search by type, value and time, the STIX relationship graph,
 * and upload of a STIX bundle into a collection it may write. The server decides what is
 * served: objects the markings exclude never reach this page.
 */
import { useT } from '../i18n/context.tsx';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import type { PageProps } from '../App.tsx';
import type { ApiError } from '../api.ts';
import { asApiError } from '../api.ts';
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

export default function Exchange(_props: PageProps) {
  const { t } = useT();
  const errorTitle = t('web.status.error');
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
      (e: unknown) => setError(asApiError(e, errorTitle)),
    );
  }, [errorTitle]);
  const collection = collections?.find((c) => c.id === selected);
  return (
    <section>
      <h1>{t('web.nav.exchange')}</h1>
      {error && <ErrorBox error={error} />}
      {!collections && !error && <Loading what={t('web.exchange.collections')} />}
      {collections && collections.length === 0 && (
        <p className="notice">{t('web.exchange.noCollection')}</p>
      )}
      {collections && collections.length > 0 && (
        <>
          <div className="toolbar">
            <label className="inline">
              {t('web.exchange.collection')}{' '}
              <select
                name="collection"
                value={selected}
                onChange={(e) => setSelected(e.target.value)}
              >
                {collections.map((c) => (
                  <option key={`${c.root}${c.id}`} value={c.id}>
                    {c.title} ({c.can_read ? t('web.exchange.read') : ''}
                    {c.can_read && c.can_write ? '/' : ''}
                    {c.can_write ? t('web.exchange.write') : ''})
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
  const { t } = useT();
  const errorTitle = t('web.status.error');
  const afterError =
    after === '' || !Number.isNaN(Date.parse(after)) ? undefined : t('web.exchange.afterHint');
  const typeError =
    type === '' || /^[a-z0-9-]+$/.test(type) ? undefined : t('web.exchange.typeHint');

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
      (e: unknown) => setError(asApiError(e, errorTitle)),
    );
  }, [collection, applied, reload, errorTitle]);

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
      {collection.description && (
        <p className="muted" translate="no">
          {collection.description}
        </p>
      )}
      {collection.can_read ? (
        <>
          <form className="panel" onSubmit={search} noValidate>
            <Field
              label={t('web.exchange.type')}
              error={typeError ?? error?.fieldMessage('match[type]')}
            >
              <input
                name="type"
                value={type}
                onChange={(e) => setType(e.target.value)}
                placeholder={t('web.exchange.typePlaceholder')}
              />
            </Field>
            <Field label={t('web.exchange.valueContains')}>
              <input
                name="value"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                placeholder={t('web.exchange.valuePlaceholder')}
              />
            </Field>
            <Field
              label={t('web.exchange.addedAfter')}
              error={afterError ?? error?.fieldMessage('added_after')}
            >
              <input
                name="addedAfter"
                value={after}
                onChange={(e) => setAfter(e.target.value)}
                placeholder="2026-01-31"
              />
            </Field>
            <button type="submit">{t('web.exchange.search')}</button>
          </form>
          {error && <ErrorBox error={error} />}
          {!objects && !error && <Loading what={t('web.exchange.objectsWhat')} />}
          {objects && (
            <>
              <p className="muted">
                {t('web.exchange.count', { n: shown.length })}
                {more ? t('web.exchange.more') : ''}. {t('web.exchange.neverSent')}
              </p>
              <div className="two">
                <div style={{ maxHeight: 520, overflow: 'auto' }}>
                  <table className="grid" data-testid="objects">
                    <thead>
                      <tr>
                        <th translate="no">TLP</th>
                        <th>{t('web.exchange.type')}</th>
                        <th>{t('web.exchange.nameValue')}</th>
                        <th>{t('web.exchange.modified')}</th>
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
                          <td translate="no">{o.type}</td>
                          <td translate="no">{labelOf(o)}</td>
                          <td translate="no">{timestampOf(o.modified ?? o.created)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <div>
                  <StixGraph objects={shown} onSelect={onSelect} />
                  {focused && (
                    <pre className="json" translate="no">
                      {JSON.stringify(focused, null, 2)}
                    </pre>
                  )}
                </div>
              </div>
            </>
          )}
        </>
      ) : (
        <p className="notice">{t('web.exchange.writeOnly')}</p>
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
  const { t } = useT();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(undefined);
    setError(undefined);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      setFieldError(
        t('web.exchange.notJson', { reason: err instanceof Error ? err.message : String(err) }),
      );
      return;
    }
    const objects =
      typeof doc === 'object' &&
      doc !== null &&
      Array.isArray((doc as { objects?: unknown }).objects)
        ? (doc as { objects: unknown[] }).objects
        : undefined;
    if (objects === undefined || objects.length === 0) {
      setFieldError(t('web.exchange.notBundle'));
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const s = await addObjects(collection, objects);
      setStatus(s);
      if (s.success_count > 0) onUploaded();
    } catch (err) {
      setError(asApiError(err, t('web.status.error')));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };

  return (
    <>
      <h2>{t('web.exchange.upload', { collection: collection.title })}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="upload">
        <Field label={t('web.exchange.bundleFile')}>
          <input
            type="file"
            name="bundleFile"
            accept=".json,application/json,application/stix+json"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </Field>
        <Field label={t('web.exchange.paste')} error={fieldError}>
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
          {busy ? t('web.exchange.uploading') : t('web.exchange.uploadSubmit')}
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {status && (
        <div className="notice" role="status" data-testid="upload-status">
          {t('web.exchange.status', {
            status: status.status,
            added: status.success_count,
            refused: status.failure_count,
            pending: status.pending_count,
          })}
          {status.failures && status.failures.length > 0 && (
            <ul translate="no">
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
