/**
 * @module taxii/access
 * Who receives what (TLP 2.0, FIRST definitions) for one reader and one collection.
 *
 * Collection access: platform administrators, the owner organisation, and organisations with
 * a read (write) grant may read (write). Within a readable collection an object is served when
 *  - the reader's own organisation contributed it (any level but RED);
 *  - TLP:CLEAR (TLP 1.0 WHITE): to every reader of the collection;
 *  - TLP:GREEN, or no TLP marking: to community members (organisations without a parent, i.e.
 *    national centres), and to any organisation an agreement grants `green` from the origin;
 *  - TLP:AMBER: to organisations an agreement grants `amber` from the origin, and to their
 *    clients (organisations whose parent_org is such a recipient);
 *  - TLP:AMBER+STRICT: to organisations an agreement grants `amber+strict` from the origin,
 *    never to their clients;
 *  - TLP:RED: only to the user who posted it and to the users named in its
 *    `x_coopsec_recipients` list (user ids or user names), not to the rest of either organisation.
 * An object copied into a collection by another organisation keeps its first origin, so the
 * originator's agreements keep governing it and AMBER+STRICT/RED never flow onward.
 * Granular TLP markings are applied field by field with the same rules (see stix-adapter).
 */
import {
  AgreementRepository,
  CollectionRepository,
  OrgRepository,
  type AccessScope,
  type Store,
  type TaxiiCollection,
} from '@coopsec/store';
import type { Principal } from '../auth/principal.ts';
import type { TlpLevel } from './stix-adapter.ts';

export interface CollectionAccess {
  readonly collection: TaxiiCollection;
  readonly canRead: boolean;
  readonly canWrite: boolean;
  readonly scope: AccessScope;
}

export interface PolicyInput {
  readonly principal: Principal;
  /** The reader organisation's parent (set for a client of another organisation). */
  readonly parentOrg: string | null;
  readonly collection: TaxiiCollection;
  readonly grant: { readonly canRead: boolean; readonly canWrite: boolean } | undefined;
  /** Agreements on this collection whose recipient is the reader's org or its parent. */
  readonly agreements: readonly {
    readonly fromOrg: string;
    readonly toOrg: string;
    readonly levels: readonly string[];
  }[];
}

/** Pure policy: computes collection rights and the SQL-ready scope from the facts. */
export function computeAccess(input: PolicyInput): CollectionAccess {
  const { principal, collection } = input;
  const owner = collection.ownerOrg !== null && collection.ownerOrg === principal.orgId;
  const canRead = principal.isAdmin || owner || input.grant?.canRead === true;
  const canWrite = principal.isAdmin || owner || input.grant?.canWrite === true;
  const member = input.parentOrg === null;
  const anyOriginLevels = member ? ['clear', 'green', 'none'] : ['clear'];
  const originsByLevel: Record<string, string[]> = {
    green: [],
    none: [],
    amber: [],
    'amber+strict': [],
    clear: [],
  };
  const add = (level: string, org: string) => (originsByLevel[level] ??= []).push(org);
  for (const a of input.agreements) {
    if (a.toOrg === principal.orgId) {
      for (const level of a.levels) {
        add(level, a.fromOrg);
        if (level === 'green') add('none', a.fromOrg);
      }
    } else if (
      input.parentOrg !== null &&
      a.toOrg === input.parentOrg &&
      a.levels.includes('amber')
    ) {
      // TLP:AMBER may go to the recipient's clients; AMBER+STRICT may not.
      add('amber', a.fromOrg);
    }
  }
  return {
    collection,
    canRead,
    canWrite,
    scope: {
      orgId: principal.orgId,
      userId: principal.userId,
      userName: principal.userName,
      anyOriginLevels,
      originsByLevel,
    },
  };
}

/** Whether the scope's reader is cleared for `level` on an object from `originOrg` (granular markings). */
export function clearedFor(
  scope: AccessScope,
  object: { originOrg: string; postedByReader: boolean; recipients: readonly string[] },
  level: TlpLevel,
): boolean {
  if (level === 'red')
    return (
      object.postedByReader ||
      object.recipients.includes(scope.userId) ||
      object.recipients.includes(scope.userName)
    );
  if (object.originOrg === scope.orgId) return true;
  if (scope.anyOriginLevels.includes(level)) return true;
  return scope.originsByLevel[level]?.includes(object.originOrg) === true;
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
