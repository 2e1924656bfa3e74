/**
 * `coopsec misp` through the real CLI on a fresh SQLite store: every sample event imports,
 * importing twice changes nothing, export → re-import changes nothing, a newer timestamp
 * makes a new version, and a feed whose hashes.csv disagrees is refused with nothing written.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateBundle, stixPatternHook } from '@coopsec/stix';
import { CLI_ARGS } from '../testing/run-cli.ts';

const EVENTS = join(import.meta.dirname, '../../../../../shared/data/misp/events');
const dir = mkdtempSync(join(tmpdir(), 'coopsec-misp-'));
const db = join(dir, 'c.db');

const coopsec = (args: string[]) =>
  spawnSync(process.execPath, [...CLI_ARGS, '--db', db, ...args], { encoding: 'utf8' });
const importJson = (source: string) => {
  const run = coopsec([
    '--json',
    'misp',
    'import',
    source,
    '--collection',
    'misp',
    '--org',
    'cert',
  ]);
  assert.equal(run.status, 0, run.stderr + run.stdout);
  return JSON.parse(run.stdout) as {
    imported: number;
    unchanged: number;
    refused: number;
    skipped: Record<string, number>;
  };
};

describe('coopsec misp', () => {
  it('sets up a store, an organisation and a collection', () => {
    for (const args of [
      ['init'],
      ['org', 'add', 'cert', '--name', 'CERT'],
      ['key', 'create', '--org', 'cert'],
      ['collection', 'add', 'misp', '--title', 'MISP', '--owner', 'cert'],
    ]) {
      const run = coopsec(args);
      assert.equal(run.status, 0, run.stderr);
    }
  });

  it('imports every sample event; the files that are not events are named skips', () => {
    const first = importJson(EVENTS);
    assert.ok(first.imported > 50);
    assert.equal(first.refused, 0);
    assert.equal(first.skipped['not-misp'], 5);
    const again = importJson(EVENTS);
    assert.equal(again.imported, 0, 'importing twice changes nothing');
  });

  it('converts without a database to a bundle the project validator accepts', () => {
    const run = spawnSync(
      process.execPath,
      [...CLI_ARGS, 'misp', 'convert', join(EVENTS, 'existing_event.json')],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    const result = validateBundle(JSON.parse(run.stdout), { validatePatternHook: stixPatternHook });
    assert.deepEqual(
      result.findings.filter((f) => f.severity === 'error'),
      [],
    );
  });

  it('exports a feed that re-imports without a change; a bad hashes.csv is refused', () => {
    const feed = join(dir, 'feed');
    const run = coopsec(['misp', 'export', '--collection', 'misp', '--org', 'cert', '--out', feed]);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(
      Object.keys(JSON.parse(readFileSync(join(feed, 'manifest.json'), 'utf8')) as object).length >
        5,
    );
    assert.equal(importJson(feed).imported, 0);
    appendFileSync(
      join(feed, 'hashes.csv'),
      '00000000000000000000000000000000,5a3c2fcd-8328-42bb-a95e-4f4402de0b81\n',
    );
    const bad = coopsec(['misp', 'import', feed, '--collection', 'misp', '--org', 'cert']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /hashes\.csv disagrees/);
  });

  it('a newer event timestamp makes new versions', () => {
    type Event = { timestamp: string; Attribute: { timestamp: string; to_ids: boolean }[] };
    const event = JSON.parse(readFileSync(join(EVENTS, 'existing_event.json'), 'utf8')) as Event;
    event.timestamp = String(Number(event.timestamp) + 3600);
    for (const a of event.Attribute) a.timestamp = String(Number(a.timestamp) + 3600);
    const file = join(dir, 'newer.json');
    writeFileSync(file, JSON.stringify({ Event: event }));
    const newer = importJson(file);
    // Every indicator (to_ids) and the grouping get a new version; SCOs have none to make.
    const detecting = event.Attribute.filter((a) => a.to_ids).length;
    assert.ok(newer.imported >= detecting + 1, JSON.stringify(newer));
    assert.equal(importJson(file).imported, 0);
  });

  it('refuses a file that is not JSON with exit code 2', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"Event": ');
    const run = coopsec(['misp', 'import', file, '--collection', 'misp', '--org', 'cert']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /not JSON/);
  });
});
