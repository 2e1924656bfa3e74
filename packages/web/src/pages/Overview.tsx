/**
 * @module pages/Overview
 * A country at a glance: the five-component dynamics (measured solid, interpolated dashed and
 * labelled), the composite index with its weights, the weakest component, maturity stages
 * with their stated rule, and the change table. Weights and maturity bands can be changed;
 * the server validates them and its messages appear next to the fields.
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { PageProps } from '../App.tsx';
import { Chart } from '../charts/Chart.tsx';
import { DYNAMICS_HEIGHT, dynamicsOption, indexOption } from '../charts/options.ts';
import { href } from '../router.ts';
import { COMPONENT_ORDER, type ComponentId, type Overview as OverviewData } from '../types.ts';
import { Field } from '../ui/field.tsx';
import { EstimatedTag, Show } from '../ui/status.tsx';
import { Sourced } from '../ui/sourced.tsx';
import { useApi } from '../use-api.ts';
import { MeasuredCooperation } from './overview/MeasuredCooperation.tsx';
import type { KnownCountriesAnswer } from '@coopsec/server/schemas';
import { useT } from '../i18n/context.tsx';
import { useComponentNames } from '../i18n/components.ts';

type Format = (x: number | null | undefined, digits?: number) => string;

/** Fixed digits (1 by default) in the dashboard's locale; '—' for no value. */
function useFixed(): Format {
  const { locale } = useT();
  return useMemo(
    () =>
      (x, digits = 1) =>
        x === null || x === undefined
          ? '—'
          : x.toLocaleString(locale, {
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
              useGrouping: false,
            }),
    [locale],
  );
}

export default function Overview({ route }: PageProps) {
  const { t } = useT();
  const countries = useApi<KnownCountriesAnswer>('/api/known-countries');
  const country = (route.args[0] ?? 'KGZ').toUpperCase();
  const [weights, setWeights] = useState('');
  const [thresholds, setThresholds] = useState('');
  const [applied, setApplied] = useState({ weights: '', thresholds: '' });
  const url = useMemo(() => {
    const q = new URLSearchParams();
    if (applied.weights !== '') q.set('weights', applied.weights);
    if (applied.thresholds !== '') q.set('thresholds', applied.thresholds);
    const qs = q.toString();
    return `/api/countries/${encodeURIComponent(country)}/overview${qs ? `?${qs}` : ''}`;
  }, [country, applied]);
  const overview = useApi<OverviewData>(url);
  const fieldError = (f: string) =>
    overview.state === 'error' ? overview.error.fieldMessage(f) : undefined;

  const nameOf = (code: string) =>
    (countries.state === 'ok'
      ? countries.data.countries.find((c) => c.country === code)?.name
      : undefined) ?? code;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ weights: weights.trim(), thresholds: thresholds.trim() });
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('web.nav.overview')}</h1>
        <Show loaded={countries} what={t('web.overview.countries')}>
          {(data) => (
            <label className="inline">
              {t('web.overview.country')}{' '}
              <select
                value={country}
                onChange={(e) => (window.location.hash = href('overview', e.target.value))}
              >
                {data.countries.map((c) => (
                  <option key={c.country} value={c.country}>
                    {c.name} ({c.country}){c.hasAssessments ? '' : t('web.overview.noScoresYet')}
                  </option>
                ))}
              </select>
            </label>
          )}
        </Show>
      </div>
      <form className="settings" onSubmit={apply} noValidate>
        <Field
          label={t('web.overview.weights')}
          error={fieldError('weights') ?? fieldError('weights.') ?? undefined}
          hint={t('web.overview.weightsHint')}
        >
          <input
            name="weights"
            value={weights}
            onChange={(e) => setWeights(e.target.value)}
            placeholder={t('web.overview.weightsPlaceholder')}
          />
        </Field>
        <Field
          label={t('web.overview.bands')}
          error={fieldError('thresholds')}
          hint={t('web.overview.bandsHint')}
        >
          <input
            name="thresholds"
            value={thresholds}
            onChange={(e) => setThresholds(e.target.value)}
            placeholder="20,40,60,80"
          />
        </Field>
        <button type="submit">{t('web.overview.apply')}</button>
      </form>
      {overview.state === 'error' && overview.error.status === 404 ? (
        <div className="notice empty-state" role="note">
          <strong>{t('web.overview.noScores', { country: nameOf(country) })}</strong>{' '}
          {t('web.overview.noScoresHow')}{' '}
          <a href={href('assess', country)}>{t('web.overview.assessPage')}</a>,{' '}
          {t('web.overview.orImport')} <code>coopsec import</code>.
        </div>
      ) : (
        <Show loaded={overview} what={t('web.overview.theOverview')}>
          {(data) => <OverviewBody data={data} />}
        </Show>
      )}
    </section>
  );
}

function OverviewBody({ data }: { data: OverviewData }) {
  const { t } = useT();
  const fmt = useFixed();
  const names = useComponentNames();
  const valueAt = (component: ComponentId, year: number | undefined) =>
    data.values.find((v) => v.component === component && v.year === year);
  const estimatedYears = new Set(
    data.values.filter((v) => v.kind === 'estimated').map((v) => v.year),
  );
  const chartText = useMemo(
    () => ({
      names,
      year: t('web.chart.year'),
      score: t('web.chart.score'),
      index: t('web.chart.index'),
    }),
    [names, t],
  );
  const dyn = useMemo(() => dynamicsOption(data.values, chartText), [data.values, chartText]);
  const idx = useMemo(
    () => (data.index ? indexOption(data.index, new Set<number>(), chartText) : undefined),
    [data.index, chartText],
  );
  const lastIndex = data.index?.filter((p) => p.computable).at(-1);
  const weights = data.index?.[0]?.weights;
  return (
    <>
      <div className="cards">
        <div className="card">
          <h3>{t('web.overview.composite', { year: lastIndex?.year ?? '' })}</h3>
          <p className="big">{lastIndex?.computable ? fmt(lastIndex.value) : '—'}</p>
          {data.maturity?.index && (
            <p>
              {t('web.overview.stage')} <b translate="no">{data.maturity.index.stage}</b>{' '}
              {t('web.overview.level', { level: data.maturity.index.level })}
            </p>
          )}
        </div>
        <div className="card">
          <h3>{t('web.overview.weakest', { year: data.weakest?.year ?? '' })}</h3>
          <p className="big">
            {data.weakest ? data.weakest.components.map((c) => names[c]).join(', ') : '—'}
          </p>
          {data.weakest && (
            <p>
              {t('web.overview.score')}{' '}
              <Sourced
                text={fmt(data.weakest.score)}
                from={data.weakest.components.map((c) => valueAt(c, data.weakest?.year))}
              />{' '}
              {t('web.overview.binding')}
              {data.weakest.missing.length > 0
                ? t('web.overview.provisional', {
                    missing: data.weakest.missing.map((c) => names[c]).join(', '),
                  })
                : ''}
            </p>
          )}
        </div>
        <div className="card">
          <h3>{t('web.overview.measuredYears')}</h3>
          <p className="big">{data.measuredYears.join(', ')}</p>
          {estimatedYears.size > 0 && (
            <p>
              {t('web.overview.yearsBetween')}{' '}
              <EstimatedTag label={t('web.overview.interpolated')} />
              {t('web.overview.neverMeasured')}
            </p>
          )}
        </div>
      </div>

      <MeasuredCooperation data={data} />

      <h2>{t('web.overview.dynamics', { country: data.name })}</h2>
      <p className="legend-note">
        <span className="swatch solid" /> {t('web.overview.legendMeasured')}{' '}
        <span className="swatch dashed" /> {t('web.overview.legendEstimated')}
      </p>
      <Chart
        option={dyn}
        label={t('web.overview.dynamicsLabel', { country: data.name })}
        height={DYNAMICS_HEIGHT}
      />

      {data.dynamics && (
        <>
          <h2>{t('web.overview.change', { from: data.dynamics.from, to: data.dynamics.to })}</h2>
          <table className="grid">
            <thead>
              <tr>
                <th>{t('web.overview.component')}</th>
                <th>{data.dynamics.from}</th>
                <th>{data.dynamics.to}</th>
                <th>{t('web.overview.deltaPp')}</th>
                <th>{t('web.overview.deltaPercent')}</th>
                <th>{t('web.overview.cagrPercent')}</th>
                <th>{t('web.overview.rankLevel')}</th>
                <th>{t('web.overview.rankGrowth')}</th>
              </tr>
            </thead>
            <tbody>
              {data.dynamics.changes.map((c) => {
                const from = valueAt(c.component, data.dynamics?.from);
                const to = valueAt(c.component, data.dynamics?.to);
                const both = [from, to];
                return (
                  <tr key={c.component}>
                    <td>{names[c.component]}</td>
                    <td>
                      <Sourced text={fmt(c.fromScore, 0)} from={[from]} />
                    </td>
                    <td>
                      <Sourced text={fmt(c.toScore, 0)} from={[to]} />
                    </td>
                    <td>
                      <Sourced
                        text={fmt(c.absolute)}
                        from={both}
                        derived={t('web.overview.derivedPp')}
                      />
                    </td>
                    <td>
                      <Sourced
                        text={fmt(c.relative)}
                        from={both}
                        derived={t('web.overview.derivedRelative')}
                      />
                    </td>
                    <td>
                      <Sourced
                        text={fmt(c.cagr, 2)}
                        from={both}
                        derived={t('web.overview.derivedCagr')}
                      />
                    </td>
                    <td>
                      {data.dynamics?.rankByLevel.entries.find((e) => e.component === c.component)
                        ?.rank ?? '—'}
                    </td>
                    <td>
                      {data.dynamics?.rankByAbsoluteGrowth.entries.find(
                        (e) => e.component === c.component,
                      )?.rank ?? '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="rule">
            {t('web.overview.tieRule', { rule: data.dynamics.rankByLevel.rule })}
          </p>
        </>
      )}

      <div className="two">
        <div>
          <h2>{t('web.overview.indexByYear')}</h2>
          {idx ? (
            <Chart option={idx} label={t('web.overview.indexLabel')} height={280} />
          ) : (
            <p>—</p>
          )}
          {data.index
            ?.filter((p) => !p.computable)
            .map((p) => (
              <p key={p.year} className="muted">
                {p.year}: {p.computable ? '' : p.reason}
              </p>
            ))}
          {weights && (
            <table className="grid small">
              <caption>{t('web.overview.weightsUsed')}</caption>
              <tbody>
                {COMPONENT_ORDER.map((c) => (
                  <tr key={c}>
                    <td>{names[c]}</td>
                    <td>{fmt(weights[c], 3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h2>{t('web.overview.maturity', { year: data.maturity?.year ?? '' })}</h2>
          {data.maturity && (
            <>
              <table className="grid">
                <thead>
                  <tr>
                    <th>{t('web.overview.component')}</th>
                    <th>{t('web.overview.scoreHead')}</th>
                    <th>{t('web.overview.stageHead')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.maturity.components.map((m) => (
                    <tr key={m.component}>
                      <td>{names[m.component]}</td>
                      <td>
                        <Sourced
                          text={fmt(m.score, 0)}
                          from={[valueAt(m.component, data.maturity?.year)]}
                        />
                      </td>
                      <td>
                        <span className={`stage stage-${m.level}`} translate="no">
                          {m.stage}
                        </span>{' '}
                        <span className="levels">
                          {'■'.repeat(m.level)}
                          {'□'.repeat(5 - m.level)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="rule">
                {t('web.overview.rule', { rule: data.maturity.rule.description })}
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
