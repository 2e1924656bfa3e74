/**
 * @module repositories/orgs
 * Organisations (a national centre each, or a client of one) and their users.
 *
 * @example
 * const orgs = new OrgRepository(store);
 * await orgs.addOrg({ id: 'kg-cert', name: 'KG-CERT' });
 * const user = await orgs.addUser({ orgId: 'kg-cert', name: 'analyst' });
 */
import { randomUUID } from 'node:crypto';
import { sql, type SqlBool } from 'kysely';
import { CoopsecError } from '@coopsec/model';
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export interface Organization {
  readonly id: string;
  readonly name: string;
  /** Set for a client of another organisation (it receives that organisation's TLP:AMBER). */
  readonly parentOrg: string | null;
}

export interface AppUser {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  readonly isAdmin: boolean;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function checkIdentifier(kind: string, id: string): void {
  if (!ID_RE.test(id)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `${kind} id "${id}" must be 1–128 letters, digits, '.', '_', ':' or '-'`,
    );
  }
}

export class OrgRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  async addOrg(org: {
    id: string;
    name: string;
    parentOrg?: string | null;
  }): Promise<Organization> {
    checkIdentifier('organisation', org.id);
    if (await this.getOrg(org.id))
      throw new CoopsecError('CONFLICT', `organisation ${org.id} already exists`);
    const parent = org.parentOrg ?? null;
    if (parent !== null && !(await this.getOrg(parent)))
      throw new CoopsecError('NOT_FOUND', `parent organisation ${parent} does not exist`);
    await this.#db
      .insertInto('organization')
      .values({
        id: org.id,
        name: org.name,
        parent_org: parent,
        created_at: new Date().toISOString(),
      })
      .execute();
    return { id: org.id, name: org.name, parentOrg: parent };
  }

  async getOrg(id: string): Promise<Organization | undefined> {
    const row = await this.#db
      .selectFrom('organization')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { id: row.id, name: row.name, parentOrg: row.parent_org };
  }

  async listOrgs(): Promise<Organization[]> {
    const rows = await this.#db.selectFrom('organization').selectAll().orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, parentOrg: r.parent_org }));
  }

  async addUser(user: {
    orgId: string;
    name: string;
    isAdmin?: boolean;
    id?: string;
  }): Promise<AppUser> {
    if (!(await this.getOrg(user.orgId)))
      throw new CoopsecError('NOT_FOUND', `organisation ${user.orgId} does not exist`);
    // Names are unique regardless of case: a recipient named by name must be unambiguous.
    const clash = await this.#db
      .selectFrom('app_user')
      .select('name')
      .where(sql<SqlBool>`lower(name) = lower(${user.name})`)
      .executeTakeFirst();
    if (clash !== undefined)
      throw new CoopsecError(
        'CONFLICT',
        clash.name === user.name
          ? `user ${user.name} already exists`
          : `user ${user.name} clashes with existing user ${clash.name} (names are unique regardless of case)`,
      );
    const id = user.id ?? `user--${randomUUID()}`;
    await this.#db
      .insertInto('app_user')
      .values({
        id,
        org_id: user.orgId,
        name: user.name,
        is_admin: user.isAdmin === true ? 1 : 0,
        created_at: new Date().toISOString(),
      })
      .execute();
    return { id, orgId: user.orgId, name: user.name, isAdmin: user.isAdmin === true };
  }

  async getUser(id: string): Promise<AppUser | undefined> {
    const row = await this.#db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { id: row.id, orgId: row.org_id, name: row.name, isAdmin: Number(row.is_admin) === 1 };
  }

  /** The user named `name` exactly, or with `anyCase` the only user whose name matches regardless of case. */
  async findUserByName(
    name: string,
    options: { anyCase?: boolean } = {},
  ): Promise<AppUser | undefined> {
    let row = await this.#db
      .selectFrom('app_user')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    if (row === undefined && options.anyCase === true) {
      const rows = await this.#db
        .selectFrom('app_user')
        .selectAll()
        .where(sql<SqlBool>`lower(name) = lower(${name})`)
        .limit(2)
        .execute();
      row = rows.length === 1 ? rows[0] : undefined;
    }
    return row === undefined
      ? undefined
      : { id: row.id, orgId: row.org_id, name: row.name, isAdmin: Number(row.is_admin) === 1 };
  }

  async listUsers(orgId?: string): Promise<AppUser[]> {
    let q = this.#db.selectFrom('app_user').selectAll();
    if (orgId !== undefined) q = q.where('org_id', '=', orgId);
    const rows = await q.orderBy('name').execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      name: r.name,
      isAdmin: Number(r.is_admin) === 1,
    }));
  }
}
