/**
 * @module repositories/api-keys
 * API keys: `csk_<id>_<secret>`, a public 12-hex-digit id for lookup and a 256-bit random
 * secret of which only the sha256 is stored. A slow hash (scrypt) buys nothing for a
 * 256-bit random secret and would cost milliseconds on every request.
 *
 * @example
 * const { key } = await new ApiKeyRepository(store).create({ userId });   // print once
 * const found = await new ApiKeyRepository(store).verify(key);            // undefined if wrong
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CoopsecError } from '@coopsec/model';
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export interface ApiKeyOwner {
  readonly keyId: string;
  readonly userId: string;
  readonly userName: string;
  readonly orgId: string;
  readonly isAdmin: boolean;
}

export interface ApiKeyInfo {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const KEY_RE = /^csk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** Splits a full key into its id and secret; undefined when it is not one of ours. */
export function parseApiKey(key: string): { id: string; secret: string } | undefined {
  const m = KEY_RE.exec(key);
  return m?.[1] === undefined || m[2] === undefined ? undefined : { id: m[1], secret: m[2] };
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export class ApiKeyRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  /** Creates a key for a user. The returned `key` is shown once and never stored. */
  async create(options: { userId: string }): Promise<{ id: string; key: string }> {
    const user = await this.#db
      .selectFrom('app_user')
      .select('id')
      .where('id', '=', options.userId)
      .executeTakeFirst();
    if (user === undefined)
      throw new CoopsecError('NOT_FOUND', `user ${options.userId} does not exist`);
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    await this.#db
      .insertInto('api_key')
      .values({
        id,
        user_id: options.userId,
        secret_hash: hashSecret(secret),
        created_at: new Date().toISOString(),
        revoked_at: null,
      })
      .execute();
    return { id, key: `csk_${id}_${secret}` };
  }

  /**
   * Checks a key (full `csk_…` form, or a key id with its secret) and returns its owner.
   * Constant-time comparison of the hashes; revoked keys never verify.
   */
  async verify(key: string, expectedId?: string): Promise<ApiKeyOwner | undefined> {
    const parsed = parseApiKey(key);
    if (parsed === undefined) return undefined;
    if (expectedId !== undefined && expectedId !== parsed.id) return undefined;
    const row = await this.#db
      .selectFrom('api_key')
      .innerJoin('app_user', 'app_user.id', 'api_key.user_id')
      .select([
        'api_key.id as key_id',
        'api_key.secret_hash',
        'api_key.revoked_at',
        'app_user.id as user_id',
        'app_user.name',
        'app_user.org_id',
        'app_user.is_admin',
      ])
      .where('api_key.id', '=', parsed.id)
      .executeTakeFirst();
    if (row === undefined || row.revoked_at !== null) return undefined;
    const a = Buffer.from(row.secret_hash, 'hex');
    const b = Buffer.from(hashSecret(parsed.secret), 'hex');
    if (a.length !== b.length || !timingSafeEqual(a, b)) return undefined;
    return {
      keyId: row.key_id,
      userId: row.user_id,
      userName: row.name,
      orgId: row.org_id,
      isAdmin: Number(row.is_admin) === 1,
    };
  }

  async revoke(id: string): Promise<boolean> {
    const rows = await this.#db
      .updateTable('api_key')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    return rows.length > 0;
  }

  async list(userId?: string): Promise<ApiKeyInfo[]> {
    let q = this.#db.selectFrom('api_key').select(['id', 'user_id', 'created_at', 'revoked_at']);
    if (userId !== undefined) q = q.where('user_id', '=', userId);
    const rows = await q.orderBy('created_at').execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
    }));
  }
}
