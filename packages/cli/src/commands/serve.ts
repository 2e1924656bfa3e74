/**
 * @module commands/serve
 * `coopsec serve [--port 8080] [--host 127.0.0.1]`: runs the server (TAXII 2.1 at /taxii2/,
 * REST at /api/, dashboard at /) on the selected store until SIGINT/SIGTERM, through the same
 * `startServer()` as `npm start`. On first run it loads the bundled data, creates an
 * administrator and prints its API key once (stderr).
 */
import { startServer } from '@coopsec/server';
import { describeLoad } from '@coopsec/app';
import { globalOptions, mayCreateStore, storeTarget, type CommandLike } from '../context.ts';
import { action } from '../output.ts';

export interface ServeOptions {
  port: string;
  host: string;
  publicUrl?: string;
  maxContentLength?: string;
  logLevel: string;
  webRoot?: string;
  web: boolean;
}

export const serveAction = action(async (options: ServeOptions, command: CommandLike) => {
  const global = globalOptions(command);
  const server = await startServer({
    db: storeTarget(global),
    createDatabase: mayCreateStore(global),
    port: Number(options.port),
    host: options.host,
    logger: options.logLevel,
    webRoot: options.web ? options.webRoot : false,
    onBundledLoaded: (summary, store) =>
      process.stderr.write(`coopsec: ${describeLoad(store, summary)}\n`),
    ...(options.publicUrl !== undefined ? { publicUrl: options.publicUrl } : {}),
    ...(options.maxContentLength !== undefined
      ? { maxContentLength: Number(options.maxContentLength) }
      : {}),
  });
  try {
    if (server.admin.created) {
      process.stderr.write(
        `coopsec: created administrator ${server.admin.userName} (organisation ${server.admin.orgId}); API key, shown once:\n${server.admin.key}\n`,
      );
    } else {
      process.stderr.write(
        `coopsec: API keys are shown once, when made; list them with \`coopsec key list\`, make an administrator key with \`coopsec key create --org admin --user <your-name> --admin\`\n`,
      );
    }
    process.stderr.write(
      `coopsec: serving ${server.store.description} at ${server.url}/ (TAXII 2.1 at /taxii2/${server.webRoot !== undefined ? ', dashboard at /' : ''})\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  } finally {
    await server.close();
  }
});
