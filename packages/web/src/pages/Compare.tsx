/**
 * @module pages/Compare
 * Regional comparison of Central Asia on ITU's GCI: one edition at a time on its own scale
 * (0–1 before 2020, 0–100 after; 2024 publishes tiers, not ranks), the computed regional rank
 * with its tie rule, and the change between editions, where a rescaled figure is labelled an
 * estimate.
 */
import { useMemo, useState } from 'react';
import type { PageProps } from '../App.tsx';
import { Chart } from '../charts/Chart.tsx';
import { EstimatedTag, Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import type { CompareRegionAnswer as CompareAnswer } from '@coopsec/server/schemas';

export default function Compare(_props: PageProps) {
  const loaded = useApi<CompareAnswer>('/api/compare');
  return (
    <section>
      <h1>Regional comparison — Central Asia (ITU GCI)</h1>
      <Show loaded={loaded} what="the comparison">
        {(data) => <CompareView data={data} />}
      </Show>
    </section>
  );
}

function CompareView({ data }: { data: CompareAnswer }) {
  const [edition, setEdition] = useState(data.editions.at(-1)?.edition ?? 2024);
  const current = data.editions.find((e) => e.edition === edition) ?? data.editions[0];
  const option = useMemo(() => {
    if (current === undefined) return undefined;
    return {
      tooltip: {},
      grid: { left: 50, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: current.rows.map((r) => r.name) },
      yAxis: {
        type: 'value',
        name: `score (${current.scale})`,
        min: 0,
        max: current.scale === '0-1' ? 1 : 100,
      },
      series: [
        {
          type: 'bar',
          data: current.rows.map((r) => ({
            value: r.score,
            itemStyle: { color: r.country === 'KGZ' ? '#d62728' : '#5470c6' },
          })),
          label: { show: true, position: 'top' },
        },
      ],
    };
  }, [current]);
  const change = data.changes.find((c) => c.to === edition);
  return (
    <>
      <div className="toolbar">
        <label className="inline">
          Edition{' '}
          <select
            value={edition}
            onChange={(e) => setEdition(Number(e.target.value))}
            name="edition"
          >
            {data.editions.map((e) => (
              <option key={e.edition} value={e.edition}>
                GCI {e.edition} ({e.scale})
              </option>
            ))}
          </select>
        </label>
      </div>
      {current && option && (
        <>
          <Chart
            option={option}
            label={`GCI ${current.edition} scores of Central Asia`}
            height={300}
          />
          <table className="grid">
            <thead>
              <tr>
                <th>Country</th>
                <th>Score ({current.scale})</th>
                <th>
                  {current.positionKind === 'tier' ? 'Tier (2024)' : 'Global rank (published)'}
                </th>
                <th>Regional rank (computed)</th>
                <th>Sources</th>
                <th>Paper says otherwise</th>
              </tr>
            </thead>
            <tbody>
              {current.rows.map((r) => (
                <tr key={r.country}>
                  <td>{r.name}</td>
                  <td>{r.score}</td>
                  <td>{r.tier ?? r.publishedRank ?? '—'}</td>
                  <td>{r.regionalRank}</td>
                  <td>{r.sourceIds.join(', ')}</td>
                  <td>
                    {r.paperDisagreements
                      .filter((d) => !d.agrees)
                      .map((d) => `${d.field}: paper ${d.paper}, published ${d.published}`)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="rule">Tie rule: {current.tieRule}</p>
          <ul className="rule">
            {current.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {change && (
        <>
          <h2>
            Change GCI {change.from} → {change.to}
          </h2>
          <table className="grid">
            <thead>
              <tr>
                <th>Country</th>
                <th>{change.from}</th>
                <th>{change.to}</th>
                <th>Score change</th>
                <th>Regional rank change</th>
              </tr>
            </thead>
            <tbody>
              {change.changes.map((c) => (
                <tr key={c.country}>
                  <td>{c.country}</td>
                  <td>{c.from.score}</td>
                  <td>{c.to.score}</td>
                  <td className={c.score.kind === 'difference' ? '' : 'estimated-cell'}>
                    {c.score.kind === 'difference' ? (
                      `${c.score.value > 0 ? '+' : ''}${c.score.value} ${c.score.unit}`
                    ) : (
                      <>
                        not comparable; rescaled {c.score.rescaled.difference > 0 ? '+' : ''}
                        {c.score.rescaled.difference} <EstimatedTag label="rescaled estimate" />
                      </>
                    )}
                  </td>
                  <td>
                    {c.regionalRankChange > 0
                      ? `up ${c.regionalRankChange}`
                      : c.regionalRankChange < 0
                        ? `down ${-c.regionalRankChange}`
                        : 'same'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="rule">
            {change.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
