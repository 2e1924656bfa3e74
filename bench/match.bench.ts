/**
 * Indicator matching (`@coopsec/match`): 1,000,000 **synthetic** indicators (seeded: 40 % IPv4
 * addresses, 10 % IPv4 CIDR blocks: 90 % /24–/30, 9.99 % /16–/23, 0.01 % /8–/15, 5 % IPv6 addresses and /48–/64 blocks, 20 % domain
 * names (a quarter of them with their subdomains), 10 % URLs, 15 % MD5/SHA-256 hashes, and
 * 0.5 % compound patterns for the evaluator) compiled into a Matcher, then a stream of
 * synthetic Suricata EVE lines (dns, http, tls, flow, alert, fileinfo; ~1 % of them carry an
 * indicator value) parsed and matched on one core, beside a plain `JSON.parse` of the same
 * lines measured in the same run (interleaved, best of --runs).
 *
 * Goals (issue 16): compile < 5 s, matcher memory < 400 MB, matching ≤ 10 % on top of
 * `JSON.parse`, ≥ 500,000 lines/s.
 *
 *   node --conditions=@coopsec/source --import tsx bench/match.bench.ts [--indicators 1000000] [--lines 200000] [--runs 5]
 */
import { loadavg, cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Matcher, eveParser } from '@coopsec/match';
import type { IndicatorLike } from '@coopsec/match';
import { rng } from '../packages/match/src/testing/random.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = option('indicators', 1_000_000);
const LINES = option('lines', 200_000);
const RUNS = option('runs', 5);

const r = rng(20261202);
const int = (n: number): number => Math.floor(r() * n);
const hex = (len: number): string => {
  let s = '';
  while (s.length < len) s += int(0x100000000).toString(16).padStart(8, '0');
  return s.slice(0, len);
};
const ipv4 = (): string => `${1 + int(223)}.${int(256)}.${int(256)}.${int(256)}`;
const word = (): string => hex(4 + int(8)).replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)] ?? 'q');
const domain = (): string =>
  `${word()}.${['com', 'net', 'org', 'example', 'info'][int(5)] ?? 'com'}`;

const values = {
  ipv4: [] as string[],
  domains: [] as string[],
  urls: [] as string[],
  md5: [] as string[],
};
function pattern(i: number): string {
  const x = (i * 0.6180339887) % 1;
  if (x < 0.4) {
    const v = ipv4();
    values.ipv4.push(v);
    return `[ipv4-addr:value = '${v}']`;
  }
  if (x < 0.5) {
    // Most listed blocks are small; a few are large (as in public drop lists).
    const y = r();
    const prefix = y < 0.9 ? 24 + int(7) : y < 0.9999 ? 16 + int(8) : 8 + int(8);
    return `[ipv4-addr:value ISSUBSET '${ipv4()}/${prefix}']`;
  }
  if (x < 0.55)
    return int(2) === 0
      ? `[ipv6-addr:value = '2001:db8:${hex(4)}:${hex(4)}::${hex(3)}']`
      : `[ipv6-addr:value ISSUBSET '2001:db8:${hex(4)}::/${48 + int(17)}']`;
  if (x < 0.75) {
    const d = domain();
    values.domains.push(d);
    return int(4) === 0
      ? `[domain-name:value = '${d}' OR domain-name:value LIKE '%.${d}']`
      : `[domain-name:value = '${d}']`;
  }
  if (x < 0.85) {
    const u = `http://${domain()}/${word()}/${word()}.php?id=${int(1000)}`;
    values.urls.push(u);
    return `[url:value = '${u}']`;
  }
  if (x < 0.995) {
    if (int(2) === 0) {
      const h = hex(32);
      values.md5.push(h);
      return `[file:hashes.MD5 = '${h}']`;
    }
    return `[file:hashes.'SHA-256' = '${hex(64)}']`;
  }
  return `[network-traffic:dst_ref.value = '${ipv4()}' AND network-traffic:dst_port = ${int(65536)}]`;
}

const indicators: IndicatorLike[] = [];
for (let i = 0; i < N; i++)
  indicators.push({
    id: `indicator--${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`,
    type: 'indicator',
    pattern: pattern(i),
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
  });

const pickHit = (list: string[], other: () => string): string =>
  int(100) === 0 && list.length > 0 ? (list[int(list.length)] ?? other()) : other();
function eveLine(i: number): string {
  const ts = new Date(Date.parse('2026-06-01T00:00:00Z') + i * 7)
    .toISOString()
    .replace('Z', '+0000');
  const src = `10.${int(4)}.${int(256)}.${int(256)}`;
  const dest = pickHit(values.ipv4, ipv4);
  const common = `"timestamp":"${ts}","flow_id":${int(2 ** 31)},"in_iface":"eth0","src_ip":"${src}","src_port":${1024 + int(60000)},"dest_ip":"${dest}","dest_port":${[53, 80, 443][int(3)] ?? 80},"proto":"TCP"`;
  switch (i % 6) {
    case 0:
      return `{${common},"event_type":"dns","dns":{"type":"query","id":${int(65536)},"rrname":"${pickHit(values.domains, () => `www.${domain()}`)}","rrtype":"A","tx_id":0}}`;
    case 1: {
      const u = pickHit(values.urls, () => `http://${domain()}/${word()}`);
      const m = /^http:\/\/([^/]+)(\/.*)$/.exec(u);
      return `{${common},"event_type":"http","tx_id":0,"http":{"hostname":"${m?.[1] ?? 'x'}","url":"${m?.[2] ?? '/'}","http_user_agent":"Mozilla/5.0","http_method":"GET","protocol":"HTTP/1.1","status":200,"length":${int(99999)}}}`;
    }
    case 2:
      return `{${common},"event_type":"tls","tls":{"subject":"CN=${domain()}","issuerdn":"CN=R3, O=Let's Encrypt, C=US","serial":"04:AB","fingerprint":"${hex(40)}","sni":"${pickHit(values.domains, domain)}","version":"TLS 1.3","notbefore":"2026-01-01T00:00:00","notafter":"2026-04-01T00:00:00"}}`;
    case 3:
      return `{${common},"event_type":"flow","app_proto":"tls","flow":{"pkts_toserver":${int(99)},"pkts_toclient":${int(99)},"bytes_toserver":${int(99999)},"bytes_toclient":${int(99999)},"start":"${ts}","end":"${ts}","age":0,"state":"closed","reason":"timeout","alerted":false}}`;
    case 4:
      return `{${common},"event_type":"alert","alert":{"action":"allowed","gid":1,"signature_id":${int(3000000)},"rev":1,"signature":"ET POLICY Something","category":"Potential Corporate Privacy Violation","severity":2}}`;
    default:
      return `{${common},"event_type":"fileinfo","fileinfo":{"filename":"/${word()}.exe","magic":"PE32 executable","gaps":false,"state":"CLOSED","md5":"${pickHit(values.md5, () => hex(32))}","sha256":"${hex(64)}","stored":false,"size":${int(999999)},"tx_id":0}}`;
  }
}
const lines: string[] = [];
for (let i = 0; i < LINES; i++) lines.push(eveLine(i));
const bytes = lines.reduce((n, l) => n + l.length, 0);

// ---- compile
gc();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const m = new Matcher();
for (const ind of indicators) m.upsert(ind);
const compileMs = performance.now() - t0;
gc();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
const ab = process.memoryUsage().arrayBuffers / 1e6;
const stats = m.stats();

// ---- stream
let sink = 0;
function baseline(): number {
  const t = performance.now();
  for (const l of lines) {
    const o = JSON.parse(l) as { event_type?: string };
    if (o.event_type === 'x') sink++;
  }
  return performance.now() - t;
}
let hits = 0;
function matching(matcher: Matcher): number {
  const parser = eveParser();
  hits = 0;
  const t = performance.now();
  for (const l of lines) {
    const o = parser.line(l);
    if (o !== undefined) hits += matcher.match(o).length;
  }
  return performance.now() - t;
}
// The same pipeline with no indicators: what parsing to observations costs before any lookup.
const empty = new Matcher();
const base: number[] = [];
const full: number[] = [];
const extract: number[] = [];
for (let k = 0; k < RUNS; k++) {
  base.push(baseline());
  extract.push(matching(empty));
  full.push(matching(m));
}
const best = (xs: number[]): number => Math.min(...xs);
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rate = (ms: number): string => `${Math.round((LINES / ms) * 1000).toLocaleString('en')}/s`;

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}, node ${process.version}`,
);
console.log(
  `indicators: ${N.toLocaleString('en')} synthetic (fast ${stats.fast.toLocaleString('en')}, slow ${stats.slow.toLocaleString('en')})`,
);
console.log(
  `compile: ${(compileMs / 1000).toFixed(2)} s (goal < 5 s); heap +${heapMb.toFixed(0)} MB, array buffers ${ab.toFixed(0)} MB (goal < 400 MB)`,
);
console.log(
  `EVE stream: ${LINES.toLocaleString('en')} synthetic lines, ${(bytes / LINES).toFixed(0)} bytes/line, ${hits} hits`,
);
console.log(`  JSON.parse only   best ${rate(best(base))}  median ${rate(median(base))}`);
console.log(
  `  parse + atoms, no indicators  best ${rate(best(extract))}  median ${rate(median(extract))}  ratio ${(best(extract) / best(base)).toFixed(3)}`,
);
console.log(`  parse + match     best ${rate(best(full))}  median ${rate(median(full))}`);
console.log(
  `  ratio (best/best) ${(best(full) / best(base)).toFixed(3)}  (median/median ${(median(full) / median(base)).toFixed(3)}; goal ≤ 1.10)`,
);
if (sink < 0) console.log(sink);
