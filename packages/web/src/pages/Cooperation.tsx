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
import { useT } from '../i18n/context.tsx';

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
  const { t } = useT();
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
      <h1>{t('web.nav.cooperation')}</h1>
      <p className="muted">
        {t('web.cooperation.measured')} (<code>coopsec metrics</code>,{' '}
        <code>GET /api/cooperation</code>).
      </p>
      <div className="toolbar">
        <label className="inline">
          {t('web.cooperation.from')}{' '}
          <input
            type="date"
            name="from"
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.target.value })}
          />
        </label>{' '}
        <label className="inline">
          {t('web.cooperation.to')}{' '}
          <input
            type="date"
            name="to"
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.target.value })}
          />
        </label>{' '}
        {principal.isAdmin ? (
          <label className="inline">
            {t('web.cooperation.organisation')}{' '}
            <select name="org" value={org} onChange={(e) => setOrg(e.target.value)}>
              <option value="">{t('web.cooperation.allOrganisations')}</option>
              {orgs.state === 'ok' &&
                orgs.data.organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} ({o.id})
                  </option>
                ))}
            </select>
          </label>
        ) : (
          <span className="muted">
            {t('web.cooperation.organisationIs')} <span translate="no">{principal.orgId}</span>
          </span>
        )}
      </div>
      {!ready ? (
        <p className="notice error">{t('web.cooperation.bothDates')}</p>
      ) : (
        <Show loaded={loaded} what={t('web.cooperation.metrics')}>
          {(m) => <Measured m={m} from={period.from} to={period.to} />}
        </Show>
      )}
    </section>
  );
}

function Measured({ m, from, to }: { m: CooperationAnswer; from: string; to: string }) {
  const w = useT();
  const { t } = w;
  const option = useMemo(
    () =>
      monthsOption(monthly(m, from, to), {
        objects: t('web.cooperation.objectsAxis'),
        shared: t('web.cooperation.sharedSeries'),
        received: t('web.cooperation.receivedSeries'),
      }),
    [m, from, to, t],
  );
  const figures = headline(m, w);
  return (
    <>
      {isEmpty(m) && (
        <div className="notice empty-state" role="note">
          <strong>{t('web.cooperation.emptyTitle')}</strong> {t('web.cooperation.emptyHow')} (
          <code>coopsec agreement add --from … --to … --collection … --tlp green</code>),{' '}
          {t('web.cooperation.emptyThen')}
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
      <h2>{t('web.cooperation.perMonth')}</h2>
      <Chart option={option} height={300} label={t('web.cooperation.perMonthLabel')} />
      <h2>{t('web.cooperation.matrix')}</h2>
      {m.sharing.length === 0 && m.matrix.length === 0 ? (
        <p className="muted">{t('web.cooperation.nothingFlows')}</p>
      ) : (
        <div className="two">
          {m.sharing.length > 0 && (
            <Matrix
              id="sharing"
              flows={m.sharing}
              rowLabel={t('web.cooperation.orgToPartner')}
              caption={t('web.cooperation.sharedByAgreement')}
            />
          )}
          {m.matrix.length > 0 && (
            <Matrix
              id="received"
              flows={m.matrix}
              rowLabel={t('web.cooperation.partnerToOrg')}
              caption={t('web.cooperation.receivedFromPartners')}
            />
          )}
        </div>
      )}
      {m.partners.length > 0 && <Partners m={m} />}
      <p className="rule">
        {t('web.cooperation.source')}{' '}
        <span translate="no">
          {m.source.citation} ({m.source.confidence}, {m.source.kind}). {m.rules.join('; ')}.
        </span>
      </p>
    </>
  );
}

function Partners({ m }: { m: CooperationAnswer }) {
  const w = useT();
  const { t } = w;
  return (
    <table className="grid" data-table="partners">
      <caption>{t('web.cooperation.partners')}</caption>
      <thead>
        <tr>
          <th>{t('web.cooperation.partner')}</th>
          <th>{t('web.cooperation.receivesFor')}</th>
          <th>{t('web.cooperation.receivedObjects')}</th>
          <th>{t('web.figures.medianShare')}</th>
          <th>{t('web.figures.p90Share')}</th>
          <th>{t('web.cooperation.lastSync')}</th>
        </tr>
      </thead>
      <tbody>
        {m.partners.map((p) => (
          <tr key={p.peer}>
            <td translate="no">{p.name}</td>
            <td translate="no">{p.localOrg}</td>
            <td>{p.received.total}</td>
            <td>{duration(p.timeToShare.medianSeconds, w)}</td>
            <td>{duration(p.timeToShare.p90Seconds, w)}</td>
            <td>
              {p.enabled
                ? (p.lastStatus ?? t('web.cooperation.never'))
                : t('web.cooperation.disabled')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
