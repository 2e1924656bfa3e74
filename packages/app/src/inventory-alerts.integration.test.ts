/**
 * Inventory alerts (issue 17 item 4) against a real SQLite store and the OASIS CSAF examples:
 * an advisory affecting an organisation's inventory raises one alert for it, once, from
 * either side's import; an organisation that may not read the advisory (no grant on the
 * advisories' collection, or a TLP its clearance excludes) hears nothing of it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  AgreementRepository,
  CollectionRepository,
  OrgRepository,
  openStore,
  type Store,
} from '@coopsec/store';
import { ADVISORY_COLLECTION, importAdvisory } from './advisories.ts';
import { importInventory } from './inventory.ts';
import { listInventoryAlerts, raiseInventoryAlerts } from './inventory-alerts.ts';

const EXAMPLES = new URL('../../../../shared/data/csaf-2.0/examples/', import.meta.url);
type Doc = { document: Record<string, unknown> & { tracking: { id: string } } };
const load = (f: string): Doc => JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')) as Doc;
const jkl = 'cpe:2.3:a:example_company:jkl:*:*:*:*:*:*:*:*';
const UC07 = 'csaf_vex/2022-evd-uc-07-001.json';

/** The same advisory under another tracking id and a TLP (CSAF 2.0 §3.2.1.5.2 labels). */
function marked(label: 'AMBER' | 'RED', trackingId: string): Doc {
  const doc = load(UC07);
  doc.document.tracking.id = trackingId;
  doc.document.distribution = { tlp: { label } };
  return doc;
}

async function node(): Promise<Store> {
  const s = await openStore(':memory:');
  for (const id of ['cert-kg', 'cert-uz', 'cert-tj'])
    await new OrgRepository(s).addOrg({ id, name: id.toUpperCase(), parentOrg: null });
  return s;
}

async function grantRead(s: Store, orgId: string): Promise<void> {
  await new CollectionRepository(s).grant({
    collectionId: ADVISORY_COLLECTION,
    orgId,
    canRead: true,
    canWrite: false,
  });
}

const kgAffected = [{ identifier: jkl, version: '4.7' }]; // inside UC-07's affected range
const uzFixed = [{ identifier: jkl, version: '5.1' }]; // a fixed version

void describe('inventory alerts', () => {
  void it('raises one alert per affected entry for organisations that may read the advisory, once', async () => {
    await using s = await node();
    await importInventory(s, { orgId: 'cert-kg', items: kgAffected });
    await importInventory(s, { orgId: 'cert-uz', items: uzFixed });
    await importInventory(s, { orgId: 'cert-tj', items: kgAffected });
    // The collection exists once the first advisory is stored; grants come after.
    const first = await importAdvisory(s, load(UC07), { orgId: 'cert-kg' });
    assert.equal(first.alertsRaised, 0, 'nobody may read the advisories yet');
    await grantRead(s, 'cert-kg');
    await grantRead(s, 'cert-uz');

    const raised = await raiseInventoryAlerts(s);
    assert.deepEqual(
      raised.map((a) => [a.orgId, a.trackingId, a.cve, a.identifier, a.version, a.status]),
      [['cert-kg', '2022-EVD-UC-07-001', 'CVE-2021-44228', jkl, '4.7', 'affected']],
    );
    // cert-uz runs a fixed version; cert-tj runs an affected one but has no grant.
    assert.deepEqual(await raiseInventoryAlerts(s), [], 'raising again adds nothing');
    const again = await importAdvisory(s, load(UC07), { orgId: 'cert-kg' });
    assert.deepEqual([again.written, again.alertsRaised], [0, 0]);
    const reimported = await importInventory(s, { orgId: 'cert-kg', items: kgAffected });
    assert.equal(reimported.alertsRaised, 0);

    // cert-uz upgrades... to an affected version: its inventory import raises its alert.
    const uz = await importInventory(s, { orgId: 'cert-uz', items: kgAffected });
    assert.equal(uz.alertsRaised, 1);
    const listed = await listInventoryAlerts(s, { orgId: 'cert-uz' });
    assert.deepEqual(
      listed.alerts.map((a) => [a.orgId, a.advisoryId, a.identifier]),
      [['cert-uz', first.id, jkl]],
    );
    assert.deepEqual((await listInventoryAlerts(s, {})).alerts.map((a) => a.orgId).sort(), [
      'cert-kg',
      'cert-uz',
    ]);
  });

  void it('never alerts an organisation of an advisory its TLP clearance excludes', async () => {
    await using s = await node();
    await importAdvisory(s, load(UC07), { orgId: 'cert-kg' });
    for (const org of ['cert-kg', 'cert-uz', 'cert-tj']) {
      await grantRead(s, org);
      await importInventory(s, { orgId: org, items: kgAffected });
    }
    await raiseInventoryAlerts(s); // the TLP:CLEAR original: everyone with a grant
    // AMBER from cert-kg: its own organisation, and cert-uz only once an agreement says so.
    const amber = await importAdvisory(s, marked('AMBER', 'KG-AMBER-1'), { orgId: 'cert-kg' });
    const amberAlerts = (id: string) =>
      listInventoryAlerts(s, { advisoryId: id }).then((l) => l.alerts.map((a) => a.orgId).sort());
    assert.equal(amber.tlp, 'amber');
    assert.deepEqual(await amberAlerts(amber.id), ['cert-kg']);
    await new AgreementRepository(s).add({
      collectionId: ADVISORY_COLLECTION,
      fromOrg: 'cert-kg',
      toOrg: 'cert-uz',
      levels: ['amber'],
    });
    await raiseInventoryAlerts(s);
    assert.deepEqual(await amberAlerts(amber.id), ['cert-kg', 'cert-uz']);

    // RED goes to named individuals only: no organisation is alerted, not even the origin's.
    const red = await importAdvisory(s, marked('RED', 'KG-RED-1'), { orgId: 'cert-kg' });
    await raiseInventoryAlerts(s);
    assert.equal(red.alertsRaised, 0);
    assert.deepEqual(await amberAlerts(red.id), []);
  });
});
