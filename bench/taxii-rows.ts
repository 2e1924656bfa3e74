/**
 * The rows of the TAXII ingest benchmark, shared by the load generator (as STIX objects) and
 * the bare-insert baseline (as exchange_object rows): 90 % TLP:GREEN indicators, 10 % malware.
 */
import { randomUUID } from 'node:crypto';

const TS = '2024-05-01T00:00:00.000Z';
const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';

export function benchObject(i: number): Record<string, unknown> {
  if (i % 10 === 9) {
    return {
      type: 'malware',
      spec_version: '2.1',
      id: `malware--${randomUUID()}`,
      created: TS,
      modified: TS,
      name: `family ${i}`,
      is_family: true,
    };
  }
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: TS,
    modified: TS,
    name: `bench indicator ${i}`,
    pattern: `[ipv4-addr:value = '10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}']`,
    pattern_type: 'stix',
    valid_from: '2024-05-01T00:00:00Z',
    object_marking_refs: [GREEN],
  };
}

/** exchange_object columns in the order of {@link benchRow}. */
export const BENCH_COLUMNS = [
  'collection_id',
  'object_id',
  'type',
  'spec_version',
  'created',
  'modified',
  'version',
  'date_added',
  'tlp',
  'view_rank',
  'origin_org',
  'origin_user',
  'recipients',
  'has_granular',
  'body',
] as const;

/** The row the server would store for {@link benchObject}(i), as posted by `originOrg`. */
export function benchRow(
  i: number,
  at: { collectionId: string; dateAdded: string; originOrg: string; originUser: string },
): unknown[] {
  const { collectionId, dateAdded, originOrg, originUser } = at;
  const o = benchObject(i);
  const green = o.type === 'indicator';
  return [
    collectionId,
    o.id,
    o.type,
    '2.1',
    TS,
    TS,
    '2024-05-01T00:00:00.000000000Z',
    dateAdded,
    green ? 'green' : 'none',
    1,
    originOrg,
    originUser,
    null,
    0,
    JSON.stringify(o),
  ];
}
