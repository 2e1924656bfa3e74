/**
 * Inventory use cases against a real (in-memory SQLite) store: an organisation's inventory is
 * imported, listed and matched against stored CSAF advisories (the OASIS examples in
 * ../shared/data/csaf-2.0); a bad row names its line and field and writes nothing; another
 * organisation's inventory is matched separately.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CoopsecError } from '@coopsec/model';
import { OrgRepository, openStore, type Store } from '@coopsec/store';
import { importAdvisory } from './advisories.ts';
import { importInventory, inventoryMatches, listInventory } from './inventory.ts';

const EXAMPLES = new URL('../../../../shared/data/csaf-2.0/examples/', import.meta.url);
const load = (f: string): unknown => JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8'));
const who = { orgId: 'cert-kg' };
const jkl = 'cpe:2.3:a:example_company:jkl:*:*:*:*:*:*:*:*';
const converter = 'cpe:2.3:a:csaf-tools:cvrf-csaf-converter:1.0.0-rc1:*:*:*:*:*:*:*';

async function store(): Promise<Store> {
  const s = await openStore(':memory:');
  for (const id of ['cert-kg', 'cert-uz'])
    await new OrgRepository(s).addOrg({ id, name: id.toUpperCase(), parentOrg: null });
  return s;
}

void describe('inventory use cases', () => {
  void it('imports, lists and matches an inventory against stored advisories', async () => {
    await using s = await store();
    const uc07 = await importAdvisory(s, load('csaf_vex/2022-evd-uc-07-001.json'), who);
    await importAdvisory(s, load('bsi-2022-0001.json'), who);
    assert.deepEqual(
      await importInventory(s, {
        orgId: 'cert-kg',
        items: [
          { line: 2, identifier: jkl, version: '4.7' },
          { line: 3, identifier: converter },
          { line: 4, identifier: 'pkg:npm/lodash', version: '4.17.21' },
        ],
      }),
      { orgId: 'cert-kg', entries: 3, alertsRaised: 0 }, // no grant on the advisories: no alert (inventory-alerts test)
    );
    await importInventory(s, {
      orgId: 'cert-uz',
      items: [{ identifier: jkl, version: '5.1' }],
    });
    const listed = await listInventory(s, 'cert-kg');
    assert.deepEqual(
      listed.entries.map((e) => [e.position, e.identifier, e.version]),
      [
        [1, jkl, '4.7'],
        [2, converter, '1.0.0-rc1'],
        [3, 'pkg:npm/lodash', '4.17.21'],
      ],
    );

    const all = await inventoryMatches(s, { who });
    assert.deepEqual(
      all.matches
        .map((m) => [m.orgId, m.trackingId, m.cve, m.identifier, m.status, m.matched])
        .sort((a, b) => String(a).localeCompare(String(b))),
      [
        ['cert-kg', 'BSI-2022-0001', 'CVE-2022-27193', converter, 'affected', true],
        ['cert-kg', '2022-EVD-UC-07-001', 'CVE-2021-44228', jkl, 'affected', true],
        ['cert-uz', '2022-EVD-UC-07-001', 'CVE-2021-44228', jkl, 'fixed', false],
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
    assert.deepEqual(all.affected, { 'cert-kg': 2 });
    assert.deepEqual(all.problems, []);

    const one = await inventoryMatches(s, { orgId: 'cert-uz', advisoryId: uc07.id, who });
    assert.deepEqual(
      one.matches.map((m) => [m.orgId, m.status, m.productIds]),
      [['cert-uz', 'fixed', ['CSAFPID-0010']]],
    );
  });

  void it('refuses a bad row with its line and field and keeps the stored inventory', async () => {
    await using s = await store();
    await importInventory(s, { orgId: 'cert-kg', items: [{ identifier: jkl, version: '1.0' }] });
    await assert.rejects(
      importInventory(s, {
        orgId: 'cert-kg',
        items: [
          { line: 2, identifier: jkl, version: '4.7' },
          { line: 3, identifier: 'cpe:2.3:a:example', version: '1' },
          { line: 4, identifier: 'pkg:npm/lodash', version: '' },
        ],
      }),
      (e: unknown) => {
        assert.ok(e instanceof CoopsecError && e.code === 'BAD_INPUT');
        assert.deepEqual(
          e.details.map((d) => [d.row, d.field]),
          [
            [3, 'cpe_or_purl'],
            [4, 'version'],
          ],
        );
        return true;
      },
    );
    assert.deepEqual(
      (await listInventory(s, 'cert-kg')).entries.map((e) => e.version),
      ['1.0'],
    );
    await assert.rejects(
      importInventory(s, { orgId: 'nobody', items: [] }),
      (e: unknown) => e instanceof CoopsecError && e.code === 'NOT_FOUND',
    );
  });
});
