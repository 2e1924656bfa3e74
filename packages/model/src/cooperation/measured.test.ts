import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measuredCooperation } from './measured.ts';
import { cooperationMetrics, type CooperationRecord } from './metrics.ts';

const rec = (over: Partial<CooperationRecord>): CooperationRecord => ({
  objectId: 'indicator--1',
  type: 'indicator',
  tlp: 'green',
  originOrg: 'kg-cert',
  created: '2026-01-01T00:00:00.000Z',
  dateAdded: '2026-01-01T00:00:00.000Z',
  peerId: null,
  receivedAt: null,
  sightingOf: null,
  collectionId: 'feed',
  ...over,
});

void describe('measured cooperation (rule coopsec-measured-cooperation-v1)', () => {
  void it('is missing, not 0, when the records give no ratio', () => {
    const m = measuredCooperation(cooperationMetrics({ records: [], peers: [], agreements: [] }));
    assert.equal(m.score, null);
    assert.ok(m.ratios.every((r) => r.value === null));
    assert.equal(m.kind, 'measured');
    assert.equal(m.source.kind, 'measured');
  });

  void it('averages the ratios the records give, leaving out the missing ones', () => {
    const records = [
      rec({ objectId: 'indicator--a' }),
      rec({ objectId: 'indicator--b' }),
      rec({ objectId: 'indicator--c' }),
      rec({ objectId: 'indicator--d' }),
      // three sightings of kg-cert's indicators by kz-cert: 3 / 4 indicators
      ...['a', 'a', 'b'].map((x, i) =>
        rec({
          objectId: `sighting--${i}`,
          type: 'sighting',
          originOrg: 'kz-cert',
          sightingOf: `indicator--${x}`,
        }),
      ),
    ];
    const agreements = [
      { fromOrg: 'kg-cert', toOrg: 'kz-cert', collectionId: 'feed' }, // carries 4 objects
      { fromOrg: 'kg-cert', toOrg: 'uz-cert', collectionId: 'other' }, // carries none
    ];
    const peers = [
      { id: 'p1', name: 'KZ', localOrg: 'kg-cert', enabled: true, lastStatus: 'ok' },
      { id: 'p2', name: 'UZ', localOrg: 'kg-cert', enabled: true, lastStatus: 'error' },
      { id: 'p3', name: 'TJ', localOrg: 'kg-cert', enabled: false, lastStatus: 'ok' },
      { id: 'p4', name: 'TM', localOrg: 'kg-cert', enabled: true, lastStatus: 'ok' },
    ];
    const m = measuredCooperation(cooperationMetrics({ records, peers, agreements }));
    const byId = Object.fromEntries(m.ratios.map((r) => [r.id, r.value]));
    assert.deepEqual(byId, {
      'agreements-in-use': 1 / 2,
      'partners-reachable': 2 / 4,
      'sightings-returned': 3 / 4,
      'joint-response': null,
      containment: null,
    });
    // mean of 0.5, 0.5, 0.75 = 0.5833… → 58.3
    assert.equal(m.score, 58.3);
    assert.equal(m.figures.uniqueIndicators, 4);
    assert.equal(m.figures.agreementsActive, 2);
  });

  void it('caps sightings returned at one per indicator', () => {
    const records = [
      rec({ objectId: 'indicator--a' }),
      ...[1, 2, 3].map((i) =>
        rec({
          objectId: `sighting--${i}`,
          type: 'sighting',
          originOrg: 'kz-cert',
          sightingOf: 'indicator--a',
        }),
      ),
    ];
    const m = measuredCooperation(cooperationMetrics({ records, peers: [], agreements: [] }));
    assert.equal(m.ratios.find((r) => r.id === 'sightings-returned')?.value, 1);
    assert.equal(m.score, 100);
  });
});
