#!/usr/bin/env node
// Checks that the product installs and runs without dev dependencies, as on a production host:
//   1. builds what is stale (scripts/build.mjs: tsc -b and the dashboard),
//   2. `npm pack`s every workspace package,
//   3. installs the tarballs into an empty folder with `npm install --omit=dev`,
//   4. checks that no build tool came along (tsx, typescript, vite) and that no installed
//      runtime file imports tsx or reads ../shared,
//   5. runs `npx coopsec --help`, `npx coopsec assess KGZ` and `npx coopsec serve` there, and
//      fetches the dashboard, one of its assets and /api/health on 127.0.0.1.
// Exits non-zero on the first failure.
//
//   node scripts/prod-install-check.mjs [--dir <folder>] [--keep] [--skip-build]
//
// --dir installs into that folder (created, must be empty or a previous install) and keeps it;
// bench/cli-start.bench.ts uses that to time the installed binary.
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt } from './build.mjs';
import { root } from './build-web.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    keep: { type: 'boolean' },
    'skip-build': { type: 'boolean' },
  },
});

const WORKSPACES = [
  'model',
  'stix',
  'match',
  'misp',
  'incident',
  'advisory',
  'i18n',
  'store',
  'app',
  'report',
  'server',
  'cli',
  'web',
];
const FORBIDDEN_PACKAGES = [
  'tsx',
  'typescript',
  'vite',
  'esbuild',
  'eslint',
  '@vitejs/plugin-react',
];

const step = (text) => console.log(`\n== ${text}`);
function fail(message) {
  console.error(`prod-install-check: FAILED: ${message}`);
  process.exit(1);
}
function run(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
    });
  } catch (error) {
    const e = /** @type {{ stdout?: string, stderr?: string, status?: number }} */ (error);
    fail(`${cmd} ${args.join(' ')} exited ${e.status}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'coopsec-prod-'));
const app = values.dir ?? join(work, 'app');
const keep = values.keep === true || values.dir !== undefined;
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs, { recursive: true });
mkdirSync(app, { recursive: true });

if (values['skip-build'] !== true) {
  step('build (tsc -b, dashboard)');
  try {
    ensureBuilt();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

step('npm pack every workspace package');
const packed = JSON.parse(
  run(
    'npm',
    [
      'pack',
      '--json',
      '--pack-destination',
      tarballs,
      ...WORKSPACES.map((w) => `--workspace=packages/${w}`),
    ],
    { cwd: root },
  ),
);
const files = packed.map((p) => join(tarballs, p.filename));
for (const p of packed) {
  const names = p.files.map((f) => f.path);
  const bad = names.filter((n) => /^src\/|\.test\.|\.tsbuildinfo$/.test(n));
  if (bad.length > 0) fail(`${p.name} would ship ${bad.slice(0, 5).join(', ')}`);
  console.log(`${p.filename}: ${p.entryCount} files, ${(p.size / 1024).toFixed(0)} KiB`);
}
if (!packed.some((p) => p.files.some((f) => f.path === 'dist/index.html')))
  fail('@coopsec/web does not ship dist/index.html');

step(`npm install --omit=dev into ${app}`);
writeFileSync(
  join(app, 'package.json'),
  `${JSON.stringify({ name: 'coopsec-production', private: true, allowScripts: { 'better-sqlite3': true } }, null, 2)}\n`,
);
run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock', ...files], {
  cwd: app,
});

step('no build tools, no tsx, no ../shared at run time');
const modules = join(app, 'node_modules');
for (const name of FORBIDDEN_PACKAGES)
  if (existsSync(join(modules, name))) fail(`${name} was installed, but it is a dev tool`);
function walk(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
for (const w of WORKSPACES.filter((w) => w !== 'web')) {
  for (const file of walk(join(modules, '@coopsec', w))) {
    if (!/\.(m?js)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (/from\s+['"]tsx|import\(\s*['"]tsx|\.\.\/shared\b/.test(text))
      fail(`${relative(app, file)} imports tsx or reads ../shared`);
    if (/from\s+['"]\.{1,2}\/[^'"]*\.ts['"]/.test(text))
      fail(`${relative(app, file)} still imports a .ts file`);
  }
}

const env = {
  ...process.env,
  HOME: join(work, 'home'),
  COOPSEC_DB: join(work, 'coopsec.db'),
  NODE_OPTIONS: '',
};
const npx = (args) => run('npx', ['--no', '--', 'coopsec', ...args], { cwd: app, env });

step('npx coopsec --help');
const help = npx(['--help']);
for (const command of ['assess', 'serve', 'stix', 'report'])
  if (!help.includes(command)) fail(`--help does not list ${command}:\n${help}`);

step('npx coopsec assess KGZ');
const assess = npx(['assess', 'KGZ']);
if (!/Kyrgyz/.test(assess) || !/Composite index/.test(assess))
  fail(`unexpected assess output:\n${assess}`);
console.log(assess.split('\n').slice(0, 2).join('\n'));
const json = JSON.parse(npx(['assess', 'KGZ', '--json']));
if (json.country !== 'KGZ') fail('assess --json did not name KGZ');

step('npx coopsec serve (dashboard included), on 127.0.0.1');
const port = await new Promise((resolve, reject) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = /** @type {import('node:net').AddressInfo} */ (probe.address());
    probe.close(() => resolve(p));
  });
  probe.on('error', reject);
});
const server = spawn(
  'npx',
  ['--no', '--', 'coopsec', 'serve', '--host', '127.0.0.1', '--port', String(port)],
  {
    cwd: app,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));
const exited = new Promise((resolve) =>
  server.on('exit', (code, signal) => resolve({ code, signal })),
);
const base = `http://127.0.0.1:${port}`;
async function stopServer() {
  if (server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // npx and the node process it started
    } catch {
      /* already gone */
    }
  }
  const timeout = setTimeout(() => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 10_000);
  await exited;
  clearTimeout(timeout);
}
try {
  let index;
  for (let i = 0; i < 120 && index === undefined; i++) {
    if (server.exitCode !== null) fail(`coopsec serve exited ${server.exitCode}\n${serverLog}`);
    try {
      const res = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
      if (res.ok) index = await res.text();
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  if (index === undefined) fail(`the server did not answer on ${base}\n${serverLog}`);
  if (!/<div id="root">/.test(index)) fail(`/ is not the dashboard:\n${index.slice(0, 300)}`);
  const asset = /(?:src|href)="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
  if (asset === undefined) fail('index.html names no /assets/*.js');
  const assetRes = await fetch(`${base}${asset}`);
  if (!assetRes.ok) fail(`${asset}: HTTP ${assetRes.status}`);
  const health = await fetch(`${base}/api/health`);
  if (!health.ok) fail(`/api/health: HTTP ${health.status}`);
  const discovery = await fetch(`${base}/taxii2/`, {
    headers: { accept: 'application/taxii+json;version=2.1' },
  });
  console.log(
    `/ ${index.length} B dashboard, ${asset} ${assetRes.status}, /api/health ${JSON.stringify(await health.json())}, /taxii2/ ${discovery.status}`,
  );
} finally {
  await stopServer();
}

if (!keep) rmSync(work, { recursive: true, force: true });
else if (values.dir !== undefined) rmSync(work, { recursive: true, force: true });
console.log(`\nprod-install-check: OK${keep ? ` (installed in ${app})` : ''}`);
