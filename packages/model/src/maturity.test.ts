import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CoopsecError } from './errors.ts';
import {
  DEFAULT_MATURITY_RULE,
  MATURITY_STAGES,
  makeMaturityRule,
  maturityStage,
} from './maturity.ts';

void test('CMM stage names in order', () => {
  assert.deepEqual(MATURITY_STAGES, [
    'Start-up',
    'Formative',
    'Established',
    'Strategic',
    'Dynamic',
  ]);
});

void test('default rule: equal 20-point bands, lower bounds inclusive', () => {
  const cases: [number, string, number][] = [
    [0, 'Start-up', 1],
    [19.99, 'Start-up', 1],
    [20, 'Formative', 2],
    [39.9, 'Formative', 2],
    [40, 'Established', 3],
    [45, 'Established', 3],
    [59.99, 'Established', 3],
    [60, 'Strategic', 4],
    [70, 'Strategic', 4],
    [79.99, 'Strategic', 4],
    [80, 'Dynamic', 5],
    [82, 'Dynamic', 5],
    [100, 'Dynamic', 5],
  ];
  for (const [score, stage, level] of cases) {
    const r = maturityStage(score);
    assert.equal(r.stage, stage, String(score));
    assert.equal(r.level, level, String(score));
    assert.equal(r.rule, DEFAULT_MATURITY_RULE);
  }
});

void test('the rule says the mapping is our assumption', () => {
  assert.match(DEFAULT_MATURITY_RULE.description, /no composite score/);
  assert.match(DEFAULT_MATURITY_RULE.description, /assumption/);
});

void test('scores outside 0–100 are refused', () => {
  for (const bad of [-1, 100.01, 120, Number.NaN]) {
    assert.throws(
      () => maturityStage(bad),
      (e: unknown) => e instanceof CoopsecError && e.code === 'BAD_INPUT',
    );
  }
});

void test('user rule: validated and applied', () => {
  const rule = makeMaturityRule({ id: 'strict', thresholds: [30, 50, 70, 90] });
  assert.equal(maturityStage(72, rule).stage, 'Strategic');
  assert.equal(maturityStage(29, rule).stage, 'Start-up');
  assert.equal(maturityStage(90, rule).stage, 'Dynamic');
  assert.match(rule.description, /assumption/);
  assert.throws(
    () => makeMaturityRule({ id: 'x', thresholds: [30, 20, 70, 90] }),
    (e: unknown) => e instanceof CoopsecError && e.details.some((d) => d.field === 'thresholds[1]'),
  );
  assert.throws(
    () => makeMaturityRule({ id: 'x', thresholds: [30, 50, 70] }),
    (e: unknown) => e instanceof CoopsecError && e.details[0]?.field === 'thresholds',
  );
  assert.throws(
    () => makeMaturityRule({ id: 'x', thresholds: [0, 50, 70, 101] }),
    (e: unknown) => e instanceof CoopsecError && e.details.length === 2,
  );
});
