/**
 * @module incident-store
 * Joint incident cases kept as STIX objects in a TAXII collection (default `incidents`),
 * through the exchange object store: every change writes new versions of the objects that
 * changed (same id, later `modified`), so a case travels over TAXII and federation like any
 * other object. A change reads the case and writes it in one ingest transaction, which the
 * store serialises per collection, so two local writers cannot both build on one version.
 */
import { caseFromStix, caseToStix, type IncidentCase } from '@coopsec/incident';
import { CoopsecError } from '@coopsec/model';
import { objectTlp, tlpRank, viewLevel } from '@coopsec/stix';
import {
  canonicalTimestamp,
  CollectionRepository,
  ExchangeObjectRepository,
  OrgRepository,
  type ExistingVersion,
  type IngestSession,
  type NewObjectVersion,
  type Store,
} from '@coopsec/store';

export const INCIDENT_COLLECTION = 'incidents';

/** Who acts: the organisation (a case participant) and, for attribution, the user. */
export interface IncidentActor {
  readonly orgId: string;
  readonly userId?: string;
  /** The collection that holds the cases; default {@link INCIDENT_COLLECTION}. */
  readonly collection?: string;
}

type Obj = Record<string, unknown>;

const collectionOf = (who: IncidentActor): string => who.collection ?? INCIDENT_COLLECTION;

/** The newest stored version of each id in `collection`. */
function latest(versions: readonly ExistingVersion[], collection: string): Map<string, Obj> {
  const best = new Map<string, ExistingVersion>();
  for (const v of versions) {
    if (v.collectionId !== collection) continue;
    const seen = best.get(v.objectId);
    if (
      seen === undefined ||
      v.version > seen.version ||
      (v.version === seen.version && v.seq > seen.seq)
    )
      best.set(v.objectId, v);
  }
  return new Map([...best].map(([id, v]) => [id, JSON.parse(v.body) as Obj]));
}

/** Ids an incident refers to: its events, tasks and notes. */
function partRefs(incident: Obj): string[] {
  const ext = (incident.extensions ?? {}) as Record<string, Obj>;
  const refs: string[] = [];
  for (const e of Object.values(ext)) {
    for (const key of ['events', 'tasks'] as const)
      for (const entry of (e[key] as Obj[] | undefined) ?? [])
        for (const v of Object.values(entry)) if (typeof v === 'string') refs.push(v);
    for (const id of (e.note_refs as unknown[] | undefined) ?? [])
      if (typeof id === 'string') refs.push(id);
  }
  return refs;
}

/** The case `id` as stored, read inside an ingest session; NOT_FOUND when there is none. */
async function readCase(
  session: IngestSession,
  collection: string,
  id: string,
): Promise<{ c: IncidentCase; stored: Map<string, Obj> }> {
  const head = latest(await session.existingVersions([id]), collection).get(id);
  if (head === undefined || head.type !== 'incident') throw notFound(id);
  const stored = latest(await session.existingVersions(partRefs(head)), collection);
  stored.set(id, head);
  return { c: caseFromStix([...stored.values()], id), stored };
}

export const notFound = (id: string): CoopsecError =>
  new CoopsecError('NOT_FOUND', `no incident case ${id}`, {
    details: [{ field: 'id', message: 'no such case' }],
  });

/** Hides a case from an organisation that is not on it: the same answer as no case at all. */
export function visibleTo(c: IncidentCase, orgId: string): boolean {
  return c.participants.some((p) => p.organisation === orgId);
}

function toRow(o: Obj, who: IncidentActor): NewObjectVersion {
  return {
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
  };
}

/** Writes the objects of `next` that are new or newer than `stored`; returns how many. */
async function writeChanges(
  session: IngestSession,
  next: IncidentCase,
  stored: ReadonlyMap<string, Obj>,
  who: IncidentActor,
): Promise<number> {
  const changed = caseToStix(next).filter((o) => {
    const old = stored.get(String(o.id));
    return (
      old === undefined ||
      canonicalTimestamp(String(old.modified)) !== canonicalTimestamp(String(o.modified))
    );
  });
  if (changed.length > 0) await session.insert(changed.map((o) => toRow(o, who)));
  return changed.length;
}

async function ensureCollection(store: Store, id: string): Promise<void> {
  const repo = new CollectionRepository(store);
  if ((await repo.get(id)) !== undefined) return;
  // No grants: over TAXII only administrators read it; participants go through the case API.
  await repo.add({
    id,
    title: 'Joint incident cases',
    description: 'coopsec incident cases (STIX incident, event, task, note)',
    ownerOrg: null,
  });
}

export async function requireOrgs(
  store: Store,
  orgs: readonly { field: string; id: string }[],
): Promise<void> {
  const repo = new OrgRepository(store);
  const missing: { field: string; message: string }[] = [];
  for (const o of orgs)
    if ((await repo.getOrg(o.id)) === undefined)
      missing.push({ field: o.field, message: `no organisation ${o.id}` });
  if (missing.length > 0)
    throw new CoopsecError(
      'BAD_INPUT',
      `unknown organisation: ${missing.map((m) => m.message).join('; ')}`,
      { details: missing },
    );
}

/** Stores a newly opened case. */
export async function createCase(store: Store, c: IncidentCase, who: IncidentActor): Promise<void> {
  const collection = collectionOf(who);
  await ensureCollection(store, collection);
  await new ExchangeObjectRepository(store).ingest(collection, (s) =>
    writeChanges(s, c, new Map(), who),
  );
}

/** Reads the case, applies `change` (a domain operation) and stores the new versions. */
export async function changeCase(
  store: Store,
  id: string,
  who: IncidentActor,
  change: (c: IncidentCase) => IncidentCase,
): Promise<IncidentCase> {
  const collection = collectionOf(who);
  if ((await new CollectionRepository(store).get(collection)) === undefined) throw notFound(id);
  return new ExchangeObjectRepository(store).ingest(collection, async (session) => {
    const { c, stored } = await readCase(session, collection, id);
    if (!visibleTo(c, who.orgId)) throw notFound(id);
    const next = change(c);
    await writeChanges(session, next, stored, who);
    return next;
  });
}

/** Every case in the collection (newest versions), for filtering by participant. */
export async function readAllCases(store: Store, who: IncidentActor): Promise<IncidentCase[]> {
  const collection = collectionOf(who);
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
      types: ['incident', 'event', 'task', 'note'],
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
  return objects
    .filter((o) => o.type === 'incident')
    .map((o) => caseFromStix(objects, String(o.id)));
}

/**
 * The `name` of each of `ids` stored in the cases' collection, read as the cases themselves are
 * (readAllCases' scope): only for the report of a case the caller may already see. An object
 * kept elsewhere, or without a name, is left out.
 */
export async function readObjectNames(
  store: Store,
  who: IncidentActor,
  ids: readonly string[],
): Promise<Record<string, string>> {
  const collection = collectionOf(who);
  if (ids.length === 0 || (await new CollectionRepository(store).get(collection)) === undefined)
    return {};
  const page = await new ExchangeObjectRepository(store).query({
    collectionId: collection,
    scope: {
      unrestricted: true,
      clearance: { userId: '', orgId: who.orgId, defaultLevel: 'red', byOrigin: new Map() },
    },
    ids,
    versions: { last: true },
    limit: ids.length,
    withBody: true,
  });
  const names: Record<string, string> = {};
  for (const row of page.rows) {
    if (row.body === undefined) continue;
    const o = JSON.parse(row.body) as Obj;
    if (typeof o.id === 'string' && typeof o.name === 'string') names[o.id] = o.name;
  }
  return names;
}
