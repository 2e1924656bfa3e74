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
  advisoryReportId,
  advisoryToStix,
  assertCsaf,
  readCsaf,
  writeCsaf,
  type Advisory,
} from '@coopsec/advisory';
import { objectTlp, tlpRank, viewLevel, type TlpLevel } from '@coopsec/stix';
import {
  canonicalTimestamp,
  CollectionRepository,
  ExchangeObjectRepository,
  type Store,
} from '@coopsec/store';
import {
  collectionOf,
  readStoredAdvisories,
  showAdvisory,
  type AdvisoryActor,
} from './advisory-read.ts';
import { raiseInventoryAlerts } from './inventory-alerts.ts';

export {
  ADVISORY_COLLECTION,
  readStoredAdvisories,
  showAdvisory,
  type AdvisoryActor,
  type CollectionReader,
} from './advisory-read.ts';

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
): Promise<AdvisorySummary & { written: number; alertsRaised: number }> {
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
  const head = summary(advisory);
  // Every organisation whose inventory the advisory affects, and that may read it, is alerted.
  const raised = await raiseInventoryAlerts(store, { advisoryId: head.id, collection });
  return { ...head, written, alertsRaised: raised.length };
}

export async function listAdvisories(
  store: Store,
  who: AdvisoryActor,
): Promise<{ advisories: AdvisorySummary[] }> {
  const list = (await readStoredAdvisories(store, who)).map(summary);
  list.sort((a, b) => (a.currentReleaseDate < b.currentReleaseDate ? 1 : -1));
  return { advisories: list };
}

/** The advisory as a CSAF 2.0 document. */
export async function exportAdvisory(store: Store, id: string, who: AdvisoryActor): Promise<Obj> {
  return writeCsaf(await showAdvisory(store, id, who));
}
