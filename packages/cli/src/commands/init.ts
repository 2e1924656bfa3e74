/**
 * @module commands/init
 * `coopsec init`: create the database (run its migrations) and load the bundled data.
 */
import { loadBundled } from '@coopsec/app';
import { FederationRepository, openStore } from '@coopsec/store';
import { globalOptions, storeTarget, type CommandLike } from '../context.ts';
import { action, printJson } from '../output.ts';

export const initAction = action(async (_options: unknown, command: CommandLike) => {
  const options = globalOptions(command);
  const store = await openStore(storeTarget(options), { create: true });
  try {
    const summary = await loadBundled(store);
    // The node id partners see (federation): COOPSEC_NODE_ID when the database is created.
    const nodeId = await new FederationRepository(store).nodeId();
    if (options.json === true)
      printJson({ database: store.description, dialect: store.dialect, nodeId, loaded: summary });
    else {
      process.stdout.write(
        `Database ready: ${store.description} (${store.dialect})\n` +
          `Loaded ${summary.assessments} assessments, ${summary.gci} GCI figures, ${summary.claims} claims and ${summary.sources} sources.\n` +
          `Node id (what federation partners see): ${nodeId}\n` +
          `Next: coopsec assess KGZ\n`,
      );
    }
  } finally {
    await store.close();
  }
});
