/**
 * @module taxii/testing/access-model
 * Model-based property test of TAXII access control. The contract is the README section "Who
 * receives what: the rules a partner can rely on" (../README.md); the reference model below
 * is written from that text alone. It never imports or calls the server's access code: the
 * world is set up through the store repositories, objects are posted and read over real HTTP,
 * and every answer is compared with what the model says the server should have stored and
 * may serve.
 *
 * For each fixed seed (mulberry32) a fresh store gets random organisations (community members
 * and their clients), users, two collections with random grants and owner, and random
 * agreements. Random writers then post envelopes (TLP 2.0 and 1.0 object markings, several at
 * once, unmarked objects, granular markings on optional and required properties, recipients by
 * id or by a name in any letter case, unknown recipients, new versions by the origin and by
 * other organisations, exact copies between collections, invalid TLP marking definitions,
 * unknown marking references) and random users delete objects. The status of every post is
 * checked against the model's accept/refuse decision. Finally every reader is compared with
 * the model on every read path: objects (paged, all/last/first versions, type, added_after),
 * object by id, versions, manifest, the date headers, and status resources.
 *
 * The same worlds then serve the REST endpoints built on the same objects (access-model-rest.ts:
 * engine exports; access-model-advisories.ts: advisories, inventory matches, inventory alerts),
 * each compared with the same model.
 *
 * Each (reader, object version, path) comparison is one check; failures are collected, grouped
 * by kind and printed with one minimal example each (seed, reader, object, path, expected, got).
 * COOPSEC_ACCESS_MODEL_SEEDS=7,42 reruns chosen seeds.
 *
 * Cases the README leaves open are not generated, so that every failure is a breach of its
 * text: new versions or deletes of an id whose versions have several origins, or that the
 * writer sees in part; a new version of an id the writer sees only in the other collection;
 * copies of a version the writer sees only redacted; deletes by users who cannot both read
 * and write the collection; objects whose only marking is a non-TLP one. A collection that the
 * reader may write but not read must answer reads with 403 or 404 (the README names neither).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CoopsecError } from '@coopsec/model';
import {
  AgreementRepository,
  ApiKeyRepository,
  CollectionRepository,
  OrgRepository,
  type AgreementLevel,
  type Store,
} from '@coopsec/store';
import { startServer, taxiiFetch, TAXII } from './fixtures.ts';
import { checkEngineExports } from './access-model-rest.ts';
import { checkAdvisories } from './access-model-advisories.ts';

// ---------------------------------------------------------------------------------------------
// Constants of the contract (standard ids per STIX 2.1 §7.2.1.4 and FIRST TLP 2.0), restated
// here on purpose rather than imported, so that the model does not share code with the server.

export const LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
type Level = (typeof LEVELS)[number];
export const CLEAR = 0;
export const GREEN = 1;
export const AMBER = 2;
export const AMBER_STRICT = 3;
export const RED = 4;

export const TLP2: Readonly<Record<Level, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
const TLP1 = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
} as const;
const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

export interface MarkingChoice {
  readonly ref: string;
  readonly rank: number;
  readonly label: string;
}
export const TLP2_CHOICES: readonly MarkingChoice[] = LEVELS.map((l, rank) => ({
  ref: TLP2[l],
  rank,
  label: `TLP2 ${l}`,
}));
// TLP 1.0 WHITE is CLEAR, AMBER is AMBER (README); GREEN and RED keep their meaning.
const TLP1_CHOICES: readonly MarkingChoice[] = [
  { ref: TLP1.white, rank: CLEAR, label: 'TLP1 white' },
  { ref: TLP1.green, rank: GREEN, label: 'TLP1 green' },
  { ref: TLP1.amber, rank: AMBER, label: 'TLP1 amber' },
  { ref: TLP1.red, rank: RED, label: 'TLP1 red' },
];
export const ALL_CHOICES = [...TLP2_CHOICES, ...TLP1_CHOICES];

/** Required properties (STIX 2.1) of the types posted here: removing one withholds the version. */
export type StixType =
  'indicator' | 'note' | 'marking-definition' | 'report' | 'vulnerability' | 'identity';
const COMMON = ['type', 'spec_version', 'id', 'created', 'modified'];
export const REQUIRED: Readonly<Record<StixType, ReadonlySet<string>>> = {
  indicator: new Set([
    'type',
    'spec_version',
    'id',
    'created',
    'modified',
    'pattern',
    'pattern_type',
    'valid_from',
  ]),
  note: new Set(['type', 'spec_version', 'id', 'created', 'modified', 'content', 'object_refs']),
  'marking-definition': new Set(['type', 'spec_version', 'id', 'created']),
  // The advisories' types (access-model-advisories.ts), STIX 2.1 §4.14, §4.11 and §4.18.
  report: new Set([...COMMON, 'name', 'published', 'object_refs']),
  vulnerability: new Set([...COMMON, 'name']),
  identity: new Set([...COMMON, 'name']),
};

const DEFAULT_SEEDS = [20240611, 7, 4242, 90001];
/** COOPSEC_ACCESS_MODEL_SEEDS=7,42 reruns chosen seeds (the check-count floor then does not apply). */
const SEEDS_OVERRIDE = process.env.COOPSEC_ACCESS_MODEL_SEEDS;
const SEEDS =
  SEEDS_OVERRIDE !== undefined && SEEDS_OVERRIDE.trim() !== ''
    ? SEEDS_OVERRIDE.split(',').map((x) => Number(x.trim()))
    : DEFAULT_SEEDS;
const MIN_CHECKS = SEEDS === DEFAULT_SEEDS ? 100_000 : 0;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness.

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  float(): number {
    return this.#next();
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.#next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.#next() * list.length)] as T;
  }
  sample<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length > 0)
      out.push(copy.splice(Math.floor(this.#next() * copy.length), 1)[0] as T);
    return out;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.#next() * total;
    for (const [v, w] of entries) {
      x -= w;
      if (x < 0) return v;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.#next() * 16).toString(16);
    return s;
  }
  uuid(): string {
    const variant = '89ab'[Math.floor(this.#next() * 4)] ?? '8';
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }
  /** The same letters in a random mix of cases. */
  caseVariant(name: string): string {
    return [...name].map((c) => (this.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
  }
}

/** Flips the case of at least one letter, so the result differs from `name` only in case. */
function otherCase(r: Rng, name: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const v = r.caseVariant(name);
    if (v !== name) return v;
  }
  const first = name.slice(0, 1);
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return flipped + name.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The reference model.

export interface OrgM {
  readonly id: string;
  readonly parent: string | null;
}
export interface UserM {
  readonly id: string;
  readonly name: string;
  readonly orgId: string;
  readonly isAdmin: boolean;
  readonly key: string | undefined;
  /** False when the store let a case-variant of this name exist too: name references are ambiguous. */
  byName: boolean;
}
export interface CollM {
  readonly id: string;
  readonly owner: string | null;
  readonly read: ReadonlySet<string>;
  readonly write: ReadonlySet<string>;
}
export interface Granular {
  readonly selectors: readonly string[];
  readonly rank: number;
  readonly ref: string;
}
export interface VersionM {
  readonly coll: string;
  readonly id: string;
  readonly type: StixType;
  /** `modified` (`created` for a marking-definition), as posted (ISO 8601 with milliseconds). */
  readonly version: string;
  readonly originOrg: string;
  readonly poster: string;
  readonly recipients: ReadonlySet<string>;
  readonly level: number;
  readonly granular: readonly Granular[];
  readonly body: Readonly<Record<string, unknown>>;
  /** How the version came to be (for grouping failures). */
  readonly tag: string;
}

export interface Clearance {
  readonly rank: number;
  /** Which clause of the ladder gave it, with details (agreement levels). */
  readonly why: string;
  /** The clause alone, for grouping failures. */
  readonly cat: string;
}

export interface View {
  readonly visible: boolean;
  readonly clearance: Clearance;
  readonly removed: ReadonlySet<string>;
  /** Why the model serves or withholds the version. */
  readonly reason: string;
  /** The same, without details, for grouping failures. */
  readonly rule: string;
}

export const canon = (ts: string): string => {
  const ms = Date.parse(ts);
  return Number.isNaN(ms) ? ts : new Date(ms).toISOString();
};
export const vkey = (coll: string, id: string, version: string) =>
  `${coll}|${id}|${canon(version)}`;
export const okey = (coll: string, id: string) => `${coll}|${id}`;

export class Model {
  readonly orgs = new Map<string, OrgM>();
  readonly users: UserM[] = [];
  readonly colls = new Map<string, CollM>();
  /** `${coll}|${from}|${to}` → highest level the agreement lists (covers every lower level). */
  readonly agreements = new Map<string, number>();
  readonly agreementText = new Map<string, string>();
  /** Live versions by vkey. */
  readonly live = new Map<string, VersionM>();
  readonly deleted = new Set<string>();
  /** okeys whose server state the model no longer knows (after a wrong accept or delete). */
  readonly tainted = new Set<string>();
  /** Every id ever used per collection, for by-id probes. */
  readonly idsEver = new Map<string, Set<string>>();
  /** Posted items by scenario (for the coverage diagnostic). */
  readonly scenarios = new Map<string, number>();
  /** DELETE requests made, by expected HTTP status. */
  readonly deleteCodes = new Map<number, number>();
  /** Every modified timestamp used per object id (across collections). */
  readonly usedVersions = new Map<string, Set<string>>();

  user(id: string): UserM {
    const u = this.users.find((x) => x.id === id);
    if (u === undefined) throw new Error(`no user ${id}`);
    return u;
  }

  canRead(u: UserM, coll: string): boolean {
    const c = this.colls.get(coll);
    return c !== undefined && (u.isAdmin || c.owner === u.orgId || c.read.has(u.orgId));
  }

  canWrite(u: UserM, coll: string): boolean {
    const c = this.colls.get(coll);
    return c !== undefined && (u.isAdmin || c.owner === u.orgId || c.write.has(u.orgId));
  }

  agreed(coll: string, from: string, to: string): number {
    return this.agreements.get(`${coll}|${from}|${to}`) ?? -1;
  }

  /** README "Clearance: one ladder per reader and object version". */
  clearance(u: UserM, v: VersionM): Clearance {
    if (u.id === v.poster) return { rank: RED, why: 'poster', cat: 'poster' };
    if (v.recipients.has(u.id))
      return { rank: RED, why: 'named recipient', cat: 'named recipient' };
    if (u.orgId === v.originOrg)
      return { rank: AMBER_STRICT, why: 'origin organisation', cat: 'origin organisation' };
    const org = this.orgs.get(u.orgId);
    const parent = org?.parent ?? null;
    const candidates: Clearance[] = [];
    const direct = this.agreed(v.coll, v.originOrg, u.orgId);
    if (direct >= 0)
      candidates.push({
        rank: direct,
        why: `agreement [${this.agreementText.get(`${v.coll}|${v.originOrg}|${u.orgId}`) ?? ''}]`,
        cat: 'agreement',
      });
    if (parent !== null && this.agreed(v.coll, v.originOrg, parent) >= AMBER)
      candidates.push({
        rank: AMBER,
        why: `client; parent's agreement [${this.agreementText.get(`${v.coll}|${v.originOrg}|${parent}`) ?? ''}]`,
        cat: "client, parent's agreement",
      });
    if (parent === null)
      candidates.push({ rank: GREEN, why: 'community member', cat: 'community member' });
    const none = parent === null ? 'default' : 'client, no agreement';
    candidates.push({ rank: CLEAR, why: none, cat: none });
    let best = candidates[0] as Clearance;
    for (const c of candidates) if (c.rank > best.rank) best = c;
    return best;
  }

  /** README "What is served", for one reader and one version. */
  view(u: UserM, v: VersionM): View {
    const cl = this.clearance(u, v);
    if (!this.canRead(u, v.coll))
      return {
        visible: false,
        clearance: cl,
        removed: new Set(),
        reason: 'no read access',
        rule: 'no read access',
      };
    const desc = `clearance ${LEVELS[cl.rank]} (${cl.why})`;
    if (v.level > cl.rank)
      return {
        visible: false,
        clearance: cl,
        removed: new Set(),
        reason: `object level ${LEVELS[v.level]} > ${desc}`,
        rule: `level ${LEVELS[v.level]} > clearance ${LEVELS[cl.rank]} (${cl.cat})`,
      };
    const removed = new Set<string>();
    for (const g of v.granular) if (g.rank > cl.rank) for (const s of g.selectors) removed.add(s);
    const required = [...removed].find((s) => REQUIRED[v.type].has(s.split('.')[0] ?? ''));
    if (required !== undefined) {
      const g = v.granular.find((x) => x.rank > cl.rank && x.selectors.includes(required));
      return {
        visible: false,
        clearance: cl,
        removed,
        reason: `required ${required} marked ${LEVELS[g?.rank ?? 0]} > ${desc}`,
        rule: `required property marked above clearance ${LEVELS[cl.rank]} (${cl.cat})`,
      };
    }
    return {
      visible: true,
      clearance: cl,
      removed,
      reason: `object level ${LEVELS[v.level]} ≤ ${desc}${removed.size > 0 ? ', redacted' : ''}`,
      rule: `level ${LEVELS[v.level]} ≤ clearance ${LEVELS[cl.rank]} (${cl.cat})`,
    };
  }

  versionsOf(coll: string, id: string): VersionM[] {
    const out: VersionM[] = [];
    for (const v of this.live.values()) if (v.coll === coll && v.id === id) out.push(v);
    return out;
  }

  /** The versions of `id` in `coll` that `u` can see. */
  seen(u: UserM, coll: string, id: string): VersionM[] {
    return this.versionsOf(coll, id).filter((v) => this.view(u, v).visible);
  }

  /** How `u` sees each stored version of `id`, in every collection (for failure reports). */
  diag(u: UserM, id: string): string {
    const parts: string[] = [];
    for (const coll of this.colls.keys())
      for (const v of this.versionsOf(coll, id)) {
        const view = this.view(u, v);
        parts.push(
          `${coll}@${v.version} origin ${v.originOrg}: ${view.visible ? 'sees' : 'cannot see'} (${view.reason})`,
        );
      }
    return parts.length === 0 ? 'no stored version' : parts.join('; ');
  }

  liveIn(coll: string): VersionM[] {
    return [...this.live.values()].filter(
      (v) => v.coll === coll && !this.tainted.has(okey(coll, v.id)),
    );
  }

  add(v: VersionM): void {
    this.live.set(vkey(v.coll, v.id, v.version), v);
    this.noteId(v.coll, v.id);
  }

  noteId(coll: string, id: string): void {
    let set = this.idsEver.get(coll);
    if (set === undefined) this.idsEver.set(coll, (set = new Set()));
    set.add(id);
  }

  /** A `modified` not used before for `id` (in either collection), never before `created`. */
  newVersion(r: Rng, id: string): string {
    let used = this.usedVersions.get(id);
    if (used === undefined) this.usedVersions.set(id, (used = new Set()));
    for (;;) {
      const ms = Date.UTC(2024, 0, 1) + r.int(0, 600 * 86_400) * 1000 + r.int(0, 999);
      const ts = new Date(ms).toISOString();
      if (!used.has(ts)) {
        used.add(ts);
        return ts;
      }
    }
  }
}

const CREATED = '2023-06-01T00:00:00.000Z';

// ---------------------------------------------------------------------------------------------
// Failures and checks.

interface Failure {
  readonly kind: string;
  readonly where: string;
  readonly expected: string;
  readonly got: string;
}

/** Read paths start failure kinds as `<path>: …`; they are grouped across paths. */
const PATH_PREFIX = /^((?:objects|manifest|object by id|versions)[^:]*): (.*)$/s;

export class Recorder {
  checks = 0;
  readonly failures: Failure[] = [];
  readonly kinds = new Map<string, { count: number; first: Failure; paths: Map<string, number> }>();

  fail(kind: string, where: string, expected: string, got: string): void {
    const mm = PATH_PREFIX.exec(kind);
    const rule = mm?.[2] ?? kind;
    const path = mm?.[1];
    const f = { kind: rule, where, expected, got };
    this.failures.push(f);
    let k = this.kinds.get(rule);
    if (k === undefined) this.kinds.set(rule, (k = { count: 0, first: f, paths: new Map() }));
    k.count += 1;
    if (path !== undefined) k.paths.set(path, (k.paths.get(path) ?? 0) + 1);
  }

  summary(seed: number, max = 50): string {
    const sorted = [...this.kinds.entries()].sort((a, b) => b[1].count - a[1].count);
    const lines = [
      `seed ${seed}: ${this.failures.length} failures of ${this.checks} checks, ${sorted.length} kinds`,
    ];
    for (const [kind, { count, first, paths }] of sorted.slice(0, max)) {
      lines.push(`  [${count}×] ${kind}`);
      if (paths.size > 0)
        lines.push(`      on ${[...paths].map(([p, n]) => `${p} (${n})`).join(', ')}`);
      lines.push(`      e.g. ${first.where}`);
      lines.push(`           expected ${first.expected}; got ${first.got}`);
    }
    if (sorted.length > max) lines.push(`  … and ${sorted.length - max} more kinds`);
    return lines.join('\n');
  }
}

export function describeUser(m: Model, u: UserM): string {
  const org = m.orgs.get(u.orgId);
  const role = u.isAdmin ? 'admin, ' : '';
  const kind = org?.parent === null ? 'member' : `client of ${org?.parent ?? '?'}`;
  return `${u.name} (${role}${u.orgId}, ${kind})`;
}

/** The version's history, when it bears on the origin rules (for grouping failures). */
function tagNote(v: VersionM): string {
  return ['fresh', 'note', 'origin adds version'].includes(v.tag) ? '' : ` [${v.tag}]`;
}

export function describeVersion(v: VersionM): string {
  return `${v.coll}/${v.id}@${v.version} [${LEVELS[v.level]}, origin ${v.originOrg}, ${v.tag}]`;
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers.

interface Got {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown> | undefined;
}

let requests = 0;

async function request(url: string, key: string, init: RequestInit = {}): Promise<Got> {
  requests += 1;
  const response = await taxiiFetch(url, key, init);
  const text = await response.text();
  let body: Record<string, unknown> | undefined;
  if (text !== '') {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        body = parsed as Record<string, unknown>;
    } catch {
      body = undefined;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

export type Json = Record<string, unknown>;

export const asList = (x: unknown): unknown[] => (Array.isArray(x) ? (x as unknown[]) : []);
export const asObj = (x: unknown): Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : {};
export const str = (x: unknown): string =>
  typeof x === 'string' ? x : (JSON.stringify(x) ?? 'undefined');

interface Page {
  readonly items: unknown[];
  readonly first: string | null;
  readonly last: string | null;
}

/** Follows `next` until `more` is false. Returns undefined (after recording) on a bad status. */
async function fetchAll(
  url: string,
  key: string,
  field: 'objects' | 'versions',
  onBad: (what: string) => void,
): Promise<{ status: number; pages: Page[] }> {
  const pages: Page[] = [];
  let next: string | undefined;
  for (let n = 0; n < 2000; n++) {
    const sep = url.includes('?') ? '&' : '?';
    const full = next === undefined ? url : `${url}${sep}next=${encodeURIComponent(next)}`;
    const got = await request(full, key);
    if (got.status !== 200) return { status: got.status, pages };
    const body = got.body ?? {};
    pages.push({
      items: asList(body[field]),
      first: got.headers.get('x-taxii-date-added-first'),
      last: got.headers.get('x-taxii-date-added-last'),
    });
    if (body.more !== true) return { status: 200, pages };
    if (typeof body.next !== 'string') {
      onBad('more is true but no next');
      return { status: 200, pages };
    }
    next = body.next;
  }
  onBad('more than 2000 pages');
  return { status: 200, pages };
}

// ---------------------------------------------------------------------------------------------
// Building the world.

const SYLLABLES = [
  'ana',
  'bek',
  'cho',
  'dar',
  'eli',
  'fen',
  'gul',
  'hax',
  'ira',
  'jon',
  'kai',
  'lev',
  'mur',
  'nur',
  'ole',
  'pax',
  'qin',
  'ras',
  'sol',
  'tim',
  'ulu',
  'vex',
  'wen',
  'yar',
  'zed',
];

function randomName(r: Rng, taken: Set<string>): string {
  for (;;) {
    const base = `${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}${r.chance(0.5) ? `-${r.int(1, 99)}` : ''}`;
    const name = [...base].map((c) => (r.chance(0.25) ? c.toUpperCase() : c)).join('');
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

async function buildWorld(store: Store, rc: ReadCtx): Promise<void> {
  const { r, m, rec, seed } = rc;
  const orgRepo = new OrgRepository(store);
  const keys = new ApiKeyRepository(store);
  const nOrgs = r.int(5, 8);
  const nMembers = r.int(2, Math.max(2, nOrgs - 2));
  const members: string[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < nOrgs; i++) {
    const isMember = i < nMembers;
    const id = `${isMember ? 'm' : 'c'}${i}-${r.pick(SYLLABLES)}`;
    const parent = isMember ? null : r.pick(members);
    await orgRepo.addOrg({ id, name: id.toUpperCase(), parentOrg: parent });
    m.orgs.set(id, { id, parent });
    if (isMember) members.push(id);
  }
  const orgIds = [...m.orgs.keys()];
  const adminOrg = r.pick(orgIds);
  let adminMade = false;
  for (const orgId of orgIds) {
    const n = r.int(1, 3);
    for (let u = 0; u < n; u++) {
      const name = randomName(r, taken);
      const isAdmin = !adminMade && orgId === adminOrg;
      if (isAdmin) adminMade = true;
      const created = await orgRepo.addUser({ orgId, name, isAdmin, id: `user--${r.uuid()}` });
      const withKey = isAdmin || u === 0 || r.chance(0.8);
      const key = withKey ? (await keys.create({ userId: created.id })).key : undefined;
      m.users.push({ id: created.id, name, orgId, isAdmin, key, byName: true });
    }
  }
  // Names are unique regardless of case: a case-variant of an existing name must be refused.
  for (const victim of r.sample(m.users, 2)) {
    const variant = otherCase(r, victim.name);
    const where = `seed ${seed}, store: OrgRepository.addUser("${variant}") while "${victim.name}" exists`;
    rec.checks += 1;
    try {
      await orgRepo.addUser({ orgId: r.pick(orgIds), name: variant, id: `user--${r.uuid()}` });
      rec.fail(
        'store: a user name differing only in case was accepted',
        where,
        'CoopsecError CONFLICT',
        'created',
      );
      victim.byName = false; // two users now answer to this name: never refer to it by name
    } catch (error) {
      if (!(error instanceof CoopsecError) || error.code !== 'CONFLICT')
        rec.fail(
          'store: case-variant user name refused with the wrong error',
          where,
          'CoopsecError CONFLICT',
          error instanceof CoopsecError ? `CoopsecError ${error.code}` : String(error),
        );
    }
  }
  const colls = new CollectionRepository(store);
  const agreements = new AgreementRepository(store);
  for (let i = 1; i <= 2; i++) {
    const id = `coll${i}-${r.pick(SYLLABLES)}`;
    const owner = r.chance(0.7) ? r.pick(orgIds) : null;
    await colls.add({ id, title: `Collection ${id}`, ownerOrg: owner });
    const read = new Set<string>();
    const write = new Set<string>();
    for (const orgId of orgIds) {
      if (orgId === owner) continue;
      const canRead = r.chance(0.75);
      const canWrite = r.chance(canRead ? 0.6 : 0.4);
      if (!canRead && !canWrite && r.chance(0.5)) continue; // no grant row at all
      await colls.grant({ collectionId: id, orgId, canRead, canWrite });
      if (canRead) read.add(orgId);
      if (canWrite) write.add(orgId);
    }
    m.colls.set(id, { id, owner, read, write });
    for (const from of orgIds) {
      for (const to of orgIds) {
        if (from === to || !r.chance(0.35)) continue;
        const levels = (['clear', 'green', 'amber', 'amber+strict'] as AgreementLevel[]).filter(
          () => r.chance(0.4),
        );
        if (levels.length === 0) levels.push(r.pick(['green', 'amber', 'amber+strict'] as const));
        await agreements.add({ fromOrg: from, toOrg: to, collectionId: id, levels });
        const max = Math.max(...levels.map((l) => LEVELS.indexOf(l)));
        m.agreements.set(`${id}|${from}|${to}`, max);
        m.agreementText.set(`${id}|${from}|${to}`, levels.join(','));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Generating posts.

interface Planned {
  readonly object: Json;
  /** The version the model stores when accepted; undefined when the model refuses. */
  readonly version: VersionM | undefined;
  readonly rule: string | undefined;
  /** Values that must never appear in a failure entry. */
  readonly secrets: readonly string[];
  readonly what: string;
  /** The writer's view of the stored versions of this id, for failure reports. */
  readonly why?: string;
}

export function objectMarkings(r: Rng): MarkingChoice[] {
  const x = r.float();
  if (x < 0.18) return [];
  if (x < 0.6) return [r.pick(TLP2_CHOICES)];
  if (x < 0.75) return [r.pick(TLP1_CHOICES)];
  return r.sample(ALL_CHOICES, r.int(2, 3));
}

function granularMarkings(r: Rng): Granular[] {
  const fields: string[] = [];
  const odds: [string, number][] = [
    ['description', 0.35],
    ['labels.[0]', 0.3],
    ['labels.[1]', 0.3],
    ['name', 0.2],
    ['pattern', 0.07],
  ];
  for (const [sel, p] of odds) if (r.chance(p)) fields.push(sel);
  const out: Granular[] = [];
  while (fields.length > 0) {
    const selectors = [fields.shift() as string];
    if (fields.length > 0 && r.chance(0.2)) selectors.push(fields.shift() as string);
    const c = r.pick(ALL_CHOICES);
    out.push({ selectors, rank: c.rank, ref: c.ref });
  }
  if (r.chance(0.08)) {
    const c = r.pick(ALL_CHOICES);
    out.push({ selectors: ['description'], rank: c.rank, ref: c.ref });
  }
  return out;
}

export function recipientsFor(
  r: Rng,
  m: Model,
  level: number,
): { entries: string[]; ids: Set<string> } {
  const entries: string[] = [];
  const ids = new Set<string>();
  if (!r.chance(level === RED ? 0.75 : 0.3)) return { entries, ids };
  for (const u of r.sample(m.users, r.int(1, 3))) {
    ids.add(u.id);
    entries.push(u.byName && r.chance(0.55) ? r.caseVariant(u.name) : u.id);
  }
  return { entries, ids };
}

function indicatorBody(
  r: Rng,
  o: {
    id: string;
    modified: string;
    markings: readonly string[];
    granular: readonly Granular[];
    recipients: readonly string[];
  },
): Json {
  const token = r.hex(8);
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: o.id,
    created: CREATED,
    modified: o.modified,
    name: `name-${token}`,
    description: `secret-${token}`,
    labels: [`la-${token}`, `lb-${token}`],
    pattern: `[ipv4-addr:value = '10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}']`,
    pattern_type: 'stix',
    valid_from: CREATED,
    ...(o.markings.length > 0 ? { object_marking_refs: [...o.markings] } : {}),
    ...(o.granular.length > 0
      ? {
          granular_markings: o.granular.map((g) => ({
            selectors: [...g.selectors],
            marking_ref: g.ref,
          })),
        }
      : {}),
    ...(o.recipients.length > 0 ? { x_coopsec_recipients: [...o.recipients] } : {}),
  };
}

function secretsOf(body: Json): string[] {
  return [body.name, body.description, body.content, ...asList(body.labels)].filter(
    (x): x is string => typeof x === 'string',
  );
}

/** A fresh indicator version as the model would store it when `writer` posts it to `coll`. */
function freshIndicator(
  r: Rng,
  m: Model,
  ctx: { coll: string; writer: UserM; id: string; tag: string; originOrg?: string },
): Planned {
  const markings = objectMarkings(r);
  const level = markings.length === 0 ? GREEN : Math.max(...markings.map((x) => x.rank));
  const granular = granularMarkings(r);
  const rcpt = recipientsFor(r, m, level);
  const modified = m.newVersion(r, ctx.id);
  const body = indicatorBody(r, {
    id: ctx.id,
    modified,
    markings: markings.map((x) => x.ref),
    granular,
    recipients: rcpt.entries,
  });
  return {
    object: body,
    version: {
      coll: ctx.coll,
      id: ctx.id,
      type: 'indicator',
      version: modified,
      originOrg: ctx.writer.orgId,
      poster: ctx.writer.id,
      recipients: rcpt.ids,
      level,
      granular,
      body,
      tag: ctx.tag,
    },
    rule: undefined,
    secrets: secretsOf(body),
    what: `${ctx.tag} (${markings.map((x) => x.label).join('+') || 'unmarked'}${granular.length > 0 ? ', granular' : ''}${rcpt.entries.length > 0 ? ', recipients' : ''})`,
  };
}

type ItemKind =
  | 'fresh'
  | 'version'
  | 'note'
  | 'bad-tlp-definition'
  | 'unknown-marking'
  | 'unknown-recipient'
  | 'copy'
  | 'other-collection-id'
  | 'statement-marking'
  | 'stored-marking-ref'
  | 'too-deep';

/** Plans one envelope item, or undefined when this kind does not apply right now. */
function planItem(
  r: Rng,
  m: Model,
  ctx: { coll: string; writer: UserM; taken: Set<string> },
  kind: ItemKind,
): Planned[] | undefined {
  const { coll, writer, taken } = ctx;
  const other = [...m.colls.keys()].find((c) => c !== coll) ?? coll;
  switch (kind) {
    case 'fresh':
      return [freshIndicator(r, m, { coll, writer, id: `indicator--${r.uuid()}`, tag: 'fresh' })];
    case 'version': {
      // A new version of an object already in this collection. Generated only where reading
      // "can see" within this collection or in any collection gives the same answer.
      const ids = [...new Set(m.liveIn(coll).map((v) => v.id))].filter((id) => !taken.has(id));
      if (ids.length === 0) return undefined;
      const own = ids.filter((id) =>
        m.versionsOf(coll, id).every((v) => v.originOrg === writer.orgId),
      );
      const id = own.length > 0 && r.chance(0.45) ? r.pick(own) : r.pick(ids);
      const all = m.versionsOf(coll, id);
      if (all.some((v) => v.type !== 'indicator')) return undefined;
      const seenHere = m.seen(writer, coll, id);
      const seenThere = m.seen(writer, other, id);
      const origins = new Set(all.map((v) => v.originOrg));
      if (seenHere.length > 0 && origins.size > 1) return undefined; // ambiguous origin
      const seenOrigin = seenHere[0]?.originOrg;
      const why = m.diag(writer, id);
      if (seenOrigin === undefined) {
        if (seenThere.length > 0 && other !== coll) return undefined;
        const tag =
          origins.has(writer.orgId) && origins.size === 1
            ? 'origin adds unseen version'
            : 'unseen id: own origin';
        return [{ ...freshIndicator(r, m, { coll, writer, id, tag }), why }];
      }
      if (seenOrigin === writer.orgId) {
        if (seenThere.some((v) => v.originOrg !== writer.orgId)) return undefined;
        return [{ ...freshIndicator(r, m, { coll, writer, id, tag: 'origin adds version' }), why }];
      }
      const p = freshIndicator(r, m, { coll, writer, id, tag: 'non-origin version' });
      return [
        {
          ...p,
          version: undefined,
          rule: 'version-not-origin',
          what: 'new version by a non-origin organisation that sees the object',
          why,
        },
      ];
    }
    case 'note': {
      const targets = [...m.live.values()].map((v) => v.id);
      const target =
        targets.length > 0 && r.chance(0.85) ? r.pick(targets) : `indicator--${r.uuid()}`;
      const id = `note--${r.uuid()}`;
      const markings = objectMarkings(r);
      const level = markings.length === 0 ? GREEN : Math.max(...markings.map((x) => x.rank));
      const rcpt = recipientsFor(r, m, level);
      const modified = m.newVersion(r, id);
      const body: Json = {
        type: 'note',
        spec_version: '2.1',
        id,
        created: CREATED,
        modified,
        content: `note-${r.hex(10)}`,
        object_refs: [target],
        ...(markings.length > 0 ? { object_marking_refs: markings.map((x) => x.ref) } : {}),
        ...(rcpt.entries.length > 0 ? { x_coopsec_recipients: rcpt.entries } : {}),
      };
      return [
        {
          object: body,
          version: {
            coll,
            id,
            type: 'note',
            version: modified,
            originOrg: writer.orgId,
            poster: writer.id,
            recipients: rcpt.ids,
            level,
            granular: [],
            body,
            tag: 'note',
          },
          rule: undefined,
          secrets: secretsOf(body),
          what: 'note about an object',
        },
      ];
    }
    case 'statement-marking': {
      // A (non-TLP) statement marking-definition in the same envelope, and an object that
      // references it next to a TLP marking (which sets the object's level).
      const mdId = `marking-definition--${r.uuid()}`;
      const created = m.newVersion(r, mdId);
      const mdMarkings = r.chance(0.5) ? [r.pick(TLP2_CHOICES)] : [];
      const md: Json = {
        type: 'marking-definition',
        spec_version: '2.1',
        id: mdId,
        created,
        definition_type: 'statement',
        definition: { statement: `statement-${r.hex(8)}` },
        ...(mdMarkings.length > 0 ? { object_marking_refs: mdMarkings.map((x) => x.ref) } : {}),
      };
      const p = freshIndicator(r, m, {
        coll,
        writer,
        id: `indicator--${r.uuid()}`,
        tag: 'references an envelope marking',
      });
      const body = {
        ...p.object,
        object_marking_refs: [...asList(p.object.object_marking_refs), mdId],
      };
      const tlp = asList(p.object.object_marking_refs);
      if (tlp.length === 0) return undefined; // the level must come from a TLP marking
      const mdVersion: VersionM = {
        coll,
        id: mdId,
        type: 'marking-definition',
        version: created,
        originOrg: writer.orgId,
        poster: writer.id,
        recipients: new Set(),
        level: mdMarkings.length === 0 ? GREEN : Math.max(...mdMarkings.map((x) => x.rank)),
        granular: [],
        body: md,
        tag: 'statement marking',
      };
      return [
        {
          object: md,
          version: mdVersion,
          rule: undefined,
          secrets: [],
          what: 'statement marking-definition',
        },
        {
          ...p,
          object: body,
          version: p.version === undefined ? undefined : { ...p.version, body },
          what: 'object referencing a marking-definition of the same envelope',
        },
      ];
    }
    case 'stored-marking-ref': {
      // A reference to a statement marking-definition stored in this collection: accepted when
      // the writer can read it there, refused otherwise.
      const mds = m.liveIn(coll).filter((v) => v.type === 'marking-definition');
      if (mds.length === 0) return undefined;
      const md = r.pick(mds);
      const p = freshIndicator(r, m, {
        coll,
        writer,
        id: `indicator--${r.uuid()}`,
        tag: 'references a stored marking',
      });
      if (asList(p.object.object_marking_refs).length === 0) return undefined;
      const body = {
        ...p.object,
        object_marking_refs: [...asList(p.object.object_marking_refs), md.id],
      };
      const view = m.view(writer, md);
      return [
        {
          ...p,
          object: body,
          version: view.visible && p.version !== undefined ? { ...p.version, body } : undefined,
          what: view.visible
            ? 'object referencing a marking-definition the writer can read in the collection'
            : 'object referencing a marking-definition the writer cannot read',
          why: `${md.id}: ${view.visible ? 'sees' : 'cannot see'} (${view.reason})`,
        },
      ];
    }
    case 'too-deep': {
      // An object nested far deeper than 64 levels is refused (rule nesting-depth).
      const p = freshIndicator(r, m, { coll, writer, id: `indicator--${r.uuid()}`, tag: 'bad' });
      let deep: Json = { leaf: `deep-${r.hex(6)}` };
      for (let i = 0, n = r.int(80, 120); i < n; i++)
        deep = r.chance(0.5) ? { x: deep } : { x: [deep] };
      return [
        {
          object: { ...p.object, x_coopsec_deep: deep },
          version: undefined,
          rule: 'nesting-depth',
          secrets: p.secrets,
          what: 'object nested deeper than 64 levels',
        },
      ];
    }
    case 'bad-tlp-definition': {
      const mdId = `marking-definition--${r.uuid()}`;
      const level = r.pick(['green', 'amber', 'clear'] as const);
      const md: Json = r.chance(0.5)
        ? {
            type: 'marking-definition',
            spec_version: '2.1',
            id: mdId,
            created: CREATED,
            definition_type: 'tlp',
            name: `TLP:${level.toUpperCase()}`,
            definition: { tlp: level === 'clear' ? 'white' : level },
          }
        : {
            type: 'marking-definition',
            spec_version: '2.1',
            id: mdId,
            created: CREATED,
            name: `TLP:${level.toUpperCase()}`,
            extensions: {
              [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: level },
            },
          };
      const p = freshIndicator(r, m, { coll, writer, id: `indicator--${r.uuid()}`, tag: 'bad' });
      const obj = structuredClone(p.object);
      if (r.chance(0.7)) obj.object_marking_refs = [...asList(obj.object_marking_refs), mdId];
      else
        obj.granular_markings = [
          ...asList(obj.granular_markings),
          { selectors: ['description'], marking_ref: mdId },
        ];
      return [
        {
          object: md,
          version: undefined,
          rule: undefined,
          secrets: [],
          what: 'non-standard TLP marking-definition',
        },
        {
          object: obj,
          version: undefined,
          rule: undefined,
          secrets: secretsOf(obj),
          what: 'object referencing a non-standard TLP definition',
        },
      ];
    }
    case 'unknown-marking': {
      const p = freshIndicator(r, m, { coll, writer, id: `indicator--${r.uuid()}`, tag: 'bad' });
      const obj = structuredClone(p.object);
      const ref = `marking-definition--${r.uuid()}`;
      if (r.chance(0.7)) obj.object_marking_refs = [...asList(obj.object_marking_refs), ref];
      else
        obj.granular_markings = [
          ...asList(obj.granular_markings),
          { selectors: ['name'], marking_ref: ref },
        ];
      return [
        {
          object: obj,
          version: undefined,
          rule: undefined,
          secrets: secretsOf(obj),
          what: 'reference to an unknown marking-definition',
        },
      ];
    }
    case 'unknown-recipient': {
      const p = freshIndicator(r, m, { coll, writer, id: `indicator--${r.uuid()}`, tag: 'bad' });
      const obj = structuredClone(p.object);
      const nobody = r.chance(0.6) ? `nobody-${r.hex(6)}` : `user--${r.uuid()}`;
      const entries = [...asList(obj.x_coopsec_recipients)];
      entries.splice(r.int(0, entries.length), 0, nobody);
      obj.x_coopsec_recipients = entries;
      return [
        {
          object: obj,
          version: undefined,
          rule: undefined,
          secrets: [...secretsOf(obj), nobody],
          what: 'recipient naming no user',
        },
      ];
    }
    case 'copy': {
      // An exact copy of a version stored in the other collection, to an id unused here.
      if (other === coll) return undefined;
      const candidates = m
        .liveIn(other)
        .filter(
          (v) =>
            !taken.has(v.id) &&
            m.versionsOf(coll, v.id).length === 0 &&
            !m.tainted.has(okey(coll, v.id)),
        );
      if (candidates.length === 0) return undefined;
      const src = r.pick(candidates);
      // An object that references a statement marking of the other collection: not generated.
      const standard = new Set(ALL_CHOICES.map((c) => c.ref));
      const refs = [
        ...asList(src.body.object_marking_refs),
        ...asList(src.body.granular_markings).map((g) => asObj(g).marking_ref),
      ];
      if (refs.some((ref) => !standard.has(str(ref)))) return undefined;
      const view = m.view(writer, src);
      if (view.visible && view.removed.size > 0) return undefined; // sees a redacted form only
      const keep = view.visible;
      // A copy of an unseen version, while other versions of that id are visible: not generated.
      if (!keep && m.seen(writer, other, src.id).length > 0) return undefined;
      return [
        {
          object: structuredClone(src.body),
          version: {
            ...src,
            coll,
            originOrg: keep ? src.originOrg : writer.orgId,
            poster: keep ? src.poster : writer.id,
            tag: keep ? 'copy keeps first origin' : 'copy of unseen version: own origin',
          },
          rule: undefined,
          secrets: secretsOf(src.body),
          what: keep
            ? 'exact copy of a readable version'
            : 'exact copy of a version the writer cannot see',
          why: m.diag(writer, src.id),
        },
      ];
    }
    case 'other-collection-id': {
      // A new version (not a copy) of an id that exists only in the other collection, where
      // the writer sees no version of it.
      if (other === coll) return undefined;
      const ids = [...new Set(m.liveIn(other).map((v) => v.id))].filter(
        (id) =>
          !taken.has(id) &&
          m.versionsOf(coll, id).length === 0 &&
          !m.tainted.has(okey(coll, id)) &&
          id.startsWith('indicator--') &&
          m.seen(writer, other, id).length === 0,
      );
      if (ids.length === 0) return undefined;
      const id = r.pick(ids);
      return [
        {
          ...freshIndicator(r, m, {
            coll,
            writer,
            id,
            tag: 'id of the other collection, unseen: own origin',
          }),
          why: m.diag(writer, id),
        },
      ];
    }
  }
}

const ITEM_WEIGHTS: readonly (readonly [ItemKind, number])[] = [
  ['fresh', 38],
  ['version', 26],
  ['note', 7],
  ['bad-tlp-definition', 4],
  ['unknown-marking', 4],
  ['unknown-recipient', 5],
  ['copy', 10],
  ['other-collection-id', 3],
  ['statement-marking', 3],
  ['stored-marking-ref', 4],
  ['too-deep', 1],
];

// ---------------------------------------------------------------------------------------------
// Running one seed.

interface StatusRef {
  readonly id: string;
  readonly poster: UserM;
  readonly coll: string;
}

async function doPost(rc: ReadCtx, statuses: StatusRef[]): Promise<void> {
  const { base, r, m, rec, seed } = rc;
  const writers = m.users.filter(
    (u) => u.key !== undefined && [...m.colls.keys()].some((c) => m.canWrite(u, c)),
  );
  if (writers.length === 0) return;
  const writer = r.pick(writers);
  const coll = r.pick([...m.colls.keys()].filter((c) => m.canWrite(writer, c)));
  const taken = new Set<string>();
  const items: Planned[] = [];
  const n = r.int(1, 4);
  for (let tries = 0; items.length < n && tries < 20; tries++) {
    const planned = planItem(r, m, { coll, writer, taken }, r.weighted(ITEM_WEIGHTS));
    if (planned === undefined) continue;
    if (planned.some((p) => taken.has(str(p.object.id)))) continue;
    for (const p of planned) taken.add(str(p.object.id));
    items.push(...planned);
  }
  if (items.length === 0) return;
  const where = (p: Planned) =>
    `seed ${seed}, writer ${describeUser(m, writer)}, POST ${coll}: ${str(p.object.id)} — ${p.what}${p.why !== undefined ? `\n           writer's view: ${p.why}` : ''}`;
  const got = await request(`${base}collections/${coll}/objects/`, writer.key ?? '', {
    method: 'POST',
    body: JSON.stringify({ objects: items.map((p) => p.object) }),
    headers: { 'content-type': TAXII },
  });
  rec.checks += items.length;
  if (got.status !== 202 || got.body === undefined) {
    rec.fail(
      'POST: envelope not accepted for processing',
      `seed ${seed}, writer ${describeUser(m, writer)}, POST ${coll}`,
      '202 with a status',
      `HTTP ${got.status}`,
    );
    return;
  }
  const status = got.body;
  if (typeof status.id === 'string') statuses.push({ id: status.id, poster: writer, coll });
  const successes = new Map<string, Json>();
  for (const s of asList(status.successes)) successes.set(str(asObj(s).id), asObj(s));
  const failures = new Map<string, Json>();
  for (const f of asList(status.failures)) failures.set(str(asObj(f).id), asObj(f));
  for (const p of items) {
    const scenario = `${p.what.replace(/ \(.*\)$/, '')} → ${p.version !== undefined ? 'accept' : 'refuse'}`;
    m.scenarios.set(scenario, (m.scenarios.get(scenario) ?? 0) + 1);
    const id = str(p.object.id);
    const succeeded = successes.has(id);
    const failed = failures.get(id);
    if (p.version !== undefined) {
      if (succeeded && failed === undefined) {
        m.add(p.version);
        continue;
      }
      rec.fail(
        `POST: refused though the rules accept it — ${p.what.replace(/ \(.*\)$/, '')}`,
        where(p),
        'in successes',
        failed !== undefined ? `failure ${JSON.stringify(failed)}` : 'not in successes',
      );
      continue;
    }
    // The model refuses it.
    if (succeeded || failed === undefined) {
      rec.fail(
        `POST: accepted though the rules refuse it — ${p.what}`,
        where(p),
        `in failures${p.rule !== undefined ? ` (rule ${p.rule})` : ''}`,
        succeeded ? 'in successes' : 'in neither list',
      );
      if (succeeded) {
        m.tainted.add(okey(coll, id));
        m.noteId(coll, id);
      }
      continue;
    }
    const text = JSON.stringify(failed);
    if (p.rule !== undefined && !text.includes(p.rule))
      rec.fail(`POST: failure does not name rule ${p.rule}`, where(p), `rule ${p.rule}`, text);
    const leaked = p.secrets.find((s) => text.includes(s));
    if (leaked !== undefined)
      rec.fail(
        'POST: failure entry shows values of the refused object',
        where(p),
        'id and rule only',
        text,
      );
  }
  const count = (x: unknown) => (typeof x === 'number' ? x : -1);
  if (
    count(status.total_count) !== items.length ||
    count(status.success_count) !== successes.size ||
    count(status.failure_count) !== failures.size
  )
    rec.fail(
      'POST: status counts disagree with its lists',
      `seed ${seed}, writer ${describeUser(m, writer)}, POST ${coll}`,
      `total ${items.length}, success ${successes.size}, failure ${failures.size}`,
      `total ${str(status.total_count)}, success ${str(status.success_count)}, failure ${str(status.failure_count)}`,
    );
}

interface DeletePlan {
  readonly id: string;
  readonly versions: readonly VersionM[];
  readonly expected: 200 | 403 | 404;
  readonly label: string;
  readonly reason: string;
}

/** The expected answer to `user` deleting `id`, or undefined in the cases the rule leaves open. */
function planDelete(m: Model, user: UserM, coll: string, id: string): DeletePlan | undefined {
  if (m.tainted.has(okey(coll, id))) return undefined;
  const versions = m.versionsOf(coll, id);
  if (versions.length === 0)
    return { id, versions, expected: 404, label: 'no version stored', reason: 'no version stored' };
  const origins = new Set(versions.map((v) => v.originOrg));
  if (origins.size !== 1) return undefined;
  const seen = versions.filter((v) => m.view(user, v).visible);
  if (seen.length !== 0 && seen.length !== versions.length) return undefined;
  const origin = [...origins][0] ?? '';
  if (seen.length === 0)
    return {
      id,
      versions,
      expected: 404,
      label: `user cannot see any version (${origin === user.orgId ? 'own organisation is the origin' : 'another origin'})`,
      reason: `cannot see any version: ${m.view(user, versions[0] as VersionM).reason}`,
    };
  if (origin !== user.orgId)
    return {
      id,
      versions,
      expected: 403,
      label: 'user sees it, not the origin',
      reason: `sees it, origin is ${origin}`,
    };
  const label = 'user sees it, own organisation is the origin';
  return { id, versions, expected: 200, label, reason: label };
}

async function doDelete(rc: ReadCtx): Promise<void> {
  const { base, r, m, rec, seed } = rc;
  // Only users who may read and write the collection; only objects whose versions all share one
  // origin, and that the user sees entirely or not at all (the unambiguous cases of the rule).
  const users = m.users.filter((u) => u.key !== undefined);
  const user = r.pick(users);
  const colls = [...m.colls.keys()].filter((c) => m.canRead(user, c) && m.canWrite(user, c));
  if (colls.length === 0) return;
  const coll = r.pick(colls);
  const everIds = [...(m.idsEver.get(coll) ?? [])];
  const plans = [...everIds, `indicator--${r.uuid()}`]
    .map((id) => planDelete(m, user, coll, id))
    .filter((p): p is DeletePlan => p !== undefined);
  const byCode = (code: number) => plans.filter((p) => p.expected === code);
  const wanted = r.weighted([
    [200, byCode(200).length > 0 ? 45 : 0],
    [403, byCode(403).length > 0 ? 30 : 0],
    [404, 25],
  ] as const);
  const plan = r.pick(byCode(wanted));
  const { id, versions, expected, label, reason } = plan;
  const got = await request(`${base}collections/${coll}/objects/${id}/`, user.key ?? '', {
    method: 'DELETE',
  });
  rec.checks += Math.max(1, versions.length);
  m.deleteCodes.set(expected, (m.deleteCodes.get(expected) ?? 0) + 1);
  const where = `seed ${seed}, user ${describeUser(m, user)}, DELETE ${coll}/${id} (${versions.length} versions${versions[0] !== undefined ? `, ${versions[0].tag}` : ''})`;
  if (got.status !== expected) {
    rec.fail(
      `DELETE: ${label}${user.isAdmin ? ' [admin]' : ''}: HTTP ${got.status}`,
      where,
      `HTTP ${expected} (${reason})`,
      `HTTP ${got.status}`,
    );
    if (got.status === 200) m.tainted.add(okey(coll, id));
    return;
  }
  if (expected === 200) {
    for (const v of versions) {
      const k = vkey(coll, id, v.version);
      m.live.delete(k);
      m.deleted.add(k);
    }
  }
}

interface Problem {
  /** Bounded description, used to group failures. */
  readonly code: string;
  readonly detail: string;
}

/** What a served object body must look like for a reader with `removed` selectors. */
function compareBody(v: VersionM, removed: ReadonlySet<string>, served: Json): Problem[] {
  const problems: Problem[] = [];
  const problem = (code: string, detail = code) => problems.push({ code, detail });
  const posted = v.body as Json;
  for (const f of ['id', 'type', 'spec_version', 'created'] as const)
    if (str(served[f]) !== str(posted[f]))
      problem(`${f} changed`, `${f} ${str(served[f])} ≠ ${str(posted[f])}`);
  const version = v.type === 'marking-definition' ? served.created : served.modified;
  if (canon(str(version)) !== canon(v.version))
    problem('version changed', `modified/created ${str(version)}`);
  const refs = (x: unknown) => JSON.stringify(x ?? null);
  if (refs(served.object_marking_refs) !== refs(posted.object_marking_refs))
    problem(
      'object_marking_refs changed',
      `object_marking_refs ${refs(served.object_marking_refs)}`,
    );
  if (v.type === 'marking-definition') {
    if (refs(served.definition) !== refs(posted.definition)) problem('definition changed');
    return problems;
  }
  if (v.type === 'note') {
    if (served.content !== posted.content) problem('content changed');
    if (refs(served.object_refs) !== refs(posted.object_refs)) problem('object_refs changed');
    return problems;
  }
  if (served.pattern !== posted.pattern) problem('pattern changed or removed');
  for (const f of ['name', 'description'] as const) {
    const gone = removed.has(f);
    if (gone && f in served) problem(`${f} served though marked above the clearance`);
    if (!gone && !(f in served)) problem(`${f} removed though the reader is cleared for it`);
    if (!gone && f in served && served[f] !== posted[f]) problem(`${f} changed`);
  }
  const labels = asList(posted.labels);
  const keptIdx = [0, 1].filter((i) => !removed.has(`labels.[${i}]`));
  const keptLabels = keptIdx.map((i) => labels[i]);
  const servedLabels = served.labels;
  const which = [0, 1]
    .map((i) => `labels.[${i}] ${removed.has(`labels.[${i}]`) ? 'removed' : 'kept'}`)
    .join(', ');
  if (keptLabels.length === 0) {
    if (servedLabels !== undefined && asList(servedLabels).length > 0)
      problem(`labels wrong (${which})`, `labels ${JSON.stringify(servedLabels)}, expected none`);
  } else if (JSON.stringify(servedLabels) !== JSON.stringify(keptLabels)) {
    problem(
      `labels wrong (${which})`,
      `labels ${JSON.stringify(servedLabels)}, expected ${JSON.stringify(keptLabels)}`,
    );
  }
  // Remaining granular markings, with list selectors renumbered.
  const renumber = (sel: string): string => {
    const mm = /^labels\.\[(\d)\]$/.exec(sel);
    return mm === null ? sel : `labels.[${keptIdx.indexOf(Number(mm[1]))}]`;
  };
  const short = (ref: unknown) => str(ref).slice(20, 28);
  const expectedPairs = new Set<string>();
  for (const g of v.granular)
    for (const sel of g.selectors)
      if (!removed.has(sel)) expectedPairs.add(`${renumber(sel)}→${short(g.ref)}`);
  const servedPairs = new Set<string>();
  for (const g of asList(served.granular_markings))
    for (const sel of asList(asObj(g).selectors))
      servedPairs.add(`${str(sel)}→${short(asObj(g).marking_ref)}`);
  const minus = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].filter((e) => !y.has(e));
  const missing = minus(expectedPairs, servedPairs);
  const extra = minus(servedPairs, expectedPairs);
  if (missing.length > 0 || extra.length > 0)
    problem(
      `granular_markings wrong${extra.some((e) => removed.has(e.split('→')[0] ?? '')) ? ' (names removed selectors)' : ''}`,
      `granular_markings missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(extra)}`,
    );
  const redacted = new Set(asList(served.x_coopsec_redacted).map(str));
  if (minus(removed, redacted).length > 0 || minus(redacted, removed).length > 0)
    problem(
      removed.size === 0
        ? 'x_coopsec_redacted present though nothing was removed'
        : 'x_coopsec_redacted does not list the removed selectors',
      `x_coopsec_redacted ${JSON.stringify(served.x_coopsec_redacted)}, removed ${JSON.stringify([...removed])}`,
    );
  return problems;
}

/** Everything one seed's run shares. */
interface ReadCtx {
  readonly base: string;
  readonly seed: number;
  readonly r: Rng;
  readonly m: Model;
  readonly rec: Recorder;
  /** `${vkey}` → date_added, learnt from the manifests. */
  readonly dates: Map<string, string>;
}

type Selection = 'all' | 'last' | 'first';

interface Expected {
  readonly v: VersionM;
  /** Served or not; `undefined`: not comparable (only a visible version may then be served). */
  readonly expected: boolean | undefined;
  readonly reason: string;
  readonly rule: string;
  readonly removed: ReadonlySet<string>;
}

/**
 * The versions a listing over `universe` should contain for `u`, and why any version is in or
 * out. `filter` returns false for versions the request filters out, undefined for versions
 * whose answer the model cannot predict (their date_added is unknown).
 */
function expectation(
  rc: ReadCtx,
  u: UserM,
  universe: readonly VersionM[],
  how: { sel: Selection; filter?: (v: VersionM) => boolean | undefined },
): Map<string, Expected> {
  const { sel, filter = () => true } = how;
  const out = new Map<string, Expected>();
  const views = new Map<VersionM, View>();
  for (const v of universe) views.set(v, rc.m.view(u, v));
  const chosen = new Map<string, VersionM>();
  if (sel !== 'all') {
    for (const v of universe) {
      if (views.get(v)?.visible !== true) continue;
      const cur = chosen.get(v.id);
      const later = cur === undefined || canon(v.version) > canon(cur.version);
      const earlier = cur === undefined || canon(v.version) < canon(cur.version);
      if ((sel === 'last' && later) || (sel === 'first' && earlier)) chosen.set(v.id, v);
    }
  }
  for (const v of universe) {
    const view = views.get(v) as View;
    let expected: boolean | undefined = view.visible;
    let reason = view.reason;
    let rule = view.rule;
    if (expected && sel !== 'all' && chosen.get(v.id) !== v) {
      expected = false;
      reason = `visible, but not the ${sel} visible version`;
      rule = reason;
    }
    const f = filter(v);
    if (f === false) {
      expected = false;
      reason = 'filtered out by the request';
      rule = reason;
    } else if (f === undefined && expected) expected = undefined;
    out.set(vkey(v.coll, v.id, v.version), { v, expected, reason, rule, removed: view.removed });
  }
  return out;
}

/** Compares served (id, version[, body]) items with the expectation; one check per version. */
function compareServed(
  rc: ReadCtx,
  ctx: { u: UserM; coll: string; path: string },
  expect: ReadonlyMap<string, Expected>,
  served: readonly { id: string; version: string; body?: Json }[],
): void {
  const { m, rec, seed } = rc;
  const seen = new Set<string>();
  const whereOf = (obj: string) =>
    `seed ${seed}, reader ${describeUser(m, ctx.u)}, ${obj}, ${ctx.path}`;
  for (const s of served) {
    const k = vkey(ctx.coll, s.id, s.version);
    if (m.tainted.has(okey(ctx.coll, s.id))) continue;
    const at = `${ctx.coll}/${s.id}@${s.version}`;
    if (seen.has(k)) {
      rec.fail(`${ctx.path}: version served twice`, whereOf(at), 'once', 'twice');
      continue;
    }
    seen.add(k);
    const e = expect.get(k);
    if (e === undefined) {
      const live = m.live.get(k);
      const what =
        live !== undefined
          ? 'a version outside the request'
          : m.deleted.has(k)
            ? 'a deleted version'
            : 'a version never accepted';
      rec.fail(
        `${ctx.path}: served ${what}`,
        whereOf(live !== undefined ? describeVersion(live) : at),
        'absent',
        'served',
      );
      continue;
    }
    if (e.expected === false) {
      rec.fail(
        `${ctx.path}: served, but withheld by the rules — ${e.rule}${tagNote(e.v)}`,
        whereOf(describeVersion(e.v)),
        `withheld (${e.reason})`,
        'served',
      );
      continue;
    }
    if (s.body !== undefined) {
      for (const p of compareBody(e.v, e.removed, s.body))
        rec.fail(
          `${ctx.path}: redaction — ${p.code} (clearance ${LEVELS[m.view(ctx.u, e.v).clearance.rank]})`,
          whereOf(describeVersion(e.v)),
          `removed ${JSON.stringify([...e.removed])} (${e.reason})`,
          p.detail,
        );
    }
  }
  for (const [k, e] of expect) {
    if (e.expected === undefined) continue;
    rec.checks += 1;
    if (e.expected && !seen.has(k))
      rec.fail(
        `${ctx.path}: withheld, but the rules serve it — ${e.rule}${tagNote(e.v)}`,
        whereOf(describeVersion(e.v)),
        `served (${e.reason})`,
        'absent',
      );
  }
}

function checkHeaders(
  rc: ReadCtx,
  ctx: { u: UserM; coll: string; path: string },
  pages: readonly Page[],
  dateOf: (item: unknown) => string | undefined,
): void {
  const where = `seed ${rc.seed}, reader ${describeUser(rc.m, ctx.u)}, ${ctx.coll}, ${ctx.path}`;
  let prev: string | undefined;
  for (const [i, p] of pages.entries()) {
    if (p.items.length === 0) {
      if (p.first !== null || p.last !== null)
        rc.rec.fail(
          `${ctx.path}: date headers on a page with no objects`,
          `${where}, page ${i + 1}`,
          'no X-TAXII-Date-Added-* headers',
          `First ${p.first ?? '-'}, Last ${p.last ?? '-'}`,
        );
      continue;
    }
    const first = dateOf(p.items[0]);
    const last = dateOf(p.items[p.items.length - 1]);
    if (p.first === null || p.last === null) {
      rc.rec.fail(
        `${ctx.path}: date headers missing on a page with objects`,
        `${where}, page ${i + 1}`,
        'both headers',
        `First ${p.first ?? '-'}, Last ${p.last ?? '-'}`,
      );
      continue;
    }
    if (first !== undefined && canon(p.first) !== canon(first))
      rc.rec.fail(
        `${ctx.path}: X-TAXII-Date-Added-First is not the first object's date_added`,
        `${where}, page ${i + 1}`,
        first,
        p.first,
      );
    if (last !== undefined && canon(p.last) !== canon(last))
      rc.rec.fail(
        `${ctx.path}: X-TAXII-Date-Added-Last is not the last object's date_added`,
        `${where}, page ${i + 1}`,
        last,
        p.last,
      );
    for (const item of p.items) {
      const d = dateOf(item);
      if (d === undefined) continue;
      if (prev !== undefined && canon(d) < canon(prev))
        rc.rec.fail(
          `${ctx.path}: not in date_added order`,
          `${where}, page ${i + 1}`,
          `≥ ${prev}`,
          d,
        );
      prev = d;
    }
  }
}

const objItem = (x: unknown): { id: string; version: string; body: Json } => {
  const o = asObj(x);
  return { id: str(o.id), version: str(o.modified ?? o.created), body: o };
};

async function readAsReader(rc: ReadCtx, u: UserM, coll: string, pass: 1 | 2): Promise<void> {
  const { base, r, m, rec, seed } = rc;
  const key = u.key ?? '';
  const root = `${base}collections/${coll}/`;
  const universe = m.liveIn(coll);
  const ids = [...(m.idsEver.get(coll) ?? [])].filter((id) => !m.tainted.has(okey(coll, id)));
  const readable = m.canRead(u, coll);
  const writable = m.canWrite(u, coll);
  const where = (path: string) => `seed ${seed}, reader ${describeUser(m, u)}, ${coll}, ${path}`;
  if (!readable) {
    if (pass === 2) return;
    // Neither read nor write: the collection does not exist for the reader (404 everywhere).
    // Write only: it exists, but nothing may be read from it.
    const paths: [string, number][] = [
      ['objects/', universe.length],
      ['manifest/', universe.length],
      ...r.sample(ids, 4).flatMap((id): [string, number][] => [
        [`objects/${id}/`, Math.max(1, m.versionsOf(coll, id).length)],
        [`objects/${id}/versions/`, Math.max(1, m.versionsOf(coll, id).length)],
      ]),
      ['', 1],
    ];
    for (const [path, n] of paths) {
      if (path === '' && writable) continue;
      const got = await request(`${root}${path}`, key);
      rec.checks += n;
      const ok = writable ? got.status === 403 || got.status === 404 : got.status === 404;
      if (!ok)
        rec.fail(
          writable
            ? 'write-only collection: read path answered'
            : 'collection without read or write: not 404',
          where(path === '' ? 'collection' : path),
          writable ? 'HTTP 403 or 404' : 'HTTP 404',
          `HTTP ${got.status}${got.status === 200 ? ` with ${asList(got.body?.objects ?? got.body?.versions).length} items` : ''}`,
        );
    }
    return;
  }
  const ctx = (path: string) => ({ u, coll, path });
  if (pass === 1) {
    // manifest, all versions, paged: also teaches the model every served date_added.
    const path = 'manifest?match[version]=all (paged)';
    const limit = r.int(4, 25);
    const res = await fetchAll(
      `${root}manifest/?match[version]=all&limit=${limit}`,
      key,
      'objects',
      (w) => rec.fail(`${path}: ${w}`, where(path), 'paging ends', w),
    );
    if (res.status !== 200) {
      rec.fail(
        `${path}: readable collection not served`,
        where(path),
        'HTTP 200',
        `HTTP ${res.status}`,
      );
      return;
    }
    const items = res.pages.flatMap((p) => p.items).map(asObj);
    for (const it of items) {
      const k = vkey(coll, str(it.id), str(it.version));
      const d = str(it.date_added);
      const known = rc.dates.get(k);
      if (known === undefined) rc.dates.set(k, d);
      else if (canon(known) !== canon(d))
        rec.fail('manifest: date_added differs between readers', where(path), known, d);
      if (it.media_type !== undefined && !str(it.media_type).startsWith('application/stix+json'))
        rec.fail(
          'manifest: media_type is not STIX',
          where(path),
          'application/stix+json;version=2.1',
          str(it.media_type),
        );
    }
    for (const p of res.pages)
      if (p.items.length > limit)
        rec.fail(
          `${path}: page longer than limit`,
          where(path),
          `≤ ${limit}`,
          String(p.items.length),
        );
    compareServed(
      rc,
      ctx(path),
      expectation(rc, u, universe, { sel: 'all' }),
      items.map((it) => ({ id: str(it.id), version: str(it.version) })),
    );
    checkHeaders(rc, ctx(path), res.pages, (x) => str(asObj(x).date_added));
    return;
  }
  const dateOfObject = (x: unknown) => {
    const o = objItem(x);
    return rc.dates.get(vkey(coll, o.id, o.version));
  };
  const listing = async (
    path: string,
    query: string,
    sel: Selection,
    filter?: (v: VersionM) => boolean | undefined,
  ) => {
    const res = await fetchAll(`${root}objects/${query}`, key, 'objects', (w) =>
      rec.fail(`${path}: ${w}`, where(path), 'paging ends', w),
    );
    if (res.status !== 200) {
      rec.fail(
        `${path}: readable collection not served`,
        where(path),
        'HTTP 200',
        `HTTP ${res.status}`,
      );
      return;
    }
    compareServed(
      rc,
      ctx(path),
      expectation(rc, u, universe, { sel, filter }),
      res.pages.flatMap((p) => p.items).map(objItem),
    );
    checkHeaders(rc, ctx(path), res.pages, dateOfObject);
  };
  await listing(
    'objects?match[version]=all (paged)',
    `?match[version]=all&limit=${r.int(4, 25)}`,
    'all',
  );
  await listing('objects (default last)', '', 'last');
  await listing(
    'objects?match[version]=last (paged)',
    `?match[version]=last&limit=${r.int(5, 20)}`,
    'last',
  );
  await listing('objects?match[version]=first', '?match[version]=first', 'first');
  if (universe.some((v) => v.type === 'note'))
    await listing(
      'objects?match[type]=note',
      '?match[type]=note',
      'last',
      (v) => v.type === 'note',
    );
  await listing(
    'objects?match[type]=indicator&match[version]=first',
    '?match[type]=indicator&match[version]=first',
    'first',
    (v) => v.type === 'indicator',
  );
  // added_after: versions whose date_added no manifest showed cannot be predicted.
  const dateOf = (v: VersionM) => rc.dates.get(vkey(coll, v.id, v.version));
  const dates = [
    ...new Set(
      universe
        .map(dateOf)
        .filter((d): d is string => d !== undefined)
        .map(canon),
    ),
  ].sort();
  if (dates.length > 0) {
    const after = dates[Math.floor(dates.length * r.float())] ?? '';
    await listing(
      'objects?added_after&match[version]=all',
      `?added_after=${encodeURIComponent(after)}&match[version]=all&limit=${r.int(5, 30)}`,
      'all',
      (v) => {
        const d = dateOf(v);
        return d === undefined ? undefined : canon(d) > after;
      },
    );
  }
  {
    const path = 'manifest (default last)';
    const got = await request(`${root}manifest/`, key);
    if (got.status !== 200)
      rec.fail(
        `${path}: readable collection not served`,
        where(path),
        'HTTP 200',
        `HTTP ${got.status}`,
      );
    else {
      const items = asList(got.body?.objects).map(asObj);
      compareServed(
        rc,
        ctx(path),
        expectation(rc, u, universe, { sel: 'last' }),
        items.map((it) => ({ id: str(it.id), version: str(it.version) })),
      );
      checkHeaders(
        rc,
        ctx(path),
        [
          {
            items,
            first: got.headers.get('x-taxii-date-added-first'),
            last: got.headers.get('x-taxii-date-added-last'),
          },
        ],
        (x) => str(asObj(x).date_added),
      );
    }
  }
  // By id: every id ever used in the collection, and one that never was.
  for (const id of [...ids, `indicator--${r.uuid()}`]) {
    const versions = universe.filter((v) => v.id === id);
    const visible = versions.filter((v) => m.view(u, v).visible);
    // One of the three by-id paths per (reader, id), chosen at random, to keep the run short.
    const probes: [string, string, Selection][] = [
      r.pick([
        ['object by id (default last)', `objects/${id}/`, 'last'],
        ['object by id ?match[version]=all', `objects/${id}/?match[version]=all`, 'all'],
        ['versions', `objects/${id}/versions/`, 'all'],
      ] as const satisfies readonly [string, string, Selection][]),
    ];
    for (const [path, url, sel] of probes) {
      const got = await request(`${root}${url}`, key);
      const whereId = () => {
        const v = versions[0];
        return `seed ${seed}, reader ${describeUser(m, u)}, ${v !== undefined ? describeVersion(v) : `${coll}/${id} (no live version)`}, ${path}`;
      };
      if (visible.length === 0) {
        rec.checks += Math.max(1, versions.length);
        if (got.status !== 404) {
          const wasDeleted = [...m.deleted].some((k) => k.startsWith(`${coll}|${id}|`));
          const first = versions[0];
          const reason =
            first !== undefined
              ? m.view(u, first).reason
              : wasDeleted
                ? 'all versions deleted'
                : 'never stored';
          const rule = first !== undefined ? m.view(u, first).rule : reason;
          rec.fail(
            `${path}: not 404 though no version is visible — ${rule}${first !== undefined ? tagNote(first) : ''}`,
            whereId(),
            `HTTP 404 (${reason})`,
            `HTTP ${got.status}`,
          );
        }
        continue;
      }
      if (got.status !== 200) {
        rec.checks += versions.length;
        const v = visible[0] as VersionM;
        rec.fail(
          `${path}: HTTP ${got.status} though a version is visible — ${m.view(u, v).rule}${tagNote(v)}`,
          whereId(),
          'HTTP 200',
          `HTTP ${got.status}`,
        );
        continue;
      }
      const body = got.body ?? {};
      const page: Page = {
        items: [],
        first: got.headers.get('x-taxii-date-added-first'),
        last: got.headers.get('x-taxii-date-added-last'),
      };
      if (path === 'versions') {
        const list = asList(body.versions).map(str);
        compareServed(
          rc,
          ctx(path),
          expectation(rc, u, versions, { sel: 'all' }),
          list.map((version) => ({ id, version })),
        );
        checkHeaders(
          rc,
          ctx(path),
          [{ ...page, items: list.map((version) => ({ id, modified: version })) }],
          dateOfObject,
        );
      } else {
        const items = asList(body.objects);
        compareServed(rc, ctx(path), expectation(rc, u, versions, { sel }), items.map(objItem));
        checkHeaders(rc, ctx(path), [{ ...page, items }], dateOfObject);
      }
    }
  }
}

/** Status resources: the poster, every admin and every colleague of the poster, and two others. */
async function checkStatuses(rc: ReadCtx, statuses: readonly StatusRef[]): Promise<void> {
  const { base, r, m, rec, seed } = rc;
  const keyed = m.users.filter((u) => u.key !== undefined);
  for (const s of statuses) {
    const close = keyed.filter(
      (u) => u.id === s.poster.id || u.isAdmin || u.orgId === s.poster.orgId,
    );
    const others = r.sample(
      keyed.filter((u) => !close.includes(u)),
      2,
    );
    for (const u of [...close, ...others]) {
      const got = await request(`${base}status/${s.id}/`, u.key ?? '');
      rec.checks += 1;
      const may = u.id === s.poster.id || u.isAdmin;
      const expected = may ? 200 : 404;
      if (got.status !== expected) {
        const relation = may
          ? u.isAdmin
            ? 'platform admin'
            : 'posting user'
          : u.orgId === s.poster.orgId
            ? 'colleague of the poster'
            : 'another organisation';
        rec.fail(
          `status: ${relation} got HTTP ${got.status}`,
          `seed ${seed}, reader ${describeUser(m, u)}, status ${s.id} posted by ${describeUser(m, s.poster)} to ${s.coll}`,
          `HTTP ${expected}`,
          `HTTP ${got.status}`,
        );
      } else if (may && got.body?.id !== s.id) {
        rec.fail(
          'status: wrong resource',
          `seed ${seed}, reader ${describeUser(m, u)}, status ${s.id}`,
          s.id,
          str(got.body?.id),
        );
      }
    }
  }
}

interface SeedResult {
  readonly rec: Recorder;
  readonly stats: string;
}

async function runSeed(seed: number, store: Store, url: string): Promise<SeedResult> {
  const r = new Rng(seed);
  const m = new Model();
  const rec = new Recorder();
  const t0 = Date.now();
  requests = 0;
  const base = `${url}/taxii2/default/`;
  const rc: ReadCtx = { base, seed, r, m, rec, dates: new Map() };
  await buildWorld(store, rc);
  const statuses: StatusRef[] = [];
  const steps = 220;
  for (let step = 0; step < steps; step++) {
    if (step > 20 && r.chance(0.14)) await doDelete(rc);
    else await doPost(rc, statuses);
  }
  const t1 = Date.now();
  const writes = requests;
  const readers = m.users.filter((u) => u.key !== undefined);
  for (const u of readers) {
    // The collections listing names exactly those the reader may read or write.
    const got = await request(`${base}collections/`, u.key ?? '');
    const listed = new Set(asList(got.body?.collections).map((c) => str(asObj(c).id)));
    for (const coll of m.colls.keys()) {
      rec.checks += 1;
      const expected = m.canRead(u, coll) || m.canWrite(u, coll);
      if (listed.has(coll) !== expected)
        rec.fail(
          `collections listing: ${expected ? 'omits a collection the reader may use' : 'names a collection the reader may neither read nor write'}`,
          `seed ${seed}, reader ${describeUser(m, u)}, GET collections/, ${coll}`,
          expected ? 'listed' : 'not listed',
          listed.has(coll) ? 'listed' : `not listed (HTTP ${got.status})`,
        );
    }
  }
  for (const coll of m.colls.keys()) {
    for (const u of readers) await readAsReader(rc, u, coll, 1);
    for (const u of readers) await readAsReader(rc, u, coll, 2);
  }
  const t2 = Date.now();
  const reads = requests - writes;
  await checkStatuses(rc, statuses);
  // The REST endpoints over the same world, with randomness of their own (the TAXII run above
  // stays what it was for each seed).
  const t3 = Date.now();
  const rest = { url, seed, r: new Rng(seed ^ 0x5e5e), m, rec, store };
  await checkEngineExports(rest);
  const advisories = await checkAdvisories(rest);
  const t4 = Date.now();
  const counts = [...m.colls.keys()].map((c) => `${c}: ${m.liveIn(c).length}`).join(', ');
  const stats =
    `${m.orgs.size} orgs, ${m.users.length} users (${readers.length} with keys), live versions ${counts}, ` +
    `${m.deleted.size} versions deleted (DELETEs expecting ${[...m.deleteCodes].map(([c, n]) => `${c}: ${n}`).join(', ')}); setup+writes ${t1 - t0} ms (${writes} requests), ` +
    `reads ${t2 - t1} ms (${reads}), statuses ${t3 - t2} ms (${requests - writes - reads}), REST ${t4 - t3} ms`;
  const scenarios = [...m.scenarios]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}: ${n}`)
    .join('; ');
  return { rec, stats: `${stats}\n  posted: ${scenarios}\n  ${advisories}` };
}

/**
 * Registers the model-based access suite for one back end. `makeStore` is called once per
 * seed and must return a fresh, empty store.
 */
export function runAccessModelSuite(label: string, makeStore: () => Promise<Store>): void {
  describe(`TAXII access model (README rules): ${label}`, () => {
    let total = 0;
    for (const seed of SEEDS) {
      it(`seed ${seed}: every reader receives exactly what the rules allow`, async (t) => {
        const started = Date.now();
        const store = await makeStore();
        const server = await startServer(store);
        let rec: Recorder;
        try {
          const result = await runSeed(seed, store, server.url);
          rec = result.rec;
          for (const line of result.stats.split('\n')) t.diagnostic(`seed ${seed}: ${line.trim()}`);
        } finally {
          await server.close();
          await store.close();
        }
        total += rec.checks;
        t.diagnostic(
          `seed ${seed}: ${rec.checks} checks, ${rec.failures.length} failures, ${Date.now() - started} ms`,
        );
        if (rec.failures.length > 0) assert.fail(rec.summary(seed));
      });
    }
    it(`makes at least ${MIN_CHECKS} checks per run`, (t) => {
      t.diagnostic(`total checks: ${total}`);
      assert.ok(total >= MIN_CHECKS, `only ${total} checks`);
    });
  });
}
