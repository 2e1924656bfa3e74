/**
 * @module taxii/testing/access-model-rest
 * The same reference model (access-model.ts, written from the README rules), checked against
 * the REST endpoints that serve STIX objects or what is derived from them, on the same
 * generated worlds after the TAXII reads. Each endpoint must give every reader exactly what
 * the model says that reader may receive: no more, no less, and no value of a withheld
 * version or of a field removed for that reader anywhere in the answer.
 *
 * Every generated text value carries a marked token (`name-…`, `secret-…`, `la-…`, `lb-…`,
 * `note-…`, and the advisory tokens of access-model-advisories.ts), so a leak check scans the
 * whole answer for tokens and accepts only those of the fields the model serves.
 */
import type { Store } from '@coopsec/store';
import { authHeader } from './fixtures.ts';
import {
  asList,
  asObj,
  canon,
  describeUser,
  describeVersion,
  okey,
  str,
  type Json,
  type Model,
  type Recorder,
  type Rng,
  type UserM,
  type VersionM,
} from './access-model.ts';

export interface RestCtx {
  readonly url: string;
  readonly seed: number;
  readonly r: Rng;
  readonly m: Model;
  readonly rec: Recorder;
  readonly store: Store;
}

export interface RestGot {
  readonly status: number;
  readonly text: string;
  readonly json: unknown;
}

export async function restGet(url: string, key: string): Promise<RestGot> {
  const response = await fetch(url, { headers: { authorization: authHeader(key) } });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/** Every marked token in a text (see the module comment). */
const TOKEN =
  /(?<![0-9a-z-])(?:(?:name|secret|la|lb|note|statement|deep|ad[a-z]{1,2})-[0-9a-f]{6,12}|CVE-2099-\d{5})\b/g;
export const tokensIn = (text: string): Set<string> => new Set(text.match(TOKEN) ?? []);

/** Tokens in `text` that the model does not allow (`allowed`): each is a leak. */
export function leaks(text: string, allowed: ReadonlySet<string>): string[] {
  return [...tokensIn(text)].filter((t) => !allowed.has(t));
}

/** The latest version of each id that `u` may see (the model's `view`), of the given types. */
export function lastVisible(
  m: Model,
  u: UserM,
  coll: string,
  types: ReadonlySet<string>,
): Map<string, VersionM> {
  const out = new Map<string, VersionM>();
  for (const v of m.liveIn(coll)) {
    if (!types.has(v.type) || !m.view(u, v).visible) continue;
    const cur = out.get(v.id);
    if (cur === undefined || canon(v.version) > canon(cur.version)) out.set(v.id, v);
  }
  return out;
}

/** The body the model serves: the posted one without the properties removed for `u`. */
export function servedBodyOf(m: Model, u: UserM, v: VersionM): Json {
  const removed = m.view(u, v).removed;
  const body = structuredClone(v.body) as Json;
  const labels = asList(body.labels);
  for (const sel of removed) {
    if (!sel.includes('.')) delete body[sel];
  }
  if ([...removed].some((s) => s.startsWith('labels.'))) {
    const kept = labels.filter((_, i) => !removed.has(`labels.[${i}]`));
    if (kept.length > 0) body.labels = kept;
    else delete body.labels;
  }
  return body;
}

const IPV4 = /ipv4-addr:value = '([\d.]+)'/;
const ipOf = (v: VersionM): string => IPV4.exec(str(v.body.pattern))?.[1] ?? '?';

/** Zeek Intel and Suricata exports of each collection, for every reader with a key. */
export async function checkEngineExports(ctx: RestCtx): Promise<void> {
  const { m, rec, seed, url } = ctx;
  const readers = m.users.filter((u) => u.key !== undefined);
  const indicator = new Set(['indicator']);
  for (const coll of m.colls.keys()) {
    for (const u of readers) {
      const key = u.key ?? '';
      const where = (path: string, obj?: VersionM) =>
        `seed ${seed}, reader ${describeUser(m, u)}, ${obj !== undefined ? describeVersion(obj) : coll}, REST ${path}`;
      const zeekPath = `GET /api/collections/${coll}/exports/zeek`;
      const suriPath = `GET /api/collections/${coll}/exports/suricata`;
      const zeek = await restGet(`${url}/api/collections/${coll}/exports/zeek`, key);
      const suri = await restGet(`${url}/api/collections/${coll}/exports/suricata`, key);
      if (!m.canRead(u, coll)) {
        for (const [path, got] of [
          [zeekPath, zeek],
          [suriPath, suri],
        ] as const) {
          rec.checks += 1;
          if (got.status !== 404)
            rec.fail(
              `REST export: collection the reader may not read answered`,
              where(path),
              'HTTP 404',
              `HTTP ${got.status}`,
            );
        }
        continue;
      }
      const expected = lastVisible(m, u, coll, indicator);
      const tainted = (id: string) => m.tainted.has(okey(coll, id));
      // Zeek: one line per served indicator, its address, and its name only if served.
      if (zeek.status !== 200) {
        rec.fail(
          'REST export: readable collection not served',
          where(zeekPath),
          'HTTP 200',
          `HTTP ${zeek.status}`,
        );
      } else {
        const rows = zeek.text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
        const got = new Map<string, string[]>();
        for (const row of rows) {
          const [value = '', , , desc = ''] = row.split('\t');
          const id = /(indicator--[0-9a-f-]{36})\)?$/.exec(desc)?.[1] ?? `? ${desc}`;
          got.set(id, [...(got.get(id) ?? []), `${value}\t${desc}`]);
        }
        const allowed = new Set<string>();
        for (const [id, v] of expected) {
          if (tainted(id)) continue;
          rec.checks += 1;
          const body = servedBodyOf(m, u, v);
          const name = typeof body.name === 'string' ? body.name : undefined;
          if (name !== undefined) allowed.add(name);
          const want = `${ipOf(v)}\t${name !== undefined ? `${name} (${id})` : id}`;
          const lines = got.get(id);
          if (lines === undefined)
            rec.fail(
              `${zeekPath.replace(coll, ':id')}: withheld, but the rules serve it — ${m.view(u, v).rule}`,
              where(zeekPath, v),
              `line ${want}`,
              'absent',
            );
          else if (lines.length !== 1 || lines[0] !== want)
            rec.fail(
              'REST zeek export: line differs from the served version',
              where(zeekPath, v),
              want,
              lines.join(' | '),
            );
        }
        for (const id of got.keys()) {
          if (expected.has(id) || tainted(id)) continue;
          rec.checks += 1;
          const versions = m.versionsOf(coll, id);
          const first = versions[0];
          rec.fail(
            `REST zeek export: served, but withheld by the rules${first !== undefined ? ` — ${m.view(u, first).rule}` : ''}`,
            where(zeekPath, first),
            'absent',
            (got.get(id) ?? []).join(' | '),
          );
        }
        rec.checks += 1;
        const leaked = leaks(zeek.text, allowed);
        if (leaked.length > 0)
          rec.fail(
            'REST zeek export: values the reader may not receive',
            where(zeekPath),
            'none',
            leaked.join(', '),
          );
      }
      // Suricata: the address list and the count of exported indicators.
      if (suri.status !== 200) {
        rec.fail(
          'REST export: readable collection not served',
          where(suriPath),
          'HTTP 200',
          `HTTP ${suri.status}`,
        );
        continue;
      }
      const answer = asObj(suri.json);
      const clean = ![...m.tainted].some((k) => k.startsWith(`${coll}|`));
      if (!clean) continue; // a tainted id makes counts unpredictable
      rec.checks += 1;
      if (answer.exported !== expected.size)
        rec.fail(
          'REST suricata export: exported count differs',
          where(suriPath),
          String(expected.size),
          str(answer.exported),
        );
      const ipFile = await restGet(
        `${url}/api/collections/${coll}/exports/suricata/coopsec-ip.lst`,
        key,
      );
      const wantIps = [...new Set([...expected.values()].map(ipOf))].sort();
      const gotIps = ipFile.text
        .split('\n')
        .filter((l) => l !== '')
        .sort();
      rec.checks += 1;
      if (ipFile.status !== 200 || JSON.stringify(gotIps) !== JSON.stringify(wantIps))
        rec.fail(
          'REST suricata export: address list differs from the served indicators',
          where(`${suriPath}/coopsec-ip.lst`),
          wantIps.join(' '),
          `HTTP ${ipFile.status}: ${gotIps.join(' ')}`,
        );
      const leaked = leaks(suri.text + ipFile.text, new Set());
      rec.checks += 1;
      if (leaked.length > 0)
        rec.fail(
          'REST suricata export: values the reader may not receive',
          where(suriPath),
          'none',
          leaked.join(', '),
        );
    }
  }
}
