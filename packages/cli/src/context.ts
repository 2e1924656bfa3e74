/**
 * @module context
 * What every command shares: the global options and the store they select. A store that has
 * never been initialised gets the bundled data on first use, so that `coopsec assess KGZ`
 * works straight after installation (and says so on stderr).
 */
import { describeLoad, ensureBundledData } from '@coopsec/app';
import { chooseDatabase, openStore, type Store } from '@coopsec/store';
import type { GlobalOptions } from './options.ts';

export { globalOptions, type CommandLike, type GlobalOptions } from './options.ts';

export function storeTarget(options: GlobalOptions): string {
  return chooseDatabase(options).target;
}

/** Whether the selected database may be created when missing (see chooseDatabase). */
export function mayCreateStore(options: GlobalOptions): boolean {
  return chooseDatabase(options).create;
}

/** Opens the selected store (loading the bundled data on first use), runs `fn`, closes it. */
export async function withStore<T>(
  options: GlobalOptions,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(storeTarget(options), { create: mayCreateStore(options) });
  try {
    const loaded = await ensureBundledData(store);
    if (loaded !== undefined && options.json !== true)
      process.stderr.write(`coopsec: ${describeLoad(store, loaded)}\n`);
    return await fn(store);
  } finally {
    await store.close();
  }
}
