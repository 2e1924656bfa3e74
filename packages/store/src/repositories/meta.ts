/** @module repositories/meta — small key/value facts about the database itself. */
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export class MetaRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  async get(key: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.#db
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
