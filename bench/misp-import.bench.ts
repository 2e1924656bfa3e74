/**
 * MISP feed import (issue 18 item 5): a generated feed of 100,000 attributes (100 events of
 * 1,000: ip-dst, domain, md5, url; 70 % to_ids). Same-run baseline: `JSON.parse` of the feed's
 * files. Then the conversion alone (readMispEvents + eventToStix, in this process) and the full
 * import through the real CLI (`coopsec misp import <folder>` on a fresh SQLite store: the
 * hashes.csv check, conversion, TAXII ingest with one transaction per event).
 *
 *   node --conditions=@coopsec/source --import tsx bench/misp-import.bench.ts [--attributes 100000]
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eventToStix, readMispEvents, writeFeed, type MispEventJson } from '@coopsec/misp';
import { CLI_ARGS } from '../packages/cli/src/testing/run-cli.ts';

const { values } = parseArgs({ options: { attributes: { type: 'string', default: '100000' } } });
const TOTAL = Number(values.attributes);
const PER_EVENT = 1000;
const dir = mkdtempSync(join(tmpdir(), 'coopsec-misp-bench-'));
const feed = join(dir, 'feed');
const md5 = (t: string) => createHash('md5').update(t).digest('hex');

function attribute(n: number) {
  const kind = n % 4;
  const [type, value] =
    kind === 0
      ? ['ip-dst', `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`]
      : kind === 1
        ? ['domain', `host${n}.example.org`]
        : kind === 2
          ? ['md5', md5(String(n))]
          : ['url', `https://host${n}.example.net/path/${n}`];
  return {
    uuid: randomUUID(),
    type,
    category: 'Network activity',
    value,
    to_ids: n % 10 < 7,
    timestamp: '1704100000',
    distribution: '5',
  };
}

const events: MispEventJson[] = [];
for (let e = 0; e * PER_EVENT < TOTAL; e++) {
  events.push({
    Event: {
      uuid: randomUUID(),
      info: `bench event ${e}`,
      date: '2024-01-01',
      timestamp: '1704100000',
      published: true,
      publish_timestamp: '1704100000',
      distribution: '3',
      Tag: [{ name: 'tlp:green' }],
      Attribute: Array.from({ length: Math.min(PER_EVENT, TOTAL - e * PER_EVENT) }, (_, i) =>
        attribute(e * PER_EVENT + i),
      ),
    },
  });
}
(await import('node:fs')).mkdirSync(feed);
for (const [name, text] of writeFeed(events, md5)) writeFileSync(join(feed, name), text);

const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const result = fn();
  return [result, (performance.now() - start) / 1000];
};

const files = readdirSync(feed).filter((f) => f.endsWith('.json'));
const [, baseline] = time(() =>
  files.map((f) => JSON.parse(readFileSync(join(feed, f), 'utf8')) as unknown),
);
const [objects, convert] = time(() =>
  files
    .filter((f) => f !== 'manifest.json')
    .reduce((n, f) => {
      const json: unknown = JSON.parse(readFileSync(join(feed, f), 'utf8'));
      return n + readMispEvents(json, f).reduce((m, e) => m + eventToStix(e).objects.length, 0);
    }, 0),
);

const db = join(dir, 'c.db');
const cli = (args: string[]) => {
  const run = spawnSync(process.execPath, [...CLI_ARGS, '--db', db, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`coopsec ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
};
cli(['init']);
cli(['org', 'add', 'cert', '--name', 'CERT']);
cli(['key', 'create', '--org', 'cert']);
cli(['collection', 'add', 'misp', '--title', 'MISP', '--owner', 'cert']);
const [summary, full] = time(() =>
  cli(['--json', 'misp', 'import', feed, '--collection', 'misp', '--org', 'cert']),
);
const s = JSON.parse(summary) as { imported: number };

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`feed: ${events.length} events, ${TOTAL} attributes`);
console.log(`baseline JSON.parse of the feed files: ${baseline.toFixed(2)} s`);
console.log(
  `conversion alone (${objects} STIX objects): ${convert.toFixed(2)} s = ${(convert / baseline).toFixed(1)} × baseline`,
);
console.log(
  `full import through the CLI (${s.imported} stored): ${full.toFixed(2)} s = ${(full / baseline).toFixed(1)} × baseline`,
);
