/**
 * @module pages/Assess
 * Assess any country (issue 14 item 2): choose it from every ISO 3166-1 country, enter one
 * year's component scores with a source (or answer the starter questionnaire with evidence),
 * watch the composite index, maturity stages and weakest component as they would be, and save.
 * The numbers come from the server's preview (the model's one rule), never from the browser.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PageProps } from '../App.tsx';
import { ApiError, sendJson } from '../api.ts';
import { href } from '../router.ts';
import { COMPONENT_NAMES, COMPONENT_ORDER } from '../types.ts';
import { Field } from '../ui/field.tsx';
import { ErrorBox, Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import {
  ComponentEntry,
  EMPTY_ENTRY,
  entryBody,
  type EntryState,
} from './assess/ComponentEntry.tsx';
import { SourcePicker } from './assess/SourcePicker.tsx';
import type {
  DraftPreviewAnswer as Preview,
  DraftSavedAnswer,
  KnownCountriesAnswer,
  QuestionnaireAnswer,
} from '@coopsec/server/schemas';

const fmt = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1));

export default function Assess({ route, principal }: PageProps) {
  const country = (route.args[0] ?? 'KGZ').toUpperCase();
  const known = useApi<KnownCountriesAnswer>('/api/known-countries');
  const questionnaire = useApi<QuestionnaireAnswer>('/api/indicators');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [sourceId, setSourceId] = useState('');
  const [entries, setEntries] = useState<Record<string, EntryState>>({});
  const [preview, setPreview] = useState<Preview | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [saved, setSaved] = useState<string | undefined>();

  const body = useMemo(
    () => ({
      year: Number(year),
      entries: COMPONENT_ORDER.flatMap((c) => {
        const b = entryBody(c, entries[c] ?? EMPTY_ENTRY, sourceId);
        return b === undefined ? [] : [b];
      }),
    }),
    [year, entries, sourceId],
  );

  useEffect(() => {
    setSaved(undefined);
    const timer = setTimeout(() => {
      sendJson<Preview>('POST', `/api/countries/${country}/draft/preview`, body).then(
        (p) => {
          setPreview(p);
          setError(undefined);
        },
        (e: unknown) => setError(e instanceof ApiError ? e : undefined),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [country, body]);

  const save = async () => {
    try {
      const r = await sendJson<DraftSavedAnswer>('POST', `/api/countries/${country}/draft`, body);
      setSaved(`Saved ${r.saved.imported} score(s) for ${year}.`);
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    }
  };

  const here =
    known.state === 'ok' ? known.data.countries.find((c) => c.country === country) : undefined;
  return (
    <section>
      <div className="page-head">
        <h1>Assess a country</h1>
        <Show loaded={known} what="countries">
          {(data) => (
            <label className="inline">
              Country{' '}
              <select
                name="country"
                value={country}
                onChange={(e) => (window.location.hash = href('assess', e.target.value))}
              >
                {data.countries.map((c) => (
                  <option key={c.country} value={c.country}>
                    {c.name} ({c.country}){c.hasAssessments ? ' · scores stored' : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
        </Show>
      </div>
      {here !== undefined && !here.hasAssessments && (
        <div className="notice empty-state" role="note">
          <strong>No scores are stored for {here.name} yet.</strong> Choose the year and the source,
          then give each component a score from 0 to 100 — or answer the questions with public
          evidence and coopsec scores them. Components you leave empty stay missing. The index,
          stages and weakest component update as you type; Save writes them.
        </div>
      )}
      <div className="settings assess-head">
        <Field label="Year" error={error?.fieldMessage('year')}>
          <input
            name="year"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </Field>
        <SourcePicker value={sourceId} onChange={setSourceId} canAdd={principal.isAdmin} />
      </div>
      <Show loaded={questionnaire} what="the questionnaire">
        {(q) => (
          <>
            <p className="rule">
              Questions: {q.title}. {q.weightsNote} Rule: a point needs public evidence; an
              unanswered question counts 0.
            </p>
            {COMPONENT_ORDER.map((c) => (
              <ComponentEntry
                key={c}
                component={c}
                index={body.entries.findIndex((e) => e.component === c)}
                value={entries[c] ?? EMPTY_ENTRY}
                indicators={q.indicators}
                onChange={(next) => setEntries({ ...entries, [c]: next })}
                error={error}
              />
            ))}
          </>
        )}
      </Show>
      {error && error.problem.errors.every((e) => !(e.field ?? '').startsWith('entries.')) && (
        <ErrorBox error={error} />
      )}
      <PreviewPanel preview={preview} year={Number(year)} />
      <div className="actions">
        {principal.isAdmin ? (
          <button type="button" disabled={body.entries.length === 0} onClick={() => void save()}>
            Save {body.entries.length} score(s)
          </button>
        ) : (
          <p className="muted">Only administrators can save scores; the preview is yours to use.</p>
        )}
        {saved && (
          <p role="status" className="notice ok">
            {saved} <a href={href('overview', country)}>Open the overview</a>.
          </p>
        )}
      </div>
    </section>
  );
}

function PreviewPanel({ preview, year }: { preview: Preview | undefined; year: number }) {
  if (preview === undefined || preview.overview === null)
    return <p className="muted">Enter a score to see the index, stages and weakest component.</p>;
  const o = preview.overview;
  const idx = o.index?.find((p) => p.year === year);
  const stages = o.maturity?.year === year ? o.maturity : undefined;
  return (
    <div className="cards preview" aria-label="preview">
      <div className="card">
        <h3>Composite index {year}</h3>
        <p className="big" data-testid="preview-index">
          {idx?.computable ? fmt(idx.value) : 'not computable'}
        </p>
        {!idx?.computable && <p className="muted">needs all five components</p>}
      </div>
      <div className="card">
        <h3>Weakest component</h3>
        <p className="big" data-testid="preview-weakest">
          {o.weakest?.year === year
            ? o.weakest.components.map((c) => COMPONENT_NAMES[c]).join(', ')
            : '—'}
        </p>
        {o.weakest?.year === year && o.weakest.missing.length > 0 && (
          <p className="muted">
            provisional: {o.weakest.missing.map((c) => COMPONENT_NAMES[c]).join(', ')} missing
          </p>
        )}
      </div>
      <div className="card">
        <h3>Maturity stages {year}</h3>
        <ul className="plain">
          {stages?.components.map((s) => (
            <li key={s.component}>
              {COMPONENT_NAMES[s.component]}: {fmt(s.score)} — {s.stage}
            </li>
          ))}
          {stages?.index && <li>Index: {stages.index.stage}</li>}
        </ul>
        {stages && <p className="rule">{stages.rule.description}</p>}
      </div>
      {preview.replaces.length > 0 && (
        <p className="notice" role="note">
          Saving replaces the stored {year} values of{' '}
          {preview.replaces.map((r) => `${COMPONENT_NAMES[r.component]} (${r.score})`).join(', ')}.
        </p>
      )}
    </div>
  );
}
