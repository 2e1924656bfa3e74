#!/usr/bin/env node
// `npm start`: builds the dashboard when its sources are newer than packages/web/dist, then runs
// the server (TAXII + REST API + dashboard) on PORT/--port (default 8080). Arguments after
// `npm start --` are passed to the server: --port, --host, --db, --no-web.
// SIGINT/SIGTERM are forwarded to the server, which closes its port and database cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'packages', 'web');
const dist = join(web, 'dist', 'index.html');
const args = process.argv.slice(2);

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (!existsSync(dist)) return true;
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(web, p)).filter(existsSync);
  return Math.max(...sources.map(newestMtime)) > statSync(dist).mtimeMs;
}

function findVite() {
  for (const base of [join(web, 'node_modules'), join(root, 'node_modules')]) {
    const bin = join(base, 'vite', 'bin', 'vite.js');
    if (existsSync(bin)) return bin;
  }
  return undefined;
}

if (!args.includes('--no-web')) {
  if (needsBuild()) {
    const vite = findVite();
    if (vite === undefined) {
      console.error('coopsec: vite is not installed; run `npm ci` first');
      process.exit(1);
    }
    console.log('coopsec: building the dashboard (packages/web → packages/web/dist)…');
    const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
    if (built.status !== 0) {
      console.error('coopsec: the dashboard build failed');
      process.exit(built.status ?? 1);
    }
  } else {
    console.log('coopsec: dashboard is up to date (packages/web/dist)');
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'packages', 'server', 'src', 'main.ts'), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
const forward = (signal) => {
  if (server.exitCode === null) server.kill(signal);
};
process.on('SIGINT', () => forward('SIGINT'));
process.on('SIGTERM', () => forward('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1)));
