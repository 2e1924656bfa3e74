/**
 * `GET /api/inventory/:org` and `GET /api/advisories/matches` over real HTTP (issue 17 item 4):
 * two OASIS CSAF examples stored (one TLP:WHITE, one unmarked), inventories imported by the
 * use case; an administrator sees every organisation's matches over both advisories, a member
 * with a read grant on the advisories collection sees their own organisation's over what
 * TAXII would serve it (unmarked is read as GREEN), a member without one sees no match, and no
 * one sees another organisation's inventory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importAdvisory, importInventory } from '@coopsec/app';
import { CollectionRepository, openStore, type Store } from '@coopsec/store';
import { inventoryAnswer, inventoryMatchesAnswer } from '../schemas/answers.ts';
import {
  addMember,
  startServer,
  type Member,
  type RunningServer,
} from '../../taxii/testing/fixtures.ts';

const EXAMPLES = new URL('../../../../../../shared/data/csaf-2.0/examples/', import.meta.url);
const load = (f: string): unknown => JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8'));
const JKL = 'cpe:2.3:a:example_company:jkl:*:*:*:*:*:*:*:*';
const CONVERTER = 'cpe:2.3:a:csaf-tools:cvrf-csaf-converter:*:*:*:*:*:*:*:*';

interface Matches {
  matches: { orgId: string; trackingId: string; status: string; matched: boolean; tlp?: string }[];
  affected: Record<string, number>;
}

void describe('inventory REST routes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-inventory-rest-'));
  let store: Store;
  let server: RunningServer;
  let admin: Member;
  let kg: Member;
  let uz: Member;

  before(async () => {
    store = await openStore(join(dir, 'x.db'));
    admin = await addMember(store, { orgId: 'node-admin', admin: true });
    kg = await addMember(store, { orgId: 'cert-kg' });
    uz = await addMember(store, { orgId: 'cert-uz' });
    await importAdvisory(store, load('csaf_vex/2022-evd-uc-07-001.json'), { orgId: 'node-admin' });
    await importAdvisory(store, load('bsi-2022-0001.json'), { orgId: 'node-admin' });
    await importInventory(store, {
      orgId: 'cert-kg',
      items: [
        { identifier: JKL, version: '4.7' },
        { identifier: CONVERTER, version: '1.0.0-rc1' },
      ],
    });
    await importInventory(store, {
      orgId: 'cert-uz',
      items: [{ identifier: JKL, version: '4.5' }],
    });
    await new CollectionRepository(store).grant({
      collectionId: 'advisories',
      orgId: 'cert-kg',
      canRead: true,
      canWrite: false,
    });
    server = await startServer(store);
  });
  after(async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = async (path: string, key: string) => {
    const res = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    return { status: res.status, body: await res.json() };
  };
  const rows = (m: Matches) =>
    m.matches
      .map((x) => [x.orgId, x.trackingId, x.status, x.matched])
      .sort((a, b) => String(a).localeCompare(String(b)));

  void it('lists an inventory for its organisation and administrators, refuses others', async () => {
    const own = await get('/api/inventory/cert-kg', kg.key);
    assert.equal(own.status, 200, JSON.stringify(own.body));
    assert.ok(inventoryAnswer.safeParse(own.body).success);
    assert.deepEqual(
      (own.body as { entries: { identifier: string }[] }).entries.map((e) => e.identifier),
      [JKL, CONVERTER],
    );
    assert.equal((await get('/api/inventory/cert-uz', admin.key)).status, 200);
    assert.equal((await get('/api/inventory/cert-uz', kg.key)).status, 403);
    assert.equal((await get('/api/inventory/nobody', admin.key)).status, 404);
  });

  void it('gives administrators every match and members their own over the advisories they may read', async () => {
    const all = await get('/api/advisories/matches', admin.key);
    assert.equal(all.status, 200, JSON.stringify(all.body));
    const fits = inventoryMatchesAnswer.safeParse(all.body);
    assert.ok(fits.success, fits.error?.message);
    assert.deepEqual(
      rows(all.body as Matches),
      [
        ['cert-kg', '2022-EVD-UC-07-001', 'affected', true],
        ['cert-kg', 'BSI-2022-0001', 'affected', true],
        ['cert-uz', '2022-EVD-UC-07-001', 'affected', true],
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
    assert.deepEqual((all.body as Matches).affected, { 'cert-kg': 2, 'cert-uz': 1 });

    const mine = await get('/api/advisories/matches?org=cert-uz', kg.key);
    assert.equal(mine.status, 200);
    assert.deepEqual(
      rows(mine.body as Matches),
      [
        ['cert-kg', '2022-EVD-UC-07-001', 'affected', true],
        ['cert-kg', 'BSI-2022-0001', 'affected', true],
      ],
      'its own organisation only, over both (unmarked is served as GREEN to a community member)',
    );
    const ungranted = await get('/api/advisories/matches', uz.key);
    assert.equal(ungranted.status, 200);
    assert.deepEqual((ungranted.body as Matches).matches, [], 'no grant on advisories: no match');

    const one = await get(
      '/api/advisories/matches?org=cert-uz&advisory=2022-EVD-UC-07-001&affected=true',
      admin.key,
    );
    assert.deepEqual(rows(one.body as Matches), [
      ['cert-uz', '2022-EVD-UC-07-001', 'affected', true],
    ]);

    const bad = await get('/api/advisories/matches?affected=yes', admin.key);
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /affected/);
  });
});
