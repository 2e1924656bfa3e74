/**
 * @module taxii/testing/access-model-advisories
 * Advisories in the generated worlds, and the REST reads derived from them, checked against
 * the reference model (access-model.ts): GET /api/advisories, /api/advisories/:id[/csaf],
 * /api/advisories/matches and /api/alerts/inventory.
 *
 * After the TAXII reads, an `advisories` collection gets random grants, owner and agreements,
 * and random writers post advisories over TAXII: the STIX form of the OASIS CSAF VEX example
 * UC-07 under fresh tracking ids, titles, CVEs and notes (marked tokens), each object with
 * markings of its own (TLP 2.0 and 1.0, several, none), named recipients, and granular
 * markings that remove a vulnerability's details or a report's advisory header. Organisations
 * get random inventories; alerts are raised once all are stored.
 *
 * The model decides which object versions each reader (and each organisation as a whole:
 * never a poster, never a named recipient) may receive, and how they are redacted. What an
 * advisory *is* given those objects is the format's reading (`advisoryFromStix`), and what it
 * says about an inventory the domain's matcher (`matchAdvisory`); neither decides access.
 * New releases of a stored advisory are not generated (the origin rules of the TAXII suite
 * cover new versions).
 */
import { readFileSync } from 'node:fs';
import {
  advisoryFromStix,
  advisoryToStix,
  matchAdvisory,
  readCsaf,
  readInventoryEntry,
  type Advisory,
} from '@coopsec/advisory';
import { raiseInventoryAlerts } from '@coopsec/app';
import {
  AgreementRepository,
  CollectionRepository,
  InventoryRepository,
  type AgreementLevel,
} from '@coopsec/store';
import { TAXII, taxiiFetch } from './fixtures.ts';
import {
  ALL_CHOICES,
  asList,
  asObj,
  describeUser,
  GREEN,
  LEVELS,
  objectMarkings,
  recipientsFor,
  str,
  type Granular,
  type Json,
  type Model,
  type UserM,
  type VersionM,
} from './access-model.ts';
import {
  lastVisible,
  leaks,
  restGet,
  servedBodyOf,
  tokensIn,
  type RestCtx,
} from './access-model-rest.ts';

export const ADVISORIES = 'advisories';
const TYPES = new Set(['report', 'vulnerability', 'identity']);
const EXAMPLE = new URL(
  '../../../../../../shared/data/csaf-2.0/examples/csaf_vex/2022-evd-uc-07-001.json',
  import.meta.url,
);
const JKL = 'cpe:2.3:a:example_company:jkl:*:*:*:*:*:*:*:*';
const ABC = 'cpe:2.3:a:example_company:abc:*:*:*:*:*:*:*:*';
/** Versions inside and outside UC-07's ranges (affected, fixed, not affected, unknown). */
const INVENTORY_CHOICES = [
  [JKL, '4.7'],
  [JKL, '5.1'],
  [JKL, '3.0'],
  [ABC, '4.2'],
  [ABC, '2.5'],
  ['pkg:npm/unrelated-lib', '1.0.0'],
] as const;

interface AdvisoryWorld {
  readonly reports: string[];
  readonly inventories: Map<string, { identifier: string; version: string }[]>;
}

let base: Advisory | undefined;
const example = (): Advisory =>
  (base ??= readCsaf(JSON.parse(readFileSync(EXAMPLE, 'utf8')) as unknown));

/** UC-07 under fresh, marked values: every text a reader may not receive is a token. */
function randomAdvisory(ctx: RestCtx, n: number): Advisory {
  const { r } = ctx;
  const a = structuredClone(example());
  const vulns = Array.from({ length: r.int(1, 3) }, (_, i) => {
    const v = structuredClone(a.vulnerabilities[i % a.vulnerabilities.length]);
    if (v === undefined) throw new Error('UC-07 has no vulnerability');
    return {
      ...v,
      cve: `CVE-2099-${String(10_000 + n * 10 + i)}`,
      title: `adv-${r.hex(8)}`,
      notes: [{ category: 'description', text: `adv-${r.hex(8)}` }],
      threats: v.threats.map((t) => ({ ...t, text: `adv-${r.hex(8)}` })),
      remediations: v.remediations.map((t) => ({ ...t, text: `adv-${r.hex(8)}` })),
      references: [],
    };
  });
  const date = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();
  return {
    ...a,
    trackingId: `adk-${r.hex(8)}`,
    title: `adt-${r.hex(8)}`,
    initialReleaseDate: date,
    currentReleaseDate: date,
    publisher: {
      ...a.publisher,
      name: `adp-${r.hex(8)}`,
      namespace: `https://adn-${r.hex(8)}.example`,
    },
    notes: [{ category: 'summary', text: `adr-${r.hex(8)}` }],
    revisions: [{ date, number: '1', summary: `adr-${r.hex(8)}` }],
    vulnerabilities: vulns,
  };
}

async function buildCollection(ctx: RestCtx): Promise<void> {
  const { r, m, store } = ctx;
  const orgIds = [...m.orgs.keys()];
  const owner = r.chance(0.5) ? r.pick(orgIds) : null;
  const colls = new CollectionRepository(store);
  await colls.add({ id: ADVISORIES, title: 'Vulnerability advisories', ownerOrg: owner });
  const read = new Set<string>();
  const write = new Set<string>();
  for (const orgId of orgIds) {
    if (orgId === owner) continue;
    // About half: organisations that may not read the advisories must hear nothing of them.
    const canRead = r.chance(0.5);
    const canWrite = r.chance(0.5);
    if (!canRead && !canWrite) continue;
    await colls.grant({ collectionId: ADVISORIES, orgId, canRead, canWrite });
    if (canRead) read.add(orgId);
    if (canWrite) write.add(orgId);
  }
  m.colls.set(ADVISORIES, { id: ADVISORIES, owner, read, write });
  const agreements = new AgreementRepository(store);
  for (const from of orgIds)
    for (const to of orgIds) {
      if (from === to || !r.chance(0.35)) continue;
      const levels = (['clear', 'green', 'amber', 'amber+strict'] as AgreementLevel[]).filter(() =>
        r.chance(0.4),
      );
      if (levels.length === 0) levels.push(r.pick(['green', 'amber', 'amber+strict'] as const));
      await agreements.add({ fromOrg: from, toOrg: to, collectionId: ADVISORIES, levels });
      m.agreements.set(
        `${ADVISORIES}|${from}|${to}`,
        Math.max(...levels.map((l) => LEVELS.indexOf(l))),
      );
      m.agreementText.set(`${ADVISORIES}|${from}|${to}`, levels.join(','));
    }
}

/** Markings, recipients and granular markings of one advisory object, as posted. */
function mark(ctx: RestCtx, o: Json, writer: UserM): VersionM {
  const { r, m } = ctx;
  const markings = objectMarkings(r);
  const level = markings.length === 0 ? GREEN : Math.max(...markings.map((x) => x.rank));
  if (markings.length > 0) o.object_marking_refs = markings.map((x) => x.ref);
  else delete o.object_marking_refs;
  const rcpt = recipientsFor(r, m, level);
  if (rcpt.entries.length > 0) o.x_coopsec_recipients = rcpt.entries;
  const granular: Granular[] = [];
  const selectors =
    o.type === 'vulnerability' && r.chance(0.3)
      ? ['description', 'external_references', 'extensions']
      : o.type === 'report' && r.chance(0.12)
        ? ['extensions']
        : [];
  if (selectors.length > 0) {
    const c = r.pick(ALL_CHOICES);
    granular.push({ selectors, rank: c.rank, ref: c.ref });
    o.granular_markings = [{ selectors, marking_ref: c.ref }];
  }
  return {
    coll: ADVISORIES,
    id: str(o.id),
    type: o.type as VersionM['type'],
    version: str(o.modified),
    originOrg: writer.orgId,
    poster: writer.id,
    recipients: rcpt.ids,
    level,
    granular,
    body: o,
    tag: 'advisory',
  };
}

async function postAdvisories(ctx: RestCtx, world: AdvisoryWorld): Promise<void> {
  const { r, m, rec, seed, url } = ctx;
  const writers = m.users.filter((u) => u.key !== undefined && m.canWrite(u, ADVISORIES));
  if (writers.length === 0) return;
  for (let n = 0, count = r.int(10, 16); n < count; n++) {
    const writer = r.pick(writers);
    const objects = advisoryToStix(randomAdvisory(ctx, n));
    const versions = objects.map((o) => mark(ctx, o, writer));
    const got = await taxiiFetch(
      `${url}/taxii2/default/collections/${ADVISORIES}/objects/`,
      writer.key ?? '',
      {
        method: 'POST',
        body: JSON.stringify({ objects }),
        headers: { 'content-type': TAXII },
      },
    );
    const status = asObj(await got.json());
    const ok = new Set(asList(status.successes).map((s) => str(asObj(s).id)));
    rec.checks += versions.length;
    for (const v of versions) {
      if (ok.has(v.id)) m.add(v);
      else {
        m.tainted.add(`${ADVISORIES}|${v.id}`);
        rec.fail(
          'advisory POST: refused though the rules accept it',
          `seed ${seed}, writer ${describeUser(m, writer)}, POST ${ADVISORIES}: ${v.id}`,
          'in successes',
          JSON.stringify(
            asList(status.failures).find((f) => asObj(f).id === v.id) ?? `HTTP ${got.status}`,
          ),
        );
      }
    }
    const report = versions.at(-1);
    if (report !== undefined) world.reports.push(report.id);
  }
}

async function setInventories(ctx: RestCtx, world: AdvisoryWorld): Promise<void> {
  const repo = new InventoryRepository(ctx.store);
  for (const orgId of ctx.m.orgs.keys()) {
    if (!ctx.r.chance(0.8)) continue;
    const entries = ctx.r
      .sample(INVENTORY_CHOICES, ctx.r.int(1, 4))
      .map(([identifier, version]) => ({ identifier, version }));
    await repo.replace(orgId, entries);
    world.inventories.set(orgId, entries);
  }
}

/** The advisories `u` may receive, read from the object versions the model serves it. */
function servedAdvisories(m: Model, u: UserM): Map<string, Advisory> {
  const objects = [...lastVisible(m, u, ADVISORIES, TYPES).values()].map((v) =>
    servedBodyOf(m, u, v),
  );
  const out = new Map<string, Advisory>();
  for (const o of objects) {
    if (o.type !== 'report' || !asList(o.report_types).includes('vulnerability')) continue;
    try {
      out.set(str(o.id), advisoryFromStix(objects, str(o.id)));
    } catch {
      // a report without its advisory header (removed for this reader) is no advisory
    }
  }
  return out;
}

/** JSON with object keys sorted: the answer schema may order keys its own way. */
const canonJson = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  ) ?? 'undefined';

/** Where two JSON texts first differ, with some context, for a readable failure. */
function firstDifference(want: string, got: string): [string, string] {
  let i = 0;
  while (i < want.length && want[i] === got[i]) i++;
  const from = Math.max(0, i - 80);
  return [`…${want.slice(from, i + 120)}`, `…${got.slice(from, i + 120)}`];
}

interface MatchKey {
  readonly orgId: string;
  readonly advisoryId: string;
  readonly cve?: string;
  readonly identifier: string;
  readonly version: string;
  readonly status: string;
  readonly matched: boolean;
}
const matchKey = (x: MatchKey): string =>
  [x.orgId, x.advisoryId, x.cve ?? '-', x.identifier, x.version, x.status, String(x.matched)].join(
    ' ',
  );

function expectedMatches(
  world: AdvisoryWorld,
  advisories: ReadonlyMap<string, Advisory>,
  orgs: readonly string[],
): string[] {
  const out: string[] = [];
  for (const [advisoryId, a] of advisories)
    for (const orgId of orgs) {
      const items = world.inventories.get(orgId) ?? [];
      const entries = items.map((e, i) => readInventoryEntry(e, i + 1));
      for (const x of matchAdvisory(a, entries).matches)
        out.push(matchKey({ orgId, advisoryId, ...x }));
    }
  return out.sort();
}

/** An organisation as a whole: no user id of anyone, so never poster nor named recipient. */
const orgReader = (orgId: string): UserM => ({
  id: `organisation reader ${orgId}`,
  name: `(organisation ${orgId})`,
  orgId,
  isAdmin: false,
  key: undefined,
  byName: false,
});

export async function checkAdvisories(ctx: RestCtx): Promise<string> {
  const { m, rec, seed, url } = ctx;
  const world: AdvisoryWorld = { reports: [], inventories: new Map() };
  await buildCollection(ctx);
  await setInventories(ctx, world);
  await postAdvisories(ctx, world);
  await raiseInventoryAlerts(ctx.store, { collection: ADVISORIES });
  const orgs = [...m.orgs.keys()];
  // One alert per organisation, advisory and affected entry; its CVE one of those that match.
  const alertsFor = new Map(
    orgs.map((o) => {
      const byEntry = new Map<string, Set<string>>();
      for (const k of expectedMatches(world, servedAdvisories(m, orgReader(o)), [o])) {
        if (!k.endsWith(' true')) continue;
        const [org = '', advisory = '', cve = '', ...rest] = k.split(' ');
        const entry = [org, advisory, ...rest].join(' ');
        byEntry.set(entry, (byEntry.get(entry) ?? new Set()).add(cve));
      }
      return [o, byEntry] as const;
    }),
  );
  let served = 0;
  let matched = 0;
  for (const u of m.users.filter((x) => x.key !== undefined)) {
    const key = u.key ?? '';
    const where = (path: string) => `seed ${seed}, reader ${describeUser(m, u)}, REST ${path}`;
    const expected = servedAdvisories(m, u);
    served += expected.size;
    const allowed = tokensIn(JSON.stringify([...expected.values()]));
    const leakCheck = (path: string, text: string) => {
      rec.checks += 1;
      const leaked = leaks(text, allowed);
      if (leaked.length > 0)
        rec.fail(
          `${path}: values the reader may not receive`,
          where(path),
          'none',
          leaked.join(', '),
        );
    };
    // The list.
    {
      const path = 'GET /api/advisories';
      const got = await restGet(`${url}/api/advisories`, key);
      const list = asList(asObj(got.json).advisories).map(asObj);
      const gotIds = list.map((a) => str(a.id)).sort();
      const wantIds = [...expected.keys()].sort();
      rec.checks += Math.max(1, world.reports.length);
      if (got.status !== 200 || canonJson(gotIds) !== canonJson(wantIds))
        rec.fail(
          `${path}: advisories differ from the rules`,
          where(path),
          wantIds.join(' '),
          `HTTP ${got.status}: ${gotIds.join(' ')}`,
        );
      for (const s of list) {
        const a = expected.get(str(s.id));
        if (a === undefined) continue;
        const cves = a.vulnerabilities.flatMap((v) => (v.cve !== undefined ? [v.cve] : []));
        if (
          s.title !== a.title ||
          s.trackingId !== a.trackingId ||
          canonJson(s.cves) !== canonJson(cves)
        )
          rec.fail(
            `${path}: summary differs from the served advisory`,
            where(`${path} ${str(s.id)}`),
            canonJson({ title: a.title, trackingId: a.trackingId, cves }),
            canonJson({ title: s.title, trackingId: s.trackingId, cves: s.cves }),
          );
      }
      leakCheck(path, got.text);
    }
    // Each advisory by id, and a few as CSAF.
    for (const id of world.reports) {
      const path = 'GET /api/advisories/:id';
      const got = await restGet(`${url}/api/advisories/${encodeURIComponent(id)}`, key);
      const want = expected.get(id);
      rec.checks += 1;
      if (want === undefined) {
        if (got.status !== 404)
          rec.fail(
            `${path}: advisory the reader may not receive answered`,
            where(`${path} ${id}`),
            'HTTP 404',
            `HTTP ${got.status}`,
          );
      } else if (got.status !== 200 || canonJson(got.json) !== canonJson(want))
        rec.fail(
          `${path}: differs from the served advisory`,
          where(`${path} ${id}`),
          ...firstDifference(
            canonJson(want),
            got.status === 200 ? canonJson(got.json) : `HTTP ${got.status}`,
          ),
        );
      leakCheck(path, got.text);
    }
    for (const id of ctx.r.sample(world.reports, 3)) {
      const path = 'GET /api/advisories/:id/csaf';
      const got = await restGet(`${url}/api/advisories/${encodeURIComponent(id)}/csaf`, key);
      rec.checks += 1;
      if (got.status !== (expected.has(id) ? 200 : 404))
        rec.fail(
          `${path}: wrong status`,
          where(`${path} ${id}`),
          expected.has(id) ? 'HTTP 200' : 'HTTP 404',
          `HTTP ${got.status}`,
        );
      leakCheck(path, got.text);
    }
    // Matches: the caller's own organisation's inventory, an administrator's every one.
    {
      const path = 'GET /api/advisories/matches';
      const got = await restGet(`${url}/api/advisories/matches`, key);
      const want = expectedMatches(world, expected, u.isAdmin ? orgs : [u.orgId]);
      matched += want.length;
      const gotKeys = asList(asObj(got.json).matches)
        .map((x) => matchKey(asObj(x) as unknown as MatchKey))
        .sort();
      rec.checks += Math.max(1, want.length);
      if (got.status !== 200 || canonJson(gotKeys) !== canonJson(want))
        rec.fail(
          `${path}: matches differ from the rules`,
          where(path),
          want.join(' | ') || 'none',
          `HTTP ${got.status}: ${gotKeys.join(' | ') || 'none'}`,
        );
      leakCheck(path, got.text);
    }
    // One advisory (unreadable: missing) and one organisation (only administrators choose it).
    if (world.reports.length > 0) {
      const id = ctx.r.pick(world.reports);
      const org = ctx.r.pick(orgs);
      const path = 'GET /api/advisories/matches?advisory=&org=';
      const got = await restGet(
        `${url}/api/advisories/matches?advisory=${encodeURIComponent(id)}&org=${encodeURIComponent(org)}`,
        key,
      );
      const one = expected.get(id);
      rec.checks += 1;
      if (one === undefined) {
        if (got.status !== 404)
          rec.fail(
            `${path}: advisory the reader may not receive answered`,
            where(`${path} ${id}`),
            'HTTP 404',
            `HTTP ${got.status}`,
          );
      } else {
        const want = expectedMatches(world, new Map([[id, one]]), u.isAdmin ? [org] : [u.orgId]);
        const gotKeys = asList(asObj(got.json).matches)
          .map((x) => matchKey(asObj(x) as unknown as MatchKey))
          .sort();
        if (got.status !== 200 || canonJson(gotKeys) !== canonJson(want))
          rec.fail(
            `${path}: matches differ from the rules`,
            where(`${path} ${id} ${org}`),
            want.join(' | ') || 'none',
            `HTTP ${got.status}: ${gotKeys.join(' | ') || 'none'}`,
          );
      }
      leakCheck(path, got.text);
    }
    // Inventory alerts: raised for organisations as a whole, read by their users.
    {
      const path = 'GET /api/alerts/inventory';
      const got = await restGet(`${url}/api/alerts/inventory?limit=1000`, key);
      const wantMap = new Map(
        (u.isAdmin ? orgs : [u.orgId]).flatMap((o) => [
          ...(alertsFor.get(o) ?? new Map<string, Set<string>>()),
        ]),
      );
      const want = [...wantMap.keys()].sort();
      const alerts = asList(asObj(got.json).alerts).map(asObj);
      const entryOf = (a: Json) =>
        [a.orgId, a.advisoryId, a.identifier, a.version, a.status, 'true'].map(str).join(' ');
      const gotKeys = alerts.map(entryOf).sort();
      rec.checks += Math.max(1, want.length);
      if (got.status !== 200 || canonJson(gotKeys) !== canonJson(want))
        rec.fail(
          `${path}: alerts differ from the rules`,
          where(path),
          want.join(' | ') || 'none',
          `HTTP ${got.status}: ${gotKeys.join(' | ') || 'none'}`,
        );
      for (const a of alerts) {
        const cves = wantMap.get(entryOf(a));
        if (cves !== undefined && !cves.has(str(a.cve ?? '-')))
          rec.fail(
            `${path}: alert names a CVE that does not match the entry`,
            where(`${path} ${entryOf(a)}`),
            [...cves].join(' or '),
            str(a.cve),
          );
      }
      const orgAllowed = new Set(
        (u.isAdmin ? orgs : [u.orgId]).flatMap((o) => [
          ...tokensIn(JSON.stringify([...servedAdvisories(m, orgReader(o)).values()])),
        ]),
      );
      rec.checks += 1;
      const leaked = leaks(got.text, orgAllowed);
      if (leaked.length > 0)
        rec.fail(
          `${path}: values the organisation may not receive`,
          where(path),
          'none',
          leaked.join(', '),
        );
    }
  }
  const alerts = [...alertsFor.values()].reduce((s, x) => s + x.size, 0);
  const unread = [...world.inventories.keys()].filter(
    (o) => !m.canRead(orgReader(o), ADVISORIES),
  ).length;
  return (
    `advisories: ${world.reports.length} posted, ${served} served over readers, ${matched} matches expected, ` +
    `${alerts} alerts expected (${world.inventories.size} inventories, ${unread} of organisations that may not read the advisories)`
  );
}
