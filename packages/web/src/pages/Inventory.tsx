/**
 * @module pages/Inventory
 * The signed-in organisation's software inventory (`#/inventory`; administrators may open
 * another organisation's as `#/inventory/<org>`): its entries, a form to replace it from a CSV
 * file, what the advisories the caller may read say about it, affected entries first, and the
 * alerts those advisories raised for the organisation with their webhook delivery.
 * Which advisories those are is the server's decision, the same as TAXII's.
 */
import { useState } from 'react';
import type { PageProps } from '../App.tsx';
import { href } from '../router.ts';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import { useT } from '../i18n/context.tsx';
import type { InventoryAnswer, InventoryMatchesAnswer } from '@coopsec/server/schemas';
import { when } from './incidents/format.tsx';
import { MatchTable } from './inventory/MatchTable.tsx';
import { InventoryAlerts } from './inventory/InventoryAlerts.tsx';
import { UploadInventory } from './inventory/UploadInventory.tsx';

export default function Inventory({ route, principal }: PageProps) {
  const { t } = useT();
  const orgId = route.args[0] ?? principal.orgId;
  const [version, setVersion] = useState(0);
  const org = encodeURIComponent(orgId);
  const entries = useApi<InventoryAnswer>(`/api/inventory/${org}`, version);
  const matches = useApi<InventoryMatchesAnswer>(`/api/advisories/matches?org=${org}`, version);
  return (
    <section className="inventory" data-org={orgId}>
      <h1>
        {t('web.inventory.title')} <span translate="no">{orgId}</span>
      </h1>
      <p className="muted">
        {t('web.inventory.intro')} <code>coopsec inventory list {orgId}</code>,{' '}
        <code>GET /api/inventory/{orgId}</code>).
      </p>
      <h2>{t('web.inventory.concernsTitle')}</h2>
      <Show loaded={matches} what={t('web.inventory.matchesLoading')}>
        {(data) => (
          <Matches
            data={data}
            orgId={orgId}
            noEntries={entries.state === 'ok' && entries.data.entries.length === 0}
          />
        )}
      </Show>
      <h2>{t('web.alerts.title')}</h2>
      <InventoryAlerts orgId={orgId} version={version} />
      <h2>{t('web.inventory.entriesTitle')}</h2>
      <Show loaded={entries} what={t('web.inventory.entriesLoading')}>
        {(data) =>
          data.entries.length === 0 ? (
            <p className="notice empty-state">
              {t('web.inventory.empty', { org: orgId })}{' '}
              <code>coopsec inventory import {orgId} file.csv</code>.
            </p>
          ) : (
            <table className="grid small entries">
              <caption>
                {t('web.inventory.entriesCaption', {
                  n: data.entries.length,
                  imported: when(data.entries[0]?.importedAt ?? ''),
                })}
              </caption>
              <thead>
                <tr>
                  <th>#</th>
                  <th>{t('web.inventory.colIdentifier')}</th>
                  <th>{t('web.inventory.colVersion')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((e) => (
                  <tr key={e.position}>
                    <td>{e.position}</td>
                    <td>
                      <code>{e.identifier}</code>
                    </td>
                    <td translate="no">{e.version}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Show>
      <UploadInventory orgId={orgId} onReplaced={() => setVersion((v) => v + 1)} />
    </section>
  );
}

function Matches({
  data,
  orgId,
  noEntries,
}: {
  data: InventoryMatchesAnswer;
  orgId: string;
  noEntries: boolean;
}) {
  const { t } = useT();
  const affected = data.affected[orgId] ?? 0;
  return (
    <>
      {noEntries ? (
        <p className="notice empty-state">{t('web.inventory.nothingToMatch')}</p>
      ) : data.matches.length === 0 ? (
        <p className="notice empty-state">
          {t('web.inventory.noMatches')}{' '}
          <a href={href('advisories')}>{t('web.inventory.noMatchesLink')}</a>
          {t('web.inventory.noMatchesEnd')}
        </p>
      ) : (
        <>
          <p className={affected > 0 ? 'notice error affected-summary' : 'notice affected-summary'}>
            {t('web.inventory.affectedSummary', { n: affected })}
          </p>
          <MatchTable matches={data.matches} per="advisory" />
        </>
      )}
      {data.problems.length > 0 && (
        <details className="match-problems">
          <summary>{t('web.inventory.problems', { n: data.problems.length })}</summary>
          <ul>
            {data.problems.map((p, i) => (
              <li key={i}>
                {t('web.inventory.problemOf', { product: p.productId, advisory: p.advisoryId })}{' '}
                <span translate="no">{p.message}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
