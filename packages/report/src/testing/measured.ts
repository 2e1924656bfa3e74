/**
 * @module testing/measured
 * A measured-cooperation view for report tests, computed by the model's own functions from a
 * few exchange records of a node that serves KGZ (no figure typed in by hand): 4 indicators
 * shared by kg-cert and 3 sightings of them by kz-cert (7 objects shared), one indicator
 * received from the KZ partner node, 2 agreements (1 carried objects), 2 enabled peers (1
 * reachable), 2 incident cases (1 joint, 1 contained): score (0.5 × 4 + 0.75) / 5 × 100 = 55.
 */
import {
  cooperationMetrics,
  measuredCooperation,
  type CooperationRecord,
  type MeasuredCooperation,
} from '@coopsec/model';

const rec = (over: Partial<CooperationRecord>): CooperationRecord => ({
  objectId: 'indicator--1',
  type: 'indicator',
  tlp: 'green',
  originOrg: 'kg-cert',
  created: '2026-03-01T00:00:00.000Z',
  dateAdded: '2026-03-01T00:00:00.000Z',
  peerId: null,
  receivedAt: null,
  sightingOf: null,
  collectionId: 'feed',
  ...over,
});

export const MEASURED_PERIOD = {
  from: '2025-11-25T12:00:00.000Z',
  to: '2026-11-25T12:00:00.000Z',
} as const;

export const MEASURED_KGZ: {
  readonly available: true;
  readonly country: string;
} & MeasuredCooperation = {
  available: true,
  country: 'KGZ',
  ...measuredCooperation(
    cooperationMetrics({
      records: [
        ...['a', 'b', 'c', 'd'].map((x) => rec({ objectId: `indicator--${x}` })),
        ...['a', 'a', 'b'].map((x, i) =>
          rec({
            objectId: `sighting--${String(i)}`,
            type: 'sighting',
            originOrg: 'kz-cert',
            sightingOf: `indicator--${x}`,
          }),
        ),
        rec({
          objectId: 'indicator--kz',
          originOrg: 'kz-cert',
          peerId: 'p-kz',
          receivedAt: '2026-03-02T00:00:00.000Z',
        }),
      ],
      peers: [
        { id: 'p-kz', name: 'KZ', localOrg: 'kg-cert', enabled: true, lastStatus: 'ok' },
        { id: 'p-uz', name: 'UZ', localOrg: 'kg-cert', enabled: true, lastStatus: 'error' },
      ],
      agreements: [
        { fromOrg: 'kg-cert', toOrg: 'kz-cert', collectionId: 'feed' },
        { fromOrg: 'kg-cert', toOrg: 'uz-cert', collectionId: 'other' },
      ],
      cases: [
        {
          id: 'case-1',
          created: '2026-04-01T00:00:00.000Z',
          participants: [
            { organisation: 'kg-cert', role: 'lead' },
            { organisation: 'kz-cert', role: 'member' },
          ],
          timeToContainMs: 3_600_000,
        },
        {
          id: 'case-2',
          created: '2026-05-01T00:00:00.000Z',
          participants: [{ organisation: 'kg-cert', role: 'lead' }],
        },
      ],
      period: MEASURED_PERIOD,
    }),
  ),
};
