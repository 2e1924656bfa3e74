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
import { COMPONENT_ORDER } from '../types.ts';
import { Field } from '../ui/field.tsx';
import { ErrorBox, Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import { useT } from '../i18n/context.tsx';
import { useComponentNames } from '../i18n/components.ts';
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

/** A score with one decimal, spelt as the dashboard's locale does. */
function useOneDecimal(): (x: number | undefined) => string {
  const { locale } = useT();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    return (x) => (x === undefined ? '—' : format.format(x));
  }, [locale]);
}

export default function Assess({ route, principal }: PageProps) {
  const { t } = useT();
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
      setSaved(t('web.assess.saved', { n: r.saved.imported, year }));
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    }
  };

  const here =
    known.state === 'ok' ? known.data.countries.find((c) => c.country === country) : undefined;
  return (
    <section>
      <div className="page-head">
        <h1>{t('web.assess.title')}</h1>
        <Show loaded={known} what={t('web.assess.countriesLoading')}>
          {(data) => (
            <label className="inline">
              {t('web.assess.country')}{' '}
              <select
                name="country"
                value={country}
                onChange={(e) => (window.location.hash = href('assess', e.target.value))}
              >
                {data.countries.map((c) => (
                  <option key={c.country} value={c.country}>
                    {c.name} ({c.country})
                    {c.hasAssessments ? ` · ${t('web.assess.scoresStored')}` : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
        </Show>
      </div>
      {here !== undefined && !here.hasAssessments && (
        <div className="notice empty-state" role="note">
          <strong>{t('web.assess.noScores', { country: here.name })}</strong>{' '}
          {t('web.assess.noScoresHow')}
        </div>
      )}
      <div className="settings assess-head">
        <Field label={t('web.assess.year')} error={error?.fieldMessage('year')}>
          <input
            name="year"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </Field>
        <SourcePicker value={sourceId} onChange={setSourceId} canAdd={principal.isAdmin} />
      </div>
      <Show loaded={questionnaire} what={t('web.assess.questionnaireLoading')}>
        {(q) => (
          <>
            <p className="rule">
              {t('web.assess.questions')}{' '}
              <span translate="no">
                {q.title}. {q.weightsNote}
              </span>{' '}
              {t('web.assess.rule')}
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
            {t('web.assess.save', { n: body.entries.length })}
          </button>
        ) : (
          <p className="muted">{t('web.assess.onlyAdmins')}</p>
        )}
        {saved && (
          <p role="status" className="notice ok">
            {saved} <a href={href('overview', country)}>{t('web.assess.openOverview')}</a>
          </p>
        )}
      </div>
    </section>
  );
}

function PreviewPanel({ preview, year }: { preview: Preview | undefined; year: number }) {
  const { t } = useT();
  const fmt = useOneDecimal();
  const names = useComponentNames();
  if (preview === undefined || preview.overview === null)
    return <p className="muted">{t('web.assess.enterToPreview')}</p>;
  const o = preview.overview;
  const idx = o.index?.find((p) => p.year === year);
  const stages = o.maturity?.year === year ? o.maturity : undefined;
  return (
    <div className="cards preview" aria-label={t('web.assess.preview')}>
      <div className="card">
        <h3>{t('web.overview.composite', { year })}</h3>
        <p className="big" data-testid="preview-index">
          {idx?.computable ? fmt(idx.value) : t('web.assess.notComputable')}
        </p>
        {!idx?.computable && <p className="muted">{t('web.assess.needsAllFive')}</p>}
      </div>
      <div className="card">
        <h3>{t('web.assess.weakest')}</h3>
        <p className="big" data-testid="preview-weakest">
          {o.weakest?.year === year ? o.weakest.components.map((c) => names[c]).join(', ') : '—'}
        </p>
        {o.weakest?.year === year && o.weakest.missing.length > 0 && (
          <p className="muted">
            {t('web.assess.provisional', {
              missing: o.weakest.missing.map((c) => names[c]).join(', '),
            })}
          </p>
        )}
      </div>
      <div className="card">
        <h3>{t('web.overview.maturity', { year })}</h3>
        <ul className="plain">
          {stages?.components.map((s) => (
            <li key={s.component}>
              {names[s.component]}: {fmt(s.score)} — <span translate="no">{s.stage}</span>
            </li>
          ))}
          {stages?.index && (
            <li>
              {t('web.assess.indexStage')} <span translate="no">{stages.index.stage}</span>
            </li>
          )}
        </ul>
        {stages && (
          <p className="rule" translate="no">
            {stages.rule.description}
          </p>
        )}
      </div>
      {preview.replaces.length > 0 && (
        <p className="notice" role="note">
          {t('web.assess.replaces', {
            year,
            values: preview.replaces
              .map((r) => `${names[r.component]} (${fmt(r.score)})`)
              .join(', '),
          })}
        </p>
      )}
    </div>
  );
}
