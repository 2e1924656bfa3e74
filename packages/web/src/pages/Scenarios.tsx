/**
 * @module pages/Scenarios
 * The scenario editor: an effort plan per component, a horizon year and conclusions to test.
 * Every change re-runs the projection (debounced) and the sensitivity analysis; projected and
 * extrapolated values are dashed and labelled, measured ones solid. Bad values are refused by
 * the form and by the server, with the message next to the field.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PageProps } from '../App.tsx';
import { ApiError, sendJson } from '../api.ts';
import { Chart } from '../charts/Chart.tsx';
import type { ChartOption } from '../charts/echarts-setup.ts';
import { COMPONENT_COLOURS, COMPONENT_NAMES, COMPONENT_ORDER, type ComponentId } from '../types.ts';
import { Field } from '../ui/field.tsx';
import { ErrorBox, EstimatedTag, Loading } from '../ui/status.tsx';
import type { ScenarioAnswer } from '@coopsec/server/schemas';

type Efforts = Record<ComponentId, string>;
const INITIAL: Efforts = {
  infrastructure: '0',
  regulatory: '1',
  'human-resources': '1',
  cooperation: '0',
  'digital-literacy': '2',
};

function projectionOption(data: ScenarioAnswer, shown: ComponentId | 'all'): ChartOption {
  const { baseYear, horizonYear } = data.projection;
  const measuredYears = [...new Set(data.measured.map((m) => m.year))];
  const first = Math.min(...measuredYears, baseYear);
  const years = Array.from({ length: horizonYear - first + 1 }, (_, i) => first + i);
  const idx = (y: number) => years.indexOf(y);
  const comps = shown === 'all' ? COMPONENT_ORDER : [shown];
  const series: unknown[] = [];
  for (const c of comps) {
    const colour = COMPONENT_COLOURS[c];
    const measured = years.map(
      (y) => data.measured.find((m) => m.component === c && m.year === y)?.score ?? null,
    );
    // Measured values are the filled points; the thin line between them only guides the eye.
    series.push({
      name: `${COMPONENT_NAMES[c]} (measured)`,
      type: 'line',
      data: measured,
      connectNulls: true,
      lineStyle: { color: colour, width: 1, opacity: 0.45 },
      itemStyle: { color: colour },
      symbol: 'circle',
      symbolSize: 9,
    });
    const proj = years.map((y) => {
      const p = data.projection.components[c].find((q) => q.year === y);
      return p === undefined ? null : Math.round(p.score * 10) / 10;
    });
    series.push({
      name: `${COMPONENT_NAMES[c]} (projected)`,
      type: 'line',
      data: proj,
      lineStyle: { color: colour, type: 'dashed', width: 2 },
      itemStyle: { color: colour },
      symbol: 'emptyCircle',
      symbolSize: 6,
    });
    const t = data.trend[c];
    if (shown !== 'all' && t !== undefined && 'points' in t) {
      const low = years.map((y) => t.points.find((p) => p.year === y)?.low ?? null);
      const width = years.map((y) => {
        const p = t.points.find((q) => q.year === y);
        return p === undefined ? null : p.high - p.low;
      });
      series.push({
        name: 'trend band (extrapolation)',
        type: 'line',
        stack: 'band',
        data: low,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        tooltip: { show: false },
      });
      series.push({
        name: 'trend band (extrapolation)',
        type: 'line',
        stack: 'band',
        data: width,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        areaStyle: { color: '#999', opacity: 0.18 },
        tooltip: { show: false },
      });
      series.push({
        name: 'trend (extrapolation)',
        type: 'line',
        data: years.map((y) => t.points.find((p) => p.year === y)?.score ?? null),
        lineStyle: { color: '#666', type: 'dotted' },
        symbol: 'none',
      });
    }
  }
  series.push({
    name: 'projected period',
    type: 'line',
    data: [],
    markArea: {
      silent: true,
      itemStyle: {
        color: 'rgba(120,120,120,0.07)',
        borderType: 'dashed',
        borderColor: '#999',
        borderWidth: 1,
      },
      label: {
        show: true,
        position: 'insideTop',
        color: '#666',
        formatter: 'projected (estimated)',
      },
      data: [[{ xAxis: String(baseYear + 1) }, { xAxis: String(horizonYear) }]],
    },
  });
  void idx;
  return {
    tooltip: { trigger: 'axis' },
    // A plain legend wraps instead of paging its entries away; the grid starts below it.
    legend: { type: 'plain', top: 0 },
    grid: { left: 40, right: 20, top: 96, bottom: 30 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series,
  };
}

function sensitivityOption(s: NonNullable<ScenarioAnswer['sensitivity']>): ChartOption {
  const subjects = [...COMPONENT_ORDER, 'index'];
  const spread = subjects.map((k) => s.horizonSpread[k]);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 170, right: 30, top: 20, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 100, name: 'score at horizon' },
    yAxis: {
      type: 'category',
      data: subjects.map((k) =>
        k === 'index' ? 'Composite index' : COMPONENT_NAMES[k as ComponentId],
      ),
    },
    series: [
      {
        type: 'bar',
        stack: 'r',
        data: spread.map((x) => (x ? Math.round(x.p5 * 10) / 10 : 0)),
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
      },
      {
        name: '5th–95th percentile (estimated)',
        type: 'bar',
        stack: 'r',
        data: spread.map((x) => (x ? Math.round((x.p95 - x.p5) * 10) / 10 : 0)),
        itemStyle: {
          color: 'rgba(84,112,198,0.35)',
          borderType: 'dashed',
          borderColor: '#5470c6',
          borderWidth: 1,
        },
      },
      {
        name: 'median',
        type: 'scatter',
        data: spread.map((x, i) => [x ? Math.round(x.p50 * 10) / 10 : 0, i]),
        itemStyle: { color: '#1b1f24' },
        symbol: 'diamond',
      },
    ],
  };
}

export default function Scenarios(_props: PageProps) {
  const country = 'KGZ';
  const [name, setName] = useState('coopsec plan');
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
    if (!/^\d{4}$/.test(horizon.trim()) || h < 2025 || h > 2100)
      e.horizonYear = 'a year between 2025 and 2100';
    for (const c of COMPONENT_ORDER) {
      const v = efforts[c].trim();
      const n = Number(v);
      if (v === '' || !Number.isFinite(n)) e[`plan.effort.${c}`] = 'a number';
      else if (n < 0) e[`plan.effort.${c}`] = 'must not be negative';
      else if (n > 100) e[`plan.effort.${c}`] = 'at most 100 units a year';
    }
    const r = Number(runs);
    if (!Number.isInteger(r) || r < 1 || r > 20000)
      e['sensitivity.runs'] = 'a whole number 1–20000';
    if (name.trim() === '') e['plan.name'] = 'give the plan a name';
    return e;
  }, [horizon, efforts, runs, name]);

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
              : new ApiError({ title: 'Error', status: 0, detail: String(e), errors: [] }),
          );
          setBusy(false);
        },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [local, horizon, efforts, name, runs, conclusions]);

  const msg = (field: string) => local[field] ?? error?.fieldMessage(field);
  const conclusionError = error?.problem.errors.find((e) =>
    e.field?.includes('conclusion'),
  )?.message;
  const projection = useMemo(
    () => (result ? projectionOption(result, shown) : undefined),
    [result, shown],
  );
  const sens = useMemo(
    () => (result?.sensitivity ? sensitivityOption(result.sensitivity) : undefined),
    [result],
  );
  const last = result?.projection.index.points.at(-1);

  return (
    <section>
      <h1>Scenarios — Kyrgyzstan</h1>
      <form className="panel" onSubmit={(e) => e.preventDefault()} noValidate>
        <Field label="Plan name" error={msg('plan.name')}>
          <input name="planName" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Horizon year" error={msg('horizonYear')}>
          <input
            name="horizonYear"
            value={horizon}
            onChange={(e) => setHorizon(e.target.value)}
            inputMode="numeric"
          />
        </Field>
        <Field label="Sensitivity runs" error={msg('sensitivity.runs') ?? msg('runs')}>
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
          <Field key={c} label={`${COMPONENT_NAMES[c]} effort/yr`} error={msg(`plan.effort.${c}`)}>
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
        label="Conclusions to test (one per line)"
        error={conclusionError}
        hint="e.g. lowest digital-literacy in 2030 · index >= 85 by 2030 · cooperation > regulatory in 2030"
      >
        <textarea
          name="conclusions"
          rows={3}
          cols={70}
          value={conclusions}
          onChange={(e) => setConclusions(e.target.value)}
        />
      </Field>
      {error && !conclusionError && <ErrorBox error={error} />}
      {busy && !result && <Loading what="the projection" />}
      {result && projection && (
        <>
          <h2>
            Projection {result.projection.baseYear}–{result.projection.horizonYear}{' '}
            <EstimatedTag label="projected = estimated" />{' '}
            {busy && <span className="muted">updating…</span>}
          </h2>
          <p data-testid="index-at-horizon">
            Composite index at {last?.year}: <b>{last ? last.score.toFixed(1) : '—'}</b> (projected)
          </p>
          <label className="inline">
            Show{' '}
            <select
              value={shown}
              onChange={(e) => setShown(e.target.value as ComponentId | 'all')}
              name="shown"
            >
              <option value="all">all components</option>
              {COMPONENT_ORDER.map((c) => (
                <option key={c} value={c}>
                  {COMPONENT_NAMES[c]} (with trend band)
                </option>
              ))}
            </select>
          </label>
          <p className="legend-note">
            <span className="swatch solid" /> measured (filled points){' '}
            <span className="swatch dashed" /> scenario projection (estimated){' '}
            <span className="swatch dashed" style={{ borderTopStyle: 'dotted' }} /> plain trend
            extrapolation with band (shown per component)
          </p>
          <Chart option={projection} label="Scenario projection" height={380} />
          {result.projection.warnings.length > 0 && (
            <ul className="rule">
              {result.projection.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {result.sensitivity && sens && (
            <>
              <h2>
                Sensitivity ({result.sensitivity.runs} runs, seed {result.sensitivity.seed}){' '}
                <EstimatedTag />
              </h2>
              <table className="grid">
                <thead>
                  <tr>
                    <th>Conclusion</th>
                    <th>With default assumptions</th>
                    <th>Share of runs where it holds</th>
                  </tr>
                </thead>
                <tbody>
                  {result.sensitivity.conclusions.map((c) => (
                    <tr key={c.conclusion}>
                      <td>{c.conclusion}</td>
                      <td>{c.holdsWithDefaults ? 'holds' : 'does not hold'}</td>
                      <td>
                        <b>{(c.share * 100).toFixed(1)} %</b> ({c.runsHolding} of{' '}
                        {result.sensitivity?.runs})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Chart
                option={sens}
                label="Spread at the horizon across sensitivity runs"
                height={260}
              />
              <p className="rule">Sampling: {result.sensitivity.sampling}</p>
            </>
          )}
          <details>
            <summary>Assumptions ({result.projection.assumptions.length})</summary>
            <ul className="rule">
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
