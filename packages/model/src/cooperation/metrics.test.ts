import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cooperationMetrics,
  nearestRank,
  type CooperationCase,
  type CooperationRecord,
} from './metrics.ts';

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

  void it('joint cases and their times to contain, per organisation and in the period; one organisation sees only its cases', () => {
    const hour = 3_600_000;
    const kase = (
      id: string,
      created: string,
      orgs: [string, string][],
      contain?: number,
    ): CooperationCase => ({
      id,
      created,
      participants: orgs.map(([organisation, role]) => ({ organisation, role })),
      ...(contain !== undefined ? { timeToContainMs: contain * hour } : {}),
    });
    const cases = [
      kase(
        'incident--a',
        '2026-03-01T00:00:00Z',
        [
          ['kg-cert', 'lead'],
          ['kz-cert', 'contributor'],
        ],
        2,
      ),
      kase(
        'incident--b',
        '2026-03-05T00:00:00Z',
        [
          ['kg-cert', 'lead'],
          ['uz-cert', 'observer'],
        ],
        6,
      ),
      kase('incident--c', '2026-03-09T00:00:00Z', [['kz-cert', 'lead']], 4),
      kase('incident--d', '2026-03-10T00:00:00Z', [
        ['kg-cert', 'contributor'],
        ['kz-cert', 'lead'],
      ]),
      kase(
        'incident--old',
        '2025-01-01T00:00:00Z',
        [
          ['kg-cert', 'lead'],
          ['kz-cert', 'observer'],
        ],
        1,
      ),
    ];
    const base = {
      records: [],
      peers: [],
      agreements: [],
      cases,
      organisations: ['kg-cert', 'kz-cert'],
    };
    const all = cooperationMetrics({ ...base, period: { from: '2026-01-01' } });
    assert.deepEqual(
      { ...all.incidents, timeToResolve: undefined },
      {
        cases: 4,
        joint: 3,
        contained: 3,
        resolved: 0,
        // contained cases took 2, 4 and 6 h: median (rank 2) 4 h, p90 (rank 3) 6 h
        timeToContain: { samples: 3, medianSeconds: 4 * 3600, p90Seconds: 6 * 3600 },
        timeToResolve: undefined,
      },
    );
    assert.deepEqual(all.incidents.timeToResolve, {
      samples: 0,
      medianSeconds: null,
      p90Seconds: null,
    });
    const row = (m: typeof all, org: string) => m.organisations.find((o) => o.org === org);
    assert.deepEqual([row(all, 'kg-cert')?.cases, row(all, 'kg-cert')?.casesLed], [3, 2]);
    assert.deepEqual([row(all, 'kz-cert')?.cases, row(all, 'kz-cert')?.casesLed], [3, 2]);
    const kz = cooperationMetrics({ ...base, period: { from: '2026-01-01' }, org: 'kz-cert' });
    assert.equal(kz.incidents.cases, 3, 'incident--b (kg and uz only) is not counted for kz');
    assert.equal(kz.incidents.timeToContain.samples, 2);
    assert.equal(cooperationMetrics({ ...base }).incidents.cases, 5, 'no period: every case');
  });

  void it('advisories: distinct reports in the advisories collection, published here or received', () => {
    const adv = (over: Partial<CooperationRecord>) =>
      rec({ type: 'report', collectionId: 'advisories', ...over });
    const records = [
      adv({ objectId: 'report--1' }),
      adv({ objectId: 'report--1', dateAdded: '2026-02-01T00:00:00.000Z' }), // a newer release
      adv({ objectId: 'report--2', originOrg: 'kz-cert' }),
      adv({ objectId: 'report--3', originOrg: 'uz-cert', peerId: 'uz-node' }),
      adv({ objectId: 'vulnerability--1', type: 'vulnerability' }),
      rec({ objectId: 'report--other', type: 'report', collectionId: 'threats' }),
    ];
    const peers = [
      { id: 'uz-node', name: 'UZ', localOrg: 'kg-cert', enabled: true, lastStatus: 'ok' },
    ];
    const m = cooperationMetrics({
      records,
      peers,
      agreements: [],
      advisoryCollection: 'advisories',
    });
    assert.deepEqual(m.advisories, { published: 2, received: 1 });
    assert.equal(m.organisations.find((o) => o.org === 'kg-cert')?.advisoriesPublished, 1);
    const kz = cooperationMetrics({
      records,
      peers,
      agreements: [],
      advisoryCollection: 'advisories',
      org: 'kz-cert',
    });
    assert.deepEqual(kz.advisories, { published: 1, received: 0 }, 'uz-node receives for kg-cert');
    assert.deepEqual(
      cooperationMetrics({ records, peers, agreements: [] }).advisories,
      { published: 0, received: 0 },
      'no advisory collection named: none counted',
    );
  });
});
