/**
 * @module pages/inventory/InventoryAlerts
 * The organisation's inventory alerts (`GET /api/alerts/inventory`): one per advisory and
 * affected entry, newest first, each with where its webhook delivery stands; a row opens its
 * delivery log (`GET /api/alerts/inventory/:id/deliveries`), fetched only when opened.
 */
import { Fragment, useState } from 'react';
import type {
  DeliveryState,
  InventoryAlertAnswer,
  InventoryAlertDeliveriesAnswer,
  InventoryAlertsAnswer,
} from '@coopsec/server/schemas';
import { href } from '../../router.ts';
import { Show } from '../../ui/status.tsx';
import { useApi } from '../../use-api.ts';
import { useT } from '../../i18n/context.tsx';
import { useDateTime } from '../admin/date-time.ts';
import { Level } from '../incidents/format.tsx';

const STATE_LABEL = {
  delivered: 'web.alerts.state.delivered',
  retrying: 'web.alerts.state.retrying',
  failed: 'web.alerts.state.failed',
  pending: 'web.alerts.state.pending',
  unsubscribed: 'web.alerts.state.unsubscribed',
} as const satisfies Record<DeliveryState, string>;

const OUTCOME_LABEL: Readonly<
  Record<
    string,
    'web.alerts.outcome.delivered' | 'web.alerts.outcome.retry' | 'web.alerts.outcome.failed'
  >
> = {
  delivered: 'web.alerts.outcome.delivered',
  retry: 'web.alerts.outcome.retry',
  failed: 'web.alerts.outcome.failed',
};

export function InventoryAlerts({ orgId, version }: { orgId: string; version: number }) {
  const { t } = useT();
  const loaded = useApi<InventoryAlertsAnswer>(
    `/api/alerts/inventory?org=${encodeURIComponent(orgId)}`,
    version,
  );
  return (
    <Show loaded={loaded} what={t('web.alerts.loading')}>
      {(data) =>
        data.alerts.length === 0 ? (
          <p className="notice empty-state alerts-empty">{t('web.alerts.empty')}</p>
        ) : (
          <AlertTable alerts={data.alerts} />
        )
      }
    </Show>
  );
}

function AlertTable({ alerts }: { alerts: readonly InventoryAlertAnswer[] }) {
  const { t } = useT();
  const when = useDateTime();
  const [open, setOpen] = useState<string | undefined>(undefined);
  return (
    <>
      <table className="grid small inventory-alerts">
        <caption>{t('web.alerts.caption', { n: alerts.length })}</caption>
        <thead>
          <tr>
            <th>{t('web.inventory.colAdvisory')}</th>
            <th>{t('web.inventory.colEntry')}</th>
            <th>{t('web.inventory.colVersion')}</th>
            <th>{t('web.alerts.colRaised')}</th>
            <th>{t('web.alerts.colDelivery')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <Fragment key={a.id}>
              <tr data-alert={a.id} data-advisory={a.trackingId} data-delivery={a.delivery.state}>
                <td>
                  <a href={href('advisories', a.advisoryId)} translate="no">
                    {a.title}
                  </a>{' '}
                  <code className="nowrap">{a.trackingId}</code>{' '}
                  {a.tlp !== undefined && <Level kind="tlp" level={a.tlp} />}
                </td>
                <td>
                  <code>{a.identifier}</code>
                </td>
                <td className="nowrap" translate="no">
                  {a.version}
                </td>
                <td className="nowrap">
                  <time dateTime={a.createdAt} translate="no">
                    {when(a.createdAt)}
                  </time>
                </td>
                <td>
                  <span className={`delivery delivery-${a.delivery.state}`}>
                    {t(STATE_LABEL[a.delivery.state])}
                  </span>
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary nowrap"
                    aria-expanded={open === a.id}
                    aria-controls={`log-${a.id}`}
                    onClick={() => setOpen(open === a.id ? undefined : a.id)}
                  >
                    {open === a.id
                      ? t('web.alerts.hideLog')
                      : t('web.alerts.showLog', { n: a.delivery.attempts })}
                  </button>
                </td>
              </tr>
              {open === a.id && (
                <tr className="delivery-log-row" id={`log-${a.id}`}>
                  <td colSpan={6}>
                    <DeliveryLog alertId={a.id} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {alerts.some((a) => a.delivery.state === 'unsubscribed') && (
        <p className="muted">
          {t('web.alerts.subscribeHow')} <code>POST /api/alerts/subscriptions</code>.
        </p>
      )}
    </>
  );
}

function DeliveryLog({ alertId }: { alertId: string }) {
  const { t, number } = useT();
  const when = useDateTime();
  const loaded = useApi<InventoryAlertDeliveriesAnswer>(
    `/api/alerts/inventory/${encodeURIComponent(alertId)}/deliveries`,
  );
  return (
    <Show loaded={loaded} what={t('web.alerts.logLoading')}>
      {(data) =>
        data.deliveries.length === 0 ? (
          <p className="muted delivery-log-empty">{t('web.alerts.logEmpty')}</p>
        ) : (
          <table className="grid small delivery-log">
            <thead>
              <tr>
                <th>{t('web.alerts.colAttempt')}</th>
                <th>{t('web.alerts.colAt')}</th>
                <th>{t('web.alerts.colOutcome')}</th>
                <th>{t('web.alerts.colHttp')}</th>
                <th>{t('web.alerts.colSubscription')}</th>
              </tr>
            </thead>
            <tbody>
              {data.deliveries.map((d) => {
                const label = OUTCOME_LABEL[d.outcome];
                return (
                  <tr key={`${d.subscriptionId} ${d.attempt}`} data-outcome={d.outcome}>
                    <td>{number(d.attempt, { maxDigits: 0 })}</td>
                    <td>
                      <time dateTime={d.at} translate="no">
                        {when(d.at)}
                      </time>
                    </td>
                    <td>
                      {label !== undefined ? t(label) : <span translate="no">{d.outcome}</span>}
                      {d.error !== undefined && (
                        <>
                          {' '}
                          <span className="muted" translate="no">
                            {d.error}
                          </span>
                        </>
                      )}
                    </td>
                    <td translate="no">{d.httpStatus ?? '—'}</td>
                    <td>
                      <code>{d.subscriptionId}</code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )
      }
    </Show>
  );
}
