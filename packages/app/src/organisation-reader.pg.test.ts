/**
 * Regression (found by the REST access model, server taxii/testing/access-model-advisories.ts):
 * an organisation as a whole reads on PostgreSQL too. Its reader id held a NUL character,
 * which PostgreSQL text cannot hold, so every organisation-level read failed there ("invalid
 * byte sequence for encoding UTF8: 0x00") and a PostgreSQL node raised no inventory alert.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, it } from 'node:test';
import { CollectionRepository, OrgRepository, openStore } from '@coopsec/store';
import { createTemporaryDatabase } from '@coopsec/store/testing/postgres';
import { organisationReader, servedObjects } from './access.ts';
import { ADVISORY_COLLECTION, importAdvisory } from './advisories.ts';
import { importInventory } from './inventory.ts';
import { raiseInventoryAlerts } from './inventory-alerts.ts';

const UC07 = new URL(
  '../../../../shared/data/csaf-2.0/examples/csaf_vex/2022-evd-uc-07-001.json',
  import.meta.url,
);
const jkl = 'cpe:2.3:a:example_company:jkl:*:*:*:*:*:*:*:*';

void it('an organisation granted the advisories reads them and is alerted, on PostgreSQL', async () => {
  const db = await createTemporaryDatabase('coopsec_org_reader');
  after(() => db.drop());
  await using store = await openStore(db.url);
  for (const id of ['cert-kg', 'cert-uz'])
    await new OrgRepository(store).addOrg({ id, name: id.toUpperCase(), parentOrg: null });
  await importInventory(store, { orgId: 'cert-kg', items: [{ identifier: jkl, version: '4.7' }] });
  await importAdvisory(store, JSON.parse(readFileSync(UC07, 'utf8')) as unknown, {
    orgId: 'cert-uz',
  });
  await new CollectionRepository(store).grant({
    collectionId: ADVISORY_COLLECTION,
    orgId: 'cert-kg',
    canRead: true,
    canWrite: false,
  });
  const read = await servedObjects(store, organisationReader('cert-kg'), ADVISORY_COLLECTION, [
    'report',
  ]);
  assert.equal(read?.length, 1, 'the one advisory report');
  const raised = await raiseInventoryAlerts(store);
  assert.deepEqual(
    raised.map((a) => [a.orgId, a.identifier, a.version]),
    [['cert-kg', jkl, '4.7']],
  );
});
