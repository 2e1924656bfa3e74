/**
 * @module rest/served-objects
 * What a REST caller may read of a collection: the latest version of each object of the given
 * types, exactly as TAXII would serve it to the same principal. The decision is TAXII's own
 * (`resolveAccess`: collection grants; `servedBody`: TLP, agreements, recipients, granular
 * markings), applied here and never copied.
 */
import { ExchangeObjectRepository, type Store } from '@coopsec/store';
import type { Principal } from '../auth/principal.ts';
import { resolveAccess } from '../taxii/access.ts';
import { servedBody } from '../taxii/routes-objects.ts';

const PAGE = 1000;

/** Undefined when the collection does not exist or `principal` may not read it. */
export async function servedObjects(
  store: Store,
  principal: Principal,
  collectionId: string,
  types: readonly string[],
): Promise<Record<string, unknown>[] | undefined> {
  const access = await resolveAccess(store, principal, collectionId);
  if (access === undefined || !access.canRead) return undefined;
  const objects = new ExchangeObjectRepository(store);
  const out: Record<string, unknown>[] = [];
  let afterSeq: number | undefined;
  for (;;) {
    const page = await objects.query({
      collectionId,
      scope: access.scope,
      types: [...types],
      versions: { last: true },
      limit: PAGE,
      withBody: true,
      ...(afterSeq !== undefined ? { afterSeq } : {}),
    });
    for (const row of page.rows) {
      const body = servedBody(row, access);
      if (body !== undefined) out.push(JSON.parse(body) as Record<string, unknown>);
    }
    const last = page.rows.at(-1);
    if (!page.more || last === undefined) break;
    afterSeq = last.seq;
  }
  return out;
}
