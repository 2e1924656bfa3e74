/**
 * @module pages/Cooperation
 * Cooperation measured from this node's exchange records (issue 18 item 1, `GET
 * /api/cooperation`, `coopsec metrics`): headline figures with their units, objects shared and
 * received per month, the flows between organisations and partners, and the partner nodes'
 * times to share, for a period the user picks (the last 12 months by default). Administrators
 * may pick one organisation; anyone else sees their own (the server decides).
 */
import { useMemo, useState } from 'react';
import type { PageProps } from '../App.tsx';
import { Chart } from '../charts/Chart.tsx';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import type { CooperationAnswer, OrgsAnswer } from '@coopsec/server/schemas';
import { monthsOption } from './cooperation/charts.ts';
import { duration, headline, isEmpty, monthly } from './cooperation/figures.ts';
import { Matrix } from './cooperation/Matrix.tsx';

const day = (d: Date): string => d.toISOString().slice(0, 10);

function lastTwelveMonths(): { from: string; to: string } {
  const now = new Date();
  const from = new Date(
    Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate() + 1),
  );
  return { from: day(from), to: day(now) };
}

/** The chosen `to` day is included: the API's `to` is exclusive, so ask up to the next day. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return day(d);
}

const validDay = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);

export default function Cooperation({ principal }: PageProps) {
  const [period, setPeriod] = useState(lastTwelveMonths);
  const [org, setOrg] = useState('');
  const orgs = useApi<OrgsAnswer>(principal.isAdmin ? '/api/orgs' : undefined);
  const ready = validDay(period.from) && validDay(period.to);
  const query = new URLSearchParams({
    from: period.from,
    to: ready ? nextDay(period.to) : period.to,
    ...(org !== '' ? { org } : {}),
  });
  const loaded = useApi<CooperationAnswer>(ready ? `/api/cooperation?${query}` : undefined);
  return (
    <section>
      <h1>Cooperation</h1>
      <p className="muted">
        Measured from this node’s exchange records, not self-reported (also{' '}
        <code>coopsec metrics</code>, <code>GET /api/cooperation</code>).
      </p>
      <div className="toolbar">
        <label className="inline">
          From{' '}
          <input
            type="date"
            name="from"
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.target.value })}
          />
        </label>{' '}
        <label className="inline">
          To (included){' '}
          <input
            type="date"
            name="to"
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.target.value })}
          />
        </label>{' '}
        {principal.isAdmin ? (
          <label className="inline">
            Organisation{' '}
            <select name="org" value={org} onChange={(e) => setOrg(e.target.value)}>
              <option value="">All organisations</option>
              {orgs.state === 'ok' &&
                orgs.data.organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} ({o.id})
                  </option>
                ))}
            </select>
          </label>
        ) : (
          <span className="muted">Organisation: {principal.orgId}</span>
        )}
      </div>
      {!ready ? (
        <p className="notice error">Choose both dates of the period.</p>
      ) : (
        <Show loaded={loaded} what="cooperation metrics">
          {(m) => <Measured m={m} from={period.from} to={period.to} />}
        </Show>
      )}
    </section>
  );
}

function Measured({ m, from, to }: { m: CooperationAnswer; from: string; to: string }) {
  const option = useMemo(() => monthsOption(monthly(m, from, to)), [m, from, to]);
  const figures = headline(m);
  return (
    <>
      {isEmpty(m) && (
        <div className="notice empty-state" role="note">
          <strong>No exchange records in this period.</strong> Cooperation is measured from what is
          exchanged here: agree to share a collection with a partner (Admin → sharing agreements, or{' '}
          <code>coopsec agreement add --from … --to … --collection … --tlp green</code>), then post
          objects to it over TAXII, or add a peer node and sync with it. Or widen the period.
        </div>
      )}
      <div className="cards figures">
        {figures.map((f) => (
          <div className="card" key={f.id} data-figure={f.id}>
            <h3>{f.label}</h3>
            <p>
              <span className="big" data-value>
                {f.value}
              </span>{' '}
              <span className="muted">{f.unit}</span>
            </p>
            {f.note !== undefined && <p className="rule">{f.note}</p>}
          </div>
        ))}
      </div>
      <h2>Shared and received per month</h2>
      <Chart option={option} height={300} label="Objects shared and received per month" />
      <h2>Partner matrix</h2>
      {m.sharing.length === 0 && m.matrix.length === 0 ? (
        <p className="muted">
          No agreement or partner node in this selection: nothing can flow yet.
        </p>
      ) : (
        <div className="two">
          {m.sharing.length > 0 && (
            <Matrix
              id="sharing"
              flows={m.sharing}
              rowLabel="Organisation → partner"
              caption="Objects shared by agreement (at the agreement’s TLP levels)"
            />
          )}
          {m.matrix.length > 0 && (
            <Matrix
              id="received"
              flows={m.matrix}
              rowLabel="Partner node → organisation"
              caption="Objects received from partner nodes"
            />
          )}
        </div>
      )}
      {m.partners.length > 0 && <Partners m={m} />}
      <p className="rule">
        Source: {m.source.citation} (confidence {m.source.confidence}, {m.source.kind}).{' '}
        {m.rules.join('; ')}.
      </p>
    </>
  );
}

function Partners({ m }: { m: CooperationAnswer }) {
  return (
    <table className="grid" data-table="partners">
      <caption>Partner nodes</caption>
      <thead>
        <tr>
          <th>Partner</th>
          <th>Receives for</th>
          <th>Received (objects)</th>
          <th>Median time to share</th>
          <th>p90 time to share</th>
          <th>Last sync</th>
        </tr>
      </thead>
      <tbody>
        {m.partners.map((p) => (
          <tr key={p.peer}>
            <td>{p.name}</td>
            <td>{p.localOrg}</td>
            <td>{p.received.total}</td>
            <td>{duration(p.timeToShare.medianSeconds)}</td>
            <td>{duration(p.timeToShare.p90Seconds)}</td>
            <td>{p.enabled ? (p.lastStatus ?? 'never') : 'disabled'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
