/**
 * @module pages/inventory/MatchTable
 * What advisories say about inventory entries, as the server matched them
 * (`GET /api/advisories/matches`): affected entries first, since those are the ones to act on,
 * then under investigation, fixed and not affected. The Inventory page lists one organisation's
 * entries across advisories; an advisory's page lists one advisory across organisations.
 */
import type { InventoryMatchAnswer } from '@coopsec/server/schemas';
import { href } from '../../router.ts';
import { Level } from '../incidents/format.tsx';
import { useT } from '../../i18n/context.tsx';

const STATUS_RANK: Readonly<Record<InventoryMatchAnswer['status'], number>> = {
  affected: 0,
  under_investigation: 1,
  fixed: 2,
  not_affected: 3,
};

const STATUS_LABEL = {
  affected: 'web.inventory.status.affected',
  under_investigation: 'web.inventory.status.under_investigation',
  fixed: 'web.inventory.status.fixed',
  not_affected: 'web.inventory.status.not_affected',
} as const satisfies Record<InventoryMatchAnswer['status'], string>;

export function byUrgency(a: InventoryMatchAnswer, b: InventoryMatchAnswer): number {
  return (
    Number(b.matched) - Number(a.matched) ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    a.orgId.localeCompare(b.orgId) ||
    a.trackingId.localeCompare(b.trackingId) ||
    a.identifier.localeCompare(b.identifier) ||
    a.version.localeCompare(b.version)
  );
}

export function MatchTable({
  matches,
  per,
}: {
  matches: readonly InventoryMatchAnswer[];
  /** `organisation`: one advisory's matches; `advisory`: one organisation's. */
  per: 'organisation' | 'advisory';
}) {
  const { t } = useT();
  return (
    <table className="grid small matches">
      <thead>
        <tr>
          {per === 'organisation' ? (
            <th>{t('web.inventory.colOrganisation')}</th>
          ) : (
            <th>{t('web.inventory.colAdvisory')}</th>
          )}
          {per === 'advisory' && <th translate="no">CVE</th>}
          <th>{t('web.inventory.colEntry')}</th>
          <th>{t('web.inventory.colVersion')}</th>
          <th>{t('web.inventory.colStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {[...matches].sort(byUrgency).map((m) => (
          <tr
            key={`${m.orgId} ${m.advisoryId} ${m.identifier} ${m.version} ${m.cve ?? ''}`}
            data-org={m.orgId}
            data-advisory={m.trackingId}
            data-status={m.status}
            data-version={m.version}
          >
            {per === 'organisation' ? (
              <td translate="no">{m.orgId}</td>
            ) : (
              <td>
                <a href={href('advisories', m.advisoryId)} translate="no">
                  {m.title}
                </a>{' '}
                <code className="nowrap">{m.trackingId}</code>{' '}
                {m.tlp !== undefined && <Level kind="tlp" level={m.tlp} />}
              </td>
            )}
            {per === 'advisory' && (
              <td className="nowrap" translate="no">
                {m.cve ?? '—'}
              </td>
            )}
            <td>
              <code>{m.identifier}</code>
            </td>
            <td className="nowrap" translate="no">
              {m.version}
            </td>
            <td className={`nowrap match-${m.status}`}>{t(STATUS_LABEL[m.status])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
