/**
 * Cooperation metrics over real HTTP: indicators posted over TAXII by one organisation,
 * sightings of them by another, and the counts `GET /api/cooperation` gives equal the counts
 * this test made; a non-administrator sees only their own organisation; bad periods are named.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AgreementRepository, openStore, type Store } from '@coopsec/store';
import { cooperationAnswer } from '../schemas/answers.ts';
import {
  addCollection,
  addMember,
  indicator,
  post,
  startServer,
  type Member,
  type RunningServer,
} from '../../taxii/testing/fixtures.ts';
import { TLP_MARKING_IDS } from '../../taxii/stix-adapter.ts';

interface Org {
  org: string;
  shared: { total: number; byTlp: Record<string, number>; byType: Record<string, number> };
  uniqueIndicators: number;
  sightingsReturned: number;
  sightingsPerIndicator: number | null;
  agreementsActive: number;
}

function sighting(of: string): Record<string, unknown> {
  const t = new Date().toISOString();
  return {
    type: 'sighting',
    spec_version: '2.1',
    id: `sighting--${randomUUID()}`,
    created: t,
    modified: t,
    sighting_of_ref: of,
    count: 1,
    object_marking_refs: [TLP_MARKING_IDS.green],
  };
}

void describe('GET /api/cooperation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-coop-'));
  let store: Store;
  let server: RunningServer;
  let admin: Member;
  let pub: Member;
  let rdr: Member;
  const green = [1, 2, 3].map(() => indicator({ tlp: 'green' }));
  const amber = [1, 2].map(() => indicator({ tlp: 'amber' }));

  before(async () => {
    store = await openStore(join(dir, 'x.db'));
    admin = await addMember(store, { orgId: 'node-admin', admin: true });
    pub = await addMember(store, { orgId: 'pub' });
    rdr = await addMember(store, { orgId: 'rdr' });
    await addCollection(store, 'feed', [{ orgId: 'rdr', read: true, write: true }], 'pub');
    await new AgreementRepository(store).add({
      fromOrg: 'pub',
      toOrg: 'rdr',
      collectionId: 'feed',
      levels: ['green'],
    });
    server = await startServer(store);
    const url = `${server.url}/taxii2/default/collections/feed/objects/`;
    let r = await post(url, pub.key, [...green, ...amber]);
    assert.equal(r.status, 202, await r.text());
    const first = String(green[0]?.id);
    r = await post(url, rdr.key, [
      sighting(first),
      sighting(first),
      sighting(String(amber[0]?.id)),
    ]);
    assert.equal(r.status, 202, await r.text());
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
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  void it('counts what each organisation shared and the sightings that came back', async () => {
    const { status, body } = await get('/api/cooperation', admin.key);
    assert.equal(status, 200, JSON.stringify(body));
    const orgs = body.organisations as Org[];
    const p = orgs.find((o) => o.org === 'pub');
    assert.ok(p !== undefined, JSON.stringify(orgs));
    assert.equal(p.shared.total, 5);
    assert.deepEqual(p.shared.byTlp, { green: 3, amber: 2 });
    assert.equal(p.uniqueIndicators, 5);
    assert.equal(p.sightingsReturned, 3);
    assert.equal(p.sightingsPerIndicator, 3 / 5);
    const r = orgs.find((o) => o.org === 'rdr');
    assert.deepEqual(r?.shared.byType, { sighting: 3 });
    assert.equal(r?.sightingsReturned, 0);
    assert.equal((body.source as { confidence: string }).confidence, 'high');
    const months = body.months as { shared: number; received: number }[];
    assert.equal(
      months.reduce((s, m) => s + m.shared, 0),
      8,
    );
  });

  void it('answers with the documented schema, the agreement flow counted at its levels', async () => {
    const res = await fetch(`${server.url}/api/cooperation`, {
      headers: { authorization: `Bearer ${admin.key}` },
    });
    const json = JSON.parse(await res.text()) as Record<string, unknown>;
    const fits = cooperationAnswer.safeParse(json);
    assert.ok(fits.success, fits.error?.message);
    assert.deepEqual(json.sharing, [{ from: 'pub', to: 'rdr', objects: 3 }], 'green only');
    const months = json.months as Record<string, unknown>[];
    assert.ok(months.length > 0, 'a month with records');
    (months[0] as Record<string, unknown>).shared = '8';
    assert.equal(cooperationAnswer.safeParse(json).success, false, 'a spoiled answer does not fit');
  });

  void it('gives a non-administrator their own organisation only, and names bad periods', async () => {
    const { body } = await get('/api/cooperation?org=pub', rdr.key);
    assert.deepEqual(
      (body.organisations as Org[]).map((o) => o.org),
      ['rdr'],
    );
    const empty = await get('/api/cooperation?from=2000-01-01&to=2000-02-01', admin.key);
    const none = empty.body.organisations as Org[];
    assert.ok(
      none.some((o) => o.org === 'pub'),
      'an organisation that shared nothing shows 0',
    );
    assert.ok(
      none.every((o) => o.shared.total === 0),
      'nothing arrived in that period',
    );
    const bad = await get('/api/cooperation?from=yesterday', admin.key);
    assert.equal(bad.status, 400);
    assert.equal((bad.body.errors as { field: string }[])[0]?.field, 'from');
    const reversed = await get('/api/cooperation?from=2026-02-01&to=2026-01-01', admin.key);
    assert.equal(reversed.status, 400);
  });

  // Last: it adds records (case and advisory versions) the counts above do not expect.
  void it('counts the joint cases, their times to contain and the advisories this test made', async () => {
    const send = async (path: string, key: string, body: unknown) => {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as Record<string, unknown>;
      assert.ok(res.status < 300, JSON.stringify(json));
      return json;
    };
    const open = (title: string, participants: { organisation: string; role: string }[]) =>
      send('/api/incidents', pub.key, {
        title,
        rsitClass: 'fraud',
        rsitType: 'phishing',
        severity: 'high',
        tlp: 'amber',
        pap: 'green',
        participants,
      });
    const joint = await open('Joint phishing case', [{ organisation: 'rdr', role: 'contributor' }]);
    await open('A case pub works alone', []);
    for (const phase of ['analyse', 'contain', 'eradicate'])
      await send(`/api/incidents/${String(joint.id)}/phase`, pub.key, { phase });
    const csaf = JSON.parse(
      readFileSync(
        new URL(
          '../../../../../../shared/data/csaf-2.0/examples/bsi-2022-0001.json',
          import.meta.url,
        ),
        'utf8',
      ),
    ) as unknown;
    await send('/api/advisories', admin.key, csaf);

    const all = (await get('/api/cooperation', admin.key)).body;
    assert.ok(cooperationAnswer.safeParse(all).success);
    const incidents = all.incidents as Record<string, unknown> & {
      timeToContain: { samples: number; medianSeconds: number };
    };
    assert.deepEqual(
      [incidents.cases, incidents.joint, incidents.contained, incidents.resolved],
      [2, 1, 1, 0],
    );
    assert.equal(incidents.timeToContain.samples, 1);
    assert.ok(incidents.timeToContain.medianSeconds >= 0);
    assert.deepEqual(all.advisories, { published: 1, received: 0 });
    const orgs = all.organisations as (Org & {
      cases: number;
      casesLed: number;
      advisoriesPublished: number;
    })[];
    const row = (org: string) => orgs.find((o) => o.org === org);
    assert.deepEqual([row('pub')?.cases, row('pub')?.casesLed], [2, 2]);
    assert.deepEqual([row('rdr')?.cases, row('rdr')?.casesLed], [1, 0]);
    assert.equal(row('node-admin')?.advisoriesPublished, 1);

    // rdr is on the joint case only: pub's own case is not counted for it, not even as a number.
    const mine = (await get('/api/cooperation', rdr.key)).body.incidents as Record<string, unknown>;
    assert.deepEqual([mine.cases, mine.joint], [1, 1]);
  });
});
