/**
 * @module taxii/ingest
 * TAXII 2.1 §5.5 add objects, as one use case that owns its transaction: every object of the
 * envelope is checked, its markings and recipients resolved and its origin decided (README.md
 * "Writes"); accepted versions and the status resource commit together before the 202.
 * Invalid objects are refused one by one, named by id and rule only.
 */
import { randomUUID } from 'node:crypto';
import { CoopsecError } from '@coopsec/model';
import {
  canonicalJson,
  isStandardTlpId,
  isUnresolvedMarkingRef,
  markingRefs,
  objectTlp,
  tlpRank,
  viewLevel,
} from '@coopsec/stix';
import {
  canonicalVersion,
  ExchangeObjectRepository,
  FederationRepository,
  TaxiiStatusRepository,
  versionKey,
  type ExistingVersion,
  type IngestSession,
  type NewObjectVersion,
  type StatusDetail,
  type Store,
  type TaxiiStatusRecord,
} from '@coopsec/store';
import type { Principal } from '../auth/principal.ts';
import type { IncomingProvenance } from '../federation/provenance.ts';
import { maySee, resolveAccess, type CollectionAccess } from './access.ts';
import { resolveRecipients } from './recipients.ts';
import { checkStixObject } from './stix-adapter.ts';

/** Custom property naming who may receive a TLP:RED object (user ids or user names). */
export const RECIPIENTS_PROPERTY = 'x_coopsec_recipients';

/** Why an object was refused: a rule id and a fixed sentence, never posted values. */
const REFUSALS = {
  'not-an-object': 'the entry is not a JSON object',
  'marking-unresolved':
    'a marking reference is neither a standard TLP marking definition nor a marking definition in this envelope or readable in this collection',
  'recipient-unknown': `an entry of ${RECIPIENTS_PROPERTY} names no user (give user ids or user names)`,
  'version-not-origin':
    'another organisation originated this object; only it may add versions (contribute a sighting, note or opinion instead)',
} as const;

export function parseEnvelope(text: string): unknown[] {
  return envelopeObjects(parseEnvelopeValue(text));
}

/** The envelope as a JSON object (custom envelope properties included). */
export function parseEnvelopeValue(text: string): Readonly<Record<string, unknown>> {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch (error) {
    throw new CoopsecError(
      'BAD_INPUT',
      `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    throw new CoopsecError('BAD_INPUT', 'the body must be a TAXII envelope: {"objects": [...]}');
  }
  return envelope as Record<string, unknown>;
}

export function envelopeObjects(envelope: Readonly<Record<string, unknown>>): unknown[] {
  const objects = envelope.objects;
  if (objects === undefined) return [];
  if (!Array.isArray(objects))
    throw new CoopsecError('BAD_INPUT', 'envelope.objects must be a list');
  return objects;
}

/** An id is echoed in a failure only in the shape of a STIX id (type--something, no spaces). */
const STIX_ID = /^[a-z0-9][a-z0-9-]{0,249}--[\w.:-]{1,100}$/;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

interface Candidate {
  readonly object: Record<string, unknown>;
  readonly id: string;
  readonly version: string;
}

/** A failure names the object by id and version only when they are well-formed STIX values. */
function failure(object: Record<string, unknown> | undefined, message: string): StatusDetail {
  const id = str(object?.id) ?? '';
  const version = str(object?.modified) ?? str(object?.created) ?? '';
  return {
    id: STIX_ID.test(id) ? id : '',
    version: /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(version) ? version : '',
    message,
  };
}

const refusal = (rule: keyof typeof REFUSALS): string => `refused (${rule}): ${REFUSALS[rule]}`;

export interface IngestRequest {
  readonly store: Store;
  readonly collectionId: string;
  readonly writer: Principal;
  /** The writer's rights on the collection (write checked by the caller). */
  readonly access: CollectionAccess;
  readonly objects: readonly unknown[];
  /** Set when a peer node delivered the envelope: its path is kept beside new versions. */
  readonly provenance?: IncomingProvenance;
}

/** Stores what may be stored and returns the status resource, committed with the objects. */
export async function ingestEnvelope(request: IngestRequest): Promise<TaxiiStatusRecord> {
  const failures: StatusDetail[] = [];
  const candidates: Candidate[] = [];
  for (const entry of request.objects) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      failures.push(failure(undefined, refusal('not-an-object')));
      continue;
    }
    const object = entry as Record<string, unknown>;
    const check = checkStixObject(object);
    if (!check.ok) {
      failures.push(failure(object, `refused: breaks STIX 2.1 rule(s) ${check.rules.join(', ')}`));
      continue;
    }
    const id = str(object.id) ?? '';
    candidates.push({ object, id, version: str(object.modified) ?? str(object.created) ?? '' });
  }
  const envelopeMarkings = new Set(
    candidates.filter((c) => c.object.type === 'marking-definition').map((c) => c.id),
  );
  const requestTimestamp = new Date().toISOString();
  const repository = new ExchangeObjectRepository(request.store);
  return repository.ingest(request.collectionId, async (session) => {
    const referenced = candidates
      .flatMap((c) => markingRefs(c.object))
      .filter((r) => !isStandardTlpId(r));
    const existing = await session.existingVersions([
      ...candidates.map((c) => c.id),
      ...referenced,
    ]);
    const decide = new OriginDecider(request, session, existing);
    const accepted: NewObjectVersion[] = [];
    const acceptedOf = new Map<Candidate, NewObjectVersion>();
    const duplicates = new Set<Candidate>();
    for (const c of candidates) {
      const unresolved = markingRefs(c.object).some((ref) =>
        isUnresolvedMarkingRef(ref, (id) => envelopeMarkings.has(id) || decide.readableHere(id)),
      );
      if (unresolved) {
        failures.push(failure(c.object, refusal('marking-unresolved')));
        continue;
      }
      const recipients = await resolveRecipients(
        { db: session.trx },
        c.object[RECIPIENTS_PROPERTY],
      );
      if (recipients === undefined) {
        failures.push(failure(c.object, refusal('recipient-unknown')));
        continue;
      }
      const origin = await decide.originOf(c, session.dateAdded);
      if (origin === 'refuse') {
        failures.push(failure(c.object, refusal('version-not-origin')));
        continue;
      }
      if (origin === 'stored') {
        duplicates.add(c);
        continue;
      }
      const tlp = objectTlp(c.object) ?? 'none';
      const row: NewObjectVersion = {
        objectId: c.id,
        type: str(c.object.type) ?? '',
        specVersion: str(c.object.spec_version) ?? '2.1',
        created: str(c.object.created),
        modified: str(c.object.modified),
        tlp,
        viewRank: tlpRank(viewLevel(c.object)),
        originOrg: origin.org,
        originUser: origin.user,
        recipients: recipients.length > 0 ? recipients : null,
        hasGranular:
          Array.isArray(c.object.granular_markings) && c.object.granular_markings.length > 0,
        body: JSON.stringify(c.object),
      };
      accepted.push(row);
      acceptedOf.set(c, row);
    }
    const inserted = await session.insert(accepted);
    const provenance = request.provenance;
    if (provenance !== undefined) {
      const fresh = accepted.filter((row) =>
        inserted.has(
          versionKey(row.objectId, canonicalVersion(row, session.dateAdded), row.originOrg),
        ),
      );
      await new FederationRepository(request.store).recordProvenance(
        request.collectionId,
        fresh.map((row) => ({
          objectId: row.objectId,
          version: canonicalVersion(row, session.dateAdded),
          peerId: provenance.peerId,
          receivedAt: session.dateAdded,
          path: provenance.pathOf(row.objectId),
        })),
        session.trx,
      );
    }
    const successes: StatusDetail[] = candidates.flatMap((c): StatusDetail[] => {
      if (duplicates.has(c))
        return [
          {
            id: c.id,
            version: c.version || session.dateAdded,
            message: 'this version was already stored',
          },
        ];
      const row = acceptedOf.get(c);
      if (row === undefined) return [];
      const fresh = inserted.has(
        versionKey(row.objectId, canonicalVersion(row, session.dateAdded), row.originOrg),
      );
      const version = c.version || session.dateAdded;
      return fresh
        ? [{ id: c.id, version }]
        : [{ id: c.id, version, message: 'this version was already stored' }];
    });
    const record: TaxiiStatusRecord = {
      id: randomUUID(),
      collectionId: request.collectionId,
      orgId: request.writer.orgId,
      userId: request.writer.userId,
      requestTimestamp,
      status: 'complete',
      totalCount: request.objects.length,
      successCount: successes.length,
      failureCount: failures.length,
      pendingCount: 0,
      successes,
      failures,
      pendings: [],
    };
    await new TaxiiStatusRepository(request.store).save(record, session.trx);
    return record;
  });
}

type Origin = { readonly org: string; readonly user: string } | 'refuse' | 'stored';

/**
 * Decides whose version a posted object is (README.md "Writes"). Only the origin organisation
 * adds versions; a writer who cannot see another organisation's object learns nothing of it;
 * an exact copy of a version the writer can read elsewhere keeps its first origin.
 */
class OriginDecider {
  readonly #request: IngestRequest;
  readonly #session: IngestSession;
  readonly #byId = new Map<string, ExistingVersion[]>();
  readonly #accessByCollection = new Map<string, CollectionAccess | undefined>();
  /** Lineages this envelope has started: object id → origin organisation. */
  readonly #started = new Map<string, string>();

  constructor(
    request: IngestRequest,
    session: IngestSession,
    existing: readonly ExistingVersion[],
  ) {
    this.#request = request;
    this.#session = session;
    for (const e of existing)
      this.#byId.set(e.objectId, [...(this.#byId.get(e.objectId) ?? []), e]);
  }

  /** A marking definition stored in this collection that the writer may see. */
  readableHere(id: string): boolean {
    return (this.#byId.get(id) ?? []).some(
      (e) => e.collectionId === this.#request.collectionId && maySee(this.#request.access, e),
    );
  }

  async originOf(c: Candidate, dateAdded: string): Promise<Origin> {
    const writer = this.#request.writer;
    const own = { org: writer.orgId, user: writer.userId };
    const versions = this.#byId.get(c.id) ?? [];
    const here = versions.filter((e) => e.collectionId === this.#request.collectionId);
    if (this.#started.get(c.id) === writer.orgId || here.some((e) => e.originOrg === writer.orgId))
      return own;
    const version = canonicalVersion(
      { modified: str(c.object.modified), created: str(c.object.created) },
      dateAdded,
    );
    const visibleHere = here.filter((e) => maySee(this.#request.access, e));
    if (visibleHere.length > 0)
      return visibleHere.some((e) => e.version === version && sameObject(e.body, c.object))
        ? 'stored'
        : 'refuse';
    const elsewhere: ExistingVersion[] = [];
    for (const e of versions) {
      if (e.collectionId === this.#request.collectionId) continue;
      const access = await this.#access(e.collectionId);
      if (access !== undefined && maySee(access, e)) elsewhere.push(e);
    }
    let origin: Origin = own;
    if (elsewhere.length > 0) {
      const copy = elsewhere.find((e) => e.version === version && sameObject(e.body, c.object));
      if (copy !== undefined) origin = { org: copy.originOrg, user: copy.originUser };
      else if (!elsewhere.some((e) => e.originOrg === writer.orgId)) return 'refuse';
    }
    this.#started.set(c.id, origin.org);
    return origin;
  }

  async #access(collectionId: string): Promise<CollectionAccess | undefined> {
    if (!this.#accessByCollection.has(collectionId))
      this.#accessByCollection.set(
        collectionId,
        await resolveAccess({ db: this.#session.trx }, this.#request.writer, collectionId),
      );
    return this.#accessByCollection.get(collectionId);
  }
}

function sameObject(storedBody: string, posted: Record<string, unknown>): boolean {
  try {
    return canonicalJson(JSON.parse(storedBody)) === canonicalJson(posted);
  } catch {
    return false;
  }
}
