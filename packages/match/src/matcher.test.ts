import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePattern } from '@coopsec/stix';
import { fastKeys } from './fast-path.ts';
import { Matcher } from './matcher.ts';
import type { IndicatorLike } from './matcher.ts';
import type { Atom } from './observation.ts';
import { quickPattern } from './quick-pattern.ts';

const T = Date.parse('2026-06-01T00:00:00Z');
let n = 0;
function indicator(pattern: string, extra: Partial<IndicatorLike> = {}): IndicatorLike {
  n++;
  return {
    id: `indicator--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'indicator',
    pattern,
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
    ...extra,
  };
}
function hits(pattern: string, ...atoms: Atom[]): string[] {
  const m = new Matcher();
  assert.equal(m.upsert(indicator(pattern)).path, 'fast', pattern);
  return m.match({ time: T, atoms }).map((h) => h.matched.value);
}
const v4 = (value: string): Atom => ({ type: 'ipv4-addr', value });
const v6 = (value: string): Atom => ({ type: 'ipv6-addr', value });
const dn = (value: string): Atom => ({ type: 'domain-name', value });

describe('CIDR edges', () => {
  it('/0 holds every IPv4 address and no IPv6 one', () => {
    const p = "[ipv4-addr:value ISSUBSET '0.0.0.0/0']";
    assert.deepEqual(hits(p, v4('0.0.0.0')), ['0.0.0.0']);
    assert.deepEqual(hits(p, v4('255.255.255.255')), ['255.255.255.255']);
    assert.deepEqual(hits(p, v6('2001:db8::1')), []);
  });
  it('/32 and /128 are one address', () => {
    assert.deepEqual(
      hits("[ipv4-addr:value ISSUBSET '198.51.100.7/32']", v4('198.51.100.7'), v4('198.51.100.8')),
      ['198.51.100.7'],
    );
    assert.deepEqual(
      hits(
        "[ipv6-addr:value ISSUBSET '2001:db8::1/128']",
        v6('2001:DB8:0:0::1'),
        v6('2001:db8::2'),
      ),
      ['2001:db8::1'],
    );
  });
  it('network and broadcast addresses are inside the block, neighbours outside', () => {
    const p = "[ipv4-addr:value ISSUBSET '198.51.100.0/24']";
    assert.deepEqual(hits(p, v4('198.51.100.0')), ['198.51.100.0']);
    assert.deepEqual(hits(p, v4('198.51.100.255')), ['198.51.100.255']);
    assert.deepEqual(hits(p, v4('198.51.99.255'), v4('198.51.101.0')), []);
  });
  it('host bits in the constant are cleared; a short prefix (< /16) is found too', () => {
    assert.deepEqual(hits("[ipv4-addr:value ISSUBSET '10.1.2.3/8']", v4('10.200.0.1')), [
      '10.200.0.1',
    ]);
    assert.deepEqual(hits("[ipv6-addr:value ISSUBSET '::/0']", v6('fe80::1')), ['fe80::1']);
  });
  it('`=` on a block is string equality, left to the evaluator', () => {
    const m = new Matcher();
    assert.equal(m.upsert(indicator("[ipv4-addr:value = '10.0.0.0/8']")).path, 'slow');
    assert.equal(m.match({ time: T, atoms: [v4('10.0.0.1')] }).length, 0);
  });
});

describe('IPv4-mapped IPv6', () => {
  it('a mapped address in a log hits the IPv4 indicator, and the reverse', () => {
    assert.deepEqual(hits("[ipv4-addr:value = '198.51.100.7']", v6('::ffff:198.51.100.7')), [
      '198.51.100.7',
    ]);
    assert.deepEqual(hits("[ipv6-addr:value = '::ffff:198.51.100.7']", v4('198.51.100.7')), [
      '198.51.100.7',
    ]);
    assert.deepEqual(
      hits("[ipv6-addr:value ISSUBSET '::ffff:198.51.100.0/120']", v6('::ffff:c633:6401')),
      ['198.51.100.1'],
    );
  });
});

describe('domain names', () => {
  it('compare case-insensitively, without the trailing dot, IDN as punycode', () => {
    assert.deepEqual(hits("[domain-name:value = 'example.com']", dn('EXAMPLE.com.')), [
      'example.com',
    ]);
    assert.deepEqual(hits("[domain-name:value = 'bücher.example']", dn('xn--bcher-kva.example')), [
      'xn--bcher-kva.example',
    ]);
    assert.deepEqual(hits("[domain-name:value = 'xn--bcher-kva.example']", dn('BÜCHER.example.')), [
      'xn--bcher-kva.example',
    ]);
  });
  it('`=` is the name only; LIKE %.name is every subdomain and not the name', () => {
    assert.deepEqual(hits("[domain-name:value = 'example.com']", dn('www.example.com')), []);
    const like = "[domain-name:value LIKE '%.example.com']";
    assert.deepEqual(hits(like, dn('a.b.example.com')), ['a.b.example.com']);
    assert.deepEqual(hits(like, dn('example.com'), dn('badexample.com')), []);
    const both = "[domain-name:value = 'example.com' OR domain-name:value LIKE '%.example.com']";
    assert.deepEqual(hits(both, dn('example.com')), ['example.com']);
  });
});

describe('URLs, e-mail addresses, hashes', () => {
  it('URLs: scheme and host lower-cased, default port and fragment removed, dot segments resolved', () => {
    const p = "[url:value = 'http://example.com/a/b?q=1']";
    assert.deepEqual(hits(p, { type: 'url', value: 'HTTP://Example.COM:80/a/x/../b?q=1#frag' }), [
      'http://example.com/a/b?q=1',
    ]);
    assert.deepEqual(hits(p, { type: 'url', value: 'http://example.com:8080/a/b?q=1' }), []);
    assert.deepEqual(hits(p, { type: 'url', value: 'http://example.com/A/b?q=1' }), []);
    assert.deepEqual(
      hits("[url:value = 'https://example.com']", {
        type: 'url',
        value: 'https://example.com:443/',
      }),
      ['https://example.com/'],
    );
  });
  it('e-mail: the domain part is case-insensitive, the local part is not', () => {
    const p = "[email-addr:value = 'Alice@example.com']";
    assert.deepEqual(hits(p, { type: 'email-addr', value: 'Alice@EXAMPLE.com' }), [
      'Alice@example.com',
    ]);
    assert.deepEqual(hits(p, { type: 'email-addr', value: 'alice@example.com' }), []);
  });
  it('hashes of each algorithm, in either case', () => {
    const md5 = '79054025255FB1A26E4BC422AEF54EB4';
    assert.deepEqual(
      hits(`[file:hashes.MD5 = '${md5}']`, { type: 'file:hashes.MD5', value: md5.toLowerCase() }),
      [md5.toLowerCase()],
    );
    const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    assert.deepEqual(
      hits(`[file:hashes.'SHA-1' = '${sha1}']`, {
        type: 'file:hashes.SHA-1',
        value: sha1.toUpperCase(),
      }),
      [sha1],
    );
    const sha512 = 'ab'.repeat(64);
    assert.deepEqual(
      hits(`[file:hashes.'SHA-512' = '${sha512}']`, { type: 'file:hashes.SHA-512', value: sha512 }),
      [sha512],
    );
    // the same hex under another algorithm is another hash
    const sha256 = 'cd'.repeat(32);
    assert.deepEqual(
      hits(`[file:hashes.'SHA-256' = '${sha256}']`, { type: 'file:hashes.MD5', value: sha256 }),
      [],
    );
  });
});

describe('validity, revocation, updates', () => {
  it('valid_from ≤ t < valid_until, and prune frees expired indicators', () => {
    const m = new Matcher();
    m.upsert(
      indicator("[ipv4-addr:value = '203.0.113.9']", {
        valid_from: '2026-02-01T00:00:00Z',
        valid_until: '2026-03-01T00:00:00Z',
      }),
    );
    const seen = (iso: string) => m.match({ atoms: [v4('203.0.113.9')] }, Date.parse(iso)).length;
    assert.equal(seen('2026-01-31T23:59:59Z'), 0);
    assert.equal(seen('2026-02-01T00:00:00Z'), 1);
    assert.equal(seen('2026-02-28T23:59:59.999Z'), 1);
    assert.equal(seen('2026-03-01T00:00:00Z'), 0);
    assert.equal(m.prune(Date.parse('2026-03-01T00:00:00Z')), 1);
    assert.equal(m.size, 0);
  });
  it('a newer version replaces the old keys, an older one is ignored, a revoked one removes it', () => {
    const m = new Matcher();
    const first = indicator("[ipv4-addr:value = '203.0.113.9']");
    assert.equal(m.upsert(first).status, 'added');
    const newer = {
      ...first,
      pattern: "[domain-name:value = 'example.org']",
      modified: '2026-02-01T00:00:00Z',
    };
    assert.equal(m.upsert(newer).status, 'updated');
    assert.equal(m.match({ time: T, atoms: [v4('203.0.113.9')] }).length, 0);
    assert.equal(m.match({ time: T, atoms: [dn('example.org')] }).length, 1);
    assert.equal(m.upsert(first).status, 'unchanged');
    assert.equal(m.match({ time: T, atoms: [dn('example.org')] }).length, 1);
    assert.equal(
      m.upsert({ ...newer, revoked: true, modified: '2026-03-01T00:00:00Z' }).status,
      'removed',
    );
    assert.equal(m.match({ time: T, atoms: [dn('example.org')] }).length, 0);
    assert.equal(m.size, 0);
  });
  it('ignores non-STIX patterns and bad patterns with a reason, and removes an indicator by id', () => {
    const m = new Matcher();
    const r1 = m.upsert(indicator('alert tcp any any -> any any', { pattern_type: 'snort' }));
    assert.equal(r1.status, 'ignored');
    assert.match(r1.reason ?? '', /snort/);
    assert.match(m.upsert(indicator('[ipv4-addr:value = ')).reason ?? '', /does not parse/);
    const ok = indicator("[ipv4-addr:value ISSUBSET '198.51.100.0/24']");
    m.upsert(ok);
    const same = indicator("[ipv4-addr:value ISSUBSET '198.51.100.0/24']");
    m.upsert(same);
    assert.equal(m.match({ time: T, atoms: [v4('198.51.100.1')] }).length, 2);
    assert.equal(m.remove(ok.id), true);
    assert.deepEqual(
      m.match({ time: T, atoms: [v4('198.51.100.1')] }).map((h) => h.indicatorId),
      [same.id],
    );
    assert.equal(m.remove(same.id), true);
    assert.equal(m.match({ time: T, atoms: [v4('198.51.100.1')] }).length, 0);
  });
});

describe('slow path: observation operators over a window', () => {
  it('AND across observations within the window, one hit per completed match', () => {
    const m = new Matcher();
    const p =
      "([ipv4-addr:value = '198.51.100.7'] AND [domain-name:value = 'evil.example']) WITHIN 60 SECONDS";
    assert.equal(m.upsert(indicator(p)).path, 'slow');
    assert.equal(m.match({ time: T, atoms: [v4('198.51.100.7')] }).length, 0);
    assert.equal(m.match({ time: T + 120_000, atoms: [dn('evil.example')] }).length, 0, 'too late');
    const h = m.match({ time: T + 150_000, atoms: [v4('198.51.100.7')] });
    assert.deepEqual(
      h.map((x) => x.matched),
      [{ type: 'ipv4-addr', value: '198.51.100.7' }],
    );
    assert.equal(m.match({ time: T + 151_000, atoms: [dn('other.example')] }).length, 0);
  });
  it('FOLLOWEDBY needs the order', () => {
    const m = new Matcher();
    m.upsert(
      indicator("[domain-name:value = 'a.example'] FOLLOWEDBY [domain-name:value = 'b.example']"),
    );
    assert.equal(m.match({ time: T, atoms: [dn('b.example')] }).length, 0);
    assert.equal(m.match({ time: T + 1000, atoms: [dn('a.example')] }).length, 0);
    assert.equal(m.match({ time: T + 2000, atoms: [dn('b.example')] }).length, 1);
  });
});

describe('quick recogniser', () => {
  it('gives the same keys as the parser for the shapes it accepts', () => {
    for (const p of [
      "[ipv4-addr:value = '198.51.100.7']",
      "[ipv4-addr:value ISSUBSET '198.51.100.0/24']",
      "[ipv6-addr:value ISSUBSET '2001:db8::/32']",
      "[domain-name:value = 'Example.COM.']",
      "[url:value = 'HTTP://example.com:80/']",
      "[email-addr:value = 'a@B.example']",
      "[file:hashes.'SHA-256' = '" + 'AB'.repeat(32) + "']",
      "[file:hashes.MD5 = '" + 'ab'.repeat(16) + "']",
    ]) {
      const quick = quickPattern(p);
      assert.ok(quick !== undefined, p);
      assert.deepEqual(quick, fastKeys(parsePattern(p).ast), p);
    }
    assert.equal(quickPattern("[ipv4-addr:value = '10.0.0.0/8']"), undefined);
    assert.equal(quickPattern("[file:hashes.MD5 = 'abc']"), undefined);
  });
});
