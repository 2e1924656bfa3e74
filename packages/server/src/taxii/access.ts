/**
 * @module taxii/access
 * Collection rights and the reader's clearance table for one collection. Who receives which
 * object version is decided in `@coopsec/stix` (`access/clearance.ts`, the rules in README.md);
 * this module only loads the facts (organisation, parent, grant, agreements) and applies it.
 *
 * Collection access: platform administrators, the owner organisation, and organisations with
 * a read (write) grant may read (write).
 */
import {
  clearanceFor,
  clearanceTable,
  tlpRank,
  type ClearanceTable,
  type SharingAgreement,
  type VersionFacts,
} from '@coopsec/stix';
import {
  AgreementRepository,
  CollectionRepository,
  OrgRepository,
  type AccessScope,
  type Store,
  type TaxiiCollection,
} from '@coopsec/store';
import type { Principal } from '../auth/principal.ts';

export interface CollectionAccess {
  readonly collection: TaxiiCollection;
  readonly canRead: boolean;
  readonly canWrite: boolean;
  readonly scope: AccessScope & { readonly clearance: ClearanceTable };
}

export interface PolicyInput {
  readonly principal: Principal;
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
  principal: Principal,
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
