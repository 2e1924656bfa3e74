import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measuredCooperation } from '../cooperation/measured.ts';
import { cooperationMetrics, type CooperationRecord } from '../cooperation/metrics.ts';
import { evaluateClaim } from './evaluate.ts';
import { parseClaim } from './parse.ts';

const indicator = (id: string): CooperationRecord => ({
  objectId: `indicator--${id}`,
  type: 'indicator',
  tlp: 'green',
  originOrg: 'kg-cert',
  created: '2026-01-01T00:00:00.000Z',
  dateAdded: '2026-01-01T00:00:00.000Z',
  peerId: null,
  receivedAt: null,
  sightingOf: null,
  collectionId: 'feed',
});

// Three indicators shared, no sighting returned yet; no peer, no agreement, no case.
const cooperation = measuredCooperation(
  cooperationMetrics({ records: ['a', 'b', 'c'].map(indicator), peers: [], agreements: [] }),
);
const base = { assessments: [], gci: [] };
const node = { ...base, measured: { country: 'KGZ', cooperation } };
const claim = (over: Record<string, unknown>) =>
  parseClaim({ kind: 'measured', country: 'KG', measure: 'uniqueIndicators', ...over });

void describe('claims about measured cooperation', () => {
  void it('are decided from the node’s records for the country it serves', () => {
    const atLeast = evaluateClaim(claim({ comparison: 'at-least', value: 3 }), node);
    assert.equal(atLeast.verdict, 'holds', atLeast.explanation);
    assert.equal(atLeast.numbers.measured, cooperation.figures.uniqueIndicators);
    assert.equal(
      evaluateClaim(claim({ comparison: 'at-least', value: 4 }), node).verdict,
      'does-not-hold',
    );
    assert.equal(
      evaluateClaim(claim({ comparison: 'at-most', value: 2 }), node).verdict,
      'does-not-hold',
    );
    assert.equal(evaluateClaim(claim({ comparison: 'equals', value: 3 }), node).verdict, 'holds');
    assert.equal(
      evaluateClaim(claim({ comparison: 'equals', value: 4, tolerance: 1 }), node).verdict,
      'holds',
    );
  });

  void it('cannot be decided without the records, for another country, or from a missing share', () => {
    const c = claim({ comparison: 'at-least', value: 0 });
    const without = evaluateClaim(c, base);
    assert.equal(without.verdict, 'cannot-be-decided');
    assert.match(without.explanation, /COOPSEC_NODE_COUNTRY/);
    const uzb = parseClaim({
      kind: 'measured',
      country: 'UZB',
      measure: 'objectsShared',
      comparison: 'at-least',
      value: 0,
    });
    assert.equal(evaluateClaim(uzb, node).verdict, 'cannot-be-decided');
    // No peer is configured: the share of partners reachable is missing, never taken as 0.
    assert.equal(
      evaluateClaim(claim({ measure: 'partners-reachable', comparison: 'at-most', value: 1 }), node)
        .verdict,
      'cannot-be-decided',
    );
    // None of the 3 indicators was sighted back: a measured 0, so the score (its only share) is 0.
    const score = evaluateClaim(claim({ measure: 'score', comparison: 'equals', value: 0 }), node);
    assert.equal(score.verdict, 'holds', score.explanation);
  });

  void it('name the field and the reason when malformed', () => {
    assert.throws(
      () =>
        parseClaim({
          kind: 'measured',
          country: 'KGZ',
          measure: 'happiness',
          comparison: 'more',
          value: -1,
        }),
      (e: { details?: { field: string; message: string }[] }) => {
        const fields = (e.details ?? []).map((d) => d.field).sort();
        assert.deepEqual(fields, ['comparison', 'measure', 'value']);
        return true;
      },
    );
  });
});
