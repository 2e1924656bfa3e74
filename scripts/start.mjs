#!/usr/bin/env node
// `npm start`: builds the dashboard when its sources are newer than packages/web/dist, then runs
// the server (TAXII + REST API + dashboard) on PORT/--port (default 8080). Arguments after
// `npm start --` are passed to the server: --port, --host, --db, --no-web.
// SIGINT/SIGTERM are forwarded to the server, which closes its port and database cleanly.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureWebBuilt, root } from './build-web.mjs';

const args = process.argv.slice(2);

if (!args.includes('--no-web')) {
  try {
    if (!ensureWebBuilt()) console.log('coopsec: dashboard is up to date (packages/web/dist)');
  } catch (error) {
    console.error(`coopsec: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'packages', 'server', 'src', 'main.ts'), ...args],
  {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  },
);
const forward = (signal) => {
  if (server.exitCode === null) server.kill(signal);
};
process.on('SIGINT', () => forward('SIGINT'));
process.on('SIGTERM', () => forward('SIGTERM'));
server.on('exit', (code, signal) =>
  process.exit(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1)),
);
