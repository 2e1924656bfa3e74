/**
 * Bounded fuzz run of the TAXII 2.1 HTTP API (every endpoint), over loopback against a server
 * in a child process on a fresh temporary SQLite file, so that a crash or a hang of the server
 * is observed instead of taking the fuzzer down with it.
 *
 * The child (this file with `--serve-child`) creates organisations, users, API keys (two of
 * them revoked), collections with grants (two API roots) and sharing agreements with the
 * fixtures of packages/server/src/taxii/testing, then serves the app on 127.0.0.1 with a
 * logger that forwards only internal errors (with the method and URL of their request) to the
 * parent. The parent reads max_content_length from the API root and sends `--requests` requests
 * (default 20,000; it also stops after `--seconds`, default 150) drawn from a fixed-seed PRNG:
 * valid STIX 2.1 objects with random TLP and granular markings and recipients; mutated objects
 * (wrong types, missing properties, bad timestamps and patterns, unknown or non-standard
 * markings, huge strings, unicode, nesting 10…20,000 levels deep in custom properties, in an
 * extension and as the whole body, granular selectors into the nesting); malformed envelopes
 * (not JSON, not an object, truncated, wrong content types, above and just under
 * max_content_length); bad query parameters, bad and revoked credentials, wrong methods and
 * path-traversal-like ids. After every write that stored something, every user reads it back.
 * Any 5xx, crash or hang is a finding: the run prints them and exits 1.
 *
 *   node --import tsx bench/taxii-fuzz.bench.ts [--requests 20000] [--seed 1] [--seconds 150]
 *     [--concurrency 4] [--max-content-length 1048576] [--timeout-ms 20000]
 *
 * Given the seed, the primary requests are the same in every run; the follow-up reads depend on
 * which writes the server stored, and their interleaving (and status ids) on timing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AgreementRepository,
  ApiKeyRepository,
  CollectionRepository,
  openStore,
  parseApiKey,
  type AgreementLevel,
  type Store,
} from '@coopsec/store';
import { TLP1_IDS, TLP2_EXTENSION_ID, TLP2_IDS, TLP2_MARKINGS, TLP1_MARKINGS } from '@coopsec/stix';
import { buildApp } from '../packages/server/src/app.ts';
import { addCollection, addMember } from '../packages/server/src/taxii/testing/fixtures.ts';

const SELF = fileURLToPath(import.meta.url);
const TAXII = 'application/taxii+json;version=2.1';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function numberArg(name: string, fallback: number): number {
  const v = argValue(name);
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

// ---------------------------------------------------------------------------------------------
// The world: organisations, users and collections (created by the child, known to the parent).

interface UserSpec {
  readonly name: string;
  readonly orgId: string;
  readonly parent?: string;
  readonly admin?: boolean;
}
const USERS: readonly UserSpec[] = [
  { name: 'alpha-1', orgId: 'alpha' },
  { name: 'alpha-2', orgId: 'alpha' },
  { name: 'beta-1', orgId: 'beta' },
  { name: 'client-1', orgId: 'beta-client', parent: 'beta' },
  { name: 'gamma-1', orgId: 'gamma' },
  { name: 'admin-1', orgId: 'platform', admin: true },
];

interface CollectionSpec {
  readonly root: string;
  readonly id: string;
  readonly owner?: string;
  readonly grants: readonly { orgId: string; read?: boolean; write?: boolean }[];
}
const COLLECTIONS: readonly CollectionSpec[] = [
  {
    root: 'default',
    id: 'shared',
    grants: [
      { orgId: 'alpha', read: true, write: true },
      { orgId: 'beta', read: true, write: true },
      { orgId: 'beta-client', read: true },
    ],
  },
  {
    root: 'default',
    id: 'bulk',
    owner: 'alpha',
    grants: [
      { orgId: 'beta', read: true, write: true },
      { orgId: 'beta-client', read: true },
    ],
  },
  {
    root: 'default',
    id: 'alpha-feed',
    owner: 'alpha',
    grants: [
      { orgId: 'beta', read: true },
      { orgId: 'beta-client', read: true },
    ],
  },
  { root: 'default', id: 'beta-private', owner: 'beta', grants: [] },
  {
    root: 'partners',
    id: 'exchange',
    grants: [
      { orgId: 'alpha', read: true, write: true },
      { orgId: 'gamma', read: true },
    ],
  },
];
const AGREEMENTS: readonly {
  from: string;
  to: string;
  collection: string;
  levels: AgreementLevel[];
}[] = [
  { from: 'alpha', to: 'beta', collection: 'shared', levels: ['green', 'amber'] },
  { from: 'beta', to: 'alpha', collection: 'shared', levels: ['amber+strict'] },
  { from: 'alpha', to: 'beta', collection: 'bulk', levels: ['amber'] },
  { from: 'alpha', to: 'beta', collection: 'alpha-feed', levels: ['amber+strict'] },
  { from: 'alpha', to: 'gamma', collection: 'exchange', levels: ['green'] },
];

interface WorldUser {
  readonly name: string;
  readonly orgId: string;
  readonly userId: string;
  readonly userName: string;
  readonly key: string;
  readonly keyId: string;
  readonly admin: boolean;
}
interface World {
  readonly users: readonly WorldUser[];
  readonly revokedKeys: readonly string[];
}

function keyIdOf(key: string): string {
  return parseApiKey(key)?.id ?? '';
}

async function populate(store: Store): Promise<World> {
  const users: WorldUser[] = [];
  for (const u of USERS) {
    const m = await addMember(store, {
      orgId: u.orgId,
      userName: u.name,
      ...(u.parent !== undefined ? { parent: u.parent } : {}),
      ...(u.admin === true ? { admin: true } : {}),
    });
    users.push({ ...m, name: u.name, keyId: keyIdOf(m.key), admin: u.admin === true });
  }
  for (const c of COLLECTIONS) {
    if (c.root === 'default') await addCollection(store, c.id, c.grants, c.owner);
    else {
      const repo = new CollectionRepository(store);
      await repo.add({ id: c.id, title: c.id, ownerOrg: c.owner ?? null, apiRoot: c.root });
      for (const g of c.grants)
        await repo.grant({
          collectionId: c.id,
          orgId: g.orgId,
          canRead: g.read === true,
          canWrite: g.write === true,
        });
    }
  }
  for (const a of AGREEMENTS)
    await new AgreementRepository(store).add({
      fromOrg: a.from,
      toOrg: a.to,
      collectionId: a.collection,
      levels: a.levels,
    });
  // Two revoked keys: a second key of alpha-1, and the only key of a user of its own.
  const keys = new ApiKeyRepository(store);
  const alpha1 = users[0];
  if (alpha1 === undefined) throw new Error('no users');
  const second = await keys.create({ userId: alpha1.userId });
  await keys.revoke(second.id);
  const gone = await addMember(store, { orgId: 'alpha', userName: 'alpha-revoked' });
  await keys.revoke(keyIdOf(gone.key));
  return { users, revokedKeys: [second.key, gone.key] };
}

// ---------------------------------------------------------------------------------------------
// Child process: the server under test.

async function serveChild(): Promise<void> {
  const dir = argValue('--serve-child') ?? '';
  const maxContentLength = numberArg('--max-content-length', 1024 * 1024);
  const store = await openStore(join(dir, 'fuzz.db'));
  const world = process.argv.includes('--setup') ? await populate(store) : undefined;
  // Fastify logs "incoming request" (with method and URL) before a handler's error: remember
  // the request of each reqId, forward errors with it, forget it on "request completed".
  const inflight = new Map<string, string>();
  const reqIdOf = (line: string) => /"reqId":"([^"]*)"/.exec(line)?.[1] ?? '';
  let forwarded = 0;
  const stream = {
    write(line: string): void {
      if (line.includes('"msg":"incoming request"')) {
        const o = JSON.parse(line) as {
          reqId?: string;
          req?: { method?: string; url?: string; remotePort?: number };
        };
        inflight.set(
          o.reqId ?? '',
          `${o.req?.method ?? '?'} ${o.req?.url ?? '?'} ${o.req?.remotePort ?? 0}`,
        );
        return;
      }
      if (line.includes('"msg":"request completed"')) {
        inflight.delete(reqIdOf(line));
        return;
      }
      const o = JSON.parse(line) as {
        level?: number;
        reqId?: string;
        msg?: string;
        err?: { type?: string; message?: string; stack?: string };
      };
      if ((o.level ?? 0) < 50 || forwarded > 5000) return;
      forwarded += 1;
      const stack = (o.err?.stack ?? '')
        .split('\n')
        .slice(1)
        .map((s) => s.trim())
        .filter((s) => !s.includes('node_modules') && !s.startsWith('at new Promise'))
        .slice(0, 3)
        .map((s) => s.replace(/\(file:\/\/.*?\/(packages|bench)\//, '($1/'));
      process.stderr.write(
        `${JSON.stringify({
          fuzzServerError: true,
          request: inflight.get(o.reqId ?? '') ?? '?',
          msg: o.msg,
          type: o.err?.type,
          message: (o.err?.message ?? '').slice(0, 200),
          stack,
        })}\n`,
      );
    },
  };
  const app = await buildApp({ store, logger: { level: 'info', stream }, maxContentLength });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ ready: true, port, world })}\n`);
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness.

class Rng {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0 || 0x9e3779b9;
  }
  /** mulberry32 */
  next(): number {
    let t = (this.#s = (this.#s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[this.int(list.length)] as T;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, e) => s + e[1], 0);
    let r = this.next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(16)];
    return s;
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`;
  }
  timestamp(): string {
    const start = Date.UTC(2020, 0, 1);
    return new Date(start + this.int(5 * 365 * 86_400) * 1000 + this.int(1000)).toISOString();
  }
}

// ---------------------------------------------------------------------------------------------
// Requests.

interface Req {
  readonly kind: string;
  readonly variant: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string | string[]>;
  readonly body?: Buffer;
  readonly chunked?: boolean;
  /** Sent over a bare socket: the exact bytes after the request line and headers. */
  readonly raw?: { readonly head: string; readonly body: Buffer; readonly waitMs: number };
  readonly bodyDesc: string;
  /** Ids of objects in this POST that a correct server stores (valid objects). */
  readonly posted?: readonly PostedObject[];
  /** Whether to read back what this POST stored, by every user. */
  readonly readBack?: boolean;
  readonly collection?: CollectionSpec;
  readonly user?: WorldUser;
  /** Valid objects only: a correct server answers 202 with this many failures. */
  readonly expectFailures?: number;
}

interface PostedObject {
  readonly id: string;
  readonly type: string;
  readonly modified: string;
  readonly collection: CollectionSpec;
  readonly poster: WorldUser;
  readonly object?: Record<string, unknown>;
}

type Status = number | 'timeout' | 'reset' | 'no-answer' | 'client-error';

interface Outcome {
  readonly status: Status;
  readonly bytes: number;
  readonly text: string;
  readonly ms: number;
  readonly error?: string;
  /** A reset on a kept-alive socket the server had just closed (retried once on a new one). */
  readonly reused?: boolean;
  /** The client's port: with the method and URL, it names the request in the server's log. */
  readonly port?: number;
  readonly contentType?: string;
}

const CAPTURE = 256 * 1024;

function sendHttp(
  target: { agent: http.Agent; port: number },
  req: Req,
  timeoutMs: number,
  capture: boolean,
): Promise<Outcome> {
  const { agent, port } = target;
  return new Promise((resolve) => {
    const start = performance.now();
    let done = false;
    const timers: NodeJS.Timeout[] = [];
    let localPort: number | undefined;
    const finish = (o: Omit<Outcome, 'ms'>) => {
      if (done) return;
      done = true;
      for (const t of timers) clearTimeout(t);
      resolve({
        ...o,
        ms: performance.now() - start,
        ...(localPort !== undefined ? { port: localPort } : {}),
      });
    };
    let r: http.ClientRequest;
    try {
      r = http.request({
        host: '127.0.0.1',
        port,
        method: req.method,
        path: req.path,
        headers: req.headers,
        agent,
      });
    } catch (error) {
      finish({ status: 'client-error', bytes: 0, text: '', error: String(error) });
      return;
    }
    timers.push(
      setTimeout(() => {
        finish({ status: 'timeout', bytes: 0, text: '' });
        r.destroy();
      }, timeoutMs),
    );
    r.on('socket', (socket) => {
      if (socket.localPort !== undefined) localPort = socket.localPort;
      else socket.once('connect', () => (localPort = socket.localPort));
    });
    r.on('response', (res) => {
      if (res.socket.localPort !== undefined) localPort = res.socket.localPort;
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (c: Buffer) => {
        if ((capture || (res.statusCode ?? 0) >= 500) && bytes < CAPTURE) chunks.push(c);
        bytes += c.length;
      });
      const end = () =>
        finish({
          status: res.statusCode ?? 0,
          bytes,
          text: Buffer.concat(chunks).toString('utf8'),
          contentType: res.headers['content-type'] ?? '',
        });
      res.on('end', end);
      res.on('aborted', end);
      res.on('error', end);
    });
    r.on('error', (error: NodeJS.ErrnoException) =>
      finish({
        status: 'reset',
        bytes: 0,
        text: '',
        error: error.code ?? error.message,
        reused: r.reusedSocket,
      }),
    );
    const body = req.body;
    if (body === undefined) r.end();
    else if (req.chunked === true) {
      const piece = 64 * 1024;
      const write = (offset: number): void => {
        if (done) return;
        if (offset >= body.length) {
          r.end();
          return;
        }
        const ok = r.write(body.subarray(offset, offset + piece));
        if (ok) setImmediate(() => write(offset + piece));
        else r.once('drain', () => write(offset + piece));
      };
      write(0);
    } else r.end(body);
  });
}

/** A request over a bare socket, for what an HTTP client refuses to send (lying Content-Length). */
function sendRaw(port: number, req: Req, timeoutMs: number): Promise<Outcome> {
  const raw = req.raw;
  if (raw === undefined) throw new Error('not a raw request');
  return new Promise((resolve) => {
    const start = performance.now();
    let data = '';
    let done = false;
    const socket = net.connect(port, '127.0.0.1');
    const finish = (status: Status, error?: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({
        status,
        bytes: data.length,
        text: data,
        ms: performance.now() - start,
        ...(error !== undefined ? { error } : {}),
      });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('connect', () => {
      socket.write(`${req.method} ${req.path} HTTP/1.1\r\n${raw.head}\r\n`);
      socket.write(raw.body);
      // The body is incomplete on purpose: give up waiting after waitMs (the server is
      // expected to wait for the rest, or to answer early with 413).
      setTimeout(() => finish(data === '' ? 'no-answer' : statusOf(data)), raw.waitMs);
    });
    socket.on('data', (c: Buffer) => {
      data += c.toString('latin1');
      if (data.includes('\r\n\r\n')) finish(statusOf(data));
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish(data === '' ? 'reset' : statusOf(data), error.code),
    );
    socket.on('close', () => finish(data === '' ? 'reset' : statusOf(data)));
  });
}

function statusOf(head: string): Status {
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(head);
  return m?.[1] !== undefined ? Number(m[1]) : 'reset';
}

// ---------------------------------------------------------------------------------------------
// STIX material.

const TLP_IDS: readonly string[] = [...Object.values(TLP2_IDS), ...Object.values(TLP1_IDS)];
const VALID_PATTERNS: readonly string[] = [
  "[ipv4-addr:value = '198.51.100.1']",
  "[domain-name:value = 'example.com']",
  "[url:value = 'http://example.com/download/payload.exe']",
  "[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4']",
  "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  "[ipv4-addr:value ISSUBSET '203.0.113.0/24']",
  "[email-addr:value = 'attacker@example.com']",
  "[network-traffic:dst_port = 443 AND network-traffic:protocols[*] = 'tcp']",
  "[file:name = 'a.exe'] FOLLOWEDBY [process:name = 'cmd.exe'] WITHIN 300 SECONDS",
  "[domain-name:value MATCHES '^evil\\\\.example\\\\.(com|net)$'] OR [ipv4-addr:value = '192.0.2.7']",
];
const BAD_PATTERNS: readonly string[] = [
  '',
  '[',
  ']',
  '[ipv4-addr:value = ',
  "[ipv4-addr:value = '1.2.3.4'",
  "ipv4-addr:value = '1.2.3.4'",
  "[ipv4-addr:value == '1.2.3.4']",
  "[nope:value = 'x']",
  '[a:b = 1] FOLLOWEDBY',
  "[ipv4-addr:value = '1.2.3.4'] WITHIN -5 SECONDS",
  "[ipv4-addr:value = '1.2.3.4'] REPEATS 0 TIMES",
  "[ipv4-addr:value = t'2024-13-01T00:00:00Z']",
  "[ipv4-addr:value = b'!!!']",
  '[ipv4-addr:value IN ()]',
  "[ipv4-addr:value MATCHES '(a+)+$']",
  "[ipv4-addr:value = '\u0000']",
  `${'('.repeat(1000)}[ipv4-addr:value = '1.2.3.4']${')'.repeat(1000)}`,
  `${'('.repeat(20_000)}[ipv4-addr:value = '1.2.3.4']${')'.repeat(20_000)}`,
  `${'['.repeat(5000)}`,
  `[ipv4-addr:value = '${'a'.repeat(100_000)}']`,
  `[x:y = 1]${' AND [x:y = 1]'.repeat(3000)}`,
  `[x:y = 1${' AND x:y = 1'.repeat(3000)}]`,
  `[file:${'a.'.repeat(5000)}b = 1]`,
];
const BAD_TIMESTAMPS: readonly unknown[] = [
  '2024-13-01T00:00:00Z',
  '2024-02-30T00:00:00Z',
  '2024-01-01T24:00:01Z',
  '2024-01-01T00:00:60Z',
  '2024-01-01',
  '2024-01-01T00:00:00',
  '2024-01-01 00:00:00Z',
  '2024-01-01T00:00:00+25:00',
  ' 2024-01-01T00:00:00Z',
  '2024-01-01T00:00:00Z\u0000',
  'yesterday',
  '',
  'NaN',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '99999-01-01T00:00:00Z',
  `2024-01-01T00:00:00.${'9'.repeat(5000)}Z`,
  1_704_067_200_000,
  null,
  true,
  {},
  [],
];
const WRONG_VALUES: readonly unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  true,
  false,
  null,
  '',
  'x',
  'indicator--not-a-uuid',
  [],
  [null],
  [1, 'a', {}],
  {},
  { a: 1 },
  [[[[]]]],
  '\u0000',
];
const UNICODE: readonly string[] = [
  'Ünïcödé ✓',
  '日本語のインジケーター',
  '🦠💣🔥👩‍👩‍👧‍👦',
  'RTL \u202eexe.txt\u202c',
  'zero\u200bwidth\u200d',
  `e${'\u0301'.repeat(200)}`,
  'lone high \ud800 surrogate',
  'lone low \udfff surrogate',
  'nul \u0000 inside',
  '\ufeffBOM first',
  'non-characters \uffff\ufffe',
  'astral \u{10FFFF}\u{1F600}',
  'line\u2028separator\u2029',
  'ﷺ Ω≈ç√∫ ⁦isolate⁩',
];
const UNICODE_KEYS: readonly string[] = [
  'x_ключ',
  'x_🦠',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'x_\u0000nul',
  'x_\ud800',
  '',
  'x_a.b',
  'x_[0]',
];
const UNKNOWN_MARKING_REFS: readonly unknown[] = [
  'marking-definition--00000000-0000-4000-8000-000000000000',
  'not-a-marking',
  'indicator--11111111-1111-4111-8111-111111111111',
  '',
  123,
  null,
  'marking-definition--',
  `marking-definition--${'f'.repeat(5000)}`,
];

function deepText(shape: 'array' | 'object' | 'mixed', depth: number): string {
  if (shape === 'array') return `${'['.repeat(depth)}"leaf"${']'.repeat(depth)}`;
  if (shape === 'object') return `${'{"a":'.repeat(depth)}"leaf"${'}'.repeat(depth)}`;
  const half = Math.max(1, Math.floor(depth / 2));
  return `${'{"a":['.repeat(half)}"leaf"${']}'.repeat(half)}`;
}
function deepSelector(shape: 'array' | 'object' | 'mixed', depth: number, prop: string): string {
  if (shape === 'array') return prop + '.[0]'.repeat(depth);
  if (shape === 'object') return prop + '.a'.repeat(depth);
  return prop + '.a.[0]'.repeat(Math.max(1, Math.floor(depth / 2)));
}
/** The brief's depths, and the server's documented limit (64 levels) and either side of it. */
const DEPTHS = [10, 60, 63, 64, 65, 100, 1000, 5000, 20_000] as const;
const PLACEHOLDER = 'FUZZ_DEEP_PLACEHOLDER';

/** JSON text of `object` with the string PLACEHOLDER replaced by raw JSON `deep`. */
function withDeep(object: unknown, deep: string): string {
  return JSON.stringify(object).split(`"${PLACEHOLDER}"`).join(deep);
}

function kb(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(2)} MiB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${n} B`;
}

// ---------------------------------------------------------------------------------------------
// The generator.

type Kind =
  | 'discovery'
  | 'api-root'
  | 'collections'
  | 'collection'
  | 'manifest'
  | 'objects-get'
  | 'object-get'
  | 'versions'
  | 'status'
  | 'delete'
  | 'bad-query'
  | 'long-id'
  | 'traversal'
  | 'bad-auth'
  | 'bad-accept'
  | 'wrong-method'
  | 'post-valid'
  | 'post-many-objects'
  | 'post-version'
  | 'post-wrong-type'
  | 'post-missing-required'
  | 'post-bad-timestamp'
  | 'post-bad-pattern'
  | 'post-unknown-marking'
  | 'post-nonstandard-tlp'
  | 'post-huge-string'
  | 'post-unicode'
  | 'post-deep'
  | 'post-deep-granular'
  | 'post-deep-body'
  | 'post-not-json'
  | 'post-not-object'
  | 'post-objects-not-list'
  | 'post-truncated'
  | 'post-wrong-content-type'
  | 'post-oversized'
  | 'post-just-under'
  | 'raw-lying-length';

const WEIGHTS: readonly (readonly [Kind, number])[] = [
  ['discovery', 1.5],
  ['api-root', 1.5],
  ['collections', 1.5],
  ['collection', 2],
  ['manifest', 4],
  ['objects-get', 8],
  ['object-get', 5],
  ['versions', 3],
  ['status', 3],
  ['delete', 3],
  ['bad-query', 6],
  ['long-id', 1.5],
  ['traversal', 3],
  ['bad-auth', 4],
  ['bad-accept', 2],
  ['wrong-method', 3],
  ['post-valid', 8],
  ['post-many-objects', 0.1],
  ['post-version', 3],
  ['post-wrong-type', 5],
  ['post-missing-required', 3],
  ['post-bad-timestamp', 3],
  ['post-bad-pattern', 3],
  ['post-unknown-marking', 2],
  ['post-nonstandard-tlp', 2],
  ['post-huge-string', 1.2],
  ['post-unicode', 3],
  ['post-deep', 4],
  ['post-deep-granular', 3],
  ['post-deep-body', 1.5],
  ['post-not-json', 2],
  ['post-not-object', 1.5],
  ['post-objects-not-list', 1.5],
  ['post-truncated', 2],
  ['post-wrong-content-type', 2],
  ['post-oversized', 0.4],
  ['post-just-under', 0.25],
  ['raw-lying-length', 0.4],
];

class Generator {
  readonly rng: Rng;
  readonly world: World;
  readonly maxContentLength: number;
  readonly posted: PostedObject[] = [];
  readonly statusIds: { id: string; user: WorldUser }[] = [];
  readonly runStart = Date.now();

  constructor(seed: number, world: World, maxContentLength: number) {
    this.rng = new Rng(seed);
    this.world = world;
    this.maxContentLength = maxContentLength;
  }

  user(): WorldUser {
    return this.rng.pick(this.world.users);
  }
  auth(u: WorldUser): Record<string, string> {
    const r = this.rng.next();
    const value =
      r < 0.8
        ? `Bearer ${u.key}`
        : r < 0.9
          ? `Basic ${Buffer.from(`${u.keyId}:${u.key}`).toString('base64')}`
          : `Basic ${Buffer.from(`${u.userName}:${u.key}`).toString('base64')}`;
    return { accept: TAXII, authorization: value };
  }
  canWrite(u: WorldUser, c: CollectionSpec): boolean {
    return u.admin || c.owner === u.orgId || c.grants.some((g) => g.orgId === u.orgId && g.write);
  }
  /** A collection, usually one the user may write, sometimes any. */
  writeTarget(u: WorldUser): CollectionSpec {
    const writable = COLLECTIONS.filter((c) => this.canWrite(u, c));
    return writable.length > 0 && this.rng.chance(0.85)
      ? this.rng.pick(writable)
      : this.rng.pick(COLLECTIONS);
  }
  collectionPath(c: CollectionSpec): string {
    return `/taxii2/${c.root}/collections/${c.id}/`;
  }
  anyCollection(): { root: string; id: string } {
    const r = this.rng.next();
    if (r < 0.85) return this.rng.pick(COLLECTIONS);
    if (r < 0.92) return { root: 'default', id: 'no-such-collection' };
    if (r < 0.96) return { root: 'partners', id: 'shared' };
    return { root: 'no-such-root', id: 'shared' };
  }
  postedObject(): PostedObject | undefined {
    return this.posted.length === 0 ? undefined : this.rng.pick(this.posted);
  }
  objectId(): string {
    const p = this.postedObject();
    if (p !== undefined && this.rng.chance(0.8)) return p.id;
    return `${this.rng.pick(['indicator', 'note', 'sighting', 'marking-definition'])}--${this.rng.uuid()}`;
  }
  tlpRefs(): string[] {
    const n = this.rng.weighted([
      [0, 3],
      [1, 6],
      [2, 1],
    ] as const);
    return Array.from({ length: n }, () => this.rng.pick(TLP_IDS));
  }
  recipients(): string[] {
    const n = 1 + this.rng.int(3);
    return Array.from({ length: n }, () => {
      const u = this.user();
      return this.rng.chance(0.5) ? u.userName : u.userId;
    });
  }
  markings(o: Record<string, unknown>): void {
    const refs = this.tlpRefs();
    if (refs.length > 0) o.object_marking_refs = refs;
    if (this.rng.chance(0.35)) {
      const candidates = ['name', 'description', 'labels.[0]', 'external_references.[0]'].filter(
        (s) => {
          const head = s.split('.')[0] ?? '';
          return o[head] !== undefined;
        },
      );
      if (candidates.length > 0) {
        const g: Record<string, unknown>[] = [
          { marking_ref: this.rng.pick(TLP_IDS), selectors: [this.rng.pick(candidates)] },
        ];
        if (this.rng.chance(0.3)) g.push({ lang: 'en', selectors: [this.rng.pick(candidates)] });
        o.granular_markings = g;
      }
    }
    if (refs.some((r) => r === TLP2_IDS.red || r === TLP1_IDS.red) || this.rng.chance(0.1))
      o.x_coopsec_recipients = this.recipients();
  }
  times(): { created: string; modified: string } {
    const created = this.rng.timestamp();
    const modified = this.rng.chance(0.5)
      ? created
      : new Date(Date.parse(created) + this.rng.int(86_400_000)).toISOString();
    return { created, modified };
  }
  indicator(): Record<string, unknown> {
    const t = this.times();
    const o: Record<string, unknown> = {
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--${this.rng.uuid()}`,
      created: t.created,
      modified: t.modified,
      name: `fuzz indicator ${this.rng.hex(6)}`,
      pattern: this.rng.pick(VALID_PATTERNS),
      pattern_type: 'stix',
      valid_from: t.created,
    };
    if (this.rng.chance(0.6)) o.description = `fuzzed description ${this.rng.hex(16)}`;
    if (this.rng.chance(0.4)) o.indicator_types = ['malicious-activity'];
    if (this.rng.chance(0.3)) o.labels = ['fuzz', this.rng.hex(4)];
    if (this.rng.chance(0.2))
      o.external_references = [{ source_name: 'fuzz', url: 'https://example.org/fuzz' }];
    this.markings(o);
    return o;
  }
  note(refs?: string[]): Record<string, unknown> {
    const t = this.times();
    const o: Record<string, unknown> = {
      type: 'note',
      spec_version: '2.1',
      id: `note--${this.rng.uuid()}`,
      created: t.created,
      modified: t.modified,
      content: `fuzz note ${this.rng.hex(12)}`,
      object_refs: refs ?? [this.objectId().replace(/^marking-definition/, 'indicator')],
    };
    if (this.rng.chance(0.5)) o.abstract = 'fuzz abstract';
    if (this.rng.chance(0.3)) o.authors = ['fuzzer'];
    this.markings(o);
    return o;
  }
  sighting(): Record<string, unknown> {
    const t = this.times();
    const first = t.created;
    const o: Record<string, unknown> = {
      type: 'sighting',
      spec_version: '2.1',
      id: `sighting--${this.rng.uuid()}`,
      created: t.created,
      modified: t.modified,
      sighting_of_ref: this.objectId().replace(/^(note|sighting|marking-definition)/, 'indicator'),
      count: this.rng.int(1000),
      first_seen: first,
      last_seen: new Date(Date.parse(first) + this.rng.int(86_400_000)).toISOString(),
    };
    if (this.rng.chance(0.5)) o.where_sighted_refs = [`identity--${this.rng.uuid()}`];
    this.markings(o);
    return o;
  }
  statementMarking(): Record<string, unknown> {
    return {
      type: 'marking-definition',
      spec_version: '2.1',
      id: `marking-definition--${this.rng.uuid()}`,
      created: this.rng.timestamp(),
      definition_type: 'statement',
      name: 'fuzz statement',
      definition: { statement: `Copyright fuzz ${this.rng.hex(4)}` },
    };
  }
  validObject(): Record<string, unknown> {
    return this.rng.weighted<() => Record<string, unknown>>([
      [() => this.indicator(), 6],
      [() => this.note(), 2],
      [() => this.sighting(), 2],
      [() => this.statementMarking(), 1],
      [() => structuredClone(this.rng.pick([...Object.values(TLP2_MARKINGS)])), 0.5],
      [() => structuredClone(this.rng.pick([...Object.values(TLP1_MARKINGS)])), 0.5],
    ])();
  }

  listQuery(): string {
    const parts: string[] = [];
    const r = this.rng;
    if (r.chance(0.9)) parts.push(`limit=${r.pick([1, 2, 5, 10, 20, 50, 100])}`);
    if (r.chance(0.4)) {
      const at = this.runStart + r.next() * (Date.now() - this.runStart);
      parts.push(`added_after=${new Date(at).toISOString()}`);
    }
    if (r.chance(0.2))
      parts.push(`match[type]=${r.pick(['indicator', 'note', 'sighting', 'indicator,note'])}`);
    if (r.chance(0.2)) parts.push(`match[id]=${encodeURIComponent(this.objectId())}`);
    if (r.chance(0.25))
      parts.push(`match[version]=${r.pick(['first', 'last', 'all', 'first,last', r.timestamp()])}`);
    if (r.chance(0.1)) parts.push('match[spec_version]=2.1');
    if (r.chance(0.1)) parts.push(`next=${Buffer.from(`v1.${r.int(5000)}`).toString('base64url')}`);
    return parts.length > 0 ? `?${parts.join('&')}` : '';
  }

  get(kind: Kind, variant: string, path: string, u = this.user()): Req {
    return { kind, variant, method: 'GET', path, headers: this.auth(u), bodyDesc: '', user: u };
  }

  post(
    kind: Kind,
    variant: string,
    body: string | Buffer,
    options: {
      posted?: PostedObject[];
      readBack?: boolean;
      user?: WorldUser;
      collection?: CollectionSpec;
      contentType?: string | undefined;
      desc?: string;
      expectFailures?: number;
    } = {},
  ): Req {
    const u = options.user ?? this.user();
    const c = options.collection ?? this.writeTarget(u);
    const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    const headers: Record<string, string> = { ...this.auth(u) };
    const ct = 'contentType' in options ? options.contentType : TAXII;
    if (ct !== undefined) headers['content-type'] = ct;
    const writable = this.canWrite(u, c);
    return {
      kind,
      variant,
      method: 'POST',
      path: `${this.collectionPath(c)}objects/`,
      headers,
      body: buffer,
      bodyDesc: `${options.desc ?? variant} (${kb(buffer.length)})`,
      posted: writable ? (options.posted ?? []) : [],
      readBack: writable && options.readBack !== false,
      collection: c,
      user: u,
      ...(writable && options.expectFailures !== undefined
        ? { expectFailures: options.expectFailures }
        : {}),
    };
  }

  /** POST of objects built here; `valid` ones are remembered for later reads, versions, deletes. */
  postObjects(
    kind: Kind,
    variant: string,
    objects: readonly Record<string, unknown>[],
    options: { valid: boolean; text?: string; collection?: CollectionSpec; user?: WorldUser },
  ): Req {
    const u = options.user ?? this.user();
    const c = options.collection ?? this.writeTarget(u);
    const text = options.text ?? JSON.stringify({ objects });
    const posted: PostedObject[] = [];
    for (const o of objects) {
      if (typeof o.id !== 'string' || typeof o.type !== 'string') continue;
      const modified =
        typeof o.modified === 'string'
          ? o.modified
          : typeof o.created === 'string'
            ? o.created
            : '';
      posted.push({
        id: o.id,
        type: o.type,
        modified,
        collection: c,
        poster: u,
        ...(options.valid && o.type === 'indicator' && text.length < 20_000 ? { object: o } : {}),
      });
    }
    if (this.canWrite(u, c) && options.valid) {
      for (const p of posted) {
        this.posted.push(p);
        if (this.posted.length > 2000) this.posted.splice(0, 500);
      }
    }
    return this.post(kind, variant, text, {
      posted,
      user: u,
      collection: c,
      desc: `${objects.length} object(s) [${[...new Set(objects.map((o) => String(o.type)))].join(', ')}]`,
      ...(options.valid ? { expectFailures: 0 } : {}),
    });
  }

  next(): Req {
    const kind = this.rng.weighted(WEIGHTS);
    const r = this.rng;
    switch (kind) {
      case 'discovery':
        return this.get(kind, 'GET /taxii2/', r.pick(['/taxii2/', '/taxii2']));
      case 'api-root': {
        const root = r.pick(['default', 'partners', 'default', 'nope', '%2e%2e']);
        return this.get(kind, `root ${root}`, `/taxii2/${root}/`);
      }
      case 'collections': {
        const root = r.pick(['default', 'partners', 'nope']);
        return this.get(kind, `root ${root}`, `/taxii2/${root}/collections/`);
      }
      case 'collection': {
        const c = this.anyCollection();
        return this.get(kind, `${c.root}/${c.id}`, `/taxii2/${c.root}/collections/${c.id}/`);
      }
      case 'manifest':
      case 'objects-get': {
        const c = this.anyCollection();
        const what = kind === 'manifest' ? 'manifest' : 'objects';
        const q = r.chance(0.03) ? '' : this.listQuery();
        return this.get(
          kind,
          `${what} ${q === '' ? 'no params' : 'params'}`,
          `/taxii2/${c.root}/collections/${c.id}/${what}/${q}`,
        );
      }
      case 'object-get':
      case 'versions': {
        const p = this.postedObject();
        const c = p !== undefined && r.chance(0.8) ? p.collection : this.anyCollection();
        const id = p !== undefined && r.chance(0.8) ? p.id : this.objectId();
        const suffix = kind === 'versions' ? 'versions/' : '';
        const q =
          kind === 'versions'
            ? r.chance(0.5)
              ? `?limit=${1 + r.int(5)}`
              : ''
            : r.chance(0.5)
              ? `?match[version]=${r.pick(['all', 'first', 'last', p?.modified ?? r.timestamp()])}`
              : '';
        return this.get(
          kind,
          kind === 'versions' ? 'versions' : 'object by id',
          `/taxii2/${c.root}/collections/${c.id}/objects/${encodeURIComponent(id)}/${suffix}${q}`,
        );
      }
      case 'status': {
        const s = this.statusIds.length > 0 && r.chance(0.8) ? r.pick(this.statusIds) : undefined;
        const own = s !== undefined && r.chance(0.6);
        const u = own ? s.user : this.user();
        const id =
          s?.id ??
          r.pick([r.uuid(), 'garbage', '..', 'x'.repeat(2000), '%00', r.uuid().toUpperCase()]);
        const root = r.chance(0.9) ? 'default' : r.pick(['partners', 'nope']);
        return this.get(
          kind,
          s === undefined ? 'unknown status id' : own ? 'own status' : 'status, any user',
          `/taxii2/${root}/status/${encodeURIComponent(id)}/`,
          u,
        );
      }
      case 'delete': {
        const p = this.postedObject();
        const u = p !== undefined && r.chance(0.5) ? p.poster : this.user();
        const c = p?.collection ?? this.anyCollection();
        const id = p?.id ?? this.objectId();
        const q = r.pick([
          '',
          '',
          '?match[version]=all',
          '?match[version]=last',
          '?match[version]=first',
          `?match[version]=${p?.modified ?? 'garbage'}`,
          '?match[version]=garbage',
          '?match[spec_version]=2.1',
        ]);
        if (p !== undefined && q === '' && u === p.poster) {
          const i = this.posted.indexOf(p);
          if (i >= 0) this.posted.splice(i, 1);
        }
        return {
          kind,
          variant: u === p?.poster ? 'delete by poster' : 'delete by another user',
          method: 'DELETE',
          path: `/taxii2/${c.root}/collections/${c.id}/objects/${encodeURIComponent(id)}/${q}`,
          headers: this.auth(u),
          bodyDesc: '',
          user: u,
        };
      }
      case 'bad-query':
        return this.badQuery();
      case 'long-id': {
        const n = r.pick([300, 2000, 8000, 15_000, 20_000]);
        const id = `indicator--${'a'.repeat(n)}`;
        const where = r.pick(['object', 'versions', 'delete', 'match[id]'] as const);
        const base = '/taxii2/default/collections/shared/objects/';
        const u = this.user();
        return {
          kind,
          variant: `${where}, id of ${n} chars`,
          method: where === 'delete' ? 'DELETE' : 'GET',
          path:
            where === 'match[id]'
              ? `${base}?match[id]=${id}`
              : `${base}${id}/${where === 'versions' ? 'versions/' : ''}`,
          headers: this.auth(u),
          bodyDesc: '',
          user: u,
        };
      }
      case 'traversal':
        return this.traversal();
      case 'bad-auth':
        return this.badAuth();
      case 'bad-accept': {
        const accept = r.pick([
          'application/json',
          'application/taxii+json;version=2.0',
          'text/html',
          'application/taxii+json;q=0',
          'application/taxii+json;version=2.1;q=abc',
          '*/*;q=0',
          '',
          'application/*',
          ';;;',
          'application/taxii+json; version="2.1"',
          'a'.repeat(8000),
          'application/stix+json;version=2.1',
        ]);
        const u = this.user();
        return {
          kind,
          variant: `Accept: ${accept.slice(0, 40)}`,
          method: 'GET',
          path: r.pick([
            '/taxii2/',
            '/taxii2/default/collections/',
            '/taxii2/default/collections/shared/objects/?limit=5',
          ]),
          headers: { ...this.auth(u), accept },
          bodyDesc: '',
          user: u,
        };
      }
      case 'wrong-method': {
        const u = this.user();
        const path = r.pick([
          '/taxii2/',
          '/taxii2/default/',
          '/taxii2/default/collections/',
          '/taxii2/default/collections/shared/',
          '/taxii2/default/collections/shared/manifest/',
          '/taxii2/default/collections/shared/objects/',
          `/taxii2/default/collections/shared/objects/${this.objectId()}/`,
          `/taxii2/default/collections/shared/objects/${this.objectId()}/versions/`,
          `/taxii2/default/status/${r.uuid()}/`,
        ]);
        const method = r.pick([
          'PUT',
          'PATCH',
          'DELETE',
          'POST',
          'OPTIONS',
          'HEAD',
          'PROPFIND',
          'SEARCH',
          'FUZZ',
          'GET',
        ]);
        const withBody = method !== 'HEAD' && r.chance(0.5);
        return {
          kind,
          variant: `${method}${withBody ? ' with a body' : ''}`,
          method,
          path,
          headers: { ...this.auth(u), ...(withBody ? { 'content-type': TAXII } : {}) },
          ...(withBody
            ? { body: Buffer.from(JSON.stringify({ objects: [this.indicator()] })) }
            : {}),
          bodyDesc: withBody ? 'envelope with one indicator' : '',
          user: u,
        };
      }
      case 'post-valid': {
        const n = r.weighted([
          [1, 4],
          [3, 3],
          [10, 2],
          [40, 1],
        ] as const);
        const objects: Record<string, unknown>[] = [];
        for (let i = 0; i < n; i++) objects.push(this.validObject());
        // Some objects marked with a statement marking defined in the same envelope.
        if (r.chance(0.2)) {
          const m = this.statementMarking();
          const o = this.indicator();
          o.object_marking_refs = [
            m.id,
            ...(Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as unknown[]) : []),
          ];
          objects.push(m, o);
        }
        // And notes and sightings about objects of the same envelope.
        const first = objects.find((o) => o.type === 'indicator');
        if (first !== undefined && r.chance(0.3)) objects.push(this.note([String(first.id)]));
        return this.postObjects(kind, 'valid objects', objects, { valid: true });
      }
      case 'post-many-objects': {
        // As many small objects as fit in a quarter of max_content_length; every third one
        // invalid, so that the status resource lists hundreds of failures.
        const objects: Record<string, unknown>[] = [];
        let size = 20;
        while (size < this.maxContentLength / 4) {
          const o =
            objects.length % 3 === 2
              ? { type: 'indicator', id: `indicator--${r.uuid()}` }
              : this.statementMarking();
          size += JSON.stringify(o).length + 1;
          objects.push(o);
        }
        const u = r.pick(this.world.users.filter((x) => x.orgId === 'alpha'));
        return this.postObjects(kind, 'many small objects, one in three invalid', objects, {
          valid: false,
          user: u,
          collection: COLLECTIONS[1],
        });
      }
      case 'post-version': {
        const p = this.posted.filter((x) => x.object !== undefined);
        const prev = p.length > 0 ? r.pick(p) : undefined;
        if (prev?.object === undefined)
          return this.postObjects(kind, 'valid objects', [this.indicator()], { valid: true });
        const o = structuredClone(prev.object);
        const same = r.chance(0.2);
        o.modified = same
          ? prev.modified
          : new Date(Date.parse(prev.modified) + 1 + r.int(1000_000)).toISOString();
        // An exact copy is stored once (or kept as the writer's own when they cannot see the
        // first); a changed version is refused to anyone but the origin organisation.
        if (!same) o.name = `fuzz indicator v${r.hex(4)}`;
        const byOrigin = r.chance(0.6);
        const u = byOrigin ? prev.poster : this.user();
        // Whether the server keeps it depends on what ran first (other clients may have deleted
        // the first version, or posted their own copy of the id): no expectation is checked.
        const { expectFailures: _unchecked, ...req } = this.postObjects(
          kind,
          same
            ? 'same version again'
            : byOrigin
              ? 'new version by poster'
              : 'new version, any user',
          [o],
          { valid: same || u.orgId === prev.poster.orgId, user: u, collection: prev.collection },
        );
        return req;
      }
      case 'post-wrong-type': {
        const o = this.validObject();
        const keys = Object.keys(o);
        if (r.chance(0.1)) {
          for (const k of keys) o[k] = this.wrongValue(o[k]);
          return this.postObjects(
            kind,
            `${String(o.type)}: every property of the wrong type`,
            [o],
            { valid: false },
          );
        }
        const k = r.pick(keys);
        const type = String(o.type);
        o[k] = this.wrongValue(o[k]);
        return this.postObjects(
          kind,
          `${type}.${k} of the wrong type (${JSON.stringify(o[k]).slice(0, 20)})`,
          [o],
          {
            valid: false,
          },
        );
      }
      case 'post-missing-required': {
        const o = this.validObject();
        const required: Record<string, string[]> = {
          indicator: ['pattern', 'pattern_type', 'valid_from'],
          note: ['content', 'object_refs'],
          sighting: ['sighting_of_ref'],
          'marking-definition': ['definition_type', 'definition'],
        };
        const list = [
          'type',
          'id',
          'spec_version',
          'created',
          'modified',
          ...(required[String(o.type)] ?? []),
        ];
        const all = r.chance(0.1);
        const gone = all ? list : [r.pick(list)];
        const type = String(o.type);
        for (const k of gone) delete o[k];
        return this.postObjects(
          kind,
          `${type} without ${all ? 'any required property' : gone.join(',')}`,
          [o],
          {
            valid: false,
          },
        );
      }
      case 'post-bad-timestamp': {
        const o = r.chance(0.7) ? this.indicator() : this.sighting();
        const fields =
          o.type === 'indicator'
            ? ['created', 'modified', 'valid_from', 'valid_until']
            : ['created', 'modified', 'first_seen', 'last_seen'];
        const f = r.pick(fields);
        const bad = r.chance(0.15) ? 'before-created' : r.pick(BAD_TIMESTAMPS);
        if (bad === 'before-created')
          o[f === 'created' ? 'modified' : f] = new Date(
            Date.parse(String(o.created)) - 86_400_000,
          ).toISOString();
        else o[f] = bad;
        return this.postObjects(
          kind,
          `${String(o.type)}.${f} = ${typeof bad === 'string' ? bad.slice(0, 30) : JSON.stringify(bad)}`,
          [o],
          { valid: false },
        );
      }
      case 'post-bad-pattern': {
        const o = this.indicator();
        const pattern = r.pick(BAD_PATTERNS);
        o.pattern = pattern;
        if (r.chance(0.2)) o.pattern_type = r.pick(['snort', 'sigma', '', 'STIX', 42]);
        if (r.chance(0.1)) o.pattern = r.pick([42, null, ['[a:b = 1]'], { pattern: 'x' }]);
        return this.postObjects(
          kind,
          `pattern ${typeof o.pattern === 'string' ? `${o.pattern.slice(0, 30)}… (${o.pattern.length} chars)` : JSON.stringify(o.pattern)}`,
          [o],
          { valid: false },
        );
      }
      case 'post-unknown-marking': {
        const o = this.indicator();
        const ref = r.pick(UNKNOWN_MARKING_REFS);
        const where = r.pick([
          'object',
          'granular',
          'not a list',
          'granular lang+ref',
          'bad selector',
        ] as const);
        if (where === 'object') o.object_marking_refs = [ref];
        else if (where === 'not a list') o.object_marking_refs = ref;
        else if (where === 'granular')
          o.granular_markings = [{ marking_ref: ref, selectors: ['name'] }];
        else if (where === 'granular lang+ref')
          o.granular_markings = [{ marking_ref: TLP2_IDS.amber, lang: 'en', selectors: ['name'] }];
        else
          o.granular_markings = [
            {
              marking_ref: TLP2_IDS.red,
              selectors: [
                r.pick([
                  '',
                  'nonexistent.[5]',
                  'name.[0]',
                  '.',
                  'labels.[99]',
                  'id',
                  '[0]',
                  'name..x',
                ]),
              ],
            },
          ];
        return this.postObjects(
          kind,
          `marking ${where}: ${JSON.stringify(ref).slice(0, 40)}`,
          [o],
          {
            valid: false,
          },
        );
      }
      case 'post-nonstandard-tlp':
        return this.nonStandardTlp();
      case 'post-huge-string': {
        const o = this.indicator();
        const size = r.pick([64 * 1024, 256 * 1024, Math.floor(this.maxContentLength / 2)]);
        const where = r.pick([
          'description',
          'name',
          'x_fuzz_blob',
          'key',
          'many properties',
          'long list',
        ] as const);
        if (where === 'key') o[`x_${'k'.repeat(size)}`] = 1;
        else if (where === 'many properties')
          for (let i = 0; i < Math.floor(size / 32); i++) o[`x_p${i}`] = i;
        else if (where === 'long list')
          o.labels = Array.from({ length: Math.floor(size / 4) }, (_, i) => String(i % 10));
        else o[where] = r.pick(['A', 'é', '🦠', '\u0000']).repeat(Math.floor(size / 4));
        return this.postObjects(kind, `huge ${where} (~${kb(size)})`, [o], {
          valid: where === 'description' || where === 'x_fuzz_blob' || where === 'long list',
          collection: r.chance(0.5) ? COLLECTIONS[1] : undefined,
        });
      }
      case 'post-unicode':
        return this.unicode();
      case 'post-deep':
        return this.deep();
      case 'post-deep-granular':
        return this.deepGranular();
      case 'post-deep-body': {
        const depth = r.pick(DEPTHS);
        const shape = r.pick(['array', 'object', 'mixed'] as const);
        const deep = deepText(shape, depth);
        const form = r.pick(['whole body', 'objects[0]', 'objects', 'envelope key'] as const);
        const text =
          form === 'whole body'
            ? deep
            : form === 'objects[0]'
              ? `{"objects":[${deep}]}`
              : form === 'objects'
                ? `{"objects":${deep}}`
                : `{"more":${deep},"objects":[]}`;
        return this.post(kind, `${shape} ×${depth} as ${form}`, text, { readBack: false });
      }
      case 'post-not-json': {
        const body = r.pick([
          'hello',
          '{',
          '{"objects": [}',
          '',
          "{'objects': []}",
          '{"objects": [1,]}',
          '\u0000\u0001\u0002',
          'NaN',
          '{"objects": [] } trailing',
          '<xml/>',
          '\ufeff{"objects":[]}',
        ]);
        const binary = r.chance(0.15);
        return this.post(
          kind,
          binary ? 'binary garbage' : `not JSON: ${JSON.stringify(body).slice(0, 30)}`,
          binary ? Buffer.from(Array.from({ length: 512 }, () => r.int(256))) : body,
          { readBack: false },
        );
      }
      case 'post-not-object': {
        const body = r.pick([
          '[]',
          '42',
          '"str"',
          'null',
          'true',
          '[{"objects":[]}]',
          '[{"type":"indicator"}]',
          '-0',
          '1e999',
        ]);
        return this.post(kind, `JSON that is not an object: ${body}`, body, { readBack: false });
      }
      case 'post-objects-not-list': {
        const value = r.pick([
          '{}',
          '"x"',
          '1',
          'null',
          'true',
          `{"0":${JSON.stringify(this.indicator())}}`,
        ]);
        return this.post(kind, `objects = ${value.slice(0, 20)}`, `{"objects":${value}}`, {
          readBack: false,
        });
      }
      case 'post-truncated': {
        const text = JSON.stringify({
          objects: [this.indicator(), this.note(), { x: UNICODE[2] }],
        });
        const buffer = Buffer.from(text, 'utf8');
        const cut = 1 + r.int(buffer.length - 2);
        return this.post(kind, 'envelope cut short', buffer.subarray(0, cut), {
          readBack: false,
          desc: `envelope cut at byte ${cut} of ${buffer.length}`,
        });
      }
      case 'post-wrong-content-type': {
        const ct = r.pick([
          'application/json',
          'application/stix+json;version=2.1',
          'application/taxii+json;version=2.0',
          'text/plain',
          undefined,
          'application/taxii+json;version=2.1;charset=utf-16',
          'multipart/form-data; boundary=x',
          'application/taxii+json ; version="2.1"',
          '',
          'application/x-www-form-urlencoded',
          'application/TAXII+JSON;VERSION=2.1',
        ]);
        return this.post(
          kind,
          `Content-Type: ${ct === undefined ? '(none)' : JSON.stringify(ct)}`,
          JSON.stringify({ objects: [this.indicator()] }),
          {
            contentType: ct,
            readBack: false,
          },
        );
      }
      case 'post-oversized': {
        const size = r.pick([
          this.maxContentLength + 1,
          this.maxContentLength + 4096,
          2 * this.maxContentLength,
        ]);
        const chunked = r.chance(0.4);
        const req = this.post(
          kind,
          `${chunked ? 'chunked, ' : ''}max_content_length + ${size - this.maxContentLength} bytes`,
          this.paddedEnvelope(size),
          {
            readBack: false,
          },
        );
        return { ...req, chunked };
      }
      case 'post-just-under': {
        const size = this.maxContentLength - r.pick([0, 1, 100]);
        const stored = r.chance(0.5);
        const u = r.pick(this.world.users.filter((x) => x.orgId === 'alpha'));
        const c = COLLECTIONS[1];
        if (c === undefined) throw new Error('no bulk collection');
        if (stored) {
          const o = this.indicator();
          const skeleton = JSON.stringify({ objects: [{ ...o, description: '' }] });
          o.description = 'D'.repeat(size - Buffer.byteLength(skeleton));
          return this.postObjects(
            kind,
            `one object of ${kb(size)} (max_content_length − ${this.maxContentLength - size})`,
            [o],
            {
              valid: true,
              user: u,
              collection: c,
            },
          );
        }
        return this.post(
          kind,
          `whitespace-padded envelope, max_content_length − ${this.maxContentLength - size}`,
          this.paddedEnvelope(size),
          {
            user: u,
            collection: c,
            readBack: false,
          },
        );
      }
      case 'raw-lying-length': {
        const u = this.user();
        const small = Buffer.from(JSON.stringify({ objects: [this.indicator()] }));
        const form = r.pick(['truncated body', 'declared over max_content_length'] as const);
        const declared =
          form === 'truncated body' ? small.length + 1000 : this.maxContentLength + 1;
        return {
          kind,
          variant: form,
          method: 'POST',
          path: '/taxii2/default/collections/shared/objects/',
          headers: {},
          raw: {
            head: `Host: 127.0.0.1\r\nAccept: ${TAXII}\r\nAuthorization: Bearer ${u.key}\r\nContent-Type: ${TAXII}\r\nContent-Length: ${declared}\r\nConnection: close\r\n`,
            body: small.subarray(0, Math.floor(small.length / 2)),
            waitMs: 300,
          },
          bodyDesc: `Content-Length ${declared}, ${Math.floor(small.length / 2)} bytes sent, then the client goes away`,
          user: u,
        };
      }
    }
  }

  wrongValue(original: unknown): unknown {
    const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    for (let i = 0; i < 20; i++) {
      const v = this.rng.pick(WRONG_VALUES);
      if (typeOf(v) !== typeOf(original)) return structuredClone(v);
    }
    return 42;
  }

  paddedEnvelope(size: number): Buffer {
    const head = Buffer.from(JSON.stringify({ objects: [this.indicator()] }));
    if (size <= head.length) return head.subarray(0, size);
    const b = Buffer.alloc(size, 0x20);
    head.copy(b, 0, 0, head.length - 1);
    b[size - 1] = 0x7d; // the closing brace after the padding
    return b;
  }

  badQuery(): Req {
    const r = this.rng;
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    const q = r.pick([
      'limit=-1',
      'limit=0',
      'limit=abc',
      'limit=1.5',
      'limit=1e3',
      'limit=99999999999999999999',
      'limit=999999999',
      'limit=10001',
      'limit=',
      'limit=1&limit=2',
      'limit=%00',
      'limit=%205',
      'limit=0x10',
      'added_after=garbage',
      'added_after=2024-13-01T00:00:00Z',
      'added_after=',
      'added_after=2024-01-01T00:00:00Z&added_after=2024-01-02T00:00:00Z',
      `added_after=${'9'.repeat(5000)}`,
      'added_after=%2B275760-09-13T00:00:00.000Z',
      'added_after=0001-01-01T00:00:00Z',
      'next=garbage',
      'next=',
      `next=${b64('v1.-1')}`,
      `next=${b64('v1.99999999999999999999')}`,
      `next=${b64('v1.999999999999999')}`,
      `next=${b64('v2.5')}`,
      'next=%ff%fe',
      'next=a&next=b',
      `next=${'A'.repeat(10_000)}`,
      'match[version]=garbage',
      'match[version]=',
      'match[version]=first,garbage',
      'match[version]=2024-13-01T00:00:00Z',
      'match[version]=,,,',
      'match[version]=all&match[version]=first',
      `match[version]=${Array.from({ length: 500 }, () => r.timestamp()).join(',')}`,
      'match[spec_version]=x',
      'match[spec_version]=2.1,garbage',
      `match[type]=${'x'.repeat(5000)}`,
      `match[id]=${Array.from({ length: 300 }, () => `indicator--${r.uuid()}`).join(',')}`,
      'match[unknown]=1',
      'match[]=1',
      'match=1',
      'match[id]=%00',
      '%zz=1',
      'limit[]=1',
      'match[id][0]=x',
      '__proto__=1',
      'constructor[prototype][x]=1',
      `a=${'b'.repeat(14_000)}`,
      '&&&&&&&&&&&&',
      'match[type]=indicator&match[type]=note&match[type]=sighting',
    ]);
    const c = this.anyCollection();
    const where = r.pick([
      'manifest/',
      'objects/',
      `objects/${encodeURIComponent(this.objectId())}/`,
      `objects/${encodeURIComponent(this.objectId())}/versions/`,
      'delete',
    ]);
    const u = this.user();
    const path = `/taxii2/${c.root}/collections/${c.id}/${where === 'delete' ? `objects/${encodeURIComponent(this.objectId())}/` : where}?${q}`;
    return {
      kind: 'bad-query',
      variant: `${where.startsWith('objects/') && where.length > 8 ? (where.endsWith('versions/') ? 'versions' : 'object') : where} ?${q.slice(0, 40)}`,
      method: where === 'delete' ? 'DELETE' : 'GET',
      path,
      headers: this.auth(u),
      bodyDesc: '',
      user: u,
    };
  }

  traversal(): Req {
    const r = this.rng;
    const id = this.objectId();
    const path = r.pick([
      '/taxii2/default/collections/shared/objects/../../../../etc/passwd/',
      '/taxii2/default/collections/shared/objects/%2e%2e%2f%2e%2e%2fetc%2fpasswd/',
      '/taxii2/default/collections/shared/objects/..%2f..%2fbeta-private/',
      '/taxii2/default/collections/shared/objects/%2e%2e/%2e%2e/',
      '/taxii2/default/collections/shared/objects/....//....//',
      '/taxii2/default/collections/shared/objects/..\\..\\windows\\win.ini/',
      '/taxii2/default/collections/shared/objects/%00/',
      `/taxii2/default/collections/shared/objects/${id}%00/`,
      '/taxii2/default/collections/shared/objects/%/',
      '/taxii2/default/collections/shared/objects/%zz/',
      '/taxii2/default/collections/shared/objects/%c0%ae%c0%ae%c0%af/',
      '/taxii2/default/collections/shared/objects/%ff/',
      '/taxii2/default/collections/../../../',
      '//taxii2//default//collections//shared//objects//',
      '/taxii2/./default/./collections/shared/objects/',
      `/taxii2/default/collections/shared/objects/${id}/versions/../../../../../`,
      '/taxii2/%2e%2e/',
      '/taxii2/default/collections/%2e%2e/objects/',
      '/taxii2/default/collections/shared%2F..%2Fbeta-private/objects/',
      '/taxii2/default/status/../collections/',
      '/taxii2/default/collections/shared/objects/?match[id]=../../x',
      '/taxii2/default/collections/shared;jsessionid=1/objects/',
      '/taxii2/default/collections/shared/objects/*/',
      `/taxii2/default/collections/shared/objects/${id}/versions/versions/versions/`,
      '/taxii2/default/collections/shared/objects/#fragment',
      `/taxii2/default/collections/beta-private/objects/${id}/`,
      '/taxii2/default/collections/shared/objects/indicator--\u00e9\u00ff/',
      `/taxii2/default/collections/shared/objects/${encodeURIComponent('indicator--ünïcödé-🦠')}/`,
      '/taxii2/default/collections/shared/objects/%252e%252e%252f/',
      '/taxii2/default/collections/shared/objects/%5c..%5c..%5c/',
      '/../../taxii2/',
      '/taxii2/default/collections/shared/objects/%20/',
    ]);
    const u = this.user();
    const method = r.pick(['GET', 'GET', 'DELETE', 'POST']);
    return {
      kind: 'traversal',
      variant: `${method} ${path.slice(0, 70)}`,
      method,
      path,
      headers: {
        ...this.auth(u),
        ...(method === 'POST' ? { 'content-type': TAXII } : {}),
      },
      ...(method === 'POST'
        ? { body: Buffer.from(JSON.stringify({ objects: [this.indicator()] })) }
        : {}),
      bodyDesc: method === 'POST' ? 'envelope with one indicator' : '',
      user: u,
    };
  }

  badAuth(): Req {
    const r = this.rng;
    const u = this.user();
    const other = this.user();
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const revoked = r.pick(this.world.revokedKeys);
    const options: [string, string | string[] | undefined][] = [
      ['no Authorization', undefined],
      ['Bearer', 'Bearer'],
      ['Bearer (empty)', 'Bearer '],
      ['unknown key', `Bearer csk_${r.hex(8)}_${r.hex(43)}`],
      ['key plus a character', `Bearer ${u.key}x`],
      ['key minus a character', `Bearer ${u.key.slice(0, -1)}`],
      ['revoked key', `Bearer ${revoked}`],
      ['revoked key, Basic', `Basic ${b64(`${keyIdOf(revoked)}:${revoked}`)}`],
      [
        'Basic, another user name',
        `Basic ${b64(`${other.userName === u.userName ? 'nobody' : other.userName}:${u.key}`)}`,
      ],
      ['Basic, no password', `Basic ${b64(`${u.userName}:`)}`],
      ['Basic, empty user', `Basic ${b64(`:${u.key}`)}`],
      ['Basic, not base64', 'Basic !!!notbase64!!!'],
      ['Basic, no colon', `Basic ${b64('nocolon')}`],
      ['Digest', 'Digest username="x", realm="y"'],
      ['lower-case bearer', `bearer ${u.key}`],
      ['huge token', `Bearer ${'a'.repeat(8000)}`],
      ['two keys in one header', `Bearer ${u.key} ${other.key}`],
      ['two Authorization headers', [`Bearer ${u.key}`, `Bearer ${other.key}`]],
      ['latin-1 byte', 'Bearer csk_\u00ff\u00fe'],
      ['only the key id', `Bearer csk_${u.keyId}`],
      ['Basic, id with a unicode user', `Basic ${b64(`ünï:${u.key}`)}`],
    ];
    const [variant, value] = r.pick(options);
    const path = r.pick([
      '/taxii2/',
      '/taxii2/default/',
      '/taxii2/default/collections/',
      '/taxii2/default/collections/shared/objects/?limit=3',
      `/taxii2/default/collections/shared/objects/${this.objectId()}/`,
      '/taxii2/default/collections/shared/manifest/?limit=3',
      `/taxii2/default/status/${r.uuid()}/`,
    ]);
    const post = r.chance(0.2);
    const headers: Record<string, string | string[]> = { accept: TAXII };
    if (value !== undefined) headers.authorization = value;
    if (post) headers['content-type'] = TAXII;
    return {
      kind: 'bad-auth',
      variant,
      method: post ? 'POST' : 'GET',
      path: post ? '/taxii2/default/collections/shared/objects/' : path,
      headers,
      ...(post ? { body: Buffer.from(JSON.stringify({ objects: [this.indicator()] })) } : {}),
      bodyDesc: post ? 'envelope with one indicator' : '',
      user: u,
    };
  }

  nonStandardTlp(): Req {
    const r = this.rng;
    const created = r.timestamp();
    const id = `marking-definition--${r.uuid()}`;
    const variants: [string, Record<string, unknown>][] = [
      [
        'definition_type tlp, new id',
        { id, definition_type: 'tlp', definition: { tlp: 'green' }, name: 'TLP:GREEN' },
      ],
      [
        'TLP 2.0 extension, new id',
        {
          id,
          name: 'TLP:AMBER',
          extensions: {
            [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber' },
          },
        },
      ],
      [
        'standard TLP 2.0 GREEN id, says CLEAR',
        {
          id: TLP2_IDS.green,
          name: 'TLP:CLEAR',
          extensions: {
            [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'clear' },
          },
        },
      ],
      [
        'standard TLP 1.0 WHITE id, says RED',
        { id: TLP1_IDS.white, definition_type: 'tlp', definition: { tlp: 'red' }, name: 'TLP:RED' },
      ],
      [
        'tlp_2_0 purple',
        {
          id,
          name: 'TLP:PURPLE',
          extensions: {
            [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'purple' },
          },
        },
      ],
      [
        'definition tlp ultraviolet',
        { id, definition_type: 'tlp', definition: { tlp: 'ultraviolet' } },
      ],
      [
        'definition_type TLP (upper case)',
        { id, definition_type: 'TLP', definition: { tlp: 'amber' } },
      ],
      ['tlp definition as a string', { id, definition_type: 'tlp', definition: 'green' }],
    ];
    const [variant, fields] = r.pick(variants);
    const marking: Record<string, unknown> = {
      type: 'marking-definition',
      spec_version: '2.1',
      created,
      ...fields,
    };
    const o = this.indicator();
    const ref = String(marking.id);
    if (r.chance(0.5)) o.object_marking_refs = [ref];
    else o.granular_markings = [{ marking_ref: ref, selectors: ['name'] }];
    return this.postObjects(
      'post-nonstandard-tlp',
      variant,
      r.chance(0.2) ? [marking] : [marking, o],
      {
        valid: false,
      },
    );
  }

  unicode(): Req {
    const r = this.rng;
    const o = this.indicator();
    const form = r.pick([
      'values',
      'keys',
      'id',
      'recipients',
      'invalid UTF-8 bytes',
      'pattern',
      'prototype keys under granular markings',
    ] as const);
    if (form === 'prototype keys under granular markings') {
      // Own properties named like Object.prototype members (JSON.parse makes them own
      // properties), selected by TLP:RED granular markings that readers get redacted.
      const own = (target: Record<string, unknown>, key: string, value: unknown) =>
        Object.defineProperty(target, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      const inner: Record<string, unknown> = {};
      own(inner, '__proto__', { polluted: true });
      own(inner, 'constructor', { prototype: { polluted: true } });
      own(o, '__proto__', { x: 1, polluted: true });
      own(o, 'constructor', 'overridden');
      own(o, 'x_fuzz_proto', inner);
      o.granular_markings = [
        {
          marking_ref: TLP2_IDS.red,
          selectors: r.pick([
            ['__proto__'],
            ['__proto__.x'],
            ['constructor'],
            ['x_fuzz_proto.__proto__.polluted', 'x_fuzz_proto.constructor.prototype'],
            ['x_fuzz_proto.__proto__', '__proto__.polluted'],
          ]),
        },
      ];
      o.object_marking_refs = [TLP2_IDS.green];
      return this.postObjects('post-unicode', 'prototype keys under granular markings', [o], {
        valid: false,
      });
    }
    if (form === 'values') {
      o.name = r.pick(UNICODE);
      o.description = UNICODE.join(' | ');
      o.labels = [r.pick(UNICODE), r.pick(UNICODE)];
      return this.postObjects('post-unicode', 'unicode values', [o], { valid: true });
    }
    if (form === 'keys') {
      const key = r.pick(UNICODE_KEYS);
      Object.defineProperty(o, key, {
        value: r.pick(UNICODE),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return this.postObjects('post-unicode', `unicode key ${JSON.stringify(key)}`, [o], {
        valid: false,
      });
    }
    if (form === 'id') {
      o.id = `indicator--${r.pick(['ünïcödé', '🦠', '\u0000', '\ud800', 'a\u202eb'])}-${r.uuid()}`;
      return this.postObjects('post-unicode', 'unicode in id', [o], { valid: false });
    }
    if (form === 'recipients') {
      o.object_marking_refs = [TLP2_IDS.red];
      if (r.chance(0.3)) {
        // Thousands of real names in any case: every entry is looked up.
        o.x_coopsec_recipients = Array.from({ length: 2000 }, () => {
          const name = this.user().userName;
          return r.chance(0.5) ? name.toUpperCase() : name;
        });
        return this.postObjects('post-unicode', '2,000 recipients (real names, any case)', [o], {
          valid: true,
        });
      }
      o.x_coopsec_recipients = [r.pick(UNICODE), 'nobody-at-all', 42, null, this.user().userName];
      return this.postObjects('post-unicode', 'recipients that name no user', [o], {
        valid: false,
      });
    }
    if (form === 'pattern') {
      o.pattern = `[domain-name:value = '${r.pick(UNICODE).replace(/'/g, '')}']`;
      return this.postObjects('post-unicode', 'unicode in pattern', [o], { valid: true });
    }
    const text = Buffer.from(JSON.stringify({ objects: [{ ...o, name: 'BADBYTES' }] }));
    const at = text.indexOf('BADBYTES');
    const bad = Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0xf8]);
    bad.copy(text, at);
    return this.post('post-unicode', 'invalid UTF-8 bytes in a string', text, { readBack: true });
  }

  deep(): Req {
    const r = this.rng;
    const depth = r.pick(DEPTHS);
    const shape = r.pick(['array', 'object', 'mixed'] as const);
    const where = r.pick([
      'custom property',
      'custom property next to description',
      'note, next to content',
      'property extension',
      'x_coopsec_recipients',
      'external_references[0]',
    ] as const);
    let o: Record<string, unknown>;
    if (where === 'note, next to content') {
      o = this.note();
      o.x_content_details = PLACEHOLDER;
    } else {
      o = this.indicator();
      if (where === 'custom property') o.x_fuzz_deep = PLACEHOLDER;
      else if (where === 'custom property next to description') {
        o.description = 'an indicator whose neighbour property is deep';
        o.x_description_details = PLACEHOLDER;
      } else if (where === 'property extension')
        o.extensions = {
          'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e': {
            extension_type: 'property-extension',
            deep: PLACEHOLDER,
          },
        };
      else if (where === 'x_coopsec_recipients') o.x_coopsec_recipients = PLACEHOLDER;
      else o.external_references = [{ source_name: 'fuzz', x_deep: PLACEHOLDER }];
    }
    const text = withDeep({ objects: [o] }, deepText(shape, depth));
    return this.postObjects('post-deep', `${shape} ×${depth} in ${where}`, [o], {
      valid: false,
      text,
    });
  }

  deepGranular(): Req {
    const r = this.rng;
    const depth = r.pick(DEPTHS);
    const shape = r.pick(['array', 'object', 'mixed'] as const);
    const o = this.indicator();
    o.description = 'granular markings point into deep nesting';
    o.x_fuzz_deep = PLACEHOLDER;
    const level = r.pick([TLP2_IDS.red, TLP2_IDS['amber+strict'], TLP2_IDS.amber, TLP2_IDS.green]);
    const target = r.pick(['leaf', 'middle', 'top'] as const);
    const full = deepSelector(shape, depth, 'x_fuzz_deep');
    const selector =
      target === 'top'
        ? 'x_fuzz_deep'
        : target === 'leaf'
          ? full
          : full
              .split('.')
              .slice(0, Math.max(2, Math.floor(full.split('.').length / 2)))
              .join('.');
    o.granular_markings = [
      { marking_ref: level, selectors: [selector] },
      { marking_ref: TLP2_IDS.red, selectors: ['description'] },
    ];
    o.object_marking_refs = [TLP2_IDS.green];
    const text = withDeep({ objects: [o] }, deepText(shape, depth));
    const name = Object.entries(TLP2_IDS).find(([, v]) => v === level)?.[0] ?? '?';
    return this.postObjects(
      'post-deep-granular',
      `${shape} ×${depth}, TLP:${name.toUpperCase()} selector at the ${target}`,
      [o],
      { valid: false, text },
    );
  }

  /** Reads by every user of what a POST stored; deterministic given the POST. */
  followUps(req: Req, seq: number, statusId: string | undefined): Req[] {
    const r = new Rng(seq * 7919 + 17);
    const out: Req[] = [];
    const c = req.collection;
    const ids = (req.posted ?? []).map((p) => p.id).filter((id) => id !== '');
    if (c === undefined) return out;
    const base = this.collectionPath(c);
    const id = ids.length > 0 ? r.pick(ids) : undefined;
    const from = `${req.kind}: ${req.variant}`;
    for (const u of this.world.users) {
      const what = r.pick(
        id === undefined
          ? (['objects', 'manifest'] as const)
          : (['object', 'object', 'objects by id', 'versions', 'manifest', 'objects'] as const),
      );
      let path: string;
      if (what === 'object') path = `${base}objects/${encodeURIComponent(id ?? '')}/`;
      else if (what === 'objects by id')
        path = `${base}objects/?match[id]=${encodeURIComponent(ids.slice(0, 20).join(','))}`;
      else if (what === 'versions')
        path = `${base}objects/${encodeURIComponent(id ?? '')}/versions/`;
      else {
        const after = new Date(Date.now() - 5000).toISOString();
        path = `${base}${what}/?limit=${r.pick([5, 20, 100])}&added_after=${after}`;
      }
      out.push({
        kind: `read-after-write: ${what}`,
        variant: `${what} by ${u.name} after ${from}`,
        method: 'GET',
        path,
        headers: { accept: TAXII, authorization: `Bearer ${u.key}` },
        bodyDesc: '',
        user: u,
      });
    }
    if (statusId !== undefined) {
      for (const u of [req.user ?? this.world.users[0], r.pick(this.world.users)]) {
        if (u === undefined) continue;
        out.push({
          kind: 'read-after-write: status',
          variant: `status by ${u.name} after ${from}`,
          method: 'GET',
          path: `/taxii2/${c.root}/status/${statusId}/`,
          headers: { accept: TAXII, authorization: `Bearer ${u.key}` },
          bodyDesc: '',
          user: u,
        });
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Parent: run, watch, report.

interface KindStats {
  count: number;
  statuses: Map<string, number>;
  fivexx: number;
}
interface Finding {
  readonly seq: number;
  readonly kind: string;
  readonly variant: string;
  readonly method: string;
  readonly path: string;
  readonly bodyDesc: string;
  readonly status: Status;
  readonly response: string;
  readonly port: number;
}
interface ServerError {
  readonly request: string;
  readonly type?: string;
  readonly message?: string;
  readonly stack?: string[];
}

function rssMb(pid: number | undefined): { rss: number; hwm: number } {
  if (pid === undefined) return { rss: 0, hwm: 0 };
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const get = (name: string) =>
      Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
    return { rss: get('VmRSS'), hwm: get('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

interface ServerHandle {
  child: ChildProcess;
  port: number;
  world?: World;
  stderrTail: string;
  exited: boolean;
}

function startChild(
  dir: string,
  maxContentLength: number,
  setup: boolean,
  onError: (e: ServerError) => void,
): Promise<ServerHandle> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        SELF,
        '--serve-child',
        dir,
        '--max-content-length',
        String(maxContentLength),
        ...(setup ? ['--setup'] : []),
      ],
      // stdin stays open: the child exits when it closes, so no server outlives the fuzzer.
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const handle: ServerHandle = { child, port: 0, stderrTail: '', exited: false };
    let out = '';
    let err = '';
    let ready = false;
    const timer = setTimeout(() => {
      if (!ready) {
        child.kill('SIGKILL');
        reject(new Error(`the server did not start within 90 s: ${handle.stderrTail}`));
      }
    }, 90_000);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const nl = out.indexOf('\n');
      if (!ready && nl >= 0) {
        const msg = JSON.parse(out.slice(0, nl)) as { port: number; world?: World };
        ready = true;
        clearTimeout(timer);
        handle.port = msg.port;
        if (msg.world !== undefined) handle.world = msg.world;
        resolve(handle);
      }
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      let nl: number;
      while ((nl = err.indexOf('\n')) >= 0) {
        const line = err.slice(0, nl);
        err = err.slice(nl + 1);
        if (line.startsWith('{"fuzzServerError"')) onError(JSON.parse(line) as ServerError);
        else handle.stderrTail = (handle.stderrTail + line + '\n').slice(-4000);
      }
    });
    child.on('exit', (code, signal) => {
      handle.exited = true;
      handle.stderrTail += `\n(exit code ${code ?? '-'}, signal ${signal ?? '-'})`;
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`the server exited before it was ready: ${handle.stderrTail}`));
      }
    });
  });
}

function short(text: string, n: number): string {
  return text.length <= n ? text : `${text.slice(0, n)}… (${text.length} chars)`;
}

async function main(): Promise<void> {
  const REQUESTS = numberArg('--requests', 20_000);
  const SEED = numberArg('--seed', 1);
  const SECONDS = numberArg('--seconds', 150);
  const CONCURRENCY = numberArg('--concurrency', 4);
  const MAX_CONTENT_LENGTH = numberArg('--max-content-length', 1024 * 1024);
  const TIMEOUT_MS = numberArg('--timeout-ms', 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-taxii-fuzz-'));
  const serverErrors: ServerError[] = [];
  const onError = (e: ServerError) => {
    if (serverErrors.length < 5000) serverErrors.push(e);
  };
  const t0 = performance.now();
  let server = await startChild(dir, MAX_CONTENT_LENGTH, true, onError);
  // Whatever happens to this process, the server and its files go with it.
  process.on('exit', () => {
    if (!server.exited) server.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const world = server.world;
  if (world === undefined) throw new Error('the server did not report its users');
  let agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY + 2 });
  const admin = world.users.find((u) => u.admin);
  if (admin === undefined) throw new Error('no admin user');

  // TAXII 2.1 §4.2: learn max_content_length from the API root.
  const rootInfo = await sendHttp(
    { agent, port: server.port },
    {
      kind: 'setup',
      variant: '',
      method: 'GET',
      path: '/taxii2/default/',
      headers: { accept: TAXII, authorization: `Bearer ${admin.key}` },
      bodyDesc: '',
    },
    TIMEOUT_MS,
    true,
  );
  const maxContentLength = (JSON.parse(rootInfo.text) as { max_content_length?: number })
    .max_content_length;
  if (typeof maxContentLength !== 'number')
    throw new Error(`no max_content_length: ${rootInfo.text}`);
  const gen = new Generator(SEED, world, maxContentLength);

  const stats = new Map<string, KindStats>();
  const statusTotals = new Map<string, number>();
  const findings: Finding[] = [];
  const crashes: { at: number; inflight: string[]; tail: string; why: string }[] = [];
  const refusedValid: string[] = [];
  const nonTaxiiErrors = new Map<string, { n: number; example: string }>();
  let refusedValidCount = 0;
  const clientErrors: string[] = [];
  let fivexx = 0;
  let timeouts = 0;
  let sent = 0;
  let completed = 0;
  const inflight = new Map<number, Req>();
  let restarting: Promise<void> | undefined;
  const oneShot = new http.Agent({ keepAlive: false });
  const SHOW = argValue('--show');
  let shown = 0;
  let retries = 0;
  let stopped = false;
  const deadline = performance.now() + SECONDS * 1000;
  const stop = () => stopped || sent >= REQUESTS || performance.now() > deadline;

  const rssStart = rssMb(server.child.pid);
  let rssMax = rssStart.rss;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, rssMb(server.child.pid).rss);
  }, 250);

  const restart = async (why: string) => {
    if (restarting !== undefined) return restarting;
    restarting = (async () => {
      crashes.push({
        at: sent,
        inflight: [...inflight.values()].map(
          (q) => `${q.method} ${short(q.path, 120)} — ${q.kind}: ${q.variant}, ${q.bodyDesc}`,
        ),
        tail: server.stderrTail,
        why,
      });
      if (!server.exited) {
        server.child.kill('SIGKILL');
        await new Promise((res) => server.child.once('exit', res));
      }
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY + 2 });
      if (crashes.length > 5) {
        stopped = true;
        return;
      }
      server = await startChild(dir, maxContentLength, false, onError);
    })();
    await restarting;
    restarting = undefined;
  };

  const alive = async (): Promise<boolean> => {
    if (server.exited) return false;
    const probe = await sendHttp(
      { agent, port: server.port },
      {
        kind: 'probe',
        variant: '',
        method: 'GET',
        path: '/taxii2/',
        headers: { accept: TAXII, authorization: `Bearer ${admin.key}` },
        bodyDesc: '',
      },
      10_000,
      false,
    );
    return probe.status === 200;
  };

  const execute = async (req: Req): Promise<Outcome | undefined> => {
    if (restarting !== undefined) await restarting;
    if (stop()) return undefined;
    sent += 1;
    const seq = sent;
    inflight.set(seq, req);
    const showIt = SHOW !== undefined && req.kind.includes(SHOW) && shown < 8;
    const capture = req.method === 'POST' || showIt;
    let outcome =
      req.raw !== undefined
        ? await sendRaw(server.port, req, TIMEOUT_MS)
        : await sendHttp({ agent, port: server.port }, req, TIMEOUT_MS, capture);
    if (outcome.status === 'reset' && outcome.reused === true && !server.exited) {
      // The usual keep-alive race (the server closed an idle or finished connection just as
      // the agent reused it): send once more on a new connection.
      retries += 1;
      outcome = await sendHttp({ agent: oneShot, port: server.port }, req, TIMEOUT_MS, capture);
    }
    if (showIt) {
      shown += 1;
      console.log(
        `[show] ${req.method} ${short(req.path, 160)} (${req.kind}: ${req.variant}; ${req.bodyDesc})\n` +
          `       → ${outcome.status} ${outcome.error ?? ''} ${short(outcome.text, 600)}`,
      );
    }
    inflight.delete(seq);
    completed += 1;
    const key = typeof outcome.status === 'number' ? String(outcome.status) : outcome.status;
    const s = stats.get(req.kind) ?? { count: 0, statuses: new Map<string, number>(), fivexx: 0 };
    s.count += 1;
    s.statuses.set(key, (s.statuses.get(key) ?? 0) + 1);
    stats.set(req.kind, s);
    statusTotals.set(key, (statusTotals.get(key) ?? 0) + 1);
    if (outcome.status === 'client-error') {
      if (clientErrors.length < 10)
        clientErrors.push(`${req.kind}: ${req.variant}: ${outcome.error ?? ''}`);
      return outcome;
    }
    // TAXII 2.1 §3.6.1: errors are TAXII error messages. Node's own parser errors (400 for
    // an unknown method, 431) never reach the application and are not counted.
    if (
      typeof outcome.status === 'number' &&
      outcome.status >= 400 &&
      outcome.contentType !== undefined &&
      !outcome.contentType.startsWith('application/taxii+json') &&
      !(outcome.contentType === '' && (outcome.status === 431 || outcome.status === 400))
    ) {
      const k = `${outcome.status} ${outcome.contentType === '' ? '(no content type)' : outcome.contentType}`;
      const entry = nonTaxiiErrors.get(k) ?? {
        n: 0,
        example: `${req.method} ${short(req.path, 100)} (${req.kind}: ${req.variant})`,
      };
      entry.n += 1;
      nonTaxiiErrors.set(k, entry);
    }
    if (typeof outcome.status === 'number' && outcome.status >= 500) {
      fivexx += 1;
      s.fivexx += 1;
      findings.push({
        seq,
        kind: req.kind,
        variant: req.variant,
        method: req.method,
        path: req.path,
        bodyDesc: req.bodyDesc,
        status: outcome.status,
        response: outcome.text.slice(0, 300),
        port: outcome.port ?? 0,
      });
    }
    if (outcome.status === 'timeout') {
      timeouts += 1;
      findings.push({
        seq,
        kind: req.kind,
        variant: req.variant,
        method: req.method,
        path: req.path,
        bodyDesc: req.bodyDesc,
        status: 'timeout',
        response: '',
        port: outcome.port ?? 0,
      });
    }
    if (server.exited) await restart('the server process exited');
    else if (outcome.status === 'timeout' || outcome.status === 'reset') {
      if (!(await alive()))
        await restart(`the server stopped answering (after a ${outcome.status})`);
    }
    return outcome;
  };

  const worker = async () => {
    while (!stop()) {
      const req = gen.next();
      const outcome = await execute(req);
      if (outcome === undefined) return;
      if (req.method !== 'POST' || outcome.status !== 202) continue;
      let status: {
        id?: string;
        success_count?: number;
        failure_count?: number;
        failures?: { id?: string; message?: string }[];
      } = {};
      try {
        status = JSON.parse(outcome.text) as typeof status;
      } catch {
        // a 202 without a status resource: counted as is
      }
      if (typeof status.id === 'string' && req.user !== undefined) {
        gen.statusIds.push({ id: status.id, user: req.user });
        if (gen.statusIds.length > 500) gen.statusIds.splice(0, 100);
      }
      if (req.expectFailures !== undefined && (status.failure_count ?? 0) > req.expectFailures) {
        refusedValidCount += 1;
        if (refusedValid.length < 10)
          refusedValid.push(
            `${req.kind}: ${req.variant}: ${JSON.stringify(status.failures?.slice(0, 2)).slice(0, 300)}`,
          );
      }
      if (req.readBack === true && (status.success_count ?? 0) > 0) {
        for (const f of gen.followUps(req, sent, status.id)) {
          if ((await execute(f)) === undefined) return;
        }
      }
    }
  };
  const tRun = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const runSeconds = (performance.now() - tRun) / 1000;
  // Let the server settle (audit batches, GC), then measure once more.
  await new Promise((r) => setTimeout(r, 1000));
  const stillAlive = await alive();
  if (!stillAlive && !server.exited)
    crashes.push({
      at: sent,
      inflight: [],
      tail: server.stderrTail,
      why: 'no answer to the final probe',
    });
  else if (server.exited)
    crashes.push({
      at: sent,
      inflight: [],
      tail: server.stderrTail,
      why: 'the server process exited at the end',
    });
  clearInterval(sampler);
  const rssEnd = rssMb(server.child.pid);
  agent.destroy();
  if (!server.exited) {
    server.child.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => {
        server.child.kill('SIGKILL');
        r(undefined);
      }, 10_000);
      server.child.once('exit', () => {
        clearTimeout(t);
        r(undefined);
      });
    });
  }
  rmSync(dir, { recursive: true, force: true });
  const totalSeconds = (performance.now() - t0) / 1000;

  // Report.
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    `TAXII fuzz: seed ${SEED}, ${sent} requests (${completed} answered or timed out) in ${runSeconds.toFixed(1)} s ` +
      `(${(sent / runSeconds).toFixed(0)} req/s, ${CONCURRENCY} clients), max_content_length ${maxContentLength}`,
  );
  console.log(
    `machine: nproc ${cpus().length}, ${cpus()[0]?.model ?? '?'}, node ${process.version}, load ${load}`,
  );
  console.log(
    `server RSS: ${rssStart.rss.toFixed(0)} MB before, ${rssEnd.rss.toFixed(0)} MB after, ${Math.max(rssMax, rssEnd.hwm).toFixed(0)} MB peak`,
  );
  console.log('');
  const rows = [...stats.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const w = Math.max(...rows.map(([k]) => k.length), 4);
  console.log(`${'kind'.padEnd(w)}  ${'n'.padStart(6)}  ${'5xx'.padStart(5)}  statuses`);
  for (const [k, s] of rows) {
    const st = [...s.statuses.entries()]
      .sort()
      .map(([c, n]) => `${c}×${n}`)
      .join(' ');
    console.log(
      `${k.padEnd(w)}  ${String(s.count).padStart(6)}  ${String(s.fivexx).padStart(5)}  ${st}`,
    );
  }
  console.log(
    `${'all'.padEnd(w)}  ${String(sent).padStart(6)}  ${String(fivexx).padStart(5)}  ${[
      ...statusTotals.entries(),
    ]
      .sort()
      .map(([c, n]) => `${c}×${n}`)
      .join(' ')}`,
  );
  console.log('');
  if (clientErrors.length > 0)
    console.log(
      `requests the fuzzer could not send (a bug in the fuzzer):\n  ${clientErrors.join('\n  ')}\n`,
    );
  if (nonTaxiiErrors.size > 0) {
    console.log('error answers that are not TAXII error messages (not a 5xx; TAXII 2.1 §3.6.1):');
    for (const [k, e] of nonTaxiiErrors)
      console.log(`  ${String(e.n).padStart(5)}× ${k}, e.g. ${e.example}`);
    console.log('');
  }
  if (refusedValidCount > 0)
    console.log(
      `valid objects refused (not a 5xx; a validator or fuzzer bug): ${refusedValidCount}\n  ${refusedValid.join('\n  ')}\n`,
    );

  // Each server error names its request by method, URL and client port; hand them out in order.
  const queues = new Map<string, ServerError[]>();
  for (const e of serverErrors) queues.set(e.request, [...(queues.get(e.request) ?? []), e]);
  const causeOf = new Map<Finding, ServerError>();
  for (const f of findings) {
    const e = queues.get(`${f.method} ${f.path} ${f.port}`)?.shift();
    if (e !== undefined) causeOf.set(f, e);
  }
  const causeText = (f: Finding): string => {
    const e = causeOf.get(f);
    return e === undefined
      ? `${f.status} (no server log line)`
      : `${e.type ?? '?'}: ${(e.message ?? '').slice(0, 80)} ${e.stack?.[0] ?? ''}`;
  };
  if (findings.length > 0) {
    console.log(
      `first ${Math.min(20, findings.length)} of ${findings.length} findings (5xx and timeouts):`,
    );
    for (const f of findings.slice(0, 20)) {
      console.log(`  #${f.seq} ${f.status} ${f.method} ${short(f.path, 140)}`);
      console.log(
        `      ${f.kind}: ${f.variant}${f.bodyDesc !== '' ? ` — body: ${f.bodyDesc}` : ''}`,
      );
      console.log(`      server: ${causeText(f)}`);
    }
    console.log('');
    // Distinct kinds: the request kind and the server's error, with the variants that hit it.
    const groups = new Map<string, { n: number; variants: Map<string, number> }>();
    for (const f of findings) {
      const key = `${f.kind} → ${causeText(f)}`;
      const g = groups.get(key) ?? { n: 0, variants: new Map<string, number>() };
      g.n += 1;
      const v = f.variant.replace(/ by [a-z]+-\d after .*$/, '');
      g.variants.set(v, (g.variants.get(v) ?? 0) + 1);
      groups.set(key, g);
    }
    console.log(`distinct findings (${groups.size}):`);
    for (const [k, g] of [...groups.entries()].sort((a, b) => b[1].n - a[1].n)) {
      console.log(`  ${String(g.n).padStart(5)}× ${k}`);
      const vs = [...g.variants.entries()].sort((a, b) => b[1] - a[1]);
      console.log(
        `         ${vs
          .slice(0, 12)
          .map(([v, n]) => `${v} (${n})`)
          .join('; ')}${vs.length > 12 ? `; and ${vs.length - 12} more` : ''}`,
      );
    }
    console.log('');
  }
  if (serverErrors.length > 0) {
    const causes = new Map<string, number>();
    for (const e of serverErrors) {
      const k = `${e.type ?? '?'}: ${(e.message ?? '').slice(0, 80)} @ ${(e.stack ?? []).join(' < ')}`;
      causes.set(k, (causes.get(k) ?? 0) + 1);
    }
    console.log('server-side errors (from the server log):');
    for (const [k, n] of [...causes.entries()].sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(n).padStart(5)}× ${k}`);
    console.log('');
  }
  for (const c of crashes) {
    console.log(`CRASH after request ${c.at}: ${c.why}`);
    for (const q of c.inflight) console.log(`  in flight: ${q}`);
    console.log(
      `  server stderr (tail):\n${c.tail
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n')}`,
    );
  }
  if (retries > 0)
    console.log(`resent on a new connection after a keep-alive reset: ${retries} requests`);
  if (timeouts > 0)
    console.log(`timeouts: ${timeouts} requests got no answer within ${TIMEOUT_MS} ms`);
  if (sent < REQUESTS)
    console.log(
      `stopped early by the time limit (${SECONDS} s) or by crashes: ${sent} of ${REQUESTS} requests sent`,
    );
  console.log(`total time ${totalSeconds.toFixed(1)} s`);
  console.log(`fuzz: ${sent} requests, ${fivexx} answers of 5xx, ${crashes.length} crashes`);
  if (fivexx > 0 || crashes.length > 0 || timeouts > 0) process.exitCode = 1;
}

if (process.argv.includes('--serve-child')) await serveChild();
else await main();
