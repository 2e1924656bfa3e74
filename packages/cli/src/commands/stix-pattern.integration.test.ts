/**
 * `coopsec stix pattern` and `coopsec stix match`, run as a real process: output and exit codes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readObservations } from './stix-pattern.ts';
import { CLI_ARGS } from '../testing/run-cli.ts';

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COOPSEC_DB: ':memory:' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'coopsec-stix-pattern-'));
const objects = [
  {
    type: 'observed-data',
    id: 'observed-data--a',
    first_observed: '2020-01-01T00:00:00Z',
    last_observed: '2020-01-01T00:00:00Z',
    number_observed: 1,
    object_refs: ['ipv4-addr--1'],
  },
  {
    type: 'observed-data',
    id: 'observed-data--b',
    first_observed: '2020-01-01T00:00:30Z',
    last_observed: '2020-01-01T00:00:30Z',
    number_observed: 1,
    object_refs: ['file--1'],
  },
  { type: 'ipv4-addr', id: 'ipv4-addr--1', value: '1.2.3.4' },
  { type: 'file', id: 'file--1', name: 'evil.exe' },
];
const bundleFile = join(dir, 'bundle.json');
writeFileSync(bundleFile, JSON.stringify({ type: 'bundle', id: 'bundle--1', objects }));
const linesFile = join(dir, 'lines.jsonl');
writeFileSync(linesFile, objects.map((o) => JSON.stringify(o)).join('\n'));

describe('coopsec stix pattern', () => {
  it('explains a valid pattern and exits 0', () => {
    const r = run('stix', 'pattern', "[ipv4-addr:value = '1.2.3.4'] WITHIN 60 SECONDS");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ipv4-addr:value is equal to '1\.2\.3\.4'/);
  });
  it('prints the syntax tree with --json', () => {
    const r = run('--json', 'stix', 'pattern', "[ipv4-addr:value = '1.2.3.4']");
    assert.equal(r.code, 0);
    assert.equal((JSON.parse(r.stdout) as { type: string }).type, 'observation');
  });
  it('exits 2 with line:column on a parse error', () => {
    const r = run('stix', 'pattern', "[ipv4-addr:value = '1.2.3.4'");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /expected '\]', found end of pattern at 1:29/);
    const j = run('--json', 'stix', 'pattern', '[a:b = ]');
    assert.equal(j.code, 2);
    assert.deepEqual(
      (JSON.parse(j.stdout) as { error: { line: number; column: number } }).error.column,
      8,
    );
  });
});

describe('coopsec stix match', () => {
  it('exits 0 on a match and names the observed-data', () => {
    const r = run(
      'stix',
      'match',
      "[ipv4-addr:value = '1.2.3.4'] FOLLOWEDBY [file:name LIKE '%.exe']",
      bundleFile,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /observed-data--a/);
    assert.match(r.stdout, /observed-data--b/);
  });
  it('exits 1 on no match, reading JSON lines', () => {
    const r = run(
      '--json',
      'stix',
      'match',
      "[file:name LIKE '%.exe'] FOLLOWEDBY [ipv4-addr:value = '1.2.3.4']",
      linesFile,
    );
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as { matched: boolean }).matched, false);
  });
  it('exits 2 on a bad pattern or an unreadable file', () => {
    assert.equal(run('stix', 'match', '[a:b = 1', bundleFile).code, 2);
    assert.equal(run('stix', 'match', '[a:b = 1]', join(dir, 'missing.json')).code, 2);
  });
  it('reads one object, arrays, bundles and JSON lines', () => {
    assert.equal(readObservations(JSON.stringify(objects[0])).observed.length, 1);
    assert.equal(readObservations(JSON.stringify(objects)).scos.size, 2);
    assert.equal(
      readObservations(objects.map((o) => JSON.stringify(o)).join('\n')).observed.length,
      2,
    );
    assert.throws(() => readObservations('{"type":"file"}'), /no observed-data/);
    assert.throws(
      () => readObservations('{"type":"observed-data"}\nnot json'),
      /line 2 is not JSON/,
    );
  });
});
