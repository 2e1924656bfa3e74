import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cooperationMetrics, nearestRank, type CooperationRecord } from './metrics.ts';

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
  ...over,
});

void describe('cooperation metrics', () => {
  void it('nearest-rank quantiles', () => {
    assert.equal(nearestRank([], 0.5), null);
    assert.equal(nearestRank([5], 0.9), 5);
    assert.equal(nearestRank([1, 2, 3, 4], 0.5), 2);
    assert.equal(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9), 9);
  });

  void it('times to share per partner, from created to arrival; objects without created are counted apart', () => {
    const hours = [1, 2, 3, 10];
    const records = [
      ...hours.map((h, i) =>
        rec({
          objectId: `indicator--r${i}`,
          originOrg: 'kz-cert',
          peerId: 'kz-node',
          dateAdded: '2026-02-03T00:00:00.000Z',
          receivedAt: new Date(
            Date.parse('2026-02-01T00:00:00.000Z') + h * 3_600_000,
          ).toISOString(),
          created: '2026-02-01T00:00:00.000Z',
        }),
      ),
      rec({
        objectId: 'x',
        peerId: 'kz-node',
        created: null,
        receivedAt: '2026-02-02T00:00:00.000Z',
      }),
      rec({}),
    ];
    const m = cooperationMetrics({
      records,
      peers: [
        { id: 'kz-node', name: 'KZ node', localOrg: 'kg-cert', enabled: true, lastStatus: 'ok' },
      ],
      agreements: [{ fromOrg: 'kg-cert', toOrg: 'kz-cert', collectionId: 'feed' }],
    });
    const p = m.partners[0];
    assert.equal(p?.received.total, 5);
    assert.deepEqual(p?.timeToShare, {
      samples: 4,
      withoutCreated: 1,
      medianSeconds: 2 * 3600,
      p90Seconds: 10 * 3600,
    });
    assert.deepEqual(m.matrix, [{ from: 'KZ node', to: 'kg-cert', objects: 5 }]);
    assert.equal(m.peersReachable, 1);
    assert.deepEqual(
      m.organisations.map((o) => [o.org, o.shared.total, o.agreementsActive]),
      [['kg-cert', 1, 1]],
      'received objects are not counted as shared by the receiver',
    );
    assert.deepEqual(m.months, [
      { month: '2026-01', shared: 1, received: 1 },
      { month: '2026-02', shared: 0, received: 4 },
    ]);
  });

  void it('sharing flows: what an agreement lets flow from its collection, at its levels', () => {
    const records = [
      rec({ objectId: 'a', collectionId: 'feed', tlp: 'green' }),
      rec({ objectId: 'b', collectionId: 'feed', tlp: 'amber' }),
      rec({ objectId: 'c', collectionId: 'feed', tlp: 'green', dateAdded: '2026-03-04T00:00:00Z' }),
      rec({ objectId: 'd', collectionId: 'other', tlp: 'green' }),
      rec({ objectId: 'e', collectionId: 'feed', tlp: 'green', originOrg: 'uz-cert' }),
      rec({ objectId: 'f', collectionId: 'feed', peerId: 'kz-node', receivedAt: '2026-01-02' }),
    ];
    const agreements = [
      { fromOrg: 'kg-cert', toOrg: 'kz-cert', collectionId: 'feed', levels: ['green'] },
      { fromOrg: 'kg-cert', toOrg: 'tj-cert', collectionId: 'feed' },
    ];
    const m = cooperationMetrics({ records, peers: [], agreements });
    assert.deepEqual(m.sharing, [
      { from: 'kg-cert', to: 'kz-cert', objects: 2 },
      { from: 'kg-cert', to: 'tj-cert', objects: 3 },
    ]);
    const only = cooperationMetrics({ records, peers: [], agreements, org: 'uz-cert' });
    assert.deepEqual(only.sharing, [], 'another organisation’s agreements are not shown');
    assert.deepEqual(m.months, [
      { month: '2026-01', shared: 4, received: 1 },
      { month: '2026-03', shared: 1, received: 0 },
    ]);
  });
});
