import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CoopsecError } from './errors.ts';
import { componentScoreFromIndicators, type Indicator } from './indicators.ts';

const indicators: Indicator[] = [
  { id: 'law', component: 'regulatory', question: 'Is there a cyber-security law?', weight: 3 },
  {
    id: 'cii',
    component: 'regulatory',
    question: 'Is critical infrastructure regulated?',
    weight: 1,
  },
  { id: 'cert', component: 'infrastructure', question: 'Is there a national CERT?', weight: 2 },
];

test('weighted points achieved over maximum points; unanswered indicators count 0 and are listed', () => {
  const r = componentScoreFromIndicators({
    component: 'regulatory',
    indicators,
    answers: [{ indicatorId: 'law', achieved: 1, evidence: 'Law No. 1', sourceId: 'paper' }],
  });
  assert.deepEqual([r.score, r.pointsAchieved, r.pointsMaximum, r.unanswered], [75, 3, 4, ['cii']]);
  const half = componentScoreFromIndicators({
    component: 'regulatory',
    indicators,
    answers: [
      { indicatorId: 'law', achieved: 0.5, evidence: 'draft law', sourceId: 'paper' },
      { indicatorId: 'cii', achieved: 1, evidence: 'resolution', sourceId: 'paper' },
    ],
  });
  assert.equal(half.score, 62.5);
});

test('refuses points without evidence, out-of-range answers, unknown indicators and bad weights, naming each', () => {
  assert.throws(
    () =>
      componentScoreFromIndicators({
        component: 'regulatory',
        indicators: [
          ...indicators,
          { id: 'bad', component: 'regulatory', question: '?', weight: 0 },
        ],
        answers: [
          { indicatorId: 'law', achieved: 1, evidence: ' ', sourceId: 'paper' },
          { indicatorId: 'cii', achieved: 1.5, evidence: 'x', sourceId: 'paper' },
          { indicatorId: 'nope', achieved: 0, evidence: '', sourceId: 'paper' },
        ],
      }),
    (error: unknown) => {
      assert.ok(error instanceof CoopsecError);
      assert.deepEqual(
        error.details.map((d) => `${d.record}/${d.field}`),
        ['bad/weight', 'law/evidence', 'cii/achieved', 'nope/indicatorId'],
      );
      return true;
    },
  );
});
