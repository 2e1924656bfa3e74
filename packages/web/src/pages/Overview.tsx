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
import {
  COMPONENT_NAMES,
  COMPONENT_ORDER,
  type ComponentId,
  type Overview as OverviewData,
} from '../types.ts';
import { Field } from '../ui/field.tsx';
import { EstimatedTag, Show } from '../ui/status.tsx';
import { Sourced } from '../ui/sourced.tsx';
import { useApi } from '../use-api.ts';
import { MeasuredCooperation } from './overview/MeasuredCooperation.tsx';
import type { KnownCountriesAnswer } from '@coopsec/server/schemas';

const fmt = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined ? '—' : x.toFixed(digits);

export default function Overview({ route }: PageProps) {
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
        <h1>Overview</h1>
        <Show loaded={countries} what="countries">
          {(data) => (
            <label className="inline">
              Country{' '}
              <select
                value={country}
                onChange={(e) => (window.location.hash = href('overview', e.target.value))}
              >
                {data.countries.map((c) => (
                  <option key={c.country} value={c.country}>
                    {c.name} ({c.country}){c.hasAssessments ? '' : ' · no scores yet'}
                  </option>
                ))}
              </select>
            </label>
          )}
        </Show>
      </div>
      <form className="settings" onSubmit={apply} noValidate>
        <Field
          label="Index weights"
          error={fieldError('weights') ?? fieldError('weights.') ?? undefined}
          hint="e.g. regulatory:2,cooperation:1 (empty = equal)"
        >
          <input
            name="weights"
            value={weights}
            onChange={(e) => setWeights(e.target.value)}
            placeholder="equal weights"
          />
        </Field>
        <Field
          label="Maturity bands"
          error={fieldError('thresholds')}
          hint="lower bounds of Formative…Dynamic, e.g. 20,40,60,80"
        >
          <input
            name="thresholds"
            value={thresholds}
            onChange={(e) => setThresholds(e.target.value)}
            placeholder="20,40,60,80"
          />
        </Field>
        <button type="submit">Apply</button>
      </form>
      {overview.state === 'error' && overview.error.status === 404 ? (
        <div className="notice empty-state" role="note">
          <strong>No scores are stored for {nameOf(country)} yet.</strong> Enter them — each
          component&apos;s score with its source, or answers to the questionnaire with evidence — on
          the <a href={href('assess', country)}>Assess page</a>, or import a sheet with{' '}
          <code>coopsec import</code>.
        </div>
      ) : (
        <Show loaded={overview} what="the overview">
          {(data) => <OverviewBody data={data} />}
        </Show>
      )}
    </section>
  );
}

function OverviewBody({ data }: { data: OverviewData }) {
  const valueAt = (component: ComponentId, year: number | undefined) =>
    data.values.find((v) => v.component === component && v.year === year);
  const estimatedYears = new Set(
    data.values.filter((v) => v.kind === 'estimated').map((v) => v.year),
  );
  const dyn = useMemo(() => dynamicsOption(data.values), [data.values]);
  const idx = useMemo(
    () => (data.index ? indexOption(data.index, new Set<number>()) : undefined),
    [data.index],
  );
  const lastIndex = data.index?.filter((p) => p.computable).at(-1);
  const weights = data.index?.[0]?.weights;
  return (
    <>
      <div className="cards">
        <div className="card">
          <h3>Composite index {lastIndex?.year ?? ''}</h3>
          <p className="big">{lastIndex?.computable ? fmt(lastIndex.value) : '—'}</p>
          {data.maturity?.index && (
            <p>
              Stage: <b>{data.maturity.index.stage}</b> (level {data.maturity.index.level} of 5)
            </p>
          )}
        </div>
        <div className="card">
          <h3>Weakest component {data.weakest?.year ?? ''}</h3>
          <p className="big">
            {data.weakest ? data.weakest.components.map((c) => COMPONENT_NAMES[c]).join(', ') : '—'}
          </p>
          {data.weakest && (
            <p>
              score{' '}
              <Sourced
                text={fmt(data.weakest.score)}
                from={data.weakest.components.map((c) => valueAt(c, data.weakest?.year))}
              />{' '}
              — the binding constraint
              {data.weakest.missing.length > 0
                ? ` (provisional: ${data.weakest.missing.join(', ')} missing)`
                : ''}
            </p>
          )}
        </div>
        <div className="card">
          <h3>Measured years</h3>
          <p className="big">{data.measuredYears.join(', ')}</p>
          {estimatedYears.size > 0 && (
            <p>
              Years between are <EstimatedTag label="estimated (linear interpolation)" />, never
              measured.
            </p>
          )}
        </div>
      </div>

      <MeasuredCooperation data={data} />

      <h2>Five-component dynamics — {data.name}</h2>
      <p className="legend-note">
        <span className="swatch solid" /> measured (filled points, labelled){' '}
        <span className="swatch dashed" /> estimated by linear interpolation (dashed line, hollow
        points)
      </p>
      <Chart
        option={dyn}
        label={`Dynamics of the five components of ${data.name}`}
        height={DYNAMICS_HEIGHT}
      />

      {data.dynamics && (
        <>
          <h2>
            Change {data.dynamics.from}–{data.dynamics.to}
          </h2>
          <table className="grid">
            <thead>
              <tr>
                <th>Component</th>
                <th>{data.dynamics.from}</th>
                <th>{data.dynamics.to}</th>
                <th>Δ pp</th>
                <th>Δ %</th>
                <th>CAGR %</th>
                <th>Rank (level)</th>
                <th>Rank (growth pp)</th>
              </tr>
            </thead>
            <tbody>
              {data.dynamics.changes.map((c) => {
                const from = valueAt(c.component, data.dynamics?.from);
                const to = valueAt(c.component, data.dynamics?.to);
                const both = [from, to];
                return (
                  <tr key={c.component}>
                    <td>{COMPONENT_NAMES[c.component]}</td>
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
                        derived="Change in percentage points, computed from:"
                      />
                    </td>
                    <td>
                      <Sourced
                        text={fmt(c.relative)}
                        from={both}
                        derived="Relative change, computed from:"
                      />
                    </td>
                    <td>
                      <Sourced
                        text={fmt(c.cagr, 2)}
                        from={both}
                        derived="Compound annual growth rate, computed from:"
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
          <p className="rule">Tie rule: {data.dynamics.rankByLevel.rule}</p>
        </>
      )}

      <div className="two">
        <div>
          <h2>Composite index by year</h2>
          {idx ? (
            <Chart
              option={idx}
              label="Composite index by year, stacked by component contribution"
              height={280}
            />
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
              <caption>Weights used (normalised to sum 1)</caption>
              <tbody>
                {COMPONENT_ORDER.map((c) => (
                  <tr key={c}>
                    <td>{COMPONENT_NAMES[c]}</td>
                    <td>{fmt(weights[c], 3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h2>Maturity stages {data.maturity?.year ?? ''}</h2>
          {data.maturity && (
            <>
              <table className="grid">
                <thead>
                  <tr>
                    <th>Component</th>
                    <th>Score</th>
                    <th>Stage</th>
                  </tr>
                </thead>
                <tbody>
                  {data.maturity.components.map((m) => (
                    <tr key={m.component}>
                      <td>{COMPONENT_NAMES[m.component]}</td>
                      <td>
                        <Sourced
                          text={fmt(m.score, 0)}
                          from={[valueAt(m.component, data.maturity?.year)]}
                        />
                      </td>
                      <td>
                        <span className={`stage stage-${m.level}`}>{m.stage}</span>{' '}
                        <span className="levels">
                          {'■'.repeat(m.level)}
                          {'□'.repeat(5 - m.level)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="rule">Rule: {data.maturity.rule.description}</p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
