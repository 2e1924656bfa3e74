/**
 * @module pages/Scenarios
 * The scenario editor: an effort plan per component, a horizon year and conclusions to test.
 * Every change re-runs the projection (debounced) and the sensitivity analysis; projected and
 * extrapolated values are dashed and labelled, measured ones solid. Bad values are refused by
 * the form and by the server, with the message next to the field. The conclusions are the
 * server's little language ("index >= 85 by 2030"), and the model's warnings, sampling rule and
 * assumption reasons are its own English text: shown as data (translate="no"), not messages.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PageProps } from '../App.tsx';
import { ApiError, sendJson } from '../api.ts';
import { Chart } from '../charts/Chart.tsx';
import { COMPONENT_ORDER, type ComponentId } from '../types.ts';
import { Field } from '../ui/field.tsx';
import { ErrorBox, EstimatedTag, Loading } from '../ui/status.tsx';
import { useT } from '../i18n/context.tsx';
import { useComponentNames } from '../i18n/components.ts';
import {
  projectionOption,
  sensitivityOption,
  type ScenarioChartText,
} from './scenarios/options.ts';
import type { ScenarioAnswer } from '@coopsec/server/schemas';

type Efforts = Record<ComponentId, string>;
const INITIAL: Efforts = {
  infrastructure: '0',
  regulatory: '1',
  'human-resources': '1',
  cooperation: '0',
  'digital-literacy': '2',
};
const HORIZON = { from: 2025, to: 2100 };
const MAX_EFFORT = 100;
const RUNS = { min: 1, max: 20000 };
const EXAMPLES =
  'lowest digital-literacy in 2030 · index >= 85 by 2030 · cooperation > regulatory in 2030';

/** The charts' words and the page's numbers in the dashboard's language. */
function useScenarioText() {
  const { t, locale } = useT();
  const names = useComponentNames();
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const chart: ScenarioChartText = {
      names,
      measured: (component) => t('web.scenarios.series.measured', { component }),
      projected: (component) => t('web.scenarios.series.projected', { component }),
      trendBand: t('web.scenarios.series.trendBand'),
      trend: t('web.scenarios.series.trend'),
      projectedPeriod: t('web.scenarios.series.projectedPeriod'),
      projectedEstimated: t('web.scenarios.series.projectedEstimated'),
      scoreAtHorizon: t('web.scenarios.series.scoreAtHorizon'),
      compositeIndex: t('web.scenarios.series.compositeIndex'),
      percentiles: t('web.scenarios.series.percentiles'),
      median: t('web.scenarios.series.median'),
      number: (x) => oneDecimal.format(x),
    };
    return {
      chart,
      oneDecimal: (x: number) => oneDecimal.format(x),
      // A plain {n} in a message is not formatted (intl-messageformat prints String(n)).
      whole: (x: number) => whole.format(x),
      percent: (x: number) => percent.format(x),
    };
  }, [t, locale, names]);
}

export default function Scenarios(_props: PageProps) {
  const { t } = useT();
  const names = useComponentNames();
  const text = useScenarioText();
  const country = 'KGZ';
  const [name, setName] = useState(() => t('web.scenarios.defaultName'));
  const [horizon, setHorizon] = useState('2030');
  const [efforts, setEfforts] = useState<Efforts>(INITIAL);
  const [conclusions, setConclusions] = useState(
    'lowest digital-literacy in 2030\nindex >= 85 by 2030',
  );
  const [runs, setRuns] = useState('1000');
  const [shown, setShown] = useState<ComponentId | 'all'>('all');
  const [result, setResult] = useState<ScenarioAnswer | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);

  const local = useMemo(() => {
    const e: Record<string, string> = {};
    const h = Number(horizon);
    // Years are not grouped ("2 025"): passed as text, not as numbers.
    if (!/^\d{4}$/.test(horizon.trim()) || h < HORIZON.from || h > HORIZON.to)
      e.horizonYear = t('web.scenarios.error.horizon', {
        from: String(HORIZON.from),
        to: String(HORIZON.to),
      });
    for (const c of COMPONENT_ORDER) {
      const v = efforts[c].trim();
      const n = Number(v);
      if (v === '' || !Number.isFinite(n)) e[`plan.effort.${c}`] = t('web.scenarios.error.number');
      else if (n < 0) e[`plan.effort.${c}`] = t('web.scenarios.error.negative');
      else if (n > MAX_EFFORT)
        e[`plan.effort.${c}`] = t('web.scenarios.error.tooMuch', { max: MAX_EFFORT });
    }
    const r = Number(runs);
    if (!Number.isInteger(r) || r < RUNS.min || r > RUNS.max)
      e['sensitivity.runs'] = t('web.scenarios.error.runs', RUNS);
    if (name.trim() === '') e['plan.name'] = t('web.scenarios.error.name');
    return e;
  }, [horizon, efforts, runs, name, t]);

  useEffect(() => {
    if (Object.keys(local).length > 0) return;
    const id = ++seq.current;
    const timer = setTimeout(() => {
      setBusy(true);
      const body = {
        horizonYear: Number(horizon),
        plan: {
          format: 'coopsec-effort-plan/1',
          name,
          effort: Object.fromEntries(COMPONENT_ORDER.map((c) => [c, Number(efforts[c])])),
        },
        sensitivity: {
          runs: Number(runs),
          seed: 1,
          conclusions: conclusions
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== ''),
        },
      };
      sendJson<ScenarioAnswer>('POST', `/api/countries/${country}/scenario`, body).then(
        (data) => {
          if (id !== seq.current) return;
          setResult(data);
          setError(undefined);
          setBusy(false);
        },
        (e: unknown) => {
          if (id !== seq.current) return;
          setError(
            e instanceof ApiError
              ? e
              : new ApiError({
                  title: t('web.status.error'),
                  status: 0,
                  detail: String(e),
                  errors: [],
                }),
          );
          setBusy(false);
        },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [local, horizon, efforts, name, runs, conclusions, t]);

  const msg = (field: string) => local[field] ?? error?.fieldMessage(field);
  const conclusionError = error?.problem.errors.find((e) =>
    e.field?.includes('conclusion'),
  )?.message;
  const projection = useMemo(
    () => (result ? projectionOption(result, shown, text.chart) : undefined),
    [result, shown, text],
  );
  const sens = useMemo(
    () => (result?.sensitivity ? sensitivityOption(result.sensitivity, text.chart) : undefined),
    [result, text],
  );
  const last = result?.projection.index.points.at(-1);

  return (
    <section>
      <h1>{t('web.scenarios.heading')}</h1>
      <form className="panel" onSubmit={(e) => e.preventDefault()} noValidate>
        <Field label={t('web.scenarios.planName')} error={msg('plan.name')}>
          <input name="planName" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('web.scenarios.horizonYear')} error={msg('horizonYear')}>
          <input
            name="horizonYear"
            value={horizon}
            onChange={(e) => setHorizon(e.target.value)}
            inputMode="numeric"
          />
        </Field>
        <Field label={t('web.scenarios.runs')} error={msg('sensitivity.runs') ?? msg('runs')}>
          <input
            name="runs"
            value={runs}
            onChange={(e) => setRuns(e.target.value)}
            inputMode="numeric"
          />
        </Field>
      </form>
      <form className="panel effort-grid" onSubmit={(e) => e.preventDefault()} noValidate>
        {COMPONENT_ORDER.map((c) => (
          <Field
            key={c}
            label={t('web.scenarios.effort', { component: names[c] })}
            error={msg(`plan.effort.${c}`)}
          >
            <input
              name={`effort-${c}`}
              value={efforts[c]}
              onChange={(e) => setEfforts({ ...efforts, [c]: e.target.value })}
              inputMode="decimal"
            />
          </Field>
        ))}
      </form>
      <Field
        label={t('web.scenarios.conclusions')}
        error={conclusionError}
        hint={t('web.scenarios.conclusionsHint', { examples: EXAMPLES })}
      >
        <textarea
          name="conclusions"
          translate="no"
          rows={3}
          cols={70}
          value={conclusions}
          onChange={(e) => setConclusions(e.target.value)}
        />
      </Field>
      {error && !conclusionError && <ErrorBox error={error} />}
      {/* From the first render, not only once the debounced request is out: a reader (and a
          test) sees the projection is coming rather than an empty page. */}
      {!result && !error && Object.keys(local).length === 0 && (
        <Loading what={t('web.scenarios.what')} />
      )}
      {result && projection && (
        <>
          <h2>
            {t('web.scenarios.projection', {
              from: String(result.projection.baseYear),
              to: String(result.projection.horizonYear),
            })}{' '}
            <EstimatedTag label={t('web.scenarios.projectedIsEstimated')} />{' '}
            {busy && <span className="muted">{t('web.scenarios.updating')}</span>}
          </h2>
          <p data-testid="index-at-horizon">
            {t('web.scenarios.indexAt', { year: String(last?.year ?? '') })}{' '}
            <b>{last ? text.oneDecimal(last.score) : '—'}</b> {t('web.scenarios.projectedParen')}
          </p>
          <label className="inline">
            {t('web.scenarios.show')}{' '}
            <select
              value={shown}
              onChange={(e) => setShown(e.target.value as ComponentId | 'all')}
              name="shown"
            >
              <option value="all">{t('web.scenarios.allComponents')}</option>
              {COMPONENT_ORDER.map((c) => (
                <option key={c} value={c}>
                  {t('web.scenarios.withTrend', { component: names[c] })}
                </option>
              ))}
            </select>
          </label>
          <p className="legend-note">
            <span className="swatch solid" /> {t('web.scenarios.legendMeasured')}{' '}
            <span className="swatch dashed" /> {t('web.scenarios.legendProjected')}{' '}
            <span className="swatch dashed" style={{ borderTopStyle: 'dotted' }} />{' '}
            {t('web.scenarios.legendTrend')}
          </p>
          <Chart option={projection} label={t('web.scenarios.chartLabel')} height={380} />
          {result.projection.warnings.length > 0 && (
            <ul className="rule" translate="no">
              {result.projection.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {result.sensitivity && sens && (
            <>
              <h2>
                {t('web.scenarios.sensitivity', {
                  runs: result.sensitivity.runs,
                  seed: String(result.sensitivity.seed),
                })}{' '}
                <EstimatedTag />
              </h2>
              <table className="grid">
                <thead>
                  <tr>
                    <th>{t('web.scenarios.conclusion')}</th>
                    <th>{t('web.scenarios.withDefaults')}</th>
                    <th>{t('web.scenarios.share')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.sensitivity.conclusions.map((c) => (
                    <tr key={c.conclusion}>
                      <td translate="no">{c.conclusion}</td>
                      <td>
                        {c.holdsWithDefaults
                          ? t('web.scenarios.holds')
                          : t('web.scenarios.doesNotHold')}
                      </td>
                      <td>
                        <b>{text.percent(c.share)}</b>{' '}
                        {t('web.scenarios.ofRuns', {
                          holding: text.whole(c.runsHolding),
                          runs: text.whole(result.sensitivity?.runs ?? 0),
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Chart option={sens} label={t('web.scenarios.spreadLabel')} height={260} />
              <p className="rule">
                {t('web.scenarios.sampling')}{' '}
                <span translate="no">{result.sensitivity.sampling}</span>
              </p>
            </>
          )}
          <details>
            <summary>
              {t('web.scenarios.assumptions', { n: result.projection.assumptions.length })}
            </summary>
            <ul className="rule" translate="no">
              {result.projection.assumptions.map((a) => (
                <li key={a.id}>
                  <b>{a.id}</b> = {String(a.value)}: {a.why}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
