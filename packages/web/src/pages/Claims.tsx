/**
 * @module pages/Claims
 * The claims audit: every claim of the paper (and any stored by users) with its verdict —
 * holds, does not hold, cannot be decided from the data — its explanation and the numbers
 * behind it, filterable by verdict.
 */
import { useMemo, useState } from 'react';
import type { PageProps } from '../App.tsx';
import { Chart } from '../charts/Chart.tsx';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import type { ClaimsAnswer, VerdictAnswer as Verdict } from '@coopsec/server/schemas';
import { useT } from '../i18n/context.tsx';

/** The report's words for the verdicts: one translation for both. */
const VERDICT_KEY = {
  holds: 'claims.verdicts.holds',
  'does-not-hold': 'claims.verdicts.does-not-hold',
  'cannot-be-decided': 'claims.verdicts.cannot-be-decided',
} as const satisfies Record<Verdict, string>;

export default function Claims(_props: PageProps) {
  const { t } = useT();
  const loaded = useApi<ClaimsAnswer>('/api/claims');
  return (
    <section>
      <h1>{t('web.claims.heading')}</h1>
      <Show loaded={loaded} what={t('web.claims.what')}>
        {(data) => <ClaimsView data={data} />}
      </Show>
    </section>
  );
}

function ClaimsView({ data }: { data: ClaimsAnswer }) {
  const { t } = useT();
  const [filter, setFilter] = useState<Verdict | 'all'>('all');
  const option = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 130, right: 30, top: 10, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: [
          t(VERDICT_KEY['cannot-be-decided']),
          t(VERDICT_KEY['does-not-hold']),
          t(VERDICT_KEY.holds),
        ],
      },
      series: [
        {
          type: 'bar',
          label: { show: true, position: 'right' },
          data: [
            { value: data.summary.cannotBeDecided, itemStyle: { color: '#8c959f' } },
            { value: data.summary.doesNotHold, itemStyle: { color: '#b42318' } },
            { value: data.summary.holds, itemStyle: { color: '#1a7f37' } },
          ],
        },
      ],
    }),
    [data.summary, t],
  );
  const shown = data.claims.filter((c) => filter === 'all' || c.verdict === filter);
  return (
    <>
      <p>
        {t('web.claims.summary', {
          total: data.summary.total,
          holds: data.summary.holds,
          doesNotHold: data.summary.doesNotHold,
          cannot: data.summary.cannotBeDecided,
        })}
      </p>
      <Chart option={option} label={t('web.claims.byVerdict')} height={150} />
      <div className="toolbar">
        <label className="inline">
          {t('web.claims.show')}{' '}
          <select
            value={filter}
            onChange={(e) => setFilter(e.target.value as Verdict | 'all')}
            name="verdict"
          >
            <option value="all">{t('web.claims.all')}</option>
            <option value="holds">{t(VERDICT_KEY.holds)}</option>
            <option value="does-not-hold">{t(VERDICT_KEY['does-not-hold'])}</option>
            <option value="cannot-be-decided">{t(VERDICT_KEY['cannot-be-decided'])}</option>
          </select>
        </label>
      </div>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('web.claims.claim')}</th>
            <th>{t('web.claims.where')}</th>
            <th>{t('claims.verdict')}</th>
            <th>{t('claims.why')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.record.id}>
              {/* The paper's quotation, its place and the verdict's explanation are data. */}
              <td>
                <span translate="no">“{c.record.quote}”</span>
                {c.record.reading && (
                  <div className="muted">
                    {t('web.claims.reading')} <span translate="no">{c.record.reading}</span>
                  </div>
                )}
              </td>
              <td>
                <span translate="no">
                  {c.record.source.id}
                  {c.record.source.section ? `, ${c.record.source.section}` : ''}
                </span>
                {c.record.source.line !== undefined
                  ? ` ${t('web.claims.line', { line: c.record.source.line })}`
                  : ''}
              </td>
              <td>
                <span className={`verdict verdict-${c.verdict}`}>{t(VERDICT_KEY[c.verdict])}</span>
              </td>
              <td>
                <span translate="no">{c.explanation}</span>
                <details>
                  <summary>{t('web.claims.numbers')}</summary>
                  <pre className="json" translate="no">
                    {JSON.stringify(c.numbers, null, 1)}
                  </pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
