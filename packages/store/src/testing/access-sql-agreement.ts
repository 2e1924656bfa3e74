/**
 * @module testing/access-sql-agreement
 * The SQL access filter must give the same answer as the domain decision of `@coopsec/stix`
 * (`clearanceFor` against the stored view level). Random rows and random readers (fixed
 * seeds); for every reader, the set of versions the store returns equals the set the domain
 * function allows, for plain listings and for `match[version]=last` and `first` (computed over
 * the versions the reader may see).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clearanceFor, clearanceTable, tlpRank, type ClearanceTable } from '@coopsec/stix';
import type { Store } from '../connect.ts';
import {
  ExchangeObjectRepository,
  type NewObjectVersion,
} from '../repositories/exchange-objects.ts';

function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGS = ['o1', 'o2', 'o3', 'o4', 'o5'];
const USERS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'U1'];
const LEVELS = ['clear', 'green', 'amber', 'amber+strict'];

export function describeAccessSqlAgreement(name: string, open: () => Promise<Store>): void {
  describe(`SQL access filter agrees with the domain decision: ${name}`, () => {
    it('returns exactly the versions clearanceFor allows, for all, last and first', async () => {
      await using store = await open();
      const repo = new ExchangeObjectRepository(store);
      let checks = 0;
      for (const seed of [3, 17, 101]) {
        const rnd = prng(seed);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
        const collectionId = `agree-${seed}`;
        const rows: NewObjectVersion[] = [];
        for (let i = 0; i < 300; i++) {
          const objectId = `indicator--00000000-0000-4000-8000-${String(seed * 1000 + Math.floor(i / 3)).padStart(12, '0')}`;
          rows.push({
            objectId,
            type: 'indicator',
            specVersion: '2.1',
            created: '2024-01-01T00:00:00.000Z',
            modified: `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
            tlp: 'none',
            viewRank: Math.floor(rnd() * 5),
            originOrg: pick(ORGS),
            originUser: pick(USERS),
            recipients: rnd() < 0.3 ? [pick(USERS), pick(USERS)] : null,
            hasGranular: false,
            body: '{}',
          });
        }
        await repo.ingest(collectionId, async (s) => {
          await s.insert(rows);
        });
        for (let r = 0; r < 25; r++) {
          const reader = {
            userId: pick(USERS),
            orgId: pick(ORGS),
            parentOrg: rnd() < 0.4 ? pick(ORGS) : null,
          };
          const agreements = Array.from({ length: Math.floor(rnd() * 5) }, () => ({
            fromOrg: pick(ORGS),
            toOrg: rnd() < 0.5 ? reader.orgId : (reader.parentOrg ?? pick(ORGS)),
            levels: [pick(LEVELS), ...(rnd() < 0.3 ? [pick(LEVELS)] : [])],
          }));
          const clearance: ClearanceTable = clearanceTable(reader, agreements);
          const allowed = (row: NewObjectVersion) =>
            tlpRank(clearanceFor(clearance, { ...row, recipients: row.recipients ?? [] })) >=
            row.viewRank;
          const key = (id: string, version: string, origin: string) =>
            `${id}|${version.slice(0, 19)}|${origin}`;
          const visible = rows.filter(allowed);
          const expect = {
            all: visible,
            last: visible.filter(
              (v) =>
                !visible.some(
                  (w) => w.objectId === v.objectId && (w.modified ?? '') > (v.modified ?? ''),
                ),
            ),
            first: visible.filter(
              (v) =>
                !visible.some(
                  (w) => w.objectId === v.objectId && (w.modified ?? '') < (v.modified ?? ''),
                ),
            ),
          };
          for (const mode of ['all', 'last', 'first'] as const) {
            const got = await repo.query({
              collectionId,
              scope: { clearance },
              versions: { [mode]: true },
              limit: 10_000,
            });
            const gotKeys = got.rows.map((g) => key(g.objectId, g.version, g.originOrg)).sort();
            const wantKeys = expect[mode]
              .map((w) => key(w.objectId, w.modified ?? '', w.originOrg))
              .sort();
            assert.deepEqual(
              gotKeys,
              wantKeys,
              `seed ${seed} reader ${JSON.stringify(reader)} ${mode}`,
            );
            checks += rows.length;
          }
        }
      }
      assert.ok(checks >= 50_000, `${checks} checks`);
    });
  });
}
