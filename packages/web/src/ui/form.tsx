/**
 * @module ui/form
 * A small declarative form for the administration page: required fields are checked before
 * sending, and the server's problem+json `errors` are shown next to the fields they name.
 */
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/context.tsx';
import { ApiError } from '../api.ts';
import { Field } from './field.tsx';
import { ErrorBox } from './status.tsx';

export interface FormField {
  readonly name: string;
  readonly label: string;
  readonly kind?: 'text' | 'checkbox' | 'select' | 'multi';
  readonly options?: readonly string[];
  /** What to show for an option when it is not the value itself (e.g. a user's name for its id). */
  readonly labels?: Readonly<Record<string, string>>;
  readonly required?: boolean;
  readonly pattern?: RegExp;
  readonly hint?: string;
}

export type FormValues = Record<string, string | boolean | string[]>;

export function SimpleForm({
  title,
  fields,
  submitLabel,
  onSubmit,
}: {
  title: string;
  fields: readonly FormField[];
  submitLabel: string;
  onSubmit: (v: FormValues) => Promise<string | undefined>;
}) {
  const { t } = useT();
  const initial = (): FormValues =>
    Object.fromEntries(
      fields.map((f) => [
        f.name,
        f.kind === 'checkbox'
          ? false
          : f.kind === 'multi'
            ? []
            : f.kind === 'select'
              ? (f.options?.[0] ?? '')
              : '',
      ]),
    );
  const [values, setValues] = useState<FormValues>(initial);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  // A select whose options arrived after mount shows its first option: send that one.
  const effective = (): FormValues =>
    Object.fromEntries(
      fields.map((f) => {
        const v = values[f.name] ?? '';
        return [
          f.name,
          f.kind === 'select' && typeof v === 'string' && !(f.options ?? []).includes(v)
            ? (f.options?.[0] ?? '')
            : v,
        ];
      }),
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const current = effective();
    for (const f of fields) {
      const v = current[f.name];
      if (f.required === true && (v === '' || (Array.isArray(v) && v.length === 0)))
        problems[f.name] = t('web.form.required');
      else if (f.pattern && typeof v === 'string' && v !== '' && !f.pattern.test(v))
        problems[f.name] = f.hint ?? t('web.form.wrongForm');
    }
    setLocal(problems);
    setDone(undefined);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      setDone(await onSubmit(current));
      setError(undefined);
      setValues(initial());
    } catch (err) {
      setError(
        err instanceof ApiError
          ? err
          : new ApiError({
              title: t('web.status.error'),
              status: 0,
              detail: String(err),
              errors: [],
            }),
      );
    } finally {
      setBusy(false);
    }
  };

  const named = new Set(fields.map((f) => f.name));
  const unplaced =
    error && !error.problem.errors.some((x) => x.field !== undefined && named.has(x.field));
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <strong style={{ width: '100%' }}>{title}</strong>
      {fields.map((f) => {
        const message = local[f.name] ?? error?.fieldMessage(f.name);
        const v = values[f.name];
        return (
          <Field key={f.name} label={f.label} error={message} {...(f.hint ? { hint: f.hint } : {})}>
            {f.kind === 'checkbox' ? (
              <input
                type="checkbox"
                name={f.name}
                checked={v === true}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.checked })}
              />
            ) : f.kind === 'select' ? (
              <select
                name={f.name}
                value={String(v)}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              >
                {(f.options ?? []).map((o) => (
                  <option key={o} value={o}>
                    {f.labels?.[o] ?? o}
                  </option>
                ))}
              </select>
            ) : f.kind === 'multi' ? (
              <span>
                {(f.options ?? []).map((o) => (
                  <label key={o} style={{ marginRight: '.6rem' }}>
                    <input
                      type="checkbox"
                      name={`${f.name}-${o}`}
                      checked={Array.isArray(v) && v.includes(o)}
                      onChange={(e) =>
                        setValues({
                          ...values,
                          [f.name]: e.target.checked
                            ? [...(Array.isArray(v) ? v : []), o]
                            : (Array.isArray(v) ? v : []).filter((x) => x !== o),
                        })
                      }
                    />{' '}
                    {/* The choices of a multi field are values (TLP levels), like <option>s. */}
                    <span translate="no">{f.labels?.[o] ?? o}</span>
                  </label>
                ))}
              </span>
            ) : (
              <input
                name={f.name}
                value={String(v)}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              />
            )}
          </Field>
        );
      })}
      <button type="submit" disabled={busy}>
        {busy ? '…' : submitLabel}
      </button>
      {unplaced && error && (
        <div style={{ width: '100%' }}>
          <ErrorBox error={error} />
        </div>
      )}
      {done && (
        <div className="notice" role="status" style={{ width: '100%' }}>
          {done}
        </div>
      )}
    </form>
  );
}
