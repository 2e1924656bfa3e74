/**
 * The advisory use cases against a real (in-memory SQLite) store: a CSAF document is stored as
 * STIX versions, read back and exported unchanged in meaning; the same release twice writes
 * nothing, a newer release writes new versions; an invalid document writes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCsaf } from '@coopsec/advisory';
import { ExchangeObjectRepository, OrgRepository, openStore, type Store } from '@coopsec/store';
import {
  ADVISORY_COLLECTION,
  exportAdvisory,
  importAdvisory,
  listAdvisories,
  showAdvisory,
} from './advisories.ts';

const EXAMPLES = new URL('../../../../shared/data/csaf-2.0/examples/', import.meta.url);
const load = (f: string) =>
  JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')) as Record<string, unknown> & {
    document: { tracking: Record<string, unknown> };
  };
const who = { orgId: 'cert-kg' };

async function store(): Promise<Store> {
  const s = await openStore(':memory:');
  await new OrgRepository(s).addOrg({ id: 'cert-kg', name: 'CERT-KG', parentOrg: null });
  return s;
}

async function versions(s: Store): Promise<number> {
  const page = await new ExchangeObjectRepository(s).query({
    collectionId: ADVISORY_COLLECTION,
    scope: {
      unrestricted: true,
      clearance: { userId: '', orgId: 'cert-kg', defaultLevel: 'red', byOrigin: new Map() },
    },
    limit: 1000,
  });
  return page.rows.length;
}

void describe('advisory use cases', () => {
  void it('stores, lists, shows and exports an advisory; the same release again writes nothing', async () => {
    const s = await store();
    const doc = load('csaf_vex/2022-evd-uc-08-001.json');
    const first = await importAdvisory(s, doc, who);
    assert.equal(first.written, 4, 'identity, two vulnerabilities, report');
    assert.equal((await importAdvisory(s, doc, who)).written, 0);
    assert.equal(await versions(s), 4);
    const { advisories } = await listAdvisories(s, who);
    assert.deepEqual(
      advisories.map((a) => [a.trackingId, a.cves.length]),
      [[String(doc.document.tracking.id), 2]],
    );
    assert.deepEqual(await showAdvisory(s, first.trackingId, who), readCsaf(doc));
    assert.deepEqual(readCsaf(await exportAdvisory(s, first.id, who)), readCsaf(doc));
    await s.close();
  });

  void it('writes new versions of the same objects for a newer release', async () => {
    const s = await store();
    const doc = load('bsi-2022-0001.json');
    await importAdvisory(s, doc, who);
    const tracking = doc.document.tracking;
    const newer = {
      ...doc,
      document: {
        ...doc.document,
        tracking: {
          ...tracking,
          version: '2',
          current_release_date: '2023-01-01T00:00:00.000Z',
          revision_history: [
            ...(tracking.revision_history as unknown[]),
            { date: '2023-01-01T00:00:00.000Z', number: '2', summary: 'Fixed versions named' },
          ],
        },
      },
    };
    assert.equal((await importAdvisory(s, newer, who)).written, 2, 'vulnerability and report');
    const shown = await showAdvisory(s, 'BSI-2022-0001', who);
    assert.equal(shown.version, '2');
    assert.equal((await listAdvisories(s, who)).advisories.length, 1);
    await s.close();
  });

  void it('refuses an invalid document naming the field, and writes nothing', async () => {
    const s = await store();
    const doc = load('bsi-2022-0001.json');
    doc.document.tracking.status = 'published';
    await assert.rejects(
      importAdvisory(s, doc, who),
      (e: { code?: string; details?: { field: string }[] }) =>
        e.code === 'BAD_INPUT' && e.details?.[0]?.field === '/document/tracking/status',
    );
    assert.deepEqual((await listAdvisories(s, who)).advisories, []);
    await assert.rejects(showAdvisory(s, 'BSI-2022-0001', who), /no advisory/);
    await s.close();
  });
});
