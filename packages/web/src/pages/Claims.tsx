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

const LABEL: Record<Verdict, string> = {
  holds: 'holds',
  'does-not-hold': 'does not hold',
  'cannot-be-decided': 'cannot be decided',
};

export default function Claims(_props: PageProps) {
  const loaded = useApi<ClaimsAnswer>('/api/claims');
  return (
    <section>
      <h1>Claims audit</h1>
      <Show loaded={loaded} what="the claims audit">
        {(data) => <ClaimsView data={data} />}
      </Show>
    </section>
  );
}

function ClaimsView({ data }: { data: ClaimsAnswer }) {
  const [filter, setFilter] = useState<Verdict | 'all'>('all');
  const option = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 130, right: 30, top: 10, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: ['cannot be decided', 'does not hold', 'holds'] },
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
    [data.summary],
  );
  const shown = data.claims.filter((c) => filter === 'all' || c.verdict === filter);
  return (
    <>
      <p>
        {data.summary.total} claims checked against the stored data and ITU’s published figures:{' '}
        <b>{data.summary.holds}</b> hold, <b>{data.summary.doesNotHold}</b> do not hold,{' '}
        <b>{data.summary.cannotBeDecided}</b> cannot be decided from the data. A missing year is
        never filled in to decide a claim.
      </p>
      <Chart option={option} label="Claims by verdict" height={150} />
      <div className="toolbar">
        <label className="inline">
          Show{' '}
          <select
            value={filter}
            onChange={(e) => setFilter(e.target.value as Verdict | 'all')}
            name="verdict"
          >
            <option value="all">all verdicts</option>
            <option value="holds">holds</option>
            <option value="does-not-hold">does not hold</option>
            <option value="cannot-be-decided">cannot be decided</option>
          </select>
        </label>
      </div>
      <table className="grid">
        <thead>
          <tr>
            <th>Claim (quoted)</th>
            <th>Where</th>
            <th>Verdict</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.record.id}>
              <td>
                “{c.record.quote}”
                {c.record.reading && <div className="muted">reading: {c.record.reading}</div>}
              </td>
              <td>
                {c.record.source.id}
                {c.record.source.section ? `, ${c.record.source.section}` : ''}
                {c.record.source.line !== undefined ? ` (line ${c.record.source.line})` : ''}
              </td>
              <td>
                <span className={`verdict verdict-${c.verdict}`}>{LABEL[c.verdict]}</span>
              </td>
              <td>
                {c.explanation}
                <details>
                  <summary>numbers</summary>
                  <pre className="json">{JSON.stringify(c.numbers, null, 1)}</pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
