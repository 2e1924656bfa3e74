import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Assessment } from './assessment.ts';
import { KGZ_PAPER_ASSESSMENTS } from './data/kgz-paper.ts';
import {
  buildSeries,
  change,
  pointAt,
  rankByGrowth,
  rankByLevel,
  rankValues,
  weakestComponent,
  yearsCovered,
} from './dynamics.ts';
import { CoopsecError } from './errors.ts';

const kgz = buildSeries(KGZ_PAPER_ASSESSMENTS);
const isCode = (code: string) => (e: unknown) => e instanceof CoopsecError && e.code === code;

function row(over: Partial<Assessment>): Assessment {
  return {
    country: 'KGZ',
    year: 2020,
    component: 'infrastructure',
    score: 50,
    sourceId: 'paper',
    evidence: '',
    confidence: 'medium',
    kind: 'measured',
    ...over,
  };
}

void test('series: two paper years per component, missing years stay missing', () => {
  assert.equal(kgz.country, 'KGZ');
  assert.deepEqual(
    kgz.components.cooperation.map((p) => [p.year, p.score]),
    [
      [2020, 59],
      [2024, 82],
    ],
  );
  assert.deepEqual(yearsCovered(kgz), [2020, 2024]);
  assert.equal(pointAt(kgz, 'infrastructure', 2022), undefined);
  assert.equal(kgz.components.infrastructure[0]?.sourceId, 'paper');
});

void test('series: several countries need a name; duplicates are refused', () => {
  const two = [row({}), row({ country: 'KAZ' })];
  assert.throws(() => buildSeries(two), isCode('BAD_INPUT'));
  assert.equal(buildSeries(two, { country: 'KAZ' }).components.infrastructure.length, 1);
  assert.throws(() => buildSeries([row({}), row({ score: 60 })]), isCode('BAD_INPUT'));
  assert.throws(() => buildSeries([]), isCode('BAD_INPUT'));
});

void test('change 2020→2024: hand-checked pp, % and CAGR', () => {
  const expected = {
    infrastructure: [23, 41.8182, 9.1272],
    regulatory: [27, 51.9231, 11.0212],
    'human-resources': [24, 50.0, 10.6682],
    cooperation: [23, 38.9831, 8.5777],
    'digital-literacy': [25, 55.5556, 11.679],
  } as const;
  for (const [component, [abs, rel, cagr]] of Object.entries(expected)) {
    const c = change(kgz, { component: component as keyof typeof expected, from: 2020, to: 2024 });
    assert.equal(c.absolute, abs, component);
    assert.ok(Math.abs((c.relative ?? NaN) - rel) < 1e-4, `${component} relative ${c.relative}`);
    assert.ok(Math.abs((c.cagr ?? NaN) - cagr) < 1e-4, `${component} cagr ${c.cagr}`);
  }
});

void test('change: missing years are NOT_FOUND, reversed periods BAD_INPUT, zero start has no ratio', () => {
  assert.throws(
    () => change(kgz, { component: 'regulatory', from: 2020, to: 2025 }),
    (e: unknown) =>
      e instanceof CoopsecError && e.code === 'NOT_FOUND' && e.message.includes('2025'),
  );
  assert.throws(
    () => change(kgz, { component: 'regulatory', from: 2024, to: 2020 }),
    isCode('BAD_INPUT'),
  );
  assert.throws(
    () => change(kgz, { component: 'regulatory', from: 2020, to: 2020 }),
    isCode('BAD_INPUT'),
  );
  const zero = buildSeries([row({ score: 0 }), row({ year: 2022, score: 10 })]);
  const c = change(zero, { component: 'infrastructure', from: 2020, to: 2022 });
  assert.equal(c.absolute, 10);
  assert.equal(c.relative, null);
  assert.equal(c.cagr, null);
});

void test('rank by level 2024 and 2020', () => {
  const r24 = rankByLevel(kgz, 2024);
  assert.deepEqual(
    r24.entries.map((e) => [e.component, e.value, e.rank]),
    [
      ['cooperation', 82, 1],
      ['regulatory', 79, 2],
      ['infrastructure', 78, 3],
      ['human-resources', 72, 4],
      ['digital-literacy', 70, 5],
    ],
  );
  assert.deepEqual(r24.ties, []);
  assert.deepEqual(
    rankByLevel(kgz, 2020).entries.map((e) => e.component),
    ['cooperation', 'infrastructure', 'regulatory', 'human-resources', 'digital-literacy'],
  );
  const r22 = rankByLevel(kgz, 2022);
  assert.equal(r22.entries.length, 0);
  assert.equal(r22.missing.length, 5);
});

void test('rank by absolute growth: regulatory first, infrastructure and cooperation tied last (1234 4)', () => {
  const r = rankByGrowth(kgz, { from: 2020, to: 2024, measure: 'absolute' });
  assert.deepEqual(
    r.entries.map((e) => [e.component, e.value, e.rank]),
    [
      ['regulatory', 27, 1],
      ['digital-literacy', 25, 2],
      ['human-resources', 24, 3],
      ['infrastructure', 23, 4],
      ['cooperation', 23, 4],
    ],
  );
  assert.deepEqual(r.ties, [{ rank: 4, components: ['infrastructure', 'cooperation'] }]);
  assert.match(r.rule, /1224/);
});

void test('rank by relative growth: digital literacy first, cooperation last', () => {
  const r = rankByGrowth(kgz, { from: 2020, to: 2024, measure: 'relative' });
  assert.deepEqual(
    r.entries.map((e) => [e.component, e.rank]),
    [
      ['digital-literacy', 1],
      ['regulatory', 2],
      ['human-resources', 3],
      ['infrastructure', 4],
      ['cooperation', 5],
    ],
  );
  assert.deepEqual(r.ties, []);
  const gap = rankByGrowth(kgz, { from: 2020, to: 2025, measure: 'relative' });
  assert.equal(gap.entries.length, 0);
  assert.equal(gap.missing.length, 5);
});

void test('competition ranking: 1224 with ties listed', () => {
  const r = rankValues([
    { component: 'infrastructure', value: 10 },
    { component: 'regulatory', value: 5 },
    { component: 'human-resources', value: 5 },
    { component: 'cooperation', value: 1 },
  ]);
  assert.deepEqual(
    r.entries.map((e) => e.rank),
    [1, 2, 2, 4],
  );
  assert.deepEqual(r.ties, [{ rank: 2, components: ['regulatory', 'human-resources'] }]);
  // values equal up to floating-point noise are one tie
  const f = rankValues([
    { component: 'regulatory', value: 0.1 + 0.2 },
    { component: 'infrastructure', value: 0.3 },
  ]);
  assert.deepEqual(
    f.entries.map((e) => [e.component, e.rank]),
    [
      ['infrastructure', 1],
      ['regulatory', 1],
    ],
  );
});

void test('weakest component: digital literacy in both years; ties reported; empty year NOT_FOUND', () => {
  assert.deepEqual(weakestComponent(kgz, 2024), {
    year: 2024,
    components: ['digital-literacy'],
    score: 70,
    missing: [],
  });
  assert.deepEqual(weakestComponent(kgz, 2020).components, ['digital-literacy']);
  const tied = buildSeries([
    row({ score: 40 }),
    row({ component: 'cooperation', score: 40 }),
    row({ component: 'regulatory', score: 90 }),
  ]);
  const w = weakestComponent(tied, 2020);
  assert.deepEqual(w.components, ['infrastructure', 'cooperation']);
  assert.equal(w.missing.length, 2);
  assert.throws(() => weakestComponent(kgz, 2021), isCode('NOT_FOUND'));
});
