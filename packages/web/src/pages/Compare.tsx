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
import { useT } from '../i18n/context.tsx';

export default function Compare(_props: PageProps) {
  const { t } = useT();
  const loaded = useApi<CompareAnswer>('/api/compare');
  return (
    <section>
      <h1>{t('web.compare.heading')}</h1>
      <Show loaded={loaded} what={t('web.compare.what')}>
        {(data) => <CompareView data={data} />}
      </Show>
    </section>
  );
}

function CompareView({ data }: { data: CompareAnswer }) {
  const { t } = useT();
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
        name: t('web.compare.scoreAxis', { scale: current.scale }),
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
  }, [current, t]);
  const change = data.changes.find((c) => c.to === edition);
  return (
    <>
      <div className="toolbar">
        <label className="inline">
          {t('web.compare.edition')}{' '}
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
            label={t('web.compare.chartLabel', { edition: current.edition })}
            dataOnly
            height={300}
          />
          <table className="grid">
            <thead>
              <tr>
                <th>{t('web.compare.country')}</th>
                <th>{t('web.compare.score', { scale: current.scale })}</th>
                <th>
                  {current.positionKind === 'tier'
                    ? t('web.compare.tier')
                    : t('web.compare.globalRank')}
                </th>
                <th>{t('web.compare.regionalRank')}</th>
                <th>{t('web.compare.sources')}</th>
                <th>{t('web.compare.paperOtherwise')}</th>
              </tr>
            </thead>
            <tbody>
              {current.rows.map((r) => (
                <tr key={r.country}>
                  <td translate="no">{r.name}</td>
                  <td>{r.score}</td>
                  {/* ITU's tier names are the GCI's own. */}
                  <td translate="no">{r.tier ?? r.publishedRank ?? '—'}</td>
                  <td>{r.regionalRank}</td>
                  <td translate="no">{r.sourceIds.join(', ')}</td>
                  <td translate="no">
                    {r.paperDisagreements
                      .filter((d) => !d.agrees)
                      .map((d) => `${d.field}: paper ${d.paper}, published ${d.published}`)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="rule">{t('web.overview.tieRule', { rule: current.tieRule })}</p>
          <ul className="rule" translate="no">
            {current.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {change && (
        <>
          <h2>{t('web.compare.change', { from: change.from, to: change.to })}</h2>
          <table className="grid">
            <thead>
              <tr>
                <th>{t('web.compare.country')}</th>
                <th>{change.from}</th>
                <th>{change.to}</th>
                <th>{t('web.compare.scoreChange')}</th>
                <th>{t('web.compare.rankChange')}</th>
              </tr>
            </thead>
            <tbody>
              {change.changes.map((c) => (
                <tr key={c.country}>
                  <td translate="no">{c.country}</td>
                  <td>{c.from.score}</td>
                  <td>{c.to.score}</td>
                  <td
                    className={c.score.kind === 'difference' ? '' : 'estimated-cell'}
                    translate={c.score.kind === 'difference' ? 'no' : undefined}
                  >
                    {c.score.kind === 'difference' ? (
                      `${c.score.value > 0 ? '+' : ''}${c.score.value} ${c.score.unit}`
                    ) : (
                      <>
                        {t('web.compare.notComparable', {
                          difference: `${c.score.rescaled.difference > 0 ? '+' : ''}${c.score.rescaled.difference}`,
                        })}{' '}
                        <EstimatedTag label={t('web.compare.rescaledEstimate')} />
                      </>
                    )}
                  </td>
                  <td>
                    {c.regionalRankChange > 0
                      ? t('web.compare.up', { n: c.regionalRankChange })
                      : c.regionalRankChange < 0
                        ? t('web.compare.down', { n: -c.regionalRankChange })
                        : t('web.compare.same')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="rule" translate="no">
            {change.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
