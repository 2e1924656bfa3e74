/**
 * @module repositories/collections
 * TAXII collections and the read/write grants organisations hold on them.
 * The owner organisation of a collection may always read and write it.
 */
import { CoopsecError } from '@coopsec/model';
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';
import { checkIdentifier } from './orgs.ts';

export interface TaxiiCollection {
  readonly id: string;
  readonly apiRoot: string;
  readonly title: string;
  readonly description: string | null;
  readonly ownerOrg: string | null;
}

export interface CollectionGrant {
  readonly collectionId: string;
  readonly orgId: string;
  readonly canRead: boolean;
  readonly canWrite: boolean;
}

export class CollectionRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  async add(c: {
    id: string;
    title: string;
    description?: string | null;
    ownerOrg?: string | null;
    apiRoot?: string;
  }): Promise<TaxiiCollection> {
    checkIdentifier('collection', c.id);
    const apiRoot = c.apiRoot ?? 'default';
    checkIdentifier('API root', apiRoot);
    if (await this.get(c.id))
      throw new CoopsecError('CONFLICT', `collection ${c.id} already exists`);
    const owner = c.ownerOrg ?? null;
    if (owner !== null) {
      const org = await this.#db
        .selectFrom('organization')
        .select('id')
        .where('id', '=', owner)
        .executeTakeFirst();
      if (org === undefined)
        throw new CoopsecError('NOT_FOUND', `organisation ${owner} does not exist`);
    }
    await this.#db
      .insertInto('taxii_collection')
      .values({
        id: c.id,
        api_root: apiRoot,
        title: c.title,
        description: c.description ?? null,
        owner_org: owner,
        created_at: new Date().toISOString(),
      })
      .execute();
    return {
      id: c.id,
      apiRoot,
      title: c.title,
      description: c.description ?? null,
      ownerOrg: owner,
    };
  }

  async get(id: string): Promise<TaxiiCollection | undefined> {
    const r = await this.#db
      .selectFrom('taxii_collection')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r === undefined
      ? undefined
      : {
          id: r.id,
          apiRoot: r.api_root,
          title: r.title,
          description: r.description,
          ownerOrg: r.owner_org,
        };
  }

  async list(apiRoot?: string): Promise<TaxiiCollection[]> {
    let q = this.#db.selectFrom('taxii_collection').selectAll();
    if (apiRoot !== undefined) q = q.where('api_root', '=', apiRoot);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      apiRoot: r.api_root,
      title: r.title,
      description: r.description,
      ownerOrg: r.owner_org,
    }));
  }

  async apiRoots(): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('taxii_collection')
      .select('api_root')
      .distinct()
      .orderBy('api_root')
      .execute();
    return rows.map((r) => r.api_root);
  }

  /** Sets (replaces) an organisation's grant on a collection. */
  async grant(g: {
    collectionId: string;
    orgId: string;
    canRead: boolean;
    canWrite: boolean;
  }): Promise<CollectionGrant> {
    if (!(await this.get(g.collectionId)))
      throw new CoopsecError('NOT_FOUND', `collection ${g.collectionId} does not exist`);
    const org = await this.#db
      .selectFrom('organization')
      .select('id')
      .where('id', '=', g.orgId)
      .executeTakeFirst();
    if (org === undefined)
      throw new CoopsecError('NOT_FOUND', `organisation ${g.orgId} does not exist`);
    const values = { can_read: g.canRead ? 1 : 0, can_write: g.canWrite ? 1 : 0 };
    await this.#db
      .insertInto('collection_grant')
      .values({ collection_id: g.collectionId, org_id: g.orgId, ...values })
      .onConflict((oc) => oc.columns(['collection_id', 'org_id']).doUpdateSet(values))
      .execute();
    return { ...g };
  }

  async grants(filter: { collectionId?: string; orgId?: string } = {}): Promise<CollectionGrant[]> {
    let q = this.#db.selectFrom('collection_grant').selectAll();
    if (filter.collectionId !== undefined) q = q.where('collection_id', '=', filter.collectionId);
    if (filter.orgId !== undefined) q = q.where('org_id', '=', filter.orgId);
    const rows = await q.orderBy('collection_id').orderBy('org_id').execute();
    return rows.map((r) => ({
      collectionId: r.collection_id,
      orgId: r.org_id,
      canRead: Number(r.can_read) === 1,
      canWrite: Number(r.can_write) === 1,
    }));
  }
}
