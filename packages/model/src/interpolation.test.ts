import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KGZ_PAPER_ASSESSMENTS } from './data/kgz-paper.ts';
import { findSource } from './data/sources.ts';
import { CoopsecError } from './errors.ts';
import { INTERPOLATION_SOURCE_ID, interpolate, isInterpolated } from './interpolation.ts';

void test('infrastructure 2021–2023: 60.75, 66.5, 72.25, labelled with both measured neighbours', () => {
  const out = interpolate(KGZ_PAPER_ASSESSMENTS, {
    country: 'KGZ',
    component: 'infrastructure',
    years: [2023, 2021, 2022],
  });
  assert.deepEqual(
    out.map((a) => [a.year, a.score, a.kind]),
    [
      [2020, 55, 'measured'],
      [2021, 60.75, 'estimated'],
      [2022, 66.5, 'estimated'],
      [2023, 72.25, 'estimated'],
      [2024, 78, 'measured'],
    ],
  );
  const e = out[2];
  assert.ok(e !== undefined && isInterpolated(e));
  assert.ok(isInterpolated(e) && e.method === 'linear-interpolation');
  assert.ok(isInterpolated(e) && e.neighbours.map((n) => n.year).join() === '2020,2024');
  assert.equal(e.sourceId, INTERPOLATION_SOURCE_ID);
  assert.equal(e.confidence, 'low');
  assert.match(e.evidence, /2020 \(55, paper\).*2024 \(78, paper\)/);
  assert.ok(findSource(INTERPOLATION_SOURCE_ID) !== undefined, 'the source is registered');
  assert.equal(isInterpolated(out[0] ?? e), false);
});

void test('only on request: no years asked, no estimates; measured years are not re-estimated', () => {
  assert.equal(
    interpolate(KGZ_PAPER_ASSESSMENTS, { country: 'KGZ', component: 'cooperation', years: [] })
      .length,
    2,
  );
  const out = interpolate(KGZ_PAPER_ASSESSMENTS, {
    country: 'KGZ',
    component: 'cooperation',
    years: [2020, 2024],
  });
  assert.ok(out.every((a) => a.kind === 'measured'));
});

void test('never extrapolates; bad years are all named', () => {
  assert.throws(
    () =>
      interpolate(KGZ_PAPER_ASSESSMENTS, {
        country: 'KGZ',
        component: 'regulatory',
        years: [2019, 2025, 2022.5],
      }),
    (e: unknown) =>
      e instanceof CoopsecError &&
      e.code === 'BAD_INPUT' &&
      e.details.length === 3 &&
      e.details.some(
        (d) => d.message.startsWith('2025') && d.message.includes('never extrapolates'),
      ),
  );
  assert.throws(
    () =>
      interpolate(KGZ_PAPER_ASSESSMENTS, {
        country: 'KAZ',
        component: 'regulatory',
        years: [2022],
      }),
    (e: unknown) =>
      e instanceof CoopsecError && /no measured values/.test(e.details[0]?.message ?? ''),
  );
});

void test('estimates are never neighbours', () => {
  const [est] = interpolate(KGZ_PAPER_ASSESSMENTS, {
    country: 'KGZ',
    component: 'regulatory',
    years: [2022],
  }).filter((a) => a.kind === 'estimated');
  assert.ok(est !== undefined);
  const withEstimate = [...KGZ_PAPER_ASSESSMENTS, est];
  const out = interpolate(withEstimate, { country: 'KGZ', component: 'regulatory', years: [2021] });
  // 52 + (79 − 52) / 4 = 58.75, from the measured 2020 and 2024, not from the 2022 estimate
  assert.equal(out.find((a) => a.year === 2021)?.score, 58.75);
});
