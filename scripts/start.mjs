#!/usr/bin/env node
// `npm start`: builds what is missing or stale (scripts/build.mjs: tsc -b for the packages,
// Vite for the dashboard), then runs the compiled server (TAXII + REST API + dashboard) on
// PORT/--port (default 8080). Arguments after `npm start --` are passed to the server: --port,
// --host, --db, --web-root, --no-web. SIGINT/SIGTERM are forwarded to the server, which closes
// its port and database cleanly. A production host runs `coopsec serve` from an installed
// package instead (README, Deployment): no build there.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt } from './build.mjs';
import { root } from './build-web.mjs';

const args = process.argv.slice(2);

try {
  ensureBuilt({ web: !args.includes('--no-web') });
} catch (error) {
  console.error(`coopsec: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const server = spawn(
  process.execPath,
  [join(root, 'packages', 'server', 'dist', 'main.js'), ...args],
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
