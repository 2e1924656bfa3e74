/**
 * @module cooperation/metrics
 * Cooperation measured from the exchange records of one node (issue 18 item 1; PRODUCT.md B8):
 * what each local organisation contributed, what each partner node sent, how fast (an object's
 * `created` to its arrival here), how many sightings came back per indicator shared, the
 * agreements in force and the peers reachable. Counts are counts of stored records, so their
 * confidence is high; time-to-share needs an object's `created`, and objects without it are
 * left out of that figure (counted in `withoutCreated`). Pure: the store reads the records.
 */

export interface CooperationRecord {
  readonly objectId: string;
  readonly type: string;
  readonly tlp: string;
  readonly originOrg: string;
  readonly created: string | null;
  readonly dateAdded: string;
  readonly peerId: string | null;
  readonly receivedAt: string | null;
  readonly sightingOf: string | null;
  /** The collection the version is stored in (needed for the agreement flows in `sharing`). */
  readonly collectionId?: string;
}

export interface CooperationPeer {
  readonly id: string;
  readonly name: string;
  readonly localOrg: string;
  readonly enabled: boolean;
  readonly lastStatus: string | null;
}

export interface CooperationAgreement {
  readonly fromOrg: string;
  readonly toOrg: string;
  readonly collectionId: string;
  /** TLP levels the agreement lets flow; absent means every level is counted. */
  readonly levels?: readonly string[];
}

/** A joint incident case as the metrics need it (from the incidents collection). */
export interface CooperationCase {
  readonly id: string;
  /** When the case was opened (its `created`); the period filter applies to it. */
  readonly created: string;
  readonly participants: readonly { readonly organisation: string; readonly role: string }[];
  /** From the case's own timeline (@coopsec/incident caseMetrics); absent until it happens. */
  readonly timeToContainMs?: number;
  readonly timeToResolveMs?: number;
}

/** Joint incident response: cases opened in the period and their response times. */
export interface JointResponse {
  readonly cases: number;
  /** Cases with more than one participating organisation. */
  readonly joint: number;
  readonly contained: number;
  readonly resolved: number;
  readonly timeToContain: Quantiles;
  readonly timeToResolve: Quantiles;
}

export interface Quantiles {
  readonly samples: number;
  /** Nearest-rank quantiles, in seconds; null without samples. */
  readonly medianSeconds: number | null;
  readonly p90Seconds: number | null;
}

/** Vulnerability advisories: distinct advisory reports published here and received from peers. */
export interface AdvisoryExchange {
  readonly published: number;
  readonly received: number;
}

export interface Tally {
  readonly total: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly byTlp: Readonly<Record<string, number>>;
}

export interface Delay {
  readonly samples: number;
  readonly withoutCreated: number;
  /** Nearest-rank quantiles, in seconds; null without samples. */
  readonly medianSeconds: number | null;
  readonly p90Seconds: number | null;
}

export interface OrganisationCooperation {
  readonly org: string;
  readonly shared: Tally;
  readonly uniqueIndicators: number;
  /** Sightings of this organisation's indicators reported by others (other orgs or nodes). */
  readonly sightingsReturned: number;
  readonly sightingsPerIndicator: number | null;
  readonly agreementsActive: number;
  readonly agreementPartners: readonly string[];
  /** Incident cases opened in the period that this organisation takes part in, and leads. */
  readonly cases: number;
  readonly casesLed: number;
  /** Distinct advisory reports this organisation published here. */
  readonly advisoriesPublished: number;
}

export interface PartnerCooperation {
  readonly peer: string;
  readonly name: string;
  readonly localOrg: string;
  readonly enabled: boolean;
  readonly lastStatus: string | null;
  readonly received: Tally;
  readonly timeToShare: Delay;
}

export interface CooperationMetrics {
  readonly period: { readonly from: string | null; readonly to: string | null };
  readonly source: typeof COOPERATION_SOURCE;
  readonly organisations: readonly OrganisationCooperation[];
  readonly partners: readonly PartnerCooperation[];
  /** Received flows: from a partner node to the local organisation that receives for it. */
  readonly matrix: readonly {
    readonly from: string;
    readonly to: string;
    readonly objects: number;
  }[];
  /**
   * Shared flows on this node: for each agreement, the objects its `from` organisation
   * contributed to the agreement's collection at a TLP level the agreement lets `to` receive.
   */
  readonly sharing: readonly {
    readonly from: string;
    readonly to: string;
    readonly objects: number;
  }[];
  readonly months: readonly {
    readonly month: string;
    readonly shared: number;
    readonly received: number;
  }[];
  readonly peersReachable: number;
  /** Over the cases visible in this selection (one organisation's cases when `org` is set). */
  readonly incidents: JointResponse;
  readonly advisories: AdvisoryExchange;
  readonly rules: readonly string[];
}

export const COOPERATION_SOURCE = {
  id: 'coopsec-exchange-records',
  citation:
    'Exchange records of this coopsec node (stored object versions, provenance, agreements, peers)',
  confidence: 'high',
  kind: 'measured',
} as const;

export const COOPERATION_RULES: readonly string[] = [
  'shared: object versions a local organisation contributed here (not received from a peer), by type and TLP',
  'received: object versions that arrived from a partner node, by type and TLP',
  'time to share: arrival here minus the object’s created time; median and p90 by nearest rank',
  'sightings returned: sightings of an organisation’s indicators contributed by another organisation or node',
  'peers reachable: enabled peers whose last sync succeeded',
  'incident cases: cases opened in the period (their created time); joint: more than one participating organisation',
  'time to contain / resolve: from each case’s own timeline (opened → out of contain; opened → closed); median and p90 by nearest rank over the cases that got there',
  'advisories: distinct advisory reports in the advisories collection, published here or received from a partner node',
];

export function cooperationMetrics(input: {
  readonly records: readonly CooperationRecord[];
  readonly peers: readonly CooperationPeer[];
  readonly agreements: readonly CooperationAgreement[];
  /** Local organisations to report even when they shared nothing. */
  readonly organisations?: readonly string[];
  readonly period?: { readonly from?: string; readonly to?: string };
  /** Only this organisation's row (and partners whose local org it is). */
  readonly org?: string;
  readonly cases?: readonly CooperationCase[];
  /** The collection advisories are stored in: its `report` objects are the advisories. */
  readonly advisoryCollection?: string;
}): CooperationMetrics {
  const local = input.records.filter((r) => r.peerId === null);
  const orgs = [
    ...new Set([
      ...(input.organisations ?? []),
      ...local.map((r) => r.originOrg),
      ...input.agreements.map((a) => a.fromOrg),
    ]),
  ]
    .filter((o) => input.org === undefined || o === input.org)
    .sort();
  const organisations = orgs.map((org) => organisationRow(org, local, input));
  const partners = input.peers
    .filter((p) => input.org === undefined || p.localOrg === input.org)
    .map((peer) => {
      const got = input.records.filter((r) => r.peerId === peer.id);
      return {
        peer: peer.id,
        name: peer.name,
        localOrg: peer.localOrg,
        enabled: peer.enabled,
        lastStatus: peer.lastStatus,
        received: tally(got),
        timeToShare: delay(got),
      };
    });
  const months = new Map<string, { shared: number; received: number }>();
  for (const r of input.records) {
    if (input.org !== undefined && r.peerId === null && r.originOrg !== input.org) continue;
    const m = months.get(r.dateAdded.slice(0, 7)) ?? { shared: 0, received: 0 };
    if (r.peerId === null) m.shared += 1;
    else m.received += 1;
    months.set(r.dateAdded.slice(0, 7), m);
  }
  return {
    period: { from: input.period?.from ?? null, to: input.period?.to ?? null },
    source: COOPERATION_SOURCE,
    organisations,
    partners,
    matrix: partners
      .filter((p) => p.received.total > 0)
      .map((p) => ({ from: p.name, to: p.localOrg, objects: p.received.total })),
    sharing: sharingFlows(local, input.agreements, orgs),
    months: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, m]) => ({ month, ...m })),
    peersReachable: partners.filter((p) => p.enabled && p.lastStatus === 'ok').length,
    incidents: jointResponse(casesIn(input)),
    advisories: advisoryExchange(input),
    rules: COOPERATION_RULES,
  };
}

function organisationRow(
  org: string,
  local: readonly CooperationRecord[],
  input: Parameters<typeof cooperationMetrics>[0],
): OrganisationCooperation {
  const own = local.filter((r) => r.originOrg === org);
  const indicators = new Set(own.filter((r) => r.type === 'indicator').map((r) => r.objectId));
  const returned = input.records.filter(
    (r) =>
      r.type === 'sighting' &&
      r.sightingOf !== null &&
      indicators.has(r.sightingOf) &&
      (r.peerId !== null || r.originOrg !== org),
  ).length;
  const agreements = input.agreements.filter((a) => a.fromOrg === org);
  const cases = casesIn(input).filter((c) => c.participants.some((p) => p.organisation === org));
  return {
    org,
    shared: tally(own),
    uniqueIndicators: indicators.size,
    sightingsReturned: returned,
    sightingsPerIndicator: indicators.size === 0 ? null : returned / indicators.size,
    agreementsActive: agreements.length,
    agreementPartners: [...new Set(agreements.map((a) => a.toOrg))].sort(),
    cases: cases.length,
    casesLed: cases.filter((c) =>
      c.participants.some((p) => p.organisation === org && p.role === 'lead'),
    ).length,
    advisoriesPublished: new Set(
      own.filter((r) => isAdvisory(r, input.advisoryCollection)).map((r) => r.objectId),
    ).size,
  };
}

const isAdvisory = (r: CooperationRecord, collection: string | undefined): boolean =>
  collection !== undefined && r.collectionId === collection && r.type === 'report';

/** Cases opened in the period; with `org`, only the cases that organisation is on. */
function casesIn(input: Parameters<typeof cooperationMetrics>[0]): CooperationCase[] {
  const from = input.period?.from;
  const to = input.period?.to;
  return (input.cases ?? []).filter((c) => {
    const at = Date.parse(c.created);
    if (from !== undefined && at < Date.parse(from)) return false;
    if (to !== undefined && at >= Date.parse(to)) return false;
    return input.org === undefined || c.participants.some((p) => p.organisation === input.org);
  });
}

function quantiles(ms: readonly (number | undefined)[]): Quantiles {
  const seconds = ms.flatMap((x) => (x === undefined ? [] : [x / 1000])).sort((a, b) => a - b);
  return {
    samples: seconds.length,
    medianSeconds: nearestRank(seconds, 0.5),
    p90Seconds: nearestRank(seconds, 0.9),
  };
}

function jointResponse(cases: readonly CooperationCase[]): JointResponse {
  return {
    cases: cases.length,
    joint: cases.filter((c) => new Set(c.participants.map((p) => p.organisation)).size > 1).length,
    contained: cases.filter((c) => c.timeToContainMs !== undefined).length,
    resolved: cases.filter((c) => c.timeToResolveMs !== undefined).length,
    timeToContain: quantiles(cases.map((c) => c.timeToContainMs)),
    timeToResolve: quantiles(cases.map((c) => c.timeToResolveMs)),
  };
}

/** Distinct advisory reports: published by local organisations, received from partner nodes. */
function advisoryExchange(input: Parameters<typeof cooperationMetrics>[0]): AdvisoryExchange {
  const advisories = input.records.filter((r) => isAdvisory(r, input.advisoryCollection));
  const mine = (r: CooperationRecord) => input.org === undefined || r.originOrg === input.org;
  const localOrgs = (peerId: string) =>
    input.org === undefined || input.peers.some((p) => p.id === peerId && p.localOrg === input.org);
  return {
    published: new Set(
      advisories.filter((r) => r.peerId === null && mine(r)).map((r) => r.objectId),
    ).size,
    received: new Set(
      advisories.filter((r) => r.peerId !== null && localOrgs(r.peerId)).map((r) => r.objectId),
    ).size,
  };
}

function sharingFlows(
  local: readonly CooperationRecord[],
  agreements: readonly CooperationAgreement[],
  orgs: readonly string[],
): CooperationMetrics['sharing'] {
  const flows = new Map<string, { from: string; to: string; objects: number }>();
  for (const a of agreements) {
    if (!orgs.includes(a.fromOrg)) continue;
    const objects = local.filter(
      (r) =>
        r.originOrg === a.fromOrg &&
        r.collectionId === a.collectionId &&
        (a.levels === undefined || a.levels.includes(r.tlp)),
    ).length;
    const key = `${a.fromOrg}\u0000${a.toOrg}`;
    const flow = flows.get(key) ?? { from: a.fromOrg, to: a.toOrg, objects: 0 };
    flow.objects += objects;
    flows.set(key, flow);
  }
  return [...flows.values()].sort((x, y) =>
    x.from === y.from ? x.to.localeCompare(y.to) : x.from.localeCompare(y.from),
  );
}

function tally(records: readonly CooperationRecord[]): Tally {
  const byType: Record<string, number> = {};
  const byTlp: Record<string, number> = {};
  for (const r of records) {
    byType[r.type] = (byType[r.type] ?? 0) + 1;
    byTlp[r.tlp] = (byTlp[r.tlp] ?? 0) + 1;
  }
  return { total: records.length, byType, byTlp };
}

function delay(records: readonly CooperationRecord[]): Delay {
  const seconds: number[] = [];
  let withoutCreated = 0;
  for (const r of records) {
    const created = r.created === null ? Number.NaN : Date.parse(r.created);
    const arrived = Date.parse(r.receivedAt ?? r.dateAdded);
    if (Number.isNaN(created) || Number.isNaN(arrived)) withoutCreated += 1;
    else seconds.push(Math.max(0, (arrived - created) / 1000));
  }
  seconds.sort((a, b) => a - b);
  return {
    samples: seconds.length,
    withoutCreated,
    medianSeconds: nearestRank(seconds, 0.5),
    p90Seconds: nearestRank(seconds, 0.9),
  };
}

/** Nearest-rank quantile: the value at rank ⌈q·n⌉ of the sorted samples. */
export function nearestRank(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? null;
}
