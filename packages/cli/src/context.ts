/**
 * @module context
 * What every command shares: the global options and the store they select. A store that has
 * never been initialised gets the bundled data on first use, so that `coopsec assess KGZ`
 * works straight after installation (and says so on stderr).
 */
import {
  chooseDatabase,
  hasBundledData,
  loadBundledData,
  openStore,
  type Store,
} from '@coopsec/store';
import { bundledClaims } from './bundled-claims.ts';
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
    if (!(await hasBundledData(store))) {
      const summary = await loadBundledData(store, { claims: bundledClaims() });
      if (options.json !== true) {
        process.stderr.write(
          `coopsec: first use of ${store.description}: loaded the bundled data (${summary.assessments} assessments, ${summary.gci} GCI figures, ${summary.claims} claims)\n`,
        );
      }
    }
    return await fn(store);
  } finally {
    await store.close();
  }
}
