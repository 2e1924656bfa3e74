#!/usr/bin/env node
// `npm run build`: compiles the Node packages (tsc -b tsconfig.build.json → packages/*/dist)
// and the dashboard (Vite → packages/web/dist). Both steps skip what is up to date: tsc -b
// compares its .tsbuildinfo with the sources, build-web.mjs compares mtimes. `npm start`
// calls ensureBuilt() so that a fresh clone (`npm ci && npm start`) works without a manual
// build, and a checkout whose sources changed never runs a stale dist/.
//   node scripts/build.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuilt, root } from './build-web.mjs';

function findTsc() {
  const bin = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  return existsSync(bin) ? bin : undefined;
}

/** Builds the Node packages and the dashboard where they are missing or stale; throws on failure. */
export function ensureBuilt({ force = false, web = true, log = console.log } = {}) {
  const tsc = findTsc();
  if (tsc === undefined) throw new Error('typescript is not installed; run `npm ci` first');
  const built = spawnSync(
    process.execPath,
    [tsc, '-b', join(root, 'tsconfig.build.json'), ...(force ? ['--force'] : [])],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('the TypeScript build (tsc -b) failed');
  if (web && !ensureWebBuilt({ force, log }))
    log('coopsec: dashboard is up to date (packages/web/dist)');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureBuilt({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`coopsec: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
