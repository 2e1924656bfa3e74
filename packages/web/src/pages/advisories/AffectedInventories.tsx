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
import { useT } from '../../i18n/context.tsx';

export function AffectedInventories({ id }: { id: string }) {
  const { t } = useT();
  const loaded = useApi<InventoryMatchesAnswer>(
    `/api/advisories/matches?advisory=${encodeURIComponent(id)}`,
  );
  return (
    <section className="affected-inventories" aria-label={t('web.inventory.affectedTitle')}>
      <h2>{t('web.inventory.affectedTitle')}</h2>
      <Show loaded={loaded} what={t('web.inventory.affectedLoading')}>
        {(data) => {
          const orgs = Object.keys(data.affected).sort();
          return data.matches.length === 0 ? (
            <p className="notice empty-state">
              {t('web.inventory.noneListed')}{' '}
              <a href={href('inventory')}>{t('web.inventory.pageLink')}</a>{' '}
              {t('web.inventory.pageHow')}{' '}
              <code>coopsec inventory import &lt;org&gt; file.csv</code>.
            </p>
          ) : (
            <>
              <p>
                {orgs.length === 0
                  ? t('web.inventory.noneAffected')
                  : t('web.inventory.runsAffected', {
                      orgs: orgs.map((o) => `${o} (${data.affected[o] ?? 0})`).join(', '),
                    })}
              </p>
              <MatchTable matches={data.matches} per="organisation" />
            </>
          );
        }}
      </Show>
    </section>
  );
}
