/**
 * @module pages/Standards
 * The paper's Table 2 reproduced from data (acts → ISO/IEC 27001 and NIST CSF, gap, actions),
 * the coverage heatmap per framework (acts × functions/domains, with how each cell was
 * reached), the ranked gaps and the recommendations by cooperation area.
 */
import { useMemo, useState } from 'react';
import type { PageProps } from '../App.tsx';
import { Chart } from '../charts/Chart.tsx';
import type { ChartOption } from '../charts/echarts-setup.ts';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import type {
  CoverageAnswer,
  MappingAnswer as Mapping,
  RecommendationsAnswer as Recs,
} from '@coopsec/server/schemas';

type Coverage = CoverageAnswer;
type Cell = Coverage['combined'][number];

const LEVELS = ['none', 'declarative-only', 'partial', 'full'];
/** Hatching for cells reached only by inference or inheritance, not by a direct mapping. */
const HATCH = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [3, 5],
  rotation: -Math.PI / 4,
  color: 'rgba(0,0,0,0.28)',
};
const FRAMEWORKS = [
  ['csf-2.0', 'NIST CSF 2.0 functions'],
  ['iso27001-2013', 'ISO/IEC 27001:2013 Annex A domains'],
  ['iso27001-2022', 'ISO/IEC 27001:2022 themes'],
] as const;

function heatmap(c: Coverage): ChartOption {
  const rowsAll = [...c.rows.map((r) => r.title), 'All acts combined'];
  const data: { value: [number, number, number]; how?: string }[] = [];
  const put = (cells: readonly Cell[], y: number) =>
    cells.forEach((cell, x) =>
      data.push({
        value: [x, y, LEVELS.indexOf(cell.level)],
        ...(cell.how ? { how: cell.how } : {}),
        ...(cell.how === 'inferred' || cell.how === 'inherited'
          ? { itemStyle: { decal: HATCH } }
          : {}),
      }),
    );
  c.rows.forEach((r, y) => put(r.cells, y));
  put(c.combined, c.rows.length);
  return {
    tooltip: {
      formatter: (p: unknown) => {
        const d = (p as { data: { value: [number, number, number]; how?: string } }).data;
        return `${rowsAll[d.value[1]] ?? ''}<br/>${c.columns[d.value[0]]?.id ?? ''} ${c.columns[d.value[0]]?.title ?? ''}: <b>${LEVELS[d.value[2]] ?? ''}</b>${d.how ? ` (${d.how})` : ''}`;
      },
    },
    grid: { left: 260, right: 20, top: 10, bottom: 90 },
    xAxis: {
      type: 'category',
      data: c.columns.map((col) => col.id),
      axisLabel: { rotate: 0 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: rowsAll.map((t) => (t.length > 42 ? `${t.slice(0, 40)}…` : t)),
      inverse: true,
    },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      pieces: LEVELS.map((l, i) => ({
        value: i,
        label: l,
        color: ['#f0f0f0', '#fdd49e', '#a1d99b', '#31a354'][i],
      })),
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: false },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
      },
    ],
  };
}

export default function Standards(_props: PageProps) {
  const country = 'KGZ';
  const [framework, setFramework] = useState<string>('csf-2.0');
  const mapping = useApi<Mapping>(`/api/countries/${country}/mapping`);
  const coverage = useApi<Coverage>(`/api/countries/${country}/coverage?framework=${framework}`);
  const recs = useApi<Recs>(`/api/countries/${country}/recommendations`);
  return (
    <section>
      <h1>Table 2 and coverage</h1>
      <Show loaded={mapping} what="Table 2">
        {(m) => <Table2 mapping={m} />}
      </Show>
      <h2>Coverage heatmap</h2>
      <label className="inline">
        Framework{' '}
        <select value={framework} onChange={(e) => setFramework(e.target.value)} name="framework">
          {FRAMEWORKS.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <Show loaded={coverage} what="coverage">
        {(c) => <CoverageView c={c} />}
      </Show>
      <h2>Recommendations</h2>
      <Show loaded={recs} what="recommendations">
        {(r) => (
          <ol>
            {r.recommendations.map((x) => (
              <li key={x.priority}>
                <b>{x.title}</b> <span className="muted">({x.areaName})</span>
                <div>{x.rationale}</div>
                {x.relatedActions.length > 0 && (
                  <div className="muted">
                    Related actions from Table 2: {x.relatedActions.join(' ')}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </Show>
    </section>
  );
}

function Table2({ mapping }: { mapping: Mapping }) {
  return (
    <>
      <p className="muted">
        {mapping.title}. Source: {mapping.source}.
      </p>
      <table className="grid">
        <thead>
          <tr>
            <th>Legal act / institution</th>
            <th>ISO/IEC 27001 domains</th>
            <th>NIST CSF</th>
            <th>Gap</th>
            <th>Priority actions</th>
            <th>Coverage (coopsec reading)</th>
          </tr>
        </thead>
        <tbody>
          {mapping.rows.map((r) => (
            <tr key={r.instrument.id}>
              <td>{r.instrument.title}</td>
              <td>{r.asPrinted?.iso ?? r.iso.join(', ')}</td>
              <td>{r.asPrinted?.csf ?? r.csf.join(', ')}</td>
              <td>{r.gap}</td>
              <td>{r.actions.join(' ')}</td>
              <td title={r.coverageBasis} className="estimated-cell">
                {r.coverage}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mapping.notes && (
        <ul className="rule">
          {mapping.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function CoverageView({ c }: { c: Coverage }) {
  const option = useMemo(() => heatmap(c), [c]);
  return (
    <>
      <Chart
        option={option}
        label={`Coverage heatmap, ${c.framework}`}
        height={110 + 34 * (c.rows.length + 1)}
      />
      <p className="legend-note">
        Hatched cells are inferred or inherited (not mapped directly by the act): a coopsec reading,
        not the paper’s. Not covered by any act: {c.uncovered.join(', ') || 'none'}.
      </p>
      <details>
        <summary>Coverage rules</summary>
        <ul className="rule">
          {c.rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      <h3>Top gaps</h3>
      <table className="grid small">
        <thead>
          <tr>
            <th>#</th>
            <th>Element</th>
            <th>Level</th>
            <th>Acts reaching it</th>
          </tr>
        </thead>
        <tbody>
          {c.gaps.slice(0, 8).map((g) => (
            <tr key={g.id}>
              <td>{g.rank}</td>
              <td>
                {g.id} {g.title}
              </td>
              <td>{g.level}</td>
              <td>{g.acts.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rule">Gap ranking: {c.gapRule}</p>
    </>
  );
}
