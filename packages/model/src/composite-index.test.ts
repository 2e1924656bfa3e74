import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Assessment } from './assessment.ts';
import {
  compositeIndex,
  compositeIndexSeries,
  EQUAL_WEIGHTS,
  normaliseWeights,
} from './composite-index.ts';
import { KGZ_PAPER_ASSESSMENTS } from './data/kgz-paper.ts';
import { CoopsecError } from './errors.ts';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

void test('equal weights: 2020 = 259/5 = 51.8, 2024 = 381/5 = 76.2, weights returned', () => {
  const r20 = compositeIndex(KGZ_PAPER_ASSESSMENTS, { year: 2020 });
  const r24 = compositeIndex(KGZ_PAPER_ASSESSMENTS, { year: 2024 });
  assert.ok(r20.computable && close(r20.value, 51.8), JSON.stringify(r20));
  assert.ok(r24.computable && close(r24.value, 76.2));
  assert.deepEqual(r24.weights, EQUAL_WEIGHTS);
  assert.ok(r24.computable && close(r24.contributions.cooperation, 82 / 5));
});

void test('user weights are normalised and change the value', () => {
  const w = normaliseWeights({ regulatory: 2, cooperation: 2, infrastructure: 1 });
  assert.ok(close(w.regulatory, 0.4) && close(w.cooperation, 0.4) && close(w.infrastructure, 0.2));
  assert.equal(w['digital-literacy'], 0);
  const r = compositeIndex(KGZ_PAPER_ASSESSMENTS, {
    year: 2024,
    weights: { regulatory: 2, cooperation: 2, infrastructure: 1 },
  });
  // 0.4·79 + 0.4·82 + 0.2·78 = 31.6 + 32.8 + 15.6 = 80
  assert.ok(r.computable && close(r.value, 80));
  assert.ok(close(r.weights.regulatory, 0.4));
});

void test('bad weights are refused with every problem named', () => {
  assert.throws(
    () =>
      normaliseWeights({
        regulatory: -1,
        literacy: 1,
        cooperation: Number.NaN,
        infrastructure: '2',
      }),
    (e: unknown) =>
      e instanceof CoopsecError &&
      e.code === 'BAD_INPUT' &&
      e.details.map((d) => d.field).join() ===
        'weights.regulatory,weights.literacy,weights.cooperation,weights.infrastructure',
  );
  assert.throws(
    () => normaliseWeights({ regulatory: 0, cooperation: 0 }),
    (e: unknown) => e instanceof CoopsecError && e.details[0]?.field === 'weights',
  );
  assert.throws(() => normaliseWeights({}), CoopsecError);
});

void test('a missing component means no index for that year, and says which', () => {
  const partial: Assessment[] = KGZ_PAPER_ASSESSMENTS.filter(
    (a) => !(a.year === 2024 && a.component === 'digital-literacy'),
  );
  const r = compositeIndex(partial, { year: 2024 });
  assert.equal(r.computable, false);
  assert.ok(
    !r.computable &&
      r.missing.join() === 'digital-literacy' &&
      r.reason.includes('digital-literacy'),
  );
  // with digital literacy weighted 0 the index exists again
  const w = compositeIndex(partial, {
    year: 2024,
    weights: { infrastructure: 1, regulatory: 1, 'human-resources': 1, cooperation: 1 },
  });
  assert.ok(w.computable && close(w.value, (78 + 79 + 72 + 82) / 4));
  const none = compositeIndex(KGZ_PAPER_ASSESSMENTS, { year: 2022 });
  assert.ok(!none.computable && none.missing.length === 5);
});

void test('series over the years with data', () => {
  const s = compositeIndexSeries(KGZ_PAPER_ASSESSMENTS);
  assert.deepEqual(
    s.map((r) => r.year),
    [2020, 2024],
  );
  assert.ok(s.every((r) => r.computable));
});
