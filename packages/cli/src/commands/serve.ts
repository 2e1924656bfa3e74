/**
 * @module commands/serve
 * `coopsec serve [--port 8080] [--host 127.0.0.1]`: runs the server (TAXII 2.1 at /taxii2/,
 * REST at /api/, dashboard at /) on the selected store until SIGINT/SIGTERM. On first run it
 * creates an administrator and prints its API key once (stderr).
 */
import type { Command } from '@commander-js/extra-typings';
import { bootstrapAdmin, buildApp, REDACT_PATHS } from '@coopsec/server';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action } from '../output.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the coopsec server (TAXII 2.1, REST API, dashboard)')
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--public-url <url>', 'base URL clients use (for TAXII discovery links)')
    .option('--max-content-length <bytes>', 'largest request body accepted')
    .option('--log-level <level>', 'pino log level', 'info')
    .action(
      action(
        async (
          options: {
            port: string;
            host: string;
            publicUrl?: string;
            maxContentLength?: string;
            logLevel: string;
          },
          command: CommandLike,
        ) =>
          withStore(globalOptions(command), async (store) => {
            const first = await bootstrapAdmin(store);
            if (first.created) {
              process.stderr.write(
                `coopsec: created administrator ${first.userName} (organisation ${first.orgId}); API key, shown once:\n${first.key}\n`,
              );
            }
            const app = await buildApp({
              store,
              logger: {
                level: options.logLevel,
                redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
              },
              ...(options.publicUrl !== undefined ? { publicUrl: options.publicUrl } : {}),
              ...(options.maxContentLength !== undefined
                ? { maxContentLength: Number(options.maxContentLength) }
                : {}),
            });
            await app.listen({ port: Number(options.port), host: options.host });
            process.stderr.write(
              `coopsec: serving ${store.description} at http://${options.host}:${options.port}/ (TAXII 2.1 at /taxii2/)\n`,
            );
            await new Promise<void>((resolve) => {
              const stop = () => resolve();
              process.once('SIGINT', stop);
              process.once('SIGTERM', stop);
            });
            await app.close();
          }),
      ),
    );
}
