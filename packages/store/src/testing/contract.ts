/**
 * @module testing/contract
 * One repository contract suite, run against every back end (Drizzle's integration-test
 * pattern, STYLE.md §7): SQLite, PGlite and, in CI, a real PostgreSQL server. A back end
 * that needs to skip a test must say why in its own file.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CoopsecError, GCI_RECORDS, KGZ_PAPER_ASSESSMENTS, type Assessment } from '@coopsec/model';
import type { Store } from '../connect.ts';
import { AssessmentRepository } from '../repositories/assessments.ts';
import { ClaimRepository } from '../repositories/claims.ts';
import { GciRepository } from '../repositories/gci.ts';
import { InventoryRepository } from '../repositories/inventory.ts';
import { InventoryAlertRepository } from '../repositories/inventory-alerts.ts';
import { AlertRepository } from '../repositories/alerts.ts';
import { OrgRepository } from '../repositories/orgs.ts';
import { hasBundledData, loadBundledData } from '../bundled.ts';

export type OpenTestStore = () => Promise<Store>;

const sample = (over: Partial<Assessment>): Assessment => ({
  country: 'UZB',
  year: 2021,
  component: 'regulatory',
  score: 40,
  sourceId: 'paper',
  evidence: 'contract test',
  confidence: 'low',
  kind: 'measured',
  ...over,
});

export function describeStoreContract(name: string, open: OpenTestStore): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    it('starts empty, then loads the bundled data idempotently', async () => {
      assert.equal(await hasBundledData(store), false);
      const first = await loadBundledData(store);
      const second = await loadBundledData(store);
      assert.deepEqual(first, second);
      assert.equal(await hasBundledData(store), true);
      const kgz = await new AssessmentRepository(store).list({ country: 'KGZ' });
      assert.equal(kgz.length, KGZ_PAPER_ASSESSMENTS.length);
    });

    it('returns the paper values exactly, ordered by component and year', async () => {
      const rows = await new AssessmentRepository(store).list({
        country: 'KGZ',
        component: 'cooperation',
      });
      assert.deepEqual(
        rows.map((r) => [r.year, r.score, r.kind, r.sourceId]),
        [
          [2020, 59, 'measured', 'paper'],
          [2024, 82, 'measured', 'paper'],
        ],
      );
    });

    it('round-trips the GCI records with their alternatives', async () => {
      const stored = await new GciRepository(store).list();
      const byKey = (r: { country: string; edition: number }) => `${r.country}${r.edition}`;
      assert.deepEqual(
        [...stored].sort((a, b) => byKey(a).localeCompare(byKey(b))),
        [...GCI_RECORDS].sort((a, b) => byKey(a).localeCompare(byKey(b))),
      );
    });

    it('refuses a clash with stored values and writes nothing of the batch', async () => {
      const repo = new AssessmentRepository(store);
      const batch = [
        sample({ year: 2022 }),
        sample({ country: 'KGZ', year: 2020, component: 'cooperation', score: 60 }),
      ];
      await assert.rejects(repo.insertAssessments(batch), (error: unknown) => {
        assert.ok(error instanceof CoopsecError);
        assert.equal(error.code, 'CONFLICT');
        assert.equal(error.details[0]?.row, 2);
        return true;
      });
      assert.equal(
        (await repo.list({ country: 'UZB' })).length,
        0,
        'the valid row of the refused batch was not written',
      );
    });

    it('refuses rows citing an unknown source, naming the row and field', async () => {
      const repo = new AssessmentRepository(store);
      await assert.rejects(
        repo.insertAssessments([sample({ sourceId: 'nowhere' })]),
        (error: unknown) => {
          assert.ok(error instanceof CoopsecError);
          assert.equal(error.code, 'BAD_INPUT');
          assert.deepEqual([error.details[0]?.row, error.details[0]?.field], [1, 'source']);
          return true;
        },
      );
    });

    it('replaces stored values only when asked', async () => {
      const repo = new AssessmentRepository(store);
      await repo.insertAssessments([sample({ score: 41 })]);
      await repo.insertAssessments([sample({ score: 42, kind: 'estimated' })], { replace: true });
      const rows = await repo.list({ country: 'UZB' });
      assert.deepEqual(
        rows.map((r) => [r.score, r.kind]),
        [[42, 'estimated']],
      );
      assert.equal(await repo.deleteCountry('UZB'), 1);
    });

    it('summarises countries with data', async () => {
      const summary = await new AssessmentRepository(store).countries();
      assert.deepEqual(summary, [{ country: 'KGZ', firstYear: 2020, lastYear: 2024, values: 10 }]);
    });

    it('stores claims per source and refuses a duplicated id', async () => {
      const repo = new ClaimRepository(store);
      const claim = {
        id: 'user-1',
        quotation: 'q',
        location: 'here',
        spec: { kind: 'coverage', from: 2020, to: 2024 },
      };
      await repo.replaceSource('mine', [claim]);
      assert.deepEqual(
        (await repo.list('mine')).map((c) => [c.id, c.spec]),
        [['user-1', claim.spec]],
      );
      await assert.rejects(
        repo.replaceSource('mine', [claim, claim]),
        /duplicated claim id user-1/,
      );
      assert.equal(
        (await repo.list('mine')).length,
        1,
        'the refused replacement left the old claims alone',
      );
    });

    it("replaces an organisation's inventory whole, in order, and leaves others alone", async () => {
      const orgs = new OrgRepository(store);
      await orgs.addOrg({ id: 'inv-a', name: 'A' });
      await orgs.addOrg({ id: 'inv-b', name: 'B' });
      const repo = new InventoryRepository(store);
      const many = Array.from({ length: 1203 }, (_, i) => ({
        identifier: `pkg:npm/p${i}`,
        version: `1.0.${i}`,
      }));
      assert.equal(await repo.replace('inv-a', many), 1203);
      await repo.replace('inv-b', [{ identifier: 'pkg:npm/left', version: '1' }]);
      const a = await repo.list('inv-a');
      assert.equal(a.length, 1203);
      assert.deepEqual(
        a.slice(0, 2).map((e) => [e.position, e.identifier, e.version]),
        [
          [1, 'pkg:npm/p0', '1.0.0'],
          [2, 'pkg:npm/p1', '1.0.1'],
        ],
      );
      assert.equal(a.at(-1)?.position, 1203);
      await repo.replace('inv-a', [{ identifier: 'pkg:npm/new', version: '2' }]);
      assert.deepEqual(
        (await repo.list()).map((e) => [e.orgId, e.position, e.identifier]),
        [
          ['inv-a', 1, 'pkg:npm/new'],
          ['inv-b', 1, 'pkg:npm/left'],
        ],
      );
    });

    it('raises an inventory alert once, and lets one claimer take it for delivery', async () => {
      await new OrgRepository(store).addOrg({ id: 'inv-alerted', name: 'Alerted' });
      const repo = new InventoryAlertRepository(store);
      const alert = {
        orgId: 'inv-alerted',
        collectionId: 'advisories',
        advisoryId: 'report--1',
        trackingId: 'T-1',
        title: 'An advisory',
        tlp: 'clear',
        identifier: 'pkg:npm/p',
        version: '1.0.0',
        status: 'known_affected',
      };
      const first = await repo.raise([alert, { ...alert, version: '1.0.1' }]);
      assert.deepEqual(
        first.map((a) => a.version),
        ['1.0.0', '1.0.1'],
      );
      assert.deepEqual(await repo.raise([alert]), [], 'the same alert is not raised twice');
      assert.equal(await repo.claimedAt(first[0]?.id ?? ''), undefined, 'not taken up yet');
      const [a, b] = await Promise.all([repo.claimUndelivered(10), repo.claimUndelivered(10)]);
      assert.equal((a?.length ?? 0) + (b?.length ?? 0), 2, 'each alert claimed by one claimer');
      assert.deepEqual(await repo.claimUndelivered(10), []);
      assert.match((await repo.claimedAt(first[0]?.id ?? '')) ?? '', /^\d{4}-\d\d-\d\dT/);
      const sub = await new AlertRepository(store).addSubscription({
        orgId: 'inv-alerted',
        url: 'http://127.0.0.1:9/hook',
        secret: 'a-secret-of-16-chars',
      });
      const id = first[0]?.id ?? '';
      await repo.logDelivery({
        alertId: id,
        subscriptionId: sub.id,
        attempt: 1,
        outcome: 'delivered',
        httpStatus: 204,
        at: '2026-12-06T00:00:00.000Z',
      });
      assert.deepEqual(
        (await repo.deliveries(id)).map((d) => [d.attempt, d.outcome, d.httpStatus]),
        [[1, 'delivered', 204]],
      );
      assert.equal((await repo.get(id))?.tlp, 'clear');
      assert.deepEqual((await repo.list({ orgId: 'inv-alerted' })).map((x) => x.version).sort(), [
        '1.0.0',
        '1.0.1',
      ]);
    });
  });
}
