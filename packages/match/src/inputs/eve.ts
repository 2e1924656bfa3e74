/**
 * @module inputs/eve
 * Suricata EVE JSON (one event a line). Every event gives `src_ip` / `dest_ip`; by
 * `event_type`: `dns` the query name (`dns.rrname`, or `dns.queries[].rrname` in EVE v3) and
 * A/AAAA/CNAME answers, `http` the host and the URL (`http://host[:port]` + `http.url`), `tls` the
 * SNI, `fileinfo` the hashes (and the HTTP host it came with), `alert` and `flow` the addresses
 * (with any app-layer fields the event carries). The time is `timestamp`.
 */
import type { Atom, Observation } from '../observation.ts';
import { ipAtom } from '../observation.ts';
import { jsonObject, isBlank, MalformedLine, timeOf } from './reader.ts';
import type { LineParser } from './reader.ts';

type Json = Record<string, unknown>;
const rec = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function dnsAtoms(dns: Json, atoms: Atom[]): void {
  const name = str(dns.rrname);
  if (name !== undefined) atoms.push({ type: 'domain-name', value: name });
  if (Array.isArray(dns.queries))
    for (const q of dns.queries) {
      const n = str(rec(q)?.rrname);
      if (n !== undefined) atoms.push({ type: 'domain-name', value: n });
    }
  if (Array.isArray(dns.answers))
    for (const a of dns.answers) {
      const r = rec(a);
      const data = str(r?.rdata);
      if (data === undefined) continue;
      if (r?.rrtype === 'A' || r?.rrtype === 'AAAA') atoms.push(ipAtom(data));
      else if (r?.rrtype === 'CNAME') atoms.push({ type: 'domain-name', value: data });
    }
}

function httpAtoms(http: Json, atoms: Atom[]): void {
  const host = str(http.hostname);
  if (host === undefined) return;
  atoms.push({ type: 'domain-name', value: host });
  const path = str(http.url);
  if (path === undefined) return;
  const port =
    typeof http.http_port === 'number' && http.http_port !== 80 ? `:${http.http_port}` : '';
  const hostPart = host.includes(':') ? `[${host}]` : host;
  atoms.push({
    type: 'url',
    value: path.startsWith('/') ? `http://${hostPart}${port}${path}` : path,
  });
}

/** Atoms of one parsed EVE event. */
export function eveAtoms(event: Json): Atom[] {
  const atoms: Atom[] = [];
  const src = str(event.src_ip);
  if (src !== undefined) atoms.push(ipAtom(src));
  const dest = str(event.dest_ip);
  if (dest !== undefined) atoms.push(ipAtom(dest));
  const dns = rec(event.dns);
  if (dns !== undefined) dnsAtoms(dns, atoms);
  const http = rec(event.http);
  if (http !== undefined) httpAtoms(http, atoms);
  const sni = str(rec(event.tls)?.sni);
  if (sni !== undefined) atoms.push({ type: 'domain-name', value: sni });
  const file = rec(event.fileinfo);
  if (file !== undefined) {
    const md5 = str(file.md5);
    if (md5 !== undefined) atoms.push({ type: 'file:hashes.MD5', value: md5 });
    const sha1 = str(file.sha1);
    if (sha1 !== undefined) atoms.push({ type: 'file:hashes.SHA-1', value: sha1 });
    const sha256 = str(file.sha256);
    if (sha256 !== undefined) atoms.push({ type: 'file:hashes.SHA-256', value: sha256 });
  }
  return atoms;
}

/** The time is read from `timestamp` only when asked (on a hit): most lines hit nothing. */
class EveObservation implements Observation {
  private parsed: number | undefined | null = null;
  constructor(
    readonly atoms: Atom[],
    private readonly timestamp: unknown,
  ) {}
  get time(): number | undefined {
    if (this.parsed === null) this.parsed = timeOf(this.timestamp);
    return this.parsed;
  }
}

export function eveParser(): LineParser {
  return {
    line(text) {
      if (isBlank(text)) return undefined;
      const event = jsonObject(text);
      if (typeof event.event_type !== 'string')
        throw new MalformedLine('no event_type: not an EVE event');
      return new EveObservation(eveAtoms(event), event.timestamp);
    },
  };
}
