// Builds the dashboard (Vite, packages/web → packages/web/dist) when dist is missing or older
// than its sources. Used by `npm run build` and `npm start` (scripts/build.mjs), the Chromium
// tests and the dashboard bench.
//   node scripts/build-web.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const webDir = join(root, 'packages', 'web');
export const webDist = join(webDir, 'dist');

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function webNeedsBuild() {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return true;
  // The catalogues are bundled from @coopsec/i18n's sources: a changed message is a rebuild.
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json']
    .map((p) => join(webDir, p))
    .concat(join(root, 'packages', 'i18n', 'src'))
    .filter(existsSync);
  return Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
}

function findVite() {
  for (const base of [join(webDir, 'node_modules'), join(root, 'node_modules')]) {
    const bin = join(base, 'vite', 'bin', 'vite.js');
    if (existsSync(bin)) return bin;
  }
  return undefined;
}

/** Returns true when it built, false when dist was up to date; throws when the build fails. */
export function ensureWebBuilt({ force = false, log = console.log } = {}) {
  if (!force && !webNeedsBuild()) return false;
  const vite = findVite();
  if (vite === undefined) throw new Error('vite is not installed; run `npm ci` first');
  log('coopsec: building the dashboard (packages/web → packages/web/dist)…');
  // Always a production build: the test runner sets NODE_ENV=test, which would make Vite skip
  // minification and double the shell's size.
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--mode', 'production', '--logLevel', 'warn'],
    {
      cwd: webDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (built.status !== 0) throw new Error('the dashboard build failed');
  return true;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (!ensureWebBuilt({ force: process.argv.includes('--force') }))
      console.log('coopsec: dashboard is up to date (packages/web/dist)');
  } catch (error) {
    console.error(`coopsec: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
