/**
 * @module commands/serve.command
 * Names, options and help of `coopsec serve`, implemented in serve.ts (loaded only when it runs).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./serve.ts');

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the coopsec server (TAXII 2.1, REST API, dashboard)')
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--public-url <url>', 'base URL clients use (for TAXII discovery links)')
    .option('--max-content-length <bytes>', 'largest request body accepted')
    .option('--log-level <level>', 'pino log level', 'info')
    .option(
      '--web-root <dir>',
      'folder of the built dashboard (default: the installed @coopsec/web package)',
    )
    .option('--no-web', 'serve the TAXII and REST APIs only, without the dashboard')
    .action(lazy(load, 'serveAction'));
}
