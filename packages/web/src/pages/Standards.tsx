/**
 * @module pages/Standards
 * The paper's Table 2 reproduced from data (acts → ISO/IEC 27001 and NIST CSF, gap, actions),
 * the coverage heatmap per framework (acts × functions/domains, with how each cell was
 * reached), the ranked gaps and the recommendations by cooperation area.
 */
import { useT } from '../i18n/context.tsx';
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

function heatmap(c: Coverage, combinedLabel: string): ChartOption {
  const rowsAll = [...c.rows.map((r) => r.title), combinedLabel];
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
  const { t } = useT();
  return (
    <section>
      <h1>{t('web.standards.heading')}</h1>
      <Show loaded={mapping} what={t('web.standards.table2')}>
        {(m) => <Table2 mapping={m} />}
      </Show>
      <h2>{t('web.standards.heatmap')}</h2>
      <label className="inline">
        {t('web.standards.framework')}{' '}
        <select value={framework} onChange={(e) => setFramework(e.target.value)} name="framework">
          {FRAMEWORKS.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <Show loaded={coverage} what={t('web.standards.coverage')}>
        {(c) => <CoverageView c={c} />}
      </Show>
      <h2>{t('web.standards.recommendations')}</h2>
      <Show loaded={recs} what={t('web.standards.recommendationsWhat')}>
        {(r) => (
          <ol>
            {/* The recommendations and the actions they cite are the server's (the model's). */}
            {r.recommendations.map((x) => (
              <li key={x.priority}>
                <span translate="no">
                  <b>{x.title}</b> <span className="muted">({x.areaName})</span>
                  <div>{x.rationale}</div>
                </span>
                {x.relatedActions.length > 0 && (
                  <div className="muted">
                    {t('web.standards.relatedActions')}{' '}
                    <span translate="no">{x.relatedActions.join(' ')}</span>
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
  const { t } = useT();
  return (
    <>
      <p className="muted">
        <span translate="no">{mapping.title}</span>. {t('web.model.source')}{' '}
        <span translate="no">{mapping.source}</span>.
      </p>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('web.standards.act')}</th>
            <th>{t('web.standards.isoDomains')}</th>
            <th translate="no">NIST CSF</th>
            <th>{t('web.standards.gap')}</th>
            <th>{t('web.standards.actions')}</th>
            <th>{t('web.standards.coverageReading')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.rows.map((r) => (
            // The paper's Table 2 as printed, and standard identifiers: not translated.
            <tr key={r.instrument.id} translate="no">
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
        <ul className="rule" translate="no">
          {mapping.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function CoverageView({ c }: { c: Coverage }) {
  const { t } = useT();
  const option = useMemo(() => heatmap(c, t('web.standards.allActs')), [c, t]);
  return (
    <>
      <Chart
        option={option}
        label={t('web.standards.heatmapLabel', { framework: c.framework })}
        height={110 + 34 * (c.rows.length + 1)}
        dataOnly
      />
      <p className="legend-note">
        {t('web.standards.hatched')} <span translate="no">{c.uncovered.join(', ') || '—'}</span>.
      </p>
      <details>
        <summary>{t('web.standards.rules')}</summary>
        <ul className="rule" translate="no">
          {c.rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      <h3>{t('web.standards.topGaps')}</h3>
      <table className="grid small">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('web.standards.element')}</th>
            <th>{t('web.standards.level')}</th>
            <th>{t('web.standards.actsReaching')}</th>
          </tr>
        </thead>
        <tbody>
          {c.gaps.slice(0, 8).map((g) => (
            <tr key={g.id} translate="no">
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
      <p className="rule">
        {t('web.standards.gapRanking')} <span translate="no">{c.gapRule}</span>
      </p>
    </>
  );
}
