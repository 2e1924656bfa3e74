/**
 * @module access
 * Collection rights and the reader's clearance table for one collection, and what a reader is
 * served of a stored version. Who receives which object version is decided in `@coopsec/stix`
 * (`access/clearance.ts`, the rules in README.md); this module only loads the facts
 * (organisation, parent, grant, agreements) and applies it, for every edge: TAXII, REST, the
 * dashboard's exports, federation, and alerts raised for an organisation.
 *
 * Collection access: platform administrators, the owner organisation, and organisations with
 * a read (write) grant may read (write).
 */
import {
  clearanceFor,
  clearanceTable,
  serveVersion,
  TLP_LEVELS,
  tlpRank,
  type ClearanceTable,
  type SharingAgreement,
  type VersionFacts,
} from '@coopsec/stix';
import {
  AgreementRepository,
  CollectionRepository,
  ExchangeObjectRepository,
  OrgRepository,
  type StoredVersion,
  type AccessScope,
  type Store,
  type TaxiiCollection,
} from '@coopsec/store';

/** Who reads: a signed-in user of an organisation, or an organisation as a whole. */
export interface AccessPrincipal {
  readonly userId: string;
  readonly orgId: string;
  /** Platform administrators may read every collection (their clearance is still their own). */
  readonly isAdmin: boolean;
}

/**
 * An organisation as a reader, not one of its people: it holds what its organisation's
 * clearance allows, never TLP:RED (RED goes to named individuals only, FIRST TLP 2.0), so the
 * user id is one that no user has (users are `user--<uuid>`, CLI writers `cli:<org>`). It is
 * compared with stored posters and recipients in SQL, so it must be text every back end can
 * hold: PostgreSQL refuses a NUL character, which once made every such read fail there.
 */
export function organisationReader(orgId: string): AccessPrincipal {
  return { userId: `(organisation ${orgId} as a whole)`, orgId, isAdmin: false };
}

export interface CollectionAccess {
  readonly collection: TaxiiCollection;
  readonly canRead: boolean;
  readonly canWrite: boolean;
  readonly scope: AccessScope & { readonly clearance: ClearanceTable };
}

export interface PolicyInput {
  readonly principal: AccessPrincipal;
  /** The reader organisation's parent (set for a client of another organisation). */
  readonly parentOrg: string | null;
  readonly collection: TaxiiCollection;
  readonly grant: { readonly canRead: boolean; readonly canWrite: boolean } | undefined;
  /** Agreements on this collection whose recipient is the reader's org or its parent. */
  readonly agreements: readonly SharingAgreement[];
}

/** Pure: collection rights and the clearance table from the facts. */
export function computeAccess(input: PolicyInput): CollectionAccess {
  const { principal, collection } = input;
  const owner = collection.ownerOrg !== null && collection.ownerOrg === principal.orgId;
  const canRead = principal.isAdmin || owner || input.grant?.canRead === true;
  const canWrite = principal.isAdmin || owner || input.grant?.canWrite === true;
  const clearance = clearanceTable(
    { userId: principal.userId, orgId: principal.orgId, parentOrg: input.parentOrg },
    input.agreements,
  );
  return { collection, canRead, canWrite, scope: { clearance } };
}

/** Whether the reader of `access` may see a stored version (any part of it). */
export function maySee(
  access: CollectionAccess,
  version: VersionFacts & { readonly viewRank: number },
): boolean {
  return (
    access.canRead && tlpRank(clearanceFor(access.scope.clearance, version)) >= version.viewRank
  );
}

/** Loads the facts for `principal` on `collectionId` and applies the policy; undefined if no such collection. */
export async function resolveAccess(
  store: Pick<Store, 'db'>,
  principal: AccessPrincipal,
  collectionId: string,
): Promise<CollectionAccess | undefined> {
  const collection = await new CollectionRepository(store).get(collectionId);
  if (collection === undefined) return undefined;
  const org = await new OrgRepository(store).getOrg(principal.orgId);
  const parentOrg = org?.parentOrg ?? null;
  const [grant] = await new CollectionRepository(store).grants({
    collectionId,
    orgId: principal.orgId,
  });
  const recipients = parentOrg === null ? [principal.orgId] : [principal.orgId, parentOrg];
  const agreements = await new AgreementRepository(store).list({
    collectionId,
    toOrgs: recipients,
  });
  return computeAccess({ principal, parentOrg, collection, grant, agreements });
}

/** The JSON text to serve for a row: stored bytes, a redacted copy, or nothing (withheld). */
export function servedBody(row: StoredVersion, access: CollectionAccess): string | undefined {
  if (row.body === undefined) return undefined;
  const clearance = clearanceFor(access.scope.clearance, row);
  if (tlpRank(clearance) < row.viewRank) return undefined;
  if (!row.hasGranular) return row.body;
  try {
    const object = JSON.parse(row.body) as Record<string, unknown>;
    const served = serveVersion(object, TLP_LEVELS[row.viewRank] ?? 'red', clearance);
    return served === undefined ? undefined : served === object ? row.body : JSON.stringify(served);
  } catch {
    return undefined; // fail closed: a version that cannot be redacted is not served
  }
}

const PAGE = 1000;

/** Undefined when the collection does not exist or `principal` may not read it. */
export async function servedObjects(
  store: Store,
  principal: AccessPrincipal,
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
