/**
 * @module advisories
 * Vulnerability advisories (issue 17 item 3): a CSAF 2.0 document is validated, read, and
 * stored as STIX (report + vulnerabilities + publisher identity, @coopsec/advisory) in a TAXII
 * collection (default `advisories`), so it travels over TAXII and federation like any object;
 * export reads it back and writes CSAF again. Importing the same release twice writes nothing;
 * a newer release writes new versions of the same objects.
 * The CLI acts as the node's operator and reads everything; the REST API passes the caller's
 * `reader`, which serves exactly what TAXII would serve that caller (collection grants, TLP,
 * agreements, granular markings), so an advisory is never shown to someone its markings exclude.
 */
import {
  advisoryFromStix,
  advisoryReportId,
  advisoryToStix,
  assertCsaf,
  readCsaf,
  writeCsaf,
  type Advisory,
} from '@coopsec/advisory';
import { CoopsecError } from '@coopsec/model';
import { objectTlp, tlpRank, viewLevel, type TlpLevel } from '@coopsec/stix';
import {
  canonicalTimestamp,
  CollectionRepository,
  ExchangeObjectRepository,
  type Store,
} from '@coopsec/store';

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

export interface AdvisorySummary {
  readonly id: string;
  readonly trackingId: string;
  readonly title: string;
  readonly publisher: string;
  readonly version: string;
  readonly currentReleaseDate: string;
  readonly tlp?: TlpLevel;
  readonly cves: readonly string[];
  /** The highest CVSS base score computed from the advisory's vectors; undefined when none. */
  readonly maxScore?: number;
  readonly products: number;
}

type Obj = Record<string, unknown>;

const collectionOf = (who: AdvisoryActor) => who.collection ?? ADVISORY_COLLECTION;

function summary(a: Advisory): AdvisorySummary {
  const scores = a.vulnerabilities.flatMap((v) => v.scores.map((s) => s.baseScore));
  return {
    id: advisoryReportId(a),
    trackingId: a.trackingId,
    title: a.title,
    publisher: a.publisher.name,
    version: a.version,
    currentReleaseDate: a.currentReleaseDate,
    ...(a.tlp !== undefined ? { tlp: a.tlp } : {}),
    cves: a.vulnerabilities.flatMap((v) => (v.cve !== undefined ? [v.cve] : [])),
    ...(scores.length > 0 ? { maxScore: Math.max(...scores) } : {}),
    products: a.products.length,
  };
}

async function ensureCollection(store: Store, id: string): Promise<void> {
  const repo = new CollectionRepository(store);
  if ((await repo.get(id)) !== undefined) return;
  await repo.add({
    id,
    title: 'Vulnerability advisories',
    description: 'CSAF 2.0 advisories as STIX (report, vulnerability, identity)',
    ownerOrg: null,
  });
}

/** Validates and stores a CSAF document; `written` counts the new object versions. */
export async function importAdvisory(
  store: Store,
  document: unknown,
  who: AdvisoryActor,
): Promise<AdvisorySummary & { written: number }> {
  assertCsaf(document);
  const advisory = readCsaf(document);
  const objects = advisoryToStix(advisory);
  const collection = collectionOf(who);
  await ensureCollection(store, collection);
  const written = await new ExchangeObjectRepository(store).ingest(collection, async (session) => {
    const stored = await session.existingVersions(objects.map((o) => String(o.id)));
    const have = new Set(
      stored
        .filter((v) => v.collectionId === collection)
        .map(
          (v) =>
            `${v.objectId}|${canonicalTimestamp(String((JSON.parse(v.body) as Obj).modified))}`,
        ),
    );
    const fresh = objects.filter(
      (o) => !have.has(`${String(o.id)}|${canonicalTimestamp(String(o.modified))}`),
    );
    if (fresh.length > 0)
      await session.insert(
        fresh.map((o) => ({
          objectId: String(o.id),
          type: String(o.type),
          specVersion: '2.1',
          created: String(o.created),
          modified: String(o.modified),
          tlp: objectTlp(o) ?? 'none',
          viewRank: tlpRank(viewLevel(o)),
          originOrg: who.orgId,
          originUser: who.userId ?? `cli:${who.orgId}`,
          recipients: null,
          hasGranular: false,
          body: JSON.stringify(o),
        })),
      );
    return fresh.length;
  });
  return { ...summary(advisory), written };
}

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

export async function listAdvisories(
  store: Store,
  who: AdvisoryActor,
): Promise<{ advisories: AdvisorySummary[] }> {
  const list = readAdvisories(await readObjects(store, who)).map(summary);
  list.sort((a, b) => (a.currentReleaseDate < b.currentReleaseDate ? 1 : -1));
  return { advisories: list };
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

/** The advisory as a CSAF 2.0 document. */
export async function exportAdvisory(store: Store, id: string, who: AdvisoryActor): Promise<Obj> {
  return writeCsaf(await showAdvisory(store, id, who));
}
