/**
 * @module pages/assess/ComponentEntry
 * One component of the draft: a score entered directly with its evidence, or the starter
 * questionnaire's questions answered (no / partly / yes) each with its evidence link — the
 * server scores the answers by the NCSI rule (a point needs public evidence; unanswered = 0).
 */
import type { ApiError } from '../../api.ts';
import type { ComponentId } from '../../types.ts';
import { Field } from '../../ui/field.tsx';
import type { IndicatorAnswer as Indicator } from '@coopsec/server/schemas';
import { useT } from '../../i18n/context.tsx';
import { useComponentNames } from '../../i18n/components.ts';

export interface EntryState {
  mode: 'score' | 'indicators';
  score: string;
  evidence: string;
  answers: Record<string, { achieved: string; evidence: string }>;
}

export const EMPTY_ENTRY: EntryState = { mode: 'score', score: '', evidence: '', answers: {} };

/** The entry as the API takes it, or undefined when the component is left missing. */
export function entryBody(component: ComponentId, e: EntryState, sourceId: string) {
  if (e.mode === 'score') {
    if (e.score.trim() === '') return undefined;
    const n = Number(e.score);
    return {
      component,
      score: Number.isFinite(n) ? n : e.score,
      sourceId,
      ...(e.evidence.trim() === '' ? {} : { evidence: e.evidence.trim() }),
    };
  }
  const answers = Object.entries(e.answers)
    .filter(([, a]) => a.achieved !== '')
    .map(([indicatorId, a]) => ({
      indicatorId,
      achieved: Number(a.achieved),
      evidence: a.evidence.trim(),
    }));
  return answers.length === 0 ? undefined : { component, sourceId, answers };
}

export function ComponentEntry({
  component,
  index,
  value,
  indicators,
  onChange,
  error,
}: {
  component: ComponentId;
  index: number;
  value: EntryState;
  indicators: readonly Indicator[];
  onChange: (next: EntryState) => void;
  error: ApiError | undefined;
}) {
  const { t, number } = useT();
  const names = useComponentNames();
  const at = (field: string) => error?.fieldMessage(`entries.${index}.${field}`);
  const own = indicators.filter((i) => i.component === component);
  return (
    <fieldset className="component-entry" data-component={component}>
      <legend>{names[component]}</legend>
      <div className="mode">
        {(['score', 'indicators'] as const).map((m) => (
          <label key={m} className="inline">
            <input
              type="radio"
              name={`mode-${component}`}
              checked={value.mode === m}
              onChange={() => onChange({ ...value, mode: m })}
            />{' '}
            {m === 'score' ? t('web.assess.enterScore') : t('web.assess.answerQuestions')}
          </label>
        ))}
      </div>
      {value.mode === 'score' ? (
        <div className="row">
          <Field label={t('web.assess.score')} error={at('score')} hint={t('web.assess.scoreHint')}>
            <input
              name={`score-${component}`}
              inputMode="decimal"
              value={value.score}
              onChange={(e) => onChange({ ...value, score: e.target.value })}
            />
          </Field>
          <Field
            label={t('web.assess.evidence')}
            error={at('evidence')}
            hint={t('web.assess.evidenceHint')}
          >
            <input
              name={`evidence-${component}`}
              value={value.evidence}
              onChange={(e) => onChange({ ...value, evidence: e.target.value })}
            />
          </Field>
        </div>
      ) : (
        <ol className="questions">
          {own.map((q) => {
            const a = value.answers[q.id] ?? { achieved: '', evidence: '' };
            const set = (next: Partial<typeof a>) =>
              onChange({ ...value, answers: { ...value.answers, [q.id]: { ...a, ...next } } });
            return (
              <li key={q.id}>
                <span className="question">
                  <span translate="no">{q.question}</span>{' '}
                  <span className="muted">
                    {t('web.assess.weight', { weight: number(q.weight) })}
                  </span>
                </span>
                <select
                  name={`answer-${q.id}`}
                  value={a.achieved}
                  onChange={(e) => set({ achieved: e.target.value })}
                >
                  <option value="">{t('web.assess.notAnswered')}</option>
                  <option value="0">{t('web.assess.no')}</option>
                  <option value="0.5">{t('web.assess.partly')}</option>
                  <option value="1">{t('web.assess.yes')}</option>
                </select>
                <input
                  name={`answer-evidence-${q.id}`}
                  placeholder={t('web.assess.publicEvidence')}
                  value={a.evidence}
                  onChange={(e) => set({ evidence: e.target.value })}
                />
              </li>
            );
          })}
          {at('answers') && (
            <li className="field-error" role="alert">
              {at('answers')}
            </li>
          )}
        </ol>
      )}
      {at('sourceId') && (
        <span className="field-error" role="alert">
          {at('sourceId')}
        </span>
      )}
    </fieldset>
  );
}
