/**
 * @module exports/engines
 * Indicators written in the formats of the engines centres run, from the same fast-path keys
 * the matcher uses (fast-path.ts), so an engine alerts on what `coopsec match` would:
 *
 * Suricata (https://docs.suricata.io, "Datasets", "IP Reputation"):
 * - datasets, one value a line: `coopsec-domains.lst` (type string, each line base64 as
 *   Suricata's string sets store them), `coopsec-md5.lst` / `coopsec-sha256.lst` (hex),
 *   `coopsec-ip.lst` (type ip, single addresses);
 * - `coopsec.rules`: `dataset:isset,…` on `dns.query`, `tls.sni` and `http.host`;
 *   `filemd5` / `filesha256` (the same one-hex-a-line files) for hashes; one
 *   `dotprefix; content; endswith` rule per "every subdomain of" indicator; `iprep` for addresses;
 * - IP reputation: `coopsec-categories.txt` (`id,short name,description`) and
 *   `coopsec-reputation.list` (`address or CIDR,category,score`, score 1–127).
 *   SHA-1 / SHA-512 hashes, URLs and e-mail addresses have no Suricata set and are counted
 *   as skipped.
 *
 * Zeek Intel framework (https://docs.zeek.org, "Intelligence Framework"): one tab-separated
 * file with `#fields indicator indicator_type meta.source meta.desc meta.url`, types
 * Intel::ADDR, Intel::SUBNET, Intel::DOMAIN, Intel::URL (without its scheme, as Zeek reads
 * URLs), Intel::EMAIL, Intel::FILE_HASH; `-` for an empty field. "Every subdomain of"
 * indicators have no Intel type (Intel::DOMAIN is exact) and are skipped.
 *
 * @example
 * const files = suricataExport(indicators, { now: Date.now() });
 * files['coopsec-domains.lst']; // 'ZXZpbC5leGFtcGxl\n'
 */
import { parsePattern } from '@coopsec/stix';
import { fastKeys } from '../fast-path.ts';
import type { FastKey } from '../fast-path.ts';
import { formatAddress } from '../ip.ts';
import type { IndicatorLike } from '../matcher.ts';
import { quickPattern } from '../quick-pattern.ts';

export interface ExportIndicator extends IndicatorLike {
  readonly name?: unknown;
}

export interface ExportOptions {
  /** Indicators not valid at this time (epoch ms) are left out. */
  readonly now: number;
  /** meta.source of Zeek lines (default "coopsec"). */
  readonly source?: string;
  /** First Suricata rule sid (default 9_160_000). */
  readonly firstSid?: number;
}

export interface ExportResult {
  /** File name → content. */
  readonly files: Readonly<Record<string, string>>;
  readonly exported: number;
  /** Indicators or values the format cannot express, by reason. */
  readonly skipped: Readonly<Record<string, number>>;
}

interface Keyed {
  readonly indicator: ExportIndicator;
  readonly keys: readonly FastKey[];
}

function epoch(value: unknown, fallback: number): number {
  const t = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(t) ? fallback : t;
}

/** Valid, unrevoked STIX indicators with fast-path keys; the rest counted in `skipped`. */
function keyed(
  indicators: Iterable<ExportIndicator>,
  now: number,
  skipped: Map<string, number>,
): Keyed[] {
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
  const out: Keyed[] = [];
  for (const indicator of indicators) {
    if (indicator.revoked === true) continue;
    if (
      epoch(indicator.valid_from, -Infinity) > now ||
      epoch(indicator.valid_until, Infinity) <= now
    ) {
      skip('not valid now');
      continue;
    }
    if (indicator.pattern_type !== 'stix' || typeof indicator.pattern !== 'string') {
      skip('not a STIX pattern');
      continue;
    }
    let keys: FastKey[] | undefined = quickPattern(indicator.pattern);
    if (keys === undefined)
      try {
        keys = fastKeys(parsePattern(indicator.pattern).ast);
      } catch {
        skip('pattern does not parse');
        continue;
      }
    if (keys === undefined) {
      skip('pattern is not a list of values (needs the pattern evaluator)');
      continue;
    }
    out.push({ indicator, keys });
  }
  return out;
}

function v6Text(key: string): string {
  return formatAddress({ v: 6, g: key.split(':').map(Number) });
}

function ipText(k: FastKey): string | undefined {
  if (k.kind === 'ip4') {
    const a = formatAddress({ v: 4, n: k.n });
    return k.prefix === 32 ? a : `${a}/${k.prefix}`;
  }
  if (k.kind === 'ip6') {
    const a = v6Text(k.key);
    return k.prefix === 128 ? a : `${a}/${k.prefix}`;
  }
  return undefined;
}

const base64 = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
};

const lines = (values: Iterable<string>): string => {
  const sorted = [...new Set(values)].sort();
  return sorted.length === 0 ? '' : `${sorted.join('\n')}\n`;
};

/** Suricata datasets, rules and IP reputation files for the indicators valid at `now`. */
export function suricataExport(
  indicators: Iterable<ExportIndicator>,
  options: ExportOptions,
): ExportResult {
  const skipped = new Map<string, number>();
  const domains = new Set<string>();
  const suffixes = new Set<string>();
  const md5 = new Set<string>();
  const sha256 = new Set<string>();
  const ips = new Set<string>();
  const blocks = new Set<string>();
  let exported = 0;
  for (const { keys } of keyed(indicators, options.now, skipped)) {
    let any = false;
    for (const k of keys) {
      any = true;
      switch (k.kind) {
        case 'ip4':
        case 'ip6': {
          const text = ipText(k) ?? '';
          if (text.includes('/')) blocks.add(text);
          else ips.add(text);
          break;
        }
        case 'domain':
          domains.add(k.value);
          break;
        case 'suffix':
          suffixes.add(k.value);
          break;
        case 'hash':
          if (k.algorithm === 'MD5') md5.add(k.value);
          else if (k.algorithm === 'SHA-256') sha256.add(k.value);
          else {
            any = false;
            skipped.set(`${k.algorithm} hash`, (skipped.get(`${k.algorithm} hash`) ?? 0) + 1);
          }
          break;
        case 'url':
        case 'email':
          any = false;
          skipped.set(k.kind, (skipped.get(k.kind) ?? 0) + 1);
          break;
      }
    }
    if (any) exported++;
  }
  let sid = options.firstSid ?? 9_160_000;
  const rules: string[] = [
    '# coopsec indicators for Suricata; datasets and reputation files beside this file',
  ];
  const rule = (proto: string, body: string) =>
    rules.push(`alert ${proto} any any -> any any (${body} sid:${sid++}; rev:1;)`);
  if (domains.size > 0) {
    const set = 'dataset:isset,coopsec-domains,type string,load coopsec-domains.lst;';
    rule('dns', `msg:"coopsec listed domain (DNS query)"; dns.query; ${set}`);
    rule('tls', `msg:"coopsec listed domain (TLS SNI)"; tls.sni; ${set}`);
    rule('http', `msg:"coopsec listed domain (HTTP host)"; http.host; ${set}`);
  }
  for (const s of [...suffixes].sort()) {
    // dotprefix makes "a.b" ".a.b", so endswith ".name" holds every subdomain, not the name
    const content = `.${s}`.replace(/[;"\\|]/g, (c) => `|${c.charCodeAt(0).toString(16)}|`);
    rule(
      'dns',
      `msg:"coopsec listed domain and subdomains (DNS query)"; dns.query; dotprefix; content:"${content}"; endswith;`,
    );
  }
  if (md5.size > 0) rule('http', 'msg:"coopsec listed file MD5"; filemd5:coopsec-md5.lst;');
  if (sha256.size > 0)
    rule('http', 'msg:"coopsec listed file SHA-256"; filesha256:coopsec-sha256.lst;');
  if (ips.size > 0 || blocks.size > 0)
    rule('ip', 'msg:"coopsec listed address (IP reputation)"; iprep:any,coopsec,>,0;');
  const reputation = [...ips, ...blocks].map((a) => `${a},1,127`);
  return {
    files: {
      'coopsec.rules': `${rules.join('\n')}\n`,
      'coopsec-domains.lst': lines([...domains].map(base64)),
      'coopsec-md5.lst': lines(md5),
      'coopsec-sha256.lst': lines(sha256),
      'coopsec-ip.lst': lines(ips),
      'coopsec-categories.txt': '1,coopsec,indicators shared through coopsec\n',
      'coopsec-reputation.list': lines(reputation),
    },
    exported,
    skipped: Object.fromEntries(skipped),
  };
}

/** Tabs and line breaks would split a Zeek field; an empty field is `-`. */
function zeekField(value: unknown): string {
  const text = typeof value === 'string' ? value.replace(/[\t\r\n]+/g, ' ').trim() : '';
  return text === '' ? '-' : text;
}

export const ZEEK_INTEL_HEADER =
  '#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url';

/** A Zeek Intel framework file for the indicators valid at `now`. */
export function zeekIntelExport(
  indicators: Iterable<ExportIndicator>,
  options: ExportOptions & { readonly url?: (indicatorId: string) => string },
): ExportResult {
  const skipped = new Map<string, number>();
  const rows: string[] = [];
  let exported = 0;
  const source = zeekField(options.source ?? 'coopsec');
  for (const { indicator, keys } of keyed(indicators, options.now, skipped)) {
    const desc = zeekField(
      typeof indicator.name === 'string' ? `${indicator.name} (${indicator.id})` : indicator.id,
    );
    const url = zeekField(options.url?.(indicator.id));
    let any = false;
    for (const k of keys) {
      let value: string | undefined;
      let type: string | undefined;
      switch (k.kind) {
        case 'ip4':
        case 'ip6':
          value = ipText(k);
          type = value?.includes('/') === true ? 'Intel::SUBNET' : 'Intel::ADDR';
          break;
        case 'domain':
          [value, type] = [k.value, 'Intel::DOMAIN'];
          break;
        case 'url':
          // Zeek's HTTP analyser reports host + URI, without the scheme
          [value, type] = [k.value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''), 'Intel::URL'];
          break;
        case 'email':
          [value, type] = [k.value, 'Intel::EMAIL'];
          break;
        case 'hash':
          [value, type] = [k.value, 'Intel::FILE_HASH'];
          break;
        case 'suffix':
          skipped.set(
            'every subdomain of a name',
            (skipped.get('every subdomain of a name') ?? 0) + 1,
          );
          break;
      }
      if (value === undefined || type === undefined) continue;
      any = true;
      rows.push([zeekField(value), type, source, desc, url].join('\t'));
    }
    if (any) exported++;
  }
  return {
    files: { 'coopsec.intel': `${[ZEEK_INTEL_HEADER, ...rows].join('\n')}\n` },
    exported,
    skipped: Object.fromEntries(skipped),
  };
}
