/**
 * @module advisory-read
 * Reading the stored advisories back from their STIX form, as one reader may receive them:
 * the node's operator (the CLI) reads the whole collection; a REST caller or an organisation
 * being alerted passes its `reader`, which serves exactly what TAXII would serve it
 * (collection grants, TLP, agreements, granular markings).
 */
import { advisoryFromStix, advisoryReportId, type Advisory } from '@coopsec/advisory';
import { CoopsecError } from '@coopsec/model';
import { CollectionRepository, ExchangeObjectRepository, type Store } from '@coopsec/store';

export const ADVISORY_COLLECTION = 'advisories';

/**
 * The latest versions of the given types in a collection, as one reader may receive them;
 * undefined when that reader may not read the collection at all.
 */
export type CollectionReader = (
  collectionId: string,
  types: readonly string[],
) => Promise<Record<string, unknown>[] | undefined>;

export interface AdvisoryActor {
  readonly orgId: string;
  readonly userId?: string;
  readonly collection?: string;
  /** Absent: the node's operator (the CLI), who reads the whole collection. */
  readonly reader?: CollectionReader;
}

type Obj = Record<string, unknown>;

export const collectionOf = (who: AdvisoryActor) => who.collection ?? ADVISORY_COLLECTION;

/** The newest version of every advisory object in the collection. */
const ADVISORY_TYPES = ['report', 'vulnerability', 'identity'] as const;

async function readObjects(store: Store, who: AdvisoryActor): Promise<Obj[]> {
  const collection = collectionOf(who);
  if (who.reader !== undefined) return (await who.reader(collection, ADVISORY_TYPES)) ?? [];
  if ((await new CollectionRepository(store).get(collection)) === undefined) return [];
  const repo = new ExchangeObjectRepository(store);
  const scope = {
    unrestricted: true,
    clearance: { userId: '', orgId: who.orgId, defaultLevel: 'red' as const, byOrigin: new Map() },
  };
  const objects: Obj[] = [];
  let afterSeq: number | undefined;
  for (;;) {
    const page = await repo.query({
      collectionId: collection,
      scope,
      types: [...ADVISORY_TYPES],
      versions: { last: true },
      limit: 1000,
      withBody: true,
      ...(afterSeq !== undefined ? { afterSeq } : {}),
    });
    for (const row of page.rows)
      if (row.body !== undefined) objects.push(JSON.parse(row.body) as Obj);
    const last = page.rows.at(-1);
    if (!page.more || last === undefined) break;
    afterSeq = last.seq;
  }
  return objects;
}

const isAdvisoryReport = (o: Obj) =>
  o.type === 'report' && Array.isArray(o.report_types) && o.report_types.includes('vulnerability');

function readAdvisories(objects: readonly Obj[]): Advisory[] {
  return objects.filter(isAdvisoryReport).flatMap((r) => {
    try {
      return [advisoryFromStix(objects, String(r.id))];
    } catch {
      return []; // a vulnerability report that did not come from a CSAF advisory
    }
  });
}

/** Every stored advisory, read back from its STIX form (inventory matching reads them all). */
export async function readStoredAdvisories(store: Store, who: AdvisoryActor): Promise<Advisory[]> {
  return readAdvisories(await readObjects(store, who));
}

/** One advisory by its report id or its CSAF tracking id. */
export async function showAdvisory(
  store: Store,
  id: string,
  who: AdvisoryActor,
): Promise<Advisory> {
  const found = readAdvisories(await readObjects(store, who)).find(
    (a) => advisoryReportId(a) === id || a.trackingId === id,
  );
  if (found === undefined)
    throw new CoopsecError('NOT_FOUND', `no advisory ${id}`, {
      details: [{ field: 'id', message: 'no advisory with that report id or tracking id' }],
    });
  return found;
}
