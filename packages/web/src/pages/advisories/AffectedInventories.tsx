/**
 * @module pages/advisories/AffectedInventories
 * On an advisory's page: which organisations' inventories it affects, and which entries it
 * says are fixed or not affected. The server decides whose inventories the caller sees
 * (administrators all, anyone else their own organisation's).
 */
import type { InventoryMatchesAnswer } from '@coopsec/server/schemas';
import { href } from '../../router.ts';
import { Show } from '../../ui/status.tsx';
import { useApi } from '../../use-api.ts';
import { MatchTable } from '../inventory/MatchTable.tsx';

export function AffectedInventories({ id }: { id: string }) {
  const loaded = useApi<InventoryMatchesAnswer>(
    `/api/advisories/matches?advisory=${encodeURIComponent(id)}`,
  );
  return (
    <section className="affected-inventories" aria-label="Affected inventories">
      <h2>Affected inventories</h2>
      <Show loaded={loaded} what="the inventories this advisory concerns">
        {(data) => {
          const orgs = Object.keys(data.affected).sort();
          return data.matches.length === 0 ? (
            <p className="notice empty-state">
              No inventory you may see lists a product of this advisory. An organisation registers
              its software on the <a href={href('inventory')}>Inventory</a> page (a CSV file of CPE
              or purl and version), or with{' '}
              <code>coopsec inventory import &lt;org&gt; file.csv</code>.
            </p>
          ) : (
            <>
              <p>
                {orgs.length === 0
                  ? 'No inventory runs an affected version.'
                  : `Runs an affected version: ${orgs
                      .map((o) => `${o} (${data.affected[o] ?? 0})`)
                      .join(', ')}.`}
              </p>
              <MatchTable matches={data.matches} per="organisation" />
            </>
          );
        }}
      </Show>
    </section>
  );
}
