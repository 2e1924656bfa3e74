#!/usr/bin/env node
// Runs the test suites on node's own test runner. Node 20 does not expand globs and
// `node --test dir/` finds nothing, so we collect files ourselves and refuse to run zero.
//
//   node scripts/test.mjs                 unit + integration tests that need no service
//   node scripts/test.mjs --suite pg      tests against a real PostgreSQL (COOPSEC_TEST_PG_URL)
//   node scripts/test.mjs --suite chromium tests that drive Debian's Chromium
//   node scripts/test.mjs --suite integration  only the *.integration.test.ts files of the
//                                         default suite (databases, sockets; `npm run test:integration`)
//   node scripts/test.mjs [--suite S] [path-substring ...]  only files whose path contains one
//   node scripts/test.mjs --list [...]    print the files a run would take, run nothing
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, sep } from 'node:path';

const args = process.argv.slice(2);
const list = args.includes('--list');
const rest = args.filter((a) => a !== '--list');
const suiteIndex = rest.indexOf('--suite');
const suite = suiteIndex >= 0 ? rest[suiteIndex + 1] : 'default';
const filters = rest.filter((_, i) => suiteIndex < 0 || (i !== suiteIndex && i !== suiteIndex + 1));

const suffixes = { pg: '.pg.test.ts', chromium: '.chromium.test.ts' };
const special = Object.values(suffixes);
const inDefault = (file) => file.endsWith('.test.ts') && !special.some((s) => file.endsWith(s));
const wanted = (file) =>
  suite === 'default'
    ? inDefault(file)
    : suite === 'integration'
      ? inDefault(file) && file.endsWith('.integration.test.ts')
      : file.endsWith(suffixes[suite] ?? '\0');

const suites = ['default', 'integration', ...Object.keys(suffixes)];
if (!suites.includes(suite)) {
  console.error(`unknown suite "${suite}" (known: ${suites.join(', ')})`);
  process.exit(2);
}
// An unknown flag would otherwise be read as a path filter and match nothing.
const flag = filters.find((f) => f.startsWith('-'));
if (flag !== undefined) {
  console.error(`unknown option "${flag}" (known: --suite <${suites.join('|')}>, --list)`);
  process.exit(2);
}

const roots = ['packages', 'test', 'bench'];
const files = [];
for (const root of roots) {
  let entries = [];
  try {
    entries = readdirSync(root, { recursive: true });
  } catch {
    continue;
  }
  for (const entry of entries) {
    const path = join(root, String(entry));
    if (path.split(sep).includes('node_modules')) continue;
    if (wanted(path) && (filters.length === 0 || filters.some((f) => path.includes(f))))
      files.push(path);
  }
}
files.sort();
if (list && files.length > 0) {
  console.log(files.join('\n'));
  process.exit(0);
}
if (files.length === 0) {
  console.error(
    `no test files found for suite "${suite}"${filters.length ? ` matching ${filters.join(', ')}` : ''}`,
  );
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  // Tests run the TypeScript sources: `@coopsec/source` makes every workspace package resolve to
  // its src/index.ts instead of the compiled dist/ (see the packages' `exports`).
  ['--conditions=@coopsec/source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
