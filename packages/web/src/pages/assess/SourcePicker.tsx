/**
 * @module pages/assess/SourcePicker
 * Which source the entered scores come from: one of the stored sources, or a new one added
 * here (title, publisher, URL or DOI, date, licence — the same record as `coopsec source add`,
 * validated by the server, its messages shown beside the fields).
 */
import { useState, type FormEvent } from 'react';
import { ApiError, sendJson } from '../../api.ts';
import { Field } from '../../ui/field.tsx';
import { Show } from '../../ui/status.tsx';
import { useApi } from '../../use-api.ts';
import type { SourceAnswer, SourcesAnswer } from '@coopsec/server/schemas';
import { useT } from '../../i18n/context.tsx';

/** The source record's fields; label and hint are `web.source.<field>` and `….<field>Hint`. */
const FIELDS = ['id', 'title', 'publisher', 'url', 'doi', 'date', 'licence'] as const;

export function SourcePicker({
  value,
  onChange,
  canAdd,
}: {
  value: string;
  onChange: (id: string) => void;
  canAdd: boolean;
}) {
  const { t } = useT();
  const [version, setVersion] = useState(0);
  const sources = useApi<SourcesAnswer>('/api/sources', version);
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | undefined>();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const body = Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== ''));
    try {
      const saved = await sendJson<SourceAnswer>('POST', '/api/sources', body);
      setError(undefined);
      setAdding(false);
      setDraft({});
      setVersion((v) => v + 1);
      onChange(saved.id);
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    }
  };

  return (
    <div className="source-picker">
      <Show loaded={sources} what={t('web.source.loading')}>
        {(data) => (
          <Field label={t('web.source.label')} hint={t('web.source.hint')}>
            <select name="source" value={value} onChange={(e) => onChange(e.target.value)}>
              <option value="">{t('web.source.choose')}</option>
              {data.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id} — {s.title ?? s.citation ?? ''}
                </option>
              ))}
            </select>
          </Field>
        )}
      </Show>
      {canAdd && !adding && (
        <button type="button" className="link" onClick={() => setAdding(true)}>
          {t('web.source.addOwn')}
        </button>
      )}
      {adding && (
        <form className="settings add-source" onSubmit={(e) => void add(e)} noValidate>
          {FIELDS.map((name) => (
            <Field
              key={name}
              label={t(`web.source.${name}`)}
              hint={t(`web.source.${name}Hint`)}
              error={error?.fieldMessage(name)}
            >
              <input
                name={`source-${name}`}
                value={draft[name] ?? ''}
                onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
              />
            </Field>
          ))}
          <button type="submit">{t('web.source.add')}</button>
          <button type="button" className="link" onClick={() => setAdding(false)}>
            {t('web.source.cancel')}
          </button>
          {error && error.problem.errors.length === 0 && (
            <p className="field-error" role="alert" translate="no">
              {error.problem.detail}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
