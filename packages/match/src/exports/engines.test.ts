/** Suricata and Zeek exports checked line by line against the formats' rules. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { suricataExport, ZEEK_INTEL_HEADER, zeekIntelExport } from './engines.ts';

const NOW = Date.parse('2026-06-01T00:00:00Z');
let n = 0;
const ind = (pattern: string, extra: Record<string, unknown> = {}) => ({
  id: `indicator--00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  pattern,
  pattern_type: 'stix',
  valid_from: '2026-01-01T00:00:00Z',
  ...extra,
});
const indicators = [
  ind("[ipv4-addr:value = '198.51.100.7']", { name: 'C2\tserver' }),
  ind("[ipv4-addr:value ISSUBSET '203.0.113.0/24']"),
  ind("[ipv6-addr:value = '2001:DB8::1']"),
  ind("[domain-name:value = 'EVIL.example.' OR domain-name:value LIKE '%.evil.example']"),
  ind("[url:value = 'HTTP://Evil.example:80/a/../dl.exe']"),
  ind("[email-addr:value = 'boss@Evil.example']"),
  ind("[file:hashes.MD5 = '79054025255FB1A26E4BC422AEF54EB4']"),
  ind(
    "[file:hashes.'SHA-256' = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08']",
  ),
  ind("[file:hashes.'SHA-1' = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3']"),
  ind("[ipv4-addr:value = '192.0.2.1']", { valid_until: '2026-02-01T00:00:00Z' }),
  ind("[ipv4-addr:value = '192.0.2.2']", { revoked: true }),
  ind('[network-traffic:dst_port = 4444]'),
];

describe('Suricata export', () => {
  const r = suricataExport(indicators, { now: NOW });
  const f = r.files;
  it('datasets: one value a line, strings base64, hashes lower-case hex, sorted', () => {
    assert.equal(f['coopsec-domains.lst'], `${Buffer.from('evil.example').toString('base64')}\n`);
    assert.equal(f['coopsec-md5.lst'], '79054025255fb1a26e4bc422aef54eb4\n');
    assert.equal(
      f['coopsec-sha256.lst'],
      '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n',
    );
    assert.equal(f['coopsec-ip.lst'], '198.51.100.7\n2001:db8::1\n');
    for (const [name, text] of Object.entries(f))
      if (name.endsWith('.lst'))
        for (const line of text.split('\n').slice(0, -1)) assert.match(line, /^\S+$/, name);
  });
  it('IP reputation: categories id,name,description; list address-or-CIDR,category,score 1–127', () => {
    assert.equal(f['coopsec-categories.txt'], '1,coopsec,indicators shared through coopsec\n');
    const rep = (f['coopsec-reputation.list'] ?? '').split('\n').slice(0, -1);
    assert.deepEqual(rep, ['198.51.100.7,1,127', '2001:db8::1,1,127', '203.0.113.0/24,1,127']);
  });
  it('rules: one alert a line with msg, sid and rev; datasets named and loaded', () => {
    const rules = (f['coopsec.rules'] ?? '')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    const sids = new Set<string>();
    for (const rule of rules) {
      assert.match(
        rule,
        /^alert (dns|tls|http|ip) any any -> any any \(msg:"[^"]+"; .+ sid:\d+; rev:1;\)$/,
      );
      sids.add(/sid:(\d+)/.exec(rule)?.[1] ?? '');
    }
    assert.equal(sids.size, rules.length, 'sids are unique');
    assert.ok(
      rules.some((l) =>
        l.includes(
          'dns.query; dataset:isset,coopsec-domains,type string,load coopsec-domains.lst;',
        ),
      ),
    );
    assert.ok(
      rules.some((l) => l.includes('dns.query; dotprefix; content:".evil.example"; endswith;')),
    );
    assert.ok(rules.some((l) => l.includes('filemd5:coopsec-md5.lst;')));
    assert.ok(rules.some((l) => l.includes('iprep:any,coopsec,>,0;')));
  });
  it('counts what it cannot express', () => {
    assert.deepEqual(r.skipped, {
      url: 1,
      email: 1,
      'SHA-1 hash': 1,
      'not valid now': 1,
      'pattern is not a list of values (needs the pattern evaluator)': 1,
    });
    assert.equal(r.exported, 6);
  });
});

describe('Zeek Intel export', () => {
  const r = zeekIntelExport(indicators, {
    now: NOW,
    source: 'CERT-X',
    url: (id) => `https://x.example/${id}`,
  });
  const all = (r.files['coopsec.intel'] ?? '').split('\n');
  it('header, then five tab-separated fields a line, - for empty, no tabs inside fields', () => {
    assert.equal(all[0], ZEEK_INTEL_HEADER);
    assert.equal(all.at(-1), '');
    for (const line of all.slice(1, -1)) assert.equal(line.split('\t').length, 5, line);
  });
  it('types and values as Zeek reads them', () => {
    const rows = all.slice(1, -1).map((l) => l.split('\t'));
    const byType = rows.map(([v, t]) => `${t} ${v}`).sort();
    assert.deepEqual(byType, [
      'Intel::ADDR 198.51.100.7',
      'Intel::ADDR 2001:db8::1',
      'Intel::DOMAIN evil.example',
      'Intel::EMAIL boss@evil.example',
      'Intel::FILE_HASH 79054025255fb1a26e4bc422aef54eb4',
      'Intel::FILE_HASH 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'Intel::FILE_HASH a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
      'Intel::SUBNET 203.0.113.0/24',
      'Intel::URL evil.example/dl.exe',
    ]);
    const first = rows.find(([v]) => v === '198.51.100.7');
    assert.deepEqual(first?.slice(2), [
      'CERT-X',
      `C2 server (${indicators[0]?.id})`,
      `https://x.example/${indicators[0]?.id}`,
    ]);
    assert.equal(r.skipped['every subdomain of a name'], 1);
  });
});
