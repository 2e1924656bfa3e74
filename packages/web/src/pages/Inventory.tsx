/**
 * @module pages/Inventory
 * The signed-in organisation's software inventory (`#/inventory`; administrators may open
 * another organisation's as `#/inventory/<org>`): its entries, a form to replace it from a CSV
 * file, and what the advisories the caller may read say about it, affected entries first.
 * Which advisories those are is the server's decision, the same as TAXII's.
 */
import { useState } from 'react';
import type { PageProps } from '../App.tsx';
import { href } from '../router.ts';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import type { InventoryAnswer, InventoryMatchesAnswer } from '@coopsec/server/schemas';
import { when } from './incidents/format.tsx';
import { MatchTable } from './inventory/MatchTable.tsx';
import { UploadInventory } from './inventory/UploadInventory.tsx';

export default function Inventory({ route, principal }: PageProps) {
  const orgId = route.args[0] ?? principal.orgId;
  const [version, setVersion] = useState(0);
  const org = encodeURIComponent(orgId);
  const entries = useApi<InventoryAnswer>(`/api/inventory/${org}`, version);
  const matches = useApi<InventoryMatchesAnswer>(`/api/advisories/matches?org=${org}`, version);
  return (
    <section className="inventory" data-org={orgId}>
      <h1>Inventory of {orgId}</h1>
      <p className="muted">
        The software your organisation runs, matched against every advisory you may read (also{' '}
        <code>coopsec inventory list {orgId}</code>, <code>GET /api/inventory/{orgId}</code>).
      </p>
      <h2>Advisories that concern it</h2>
      <Show loaded={matches} what="the matches">
        {(data) => (
          <Matches
            data={data}
            orgId={orgId}
            noEntries={entries.state === 'ok' && entries.data.entries.length === 0}
          />
        )}
      </Show>
      <h2>Entries</h2>
      <Show loaded={entries} what="the inventory">
        {(data) =>
          data.entries.length === 0 ? (
            <p className="notice empty-state">
              {orgId} has no inventory yet. Upload a CSV file below, or use{' '}
              <code>coopsec inventory import {orgId} file.csv</code>.
            </p>
          ) : (
            <table className="grid small entries">
              <caption>
                {data.entries.length} entries, imported {when(data.entries[0]?.importedAt ?? '')}
              </caption>
              <thead>
                <tr>
                  <th>#</th>
                  <th>CPE or purl</th>
                  <th>Version</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((e) => (
                  <tr key={e.position}>
                    <td>{e.position}</td>
                    <td>
                      <code>{e.identifier}</code>
                    </td>
                    <td>{e.version}</td>
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
  const affected = data.affected[orgId] ?? 0;
  return (
    <>
      {noEntries ? (
        <p className="notice empty-state">
          Nothing to match yet: upload the inventory below, and every advisory you may read is
          checked against it.
        </p>
      ) : data.matches.length === 0 ? (
        <p className="notice empty-state">
          No advisory you may read mentions a product of this inventory. Check that the entries name
          products as the advisories do (CPE vendor and product, or purl), or see the{' '}
          <a href={href('advisories')}>advisories</a> you can read.
        </p>
      ) : (
        <>
          <p className={affected > 0 ? 'notice error affected-summary' : 'notice affected-summary'}>
            {affected === 0
              ? 'No entry runs a version an advisory says is affected.'
              : `${affected} ${affected === 1 ? 'entry runs' : 'entries run'} an affected version: update or mitigate as the advisory says.`}
          </p>
          <MatchTable matches={data.matches} per="advisory" />
        </>
      )}
      {data.problems.length > 0 && (
        <details className="match-problems">
          <summary>{data.problems.length} advisory products could not be matched</summary>
          <ul>
            {data.problems.map((p, i) => (
              <li key={i}>
                <code>{p.productId}</code> of <code>{p.advisoryId}</code>: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
