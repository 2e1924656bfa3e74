/**
 * Issue 17 item 4 from the command line: `coopsec inventory import | list | matches` over a
 * CSV inventory and an OASIS CSAF example (../shared/data/csaf-2.0) stored with
 * `coopsec advisory import`; a bad CSV row is named by line and field and writes nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../testing/run-cli.ts';

const UC07 = fileURLToPath(
  new URL(
    '../../../../../shared/data/csaf-2.0/examples/csaf_vex/2022-evd-uc-07-001.json',
    import.meta.url,
  ),
);
const JKL = 'cpe:2.3:a:example_company:jkl:*:*:*:*:*:*:*:*';

let dir: string;
let db: string;
const cli = (...args: string[]) => runCli(['--db', db, ...args]);
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-inventory-'));
  db = join(dir, 'coopsec.db');
  for (const args of [
    ['init'],
    ['org', 'add', 'cert-kg', '--name', 'CERT-KG'],
    ['org', 'add', 'cert-uz', '--name', 'CERT-UZ'],
    ['advisory', 'import', UC07, '--org', 'cert-kg'],
  ]) {
    const r = await cli(...args);
    assert.equal(r.code, 0, r.stderr);
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

void describe('coopsec inventory', () => {
  void it('imports a CSV inventory, lists it, and lists the matches per organisation', async () => {
    const kg = join(dir, 'kg.csv');
    writeFileSync(kg, `cpe_or_purl,version\n${JKL},4.7\n"pkg:npm/lodash@4.17.21",\n`);
    const uz = join(dir, 'uz.csv');
    writeFileSync(uz, `version,cpe_or_purl\r\n5.1,${JKL}\r\n`);
    const imported = await cli('--json', 'inventory', 'import', 'cert-kg', kg);
    assert.equal(imported.code, 0, imported.stderr);
    // no grant on the advisories collection yet: cert-kg may not read them, no alert
    assert.deepEqual(JSON.parse(imported.stdout), {
      orgId: 'cert-kg',
      entries: 2,
      alertsRaised: 0,
    });
    assert.equal((await cli('inventory', 'import', 'cert-uz', uz)).code, 0);

    const list = await cli('--json', 'inventory', 'list', 'cert-kg');
    const { entries } = JSON.parse(list.stdout) as {
      entries: { identifier: string; version: string }[];
    };
    assert.deepEqual(
      entries.map((e) => [e.identifier, e.version]),
      [
        [JKL, '4.7'],
        ['pkg:npm/lodash@4.17.21', '4.17.21'],
      ],
    );

    const all = await cli('--json', 'inventory', 'matches');
    assert.equal(all.code, 0, all.stderr);
    const answer = JSON.parse(all.stdout) as {
      matches: { orgId: string; cve: string; status: string; matched: boolean }[];
      affected: Record<string, number>;
    };
    assert.deepEqual(
      answer.matches.map((m) => [m.orgId, m.cve, m.status, m.matched]),
      [
        ['cert-kg', 'CVE-2021-44228', 'affected', true],
        ['cert-uz', 'CVE-2021-44228', 'fixed', false],
      ],
    );
    assert.deepEqual(answer.affected, { 'cert-kg': 1 });

    const uzOnly = await cli('--json', 'inventory', 'matches', 'cert-uz', '--affected');
    assert.deepEqual((JSON.parse(uzOnly.stdout) as { matches: unknown[] }).matches, []);

    const text = await cli('inventory', 'matches', 'cert-kg', '--advisory', '2022-EVD-UC-07-001');
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /cert-kg .*2022-EVD-UC-07-001 .*CVE-2021-44228 .*affected .*yes/);
    assert.match(text.stdout, /affected entries: cert-kg: 1/);
  });

  void it('lists the alerts of organisations that may read the advisory, raised once', async () => {
    const none = await cli('inventory', 'alerts');
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stdout, /No inventory alerts\. .*grant it read on the advisories collection/);
    const grant = ['collection', 'grant', 'advisories', '--read', '--org'];
    assert.equal((await cli(...grant, 'cert-kg')).code, 0);
    assert.equal((await cli(...grant, 'cert-uz')).code, 0);
    const raised = await cli('inventory', 'alerts', '--raise');
    assert.equal(raised.code, 0, raised.stderr);
    assert.match(raised.stdout, /raised now: 1\n/);
    assert.match(raised.stdout, /cert-kg +2022-EVD-UC-07-001 .*CVE-2021-44228 .*4\.7 +affected/);
    assert.doesNotMatch(raised.stdout, /cert-uz/, 'cert-uz runs a fixed version');
    const again = await cli('--json', 'inventory', 'alerts', 'cert-kg', '--raise');
    const answer = JSON.parse(again.stdout) as { raised: number; alerts: { orgId: string }[] };
    assert.deepEqual([answer.raised, answer.alerts.map((a) => a.orgId)], [0, ['cert-kg']]);
    const bad = await cli('inventory', 'alerts', '--limit', '0');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--limit must be a whole number/);
  });

  void it('names the line and field of a bad row and keeps the stored inventory', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `cpe_or_purl,version\n${JKL},4.7\ncpe:2.3:a:x,1\npkg:npm/left-pad,\n`);
    const r = await cli('inventory', 'import', 'cert-uz', bad);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /row 3, field cpe_or_purl: a CPE 2\.3 name has 13 components/);
    assert.match(r.stderr, /row 4, field version: no version/);
    const list = await cli('--json', 'inventory', 'list', 'cert-uz');
    assert.deepEqual(
      (JSON.parse(list.stdout) as { entries: { version: string }[] }).entries.map((e) => e.version),
      ['5.1'],
    );
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, `cpe_or_purl,version\ncpe:2.3:a:x,1\n"pkg:npm/a,\n`);
    const both = await cli('inventory', 'import', 'cert-uz', broken);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /2 line\(s\) cannot be imported/);
    assert.match(
      both.stderr,
      /row 2, field cpe_or_purl: .*\n.*row 3: a quoted field is never closed/,
    );
    const noHeader = join(dir, 'noheader.csv');
    writeFileSync(noHeader, `cpe,version\n${JKL},1\n`);
    const h = await cli('inventory', 'import', 'cert-uz', noHeader);
    assert.equal(h.code, 2);
    assert.match(h.stderr, /lacks column\(s\): cpe_or_purl/);
    const nobody = await cli('inventory', 'list', 'nobody');
    assert.equal(nobody.code, 2);
    assert.match(nobody.stderr, /no organisation nobody/);
  });
});
