// CLI smoke tests for map, coverage, crosswalk and recommend: spawns the real binary
// (from its sources, see testing/run-cli.ts) and checks output and exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI_ARGS } from '../testing/run-cli.ts';

// recommend reads the stored assessments: a fresh SQLite file of its own (bundled data on first use).
const dir = mkdtempSync(join(tmpdir(), 'coopsec-map-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [...CLI_ARGS, '--db', join(dir, 'map.db'), '--create', ...args],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('coopsec map / coverage / crosswalk / recommend', () => {
  it('map KGZ prints the six rows of Table 2', () => {
    const r = cli('map', 'KGZ');
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /A\.5 Information Security Policies; A\.6 Organization of Information Security/,
    );
    assert.match(r.stdout, /Detect\/Respond\/Recover/);
    assert.match(r.stdout, /Establish national CSIRT protocols/);
    assert.match(r.stdout, /Not mapped by any row \(CSF 2\.0\): GV GOVERN/);
  });

  it('map KG --json gives one JSON document with six rows', () => {
    const r = cli('map', 'KG', '--json');
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as {
      country: string;
      rows: unknown[];
      csfLeftOut: { id: string }[];
    };
    assert.equal(doc.country, 'KGZ');
    assert.equal(doc.rows.length, 6);
    assert.equal(doc.csfLeftOut[0]?.id, 'GV');
  });

  it('unknown or unmapped country → exit 2 with a message', () => {
    const unknown = cli('map', 'XX');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown country "XX"/);
    const unmapped = cli('recommend', 'TJK', '--json');
    assert.equal(unmapped.code, 2);
    assert.equal(
      (JSON.parse(unmapped.stdout) as { error: { code: string } }).error.code,
      'NOT_FOUND',
    );
  });

  it('coverage --framework iso27001-2013 lists uncovered domains and ranked gaps', () => {
    const r = cli('coverage', 'KGZ', '--framework', 'iso27001-2013');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Uncovered: A\.8, A\.9, A\.10, A\.11, A\.13/);
    assert.match(r.stdout, /Ranked gaps/);
    const json = JSON.parse(
      cli('coverage', 'KGZ', '--framework', 'csf-2.0', '--level', 'second', '--json').stdout,
    ) as {
      columns: unknown[];
      gaps: { rank: number }[];
    };
    assert.equal(json.columns.length, 22);
    assert.equal(json.gaps[0]?.rank, 1);
    assert.equal(cli('coverage', 'KGZ', '--framework', 'cobit').code, 2);
  });

  it('crosswalk shows OLIR links and refuses unknown ids', () => {
    const r = cli('crosswalk', 'iso27001-2013', 'A.9.2.3', '--to', 'iso27001-2022', '--json');
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { links: { to: string; relationship: string }[] };
    assert.deepEqual(
      doc.links.map((l) => [l.to, l.relationship]),
      [['8.2', 'equal']],
    );
    assert.match(cli('crosswalk', 'csf-1.1', 'ID', '--to', 'csf-2.0').stdout, /GOVERN/);
    assert.equal(cli('crosswalk', 'iso27001-2013', 'A.99', '--to', 'csf-2.0').code, 2);
  });

  it('recommend KGZ starts with the weakest component of the bundled data', () => {
    const r = cli('recommend', 'KGZ', '--json');
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as {
      weakest: { component: string };
      recommendations: { area: string }[];
    };
    assert.equal(doc.weakest.component, 'digital-literacy');
    assert.equal(doc.recommendations[0]?.area, 'joint-education');
    const text = cli('recommend', 'KGZ', '--weakest', 'regulatory');
    assert.match(text.stdout, /1\. \[Harmonisation of the regulatory framework\]/);
    assert.equal(cli('recommend', 'KGZ', '--weakest', 'nope').code, 2);
  });
});
