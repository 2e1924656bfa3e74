#!/usr/bin/env node
// `npm run build`: compiles the Node packages (tsc -b tsconfig.build.json → packages/*/dist),
// bundles the CLI (esbuild → packages/cli/dist/bundle, see bundleCli) and builds the dashboard
// (Vite → packages/web/dist). tsc -b and the dashboard skip what is up to date (tsc -b compares
// its .tsbuildinfo with the sources, build-web.mjs compares mtimes); the bundle is always
// redone (a few seconds). `npm start` calls ensureBuilt() so that a fresh clone
// (`npm ci && npm start`) works without a manual build, and never runs a stale dist/.
//   node scripts/build.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { ensureWebBuilt, root } from './build-web.mjs';

/**
 * Packages the CLI bundle leaves to node_modules: native code (better-sqlite3), packages loaded
 * only by some commands and heavy to bundle (the server's Fastify, the report's ECharts, elkjs
 * and playwright-core), and the dev-only PGlite back end. All are dependencies of @coopsec/cli.
 */
const CLI_EXTERNAL = [
  'better-sqlite3',
  'pg',
  'fastify',
  '@fastify/static',
  'echarts',
  'echarts/*',
  'elkjs',
  'elkjs/*',
  'playwright-core',
  '@electric-sql/pglite',
  'kysely-pglite',
];

/**
 * The CLI as an esbuild bundle with one chunk per command (the dynamic imports of
 * commands/*.command.ts stay lazy). Why a bundle on top of tsc -b: loading ES modules file by
 * file costs more than the code in them — kysely's ~280 files alone take ~0.2 s of CPU to
 * import on this machine, bundled ~0.03 s — and every CLI start paid for that. The workspace
 * packages are bundled from their sources (`@coopsec/source`), so the bundle holds exactly one
 * copy of each. Runs the CLI with plain node: `bin/coopsec.mjs` imports dist/bundle/main.js.
 */
export function bundleCli() {
  const outdir = join(root, 'packages', 'cli', 'dist', 'bundle');
  rmSync(outdir, { recursive: true, force: true });
  buildSync({
    entryPoints: [join(root, 'packages', 'cli', 'src', 'main.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['@coopsec/source'],
    external: CLI_EXTERNAL,
    chunkNames: 'chunks/[name]-[hash]',
    // CommonJS packages inside the bundle (commander, cli-progress) call require() for Node's
    // built-ins; ES modules have no require, so each chunk gets one.
    banner: {
      js: "import { createRequire as __coopsecCreateRequire } from 'node:module';\nconst require = __coopsecCreateRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    legalComments: 'none',
    // Whitespace and syntax only: names stay readable in stack traces (COOPSEC_DEBUG=1).
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
}

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
  bundleCli();
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
