/**
 * Start-up time of the installed `coopsec` command, from a production install (the workspace
 * packages packed and installed with `npm install --omit=dev`, made by
 * scripts/prod-install-check.mjs), each beside a bare `node -e 0` measured in the same run,
 * the two interleaved so that load on a shared machine hits both alike:
 *
 * - `coopsec --help`
 * - `coopsec assess KGZ --json` (SQLite store already initialised)
 * - `coopsec stix validate <small file>` (one indicator bundle)
 * - 100 × `coopsec stix validate <small file>` in a shell loop
 *
 * Goals: each command within 3× of `node -e 0`; the loop under 20 s.
 *
 *   node --import tsx bench/cli-start.bench.ts [--runs 9] [--app <install folder>] [--no-write]
 *
 * Without --app it installs into bench/out/prod-app (reused when present; delete it to
 * reinstall). Results go to bench/RESULTS.md, section "CLI start" (only that section is edited).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option('runs') ?? 9);
const app = option('app') ?? join(root, 'bench', 'out', 'prod-app');
const bin = join(app, 'node_modules', '.bin', 'coopsec');

if (!existsSync(bin)) {
  console.log(`== no production install in ${app}: making one (scripts/prod-install-check.mjs)`);
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'prod-install-check.mjs'), '--dir', app],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('the production install failed');
}

const work = join(root, 'bench', 'out', 'cli-start');
mkdirSync(work, { recursive: true });
const db = join(work, 'coopsec.db');
const small = join(work, 'indicator.json');
writeFileSync(
  small,
  `${JSON.stringify(
    {
      type: 'bundle',
      id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d',
      objects: [
        {
          type: 'indicator',
          spec_version: '2.1',
          id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
          created: '2026-01-01T00:00:00.000Z',
          modified: '2026-01-01T00:00:00.000Z',
          name: 'C2 address',
          indicator_types: ['malicious-activity'],
          pattern: "[ipv4-addr:value = '198.51.100.7']",
          pattern_type: 'stix',
          valid_from: '2026-01-01T00:00:00Z',
        },
      ],
    },
    null,
    2,
  )}\n`,
);
// No NODE_OPTIONS from the caller (e.g. --import tsx): the installed product runs plain node.
const env = { ...process.env, NODE_OPTIONS: '', COOPSEC_DB: db, HOME: work };

function timeOnce(cmd: string, cmdArgs: readonly string[], expectCode = 0): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== expectCode)
    throw new Error(`${cmd} ${cmdArgs.join(' ')} exited ${r.status}: ${String(r.stderr)}`);
  return ms;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

// The first assess initialises the store (bundled data); that is not start-up, so not timed.
timeOnce(bin, ['assess', 'KGZ', '--json']);

const cases: { name: string; args: string[] }[] = [
  { name: '`coopsec --help`', args: ['--help'] },
  { name: '`coopsec assess KGZ --json`', args: ['assess', 'KGZ', '--json'] },
  { name: '`coopsec stix validate <1-object bundle>`', args: ['stix', 'validate', small] },
];
const results = cases.map((c) => {
  const base: number[] = [];
  const cmd: number[] = [];
  timeOnce(bin, c.args); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    base.push(timeOnce(process.execPath, ['-e', '0']));
    cmd.push(timeOnce(bin, c.args));
  }
  const r = { name: c.name, base: median(base), cmd: median(cmd) };
  console.log(
    `${c.name}: ${r.cmd.toFixed(0)} ms, node -e 0: ${r.base.toFixed(0)} ms, ratio ${(r.cmd / r.base).toFixed(2)}× (median of ${RUNS})`,
  );
  return r;
});

function shellLoop(body: string): number {
  const start = process.hrtime.bigint();
  execFileSync('bash', ['-c', `for i in $(seq 100); do ${body} >/dev/null || exit 1; done`], {
    env,
    stdio: 'inherit',
  });
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const loopMs = shellLoop(`"${bin}" stix validate "${small}"`);
// The same loop of bare node starts, for scale: on a loaded machine both grow alike.
const loopBaseMs = shellLoop(`"${process.execPath}" -e 0`);
console.log(
  `100 × stix validate in a shell loop: ${(loopMs / 1000).toFixed(1)} s (100 × node -e 0: ${(loopBaseMs / 1000).toFixed(1)} s)`,
);

const sh = (cmd: string) => execFileSync('sh', ['-c', cmd], { encoding: 'utf8' }).trim();
const nproc = sh('nproc');
const cpu =
  /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown CPU';
const load = sh('uptime').replace(/.*load average:\s*/, '');
const date = sh('date -u +%Y-%m-%dT%H:%MZ');
const ratio = (r: { base: number; cmd: number }) =>
  `${r.cmd.toFixed(0)} ms / ${r.base.toFixed(0)} ms = ${(r.cmd / r.base).toFixed(2)}× ${r.cmd / r.base <= 3 ? '✓' : '✗'}`;
const row = `| ${date} | ${nproc} | ${cpu} | ${load} | ${process.version} | ${results.map(ratio).join(' | ')} | ${(loopMs / 1000).toFixed(1)} s ${loopMs < 20_000 ? '✓' : '✗'} (100 × \`node -e 0\`: ${(loopBaseMs / 1000).toFixed(1)} s) |`;
console.log(row);

if (!args.includes('--no-write')) {
  const file = join(root, 'bench', 'RESULTS.md');
  let text = readFileSync(file, 'utf8');
  const header = [
    '## CLI start',
    '',
    '`node --import tsx bench/cli-start.bench.ts [--runs 9]` — the `coopsec` binary of a production',
    'install (every workspace package packed and installed with `npm install --omit=dev` by',
    '`scripts/prod-install-check.mjs`; plain node, no tsx), each command beside a bare',
    '`node -e 0` measured in the same run, interleaved; medians of 9 runs after one warm-up.',
    '`assess` runs on a SQLite file that is already initialised. The loop is 100 ×',
    '`coopsec stix validate <1-object bundle>` in `bash`, beside 100 × `node -e 0` in the same',
    'run. Goals: each ≤ 3× `node -e 0`, the loop < 20 s. Load average as `uptime` printed it at',
    'the end (shared machine).',
    '',
    '| date (UTC) | nproc | CPU (/proc/cpuinfo) | load average (1, 5, 15 min) | node | `--help` ÷ `node -e 0` | `assess KGZ --json` ÷ `node -e 0` | `stix validate` ÷ `node -e 0` | 100 × `stix validate` |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ].join('\n');
  const start = text.indexOf('## CLI start');
  if (start < 0) {
    text = `${text.trimEnd()}\n\n${header}\n${row}\n`;
  } else {
    const next = text.indexOf('\n## ', start + 1);
    const section = next < 0 ? text.slice(start) : text.slice(start, next + 1);
    const lines = section.trimEnd().split('\n');
    const lastRow = lines.findLastIndex((l) => l.startsWith('| '));
    lines.splice(lastRow + 1, 0, row);
    const updated = `${lines.join('\n')}\n`;
    text = text.slice(0, start) + updated + (next < 0 ? '' : text.slice(next));
  }
  writeFileSync(file, text);
  console.log('bench/RESULTS.md: section "CLI start" updated');
}
