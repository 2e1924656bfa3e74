/**
 * Tests of the regional profiles and comparison: published values survive untouched, every
 * value has a known source, the paper's disagreeing figures are kept, and scale changes are
 * explicit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSource } from '../data/sources.ts';
import { CoopsecError } from '../errors.ts';
import { CERT_FACTS, GCI_PILLARS, NCSI_RECORDS } from './central-asia-facts.ts';
import { centralAsiaProfiles, countryProfile, isMissing } from './profiles.ts';
import {
  compareEdition,
  compareEditions,
  compareRegion,
  scoreCompetitionRanks,
  TIE_RULE,
} from './compare.ts';

void test('profiles cover the five countries and every source id is known', () => {
  const profiles = centralAsiaProfiles();
  assert.deepEqual(
    profiles.map((p) => p.country),
    ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
  );
  for (const p of profiles) {
    assert.equal(p.gci.length, 4, `${p.country} has four editions`);
    for (const g of p.gci) {
      for (const id of g.sourceIds) assert.ok(findSource(id), `unknown source ${id}`);
      for (const a of g.alternatives)
        assert.ok(findSource(a.sourceId), `unknown source ${a.sourceId}`);
    }
  }
  for (const n of NCSI_RECORDS) assert.ok(findSource(n.sourceId), n.sourceId);
  for (const pr of GCI_PILLARS) for (const id of pr.sourceIds) assert.ok(findSource(id), id);
  for (const c of CERT_FACTS) assert.ok(findSource(c.sourceId));
});

void test('Kazakhstan: published scores, pillars that sum to the score, CERT and NCSI', () => {
  const kaz = countryProfile('KAZ');
  const g2020 = kaz.gci.find((g) => g.edition === 2020);
  assert.equal(g2020?.score, 93.15);
  assert.equal(g2020?.scale, '0-100');
  assert.equal(g2020?.rank, 31);
  for (const g of kaz.gci.filter((e) => e.edition >= 2020)) {
    assert.equal(g.pillars.status, 'known');
    if (g.pillars.status === 'known') {
      const { legal, technical, organisational, capacityDevelopment, cooperation } =
        g.pillars.pillars;
      const sum = legal + technical + organisational + capacityDevelopment + cooperation;
      assert.ok(Math.abs(sum - g.score) < 1e-9, `pillars sum ${sum} vs ${g.score}`);
    }
  }
  assert.equal(kaz.gci.find((g) => g.edition === 2024)?.tier, 'Tier 2 Advancing');
  assert.ok(!('status' in kaz.cert) || kaz.cert.status === 'operational');
  assert.ok(!isMissing(kaz.ncsi));
  if (!isMissing(kaz.ncsi)) assert.equal(kaz.ncsi[0]?.percent, 48.05);
});

void test('missing values stay missing', () => {
  const tjk = countryProfile('TJK');
  assert.ok(tjk.gci.every((g) => g.pillars.status === 'missing'));
  assert.ok(isMissing(tjk.ncsi));
  const kgz = countryProfile('KGZ');
  assert.equal('established' in kgz.cert, false, 'the paper gives no Kyrgyz CERT year');
});

void test('the paper\u2019s GCI 2020 figures are kept and marked as disagreeing', () => {
  const kaz = countryProfile('KAZ').gci.find((g) => g.edition === 2020);
  assert.deepEqual(
    kaz?.paperDisagreements.map((d) => [d.field, d.agrees]),
    [
      ['score', false],
      ['rank', true],
    ],
  );
  const tkm = countryProfile('TKM').gci.find((g) => g.edition === 2020);
  assert.equal(tkm?.paperDisagreements[0]?.field, 'participation');
  assert.equal(tkm?.paperDisagreements[0]?.agrees, false);
});

void test('unknown country is refused with NOT_FOUND', () => {
  assert.throws(
    () => countryProfile('FRA'),
    (e: unknown) => e instanceof CoopsecError && e.code === 'NOT_FOUND' && /FRA/.test(e.message),
  );
});

void test('competition ranks share ties and skip', () => {
  assert.deepEqual(scoreCompetitionRanks([10, 20, 20, 5]), [3, 1, 1, 4]);
  assert.deepEqual(scoreCompetitionRanks([]), []);
});

void test('edition 2020 table: scores and ranks as published, regional ranks with the tie rule', () => {
  const t = compareEdition(2020);
  assert.equal(t.scale, '0-100');
  assert.equal(t.positionKind, 'global-rank');
  assert.equal(t.tieRule, TIE_RULE);
  assert.deepEqual(
    t.rows.map((r) => [r.country, r.score, r.publishedRank, r.regionalRank]),
    [
      ['KAZ', 93.15, 31, 1],
      ['UZB', 71.11, 70, 2],
      ['KGZ', 49.64, 92, 3],
      ['TJK', 17.1, 138, 4],
      ['TKM', 14.48, 144, 5],
    ],
  );
  assert.ok(t.notes.some((n) => n.includes('0-100')));
});

void test('edition 2024 has tiers, not ranks', () => {
  const t = compareEdition(2024);
  assert.equal(t.positionKind, 'tier');
  assert.ok(t.rows.every((r) => r.publishedRank === undefined && r.tier !== undefined));
  assert.deepEqual(
    t.rows.map((r) => r.country),
    ['KAZ', 'UZB', 'KGZ', 'TKM', 'TJK'],
  );
});

void test('2018 → 2020: scale change is explicit and the rescaled view is an estimate', () => {
  const c = compareEditions(2018, 2020);
  assert.equal(c.scaleChanged, true);
  assert.ok(c.notes[0]?.includes('0-1') && c.notes[0].includes('0-100'));
  const kgz = c.changes.find((x) => x.country === 'KGZ');
  assert.equal(kgz?.score.kind, 'not-comparable');
  if (kgz?.score.kind === 'not-comparable') {
    assert.equal(kgz.score.rescaled.kind, 'estimated');
    assert.equal(kgz.score.rescaled.fromRescaled, 25.4);
    assert.equal(kgz.score.rescaled.difference, 24.24);
    assert.match(kgz.score.rescaled.label, /rescal/);
  }
  assert.deepEqual(kgz?.publishedPosition, {
    kind: 'difference',
    places: 19,
    meaning: 'global places gained (positive = moved up)',
  });
});

void test('2020 → 2024: same scale gives a difference; ranks vs tiers are not compared', () => {
  const c = compareEditions(2020, 2024);
  assert.equal(c.scaleChanged, false);
  const tjk = c.changes.find((x) => x.country === 'TJK');
  assert.deepEqual(tjk?.score, {
    kind: 'difference',
    value: 8.26,
    unit: 'points on the 0-100 scale',
  });
  assert.equal(tjk?.publishedPosition.kind, 'not-comparable');
  assert.equal(tjk?.regionalRankChange, -1, 'TJK falls below TKM in 2024');
});

void test('bad editions are refused with BAD_INPUT naming the field', () => {
  assert.throws(
    () => compareEdition(2019),
    (e: unknown) =>
      e instanceof CoopsecError && e.code === 'BAD_INPUT' && e.details[0]?.field === 'edition',
  );
  assert.throws(
    () => compareEditions(2024, 2020),
    (e: unknown) => e instanceof CoopsecError && e.code === 'BAD_INPUT',
  );
});

void test('compareRegion gives every edition and consecutive changes', () => {
  const r = compareRegion();
  assert.equal(r.editions.length, 4);
  assert.deepEqual(
    r.changes.map((c) => [c.from, c.to]),
    [
      [2017, 2018],
      [2018, 2020],
      [2020, 2024],
    ],
  );
});
