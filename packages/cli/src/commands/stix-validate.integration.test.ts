/**
 * `coopsec stix validate` through the real binary: exit codes 0/1/2, human and --json output.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLI_ARGS } from '../testing/run-cli.ts';

const root = resolve(import.meta.dirname, '../../../..');
const examples = resolve(root, '../shared/data/stix2-json-schemas/examples');

const coopsec = (args: string[], input?: string) =>
  spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('coopsec stix validate', () => {
  it('exits 0 for a valid bundle and prints a summary', () => {
    const r = coopsec(['stix', 'validate', resolve(examples, 'threat-reports/apt1.json')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^valid: .*apt1\.json \(bundle with 76 objects\): 0 errors/);
  });
  it('exits 1 for an invalid object from stdin, with --json findings', () => {
    const r = coopsec(
      ['--json', 'stix', 'validate', '-'],
      JSON.stringify({
        type: 'campaign',
        spec_version: '2.1',
        id: 'campaign--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061',
        created: '2016-05-12T08:17:27.000Z',
        modified: '2016-05-12T08:17:26.000Z',
        name: 'x',
      }),
    );
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout) as {
      valid: boolean;
      findings: { ruleId: string; path: string }[];
    };
    assert.equal(out.valid, false);
    assert.deepEqual(
      out.findings.map((f) => `${f.ruleId}@${f.path}`),
      ['modified-before-created@$.modified'],
    );
  });
  it('exits 1 with --strict when only warnings are found', () => {
    const r = coopsec(['stix', 'validate', '--strict', resolve(examples, 'infrastructure.json')]);
    assert.equal(r.status, 1);
  });
  it('exits 2 for an unreadable file or input that is not JSON', () => {
    const missing = coopsec(['stix', 'validate', resolve(examples, 'no-such-file.json')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot be read/);
    const broken = coopsec(['--json', 'stix', 'validate', '-'], '{"type": "bundle", "objects": [');
    assert.equal(broken.status, 2);
    assert.equal(
      (JSON.parse(broken.stdout) as { error: { code: string } }).error.code,
      'BAD_INPUT',
    );
  });
});
