/**
 * Matcher tests: each operator and qualifier of STIX 2.1 §9 with matching and non-matching
 * observed-data, both SCO placements (`objects` and `object_refs`), references and binding
 * reports.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePattern, matchPattern } from './matcher.ts';
import type { ObservedDataLike } from './observed.ts';
import { parsePattern } from './parser.ts';

let seq = 0;
function od(
  objects: Record<string, unknown>,
  options: { at?: string; until?: string; n?: number } = {},
): ObservedDataLike {
  const at = options.at ?? '2020-01-01T00:00:00Z';
  return {
    type: 'observed-data',
    id: `observed-data--${String(++seq).padStart(8, '0')}-0000-4000-8000-000000000000`,
    first_observed: at,
    last_observed: options.until ?? at,
    number_observed: options.n ?? 1,
    objects,
  };
}

const test = {
  type: 'test',
  int: 5,
  float: 12.658,
  bool: true,
  string: 'hello',
  ip: '11.22.33.44',
  cidr: '11.22.33.44/20',
  ip6: '2001:db8:dead:beef::1',
  list: ['a', 'b', 'c'],
  nothing: null,
  created: '2014-01-13T07:03:17.123Z',
  payload_bin: 'AQIDBA==',
  magic_number_hex: 'FFD8',
  dict: { 'Accept-Encoding': 'gzip', constructorish: 1 },
};
const data = [od({ '0': test })];

function yes(pattern: string): void {
  assert.equal(matchPattern(pattern, data).matched, true, `${pattern} should match`);
}
function no(pattern: string): void {
  assert.equal(matchPattern(pattern, data).matched, false, `${pattern} should not match`);
}

describe('comparison operators (§9.5)', () => {
  it('= and != on every constant type, with type mismatch as unequal', () => {
    [
      '[test:int = 5]',
      '[test:int == 5]',
      '[test:int = 5.0]',
      '[test:float = 12.658]',
      '[test:bool = true]',
      "[test:string = 'hello']",
    ].forEach(yes);
    [
      '[test:int != 4]',
      '[test:int <> 4]',
      "[test:int != 'five']",
      '[test:int != true]',
      "[test:string != 'world']",
      '[test:bool != false]',
    ].forEach(yes);
    [
      '[test:int = 4]',
      "[test:int = '5']",
      '[test:bool = false]',
      "[test:string = 'Hello']",
      "[test:string != 'hello']",
      '[test:int != 5]',
    ].forEach(no);
  });
  it('NOT negates the operator on present values', () => {
    [
      '[test:int NOT = 4]',
      '[test:int NOT != 5]',
      '[test:int NOT < 3]',
      "[test:int NOT LIKE 'he%']",
      "[test:int NOT MATCHES 'l+']",
    ].forEach(yes);
    ['[test:int NOT = 5]', '[test:int NOT != 4]', "[test:string NOT LIKE 'he%']"].forEach(no);
  });
  it('ordering on numbers, strings and timestamps', () => {
    [
      '[test:int > 3]',
      '[test:int >= 5]',
      '[test:int < 5.1]',
      '[test:int <= 5]',
      '[test:float > 12.65799]',
      "[test:string > 'alice']",
      "[test:string < 'zelda']",
    ].forEach(yes);
    [
      '[test:int > 5]',
      '[test:int < 5]',
      '[test:float < 12.65799]',
      "[test:string > 'zelda']",
      "[test:int > 'a']",
    ].forEach(no);
    yes("[test:created = t'2014-01-13T07:03:17.123000Z']");
    yes("[test:created > t'2014-01-13T07:03:17Z']");
    yes("[test:created < t'2014-01-13T07:03:17.1231Z']");
    no("[test:created < t'2014-01-13T07:03:17Z']");
    no("[test:string = t'2014-01-13T07:03:17Z']");
  });
  it('IN, NOT IN and the empty set', () => {
    [
      '[test:int IN (4, 5, 6)]',
      '[test:int IN (4, 5.0)]',
      "[test:string IN ('x', 'hello')]",
      "[test:int NOT IN ('a', 'b')]",
      '[test:string NOT IN ()]',
    ].forEach(yes);
    [
      '[test:int IN (4, 6)]',
      '[test:int NOT IN (4, 5)]',
      '[test:string IN ()]',
      "[test:int IN ('5')]",
    ].forEach(no);
    yes("[test:created IN (t'2000-01-01T00:00:00Z', t'2014-01-13T07:03:17.123Z')]");
  });
  it('LIKE with % and _, whole value and case-sensitive', () => {
    [
      "[test:string LIKE 'he%']",
      "[test:string LIKE 'he__o']",
      "[test:string LIKE '%']",
      "[test:string LIKE 'hello']",
      "[test:ip LIKE '11.22.%']",
    ].forEach(yes);
    [
      "[test:string LIKE 'He%']",
      "[test:string LIKE 'hel']",
      "[test:string LIKE 'he_o']",
      "[test:ip LIKE '11_22%44.']",
    ].forEach(no);
  });
  it('MATCHES as an unanchored regular expression, with (?i)', () => {
    [
      "[test:string MATCHES 'l+']",
      "[test:string MATCHES '.lo$']",
      "[test:string MATCHES '(?i)^HELLO$']",
      "[test:string MATCHES '^h\\\\w+$']",
    ].forEach(yes);
    [
      "[test:string MATCHES '^l']",
      "[test:string MATCHES 'HELLO']",
      "[test:int MATCHES '5']",
    ].forEach(no);
  });
  it('MATCHES on binary properties sees one character per byte', () => {
    yes("[test:payload_bin MATCHES '^\\\\x01\\\\x02\\\\x03\\\\x04$']");
    yes("[test:magic_number_hex MATCHES '^\\\\xff\\\\xd8']");
    no("[test:payload_bin MATCHES '^\\\\x02']");
  });
  it('binary and hex constants compare bytes', () => {
    yes("[test:payload_bin = b'AQIDBA==']");
    yes("[test:payload_bin = h'01020304']");
    yes("[test:magic_number_hex = h'ffd8']");
    yes("[test:magic_number_hex = b'/9g=']");
    yes("[test:magic_number_hex > h'ff']");
    no("[test:payload_bin = h'010203']");
    no("[test:int = h'05']");
    yes("[test:string = h'68656c6c6f']"); // a plain string compares as its UTF-8 bytes
  });
  it('ISSUBSET and ISSUPERSET on IPv4 and IPv6 CIDRs', () => {
    [
      "[test:ip ISSUBSET '11.22.41.123/20']",
      "[test:ip ISSUBSET '11.22.33.44']",
      "[test:cidr ISSUPERSET '11.22.41.123']",
      "[test:cidr ISSUPERSET '11.22.41.123/29']",
    ].forEach(yes);
    [
      "[test:ip6 ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']",
      "[test:ip NOT ISSUBSET '11.22.123.41/20']",
      "[test:int NOT ISSUBSET '1.2.3.4']",
    ].forEach(yes);
    [
      "[test:ip ISSUBSET '11.22.123.41/20']",
      "[test:cidr ISSUPERSET '11.22.33.44/13']",
      "[test:ip6 ISSUBSET '2001:db8:dead:bef0::/64']",
      "[test:ip ISSUBSET '::/0']",
      "[test:string ISSUBSET '0.0.0.0/0']",
    ].forEach(no);
  });
  it('EXISTS and NOT EXISTS', () => {
    [
      '[EXISTS test:int]',
      '[NOT EXISTS test:missing]',
      '[EXISTS test:nothing]',
      "[EXISTS test:dict.'Accept-Encoding']",
    ].forEach(yes);
    [
      '[EXISTS test:missing]',
      '[NOT EXISTS test:int]',
      '[EXISTS other:int]',
      '[EXISTS test:constructor]',
    ].forEach(no);
  });
  it('absent paths make every comparison false, != and NOT included', () => {
    [
      '[test:missing = 1]',
      '[test:missing != 1]',
      '[test:missing NOT = 1]',
      "[test:missing NOT LIKE 'x']",
      '[test:missing NOT IN (1)]',
      "[test:missing.deeper != 'x']",
    ].forEach(no);
    // a present null is a value of another type: unequal
    yes("[test:nothing != 'alice']");
    no("[test:nothing = 'alice']");
  });
  it('list indexes and [*]', () => {
    [
      "[test:list[*] = 'b']",
      "[test:list[0] = 'a']",
      "[test:list[*] NOT = 'a']",
      "[test:dict.'Accept-Encoding' = 'gzip']",
    ].forEach(yes);
    [
      "[test:list[5] = 'a']",
      "[test:list[-1] = 'c']",
      "[test:list[1] = 'a']",
      "[test:list[*] = 'z']",
      "[test:list = 'a']",
      "[test:string[*] = 'h']",
    ].forEach(no);
  });
  it('AND and OR inside [...] are evaluated on one SCO', () => {
    yes("[test:int = 5 AND test:string = 'hello']");
    no("[test:int = 5 AND test:string = 'bye']");
    yes("[test:int = 4 OR test:string = 'hello']");
    const two = [od({ '0': { type: 'file', name: 'a' }, '1': { type: 'file', size: 3 } })];
    assert.equal(matchPattern("[file:name = 'a' AND file:size = 3]", two).matched, false);
    assert.equal(matchPattern("[file:name = 'a' OR file:size = 3]", two).matched, true);
    assert.equal(
      matchPattern("[file:name = 'b' OR ipv4-addr:value = '1.1.1.1']", [
        od({ '0': { type: 'ipv4-addr', value: '1.1.1.1' } }),
      ]).matched,
      true,
    );
  });
  it('compares strings in Unicode NFC (composed and decomposed spellings are equal)', () => {
    const spellings = ['\u1e0d\u0307', 'd\u0323\u0307', '\u1e0b\u0323'];
    const d = [od({ '0': { type: 't', v: spellings[1] } })];
    for (const s of spellings) {
      for (const p of [
        `[t:v = '${s}']`,
        `[t:v IN ('x', '${s}')]`,
        `[t:v LIKE '${s}']`,
        `[t:v MATCHES '^${s}$']`,
      ]) {
        assert.equal(matchPattern(p, d).matched, true, p);
      }
      assert.equal(matchPattern(`[t:v != '${s}']`, d).matched, false);
    }
  });
  it('does not match on other object types', () => {
    no('[other:int = 5]');
  });
});

describe('SCO placement and references', () => {
  const ip = { type: 'ipv4-addr', id: 'ipv4-addr--1', value: '198.51.100.1' };
  const dom = {
    type: 'domain-name',
    id: 'domain-name--1',
    value: 'example.com',
    resolves_to_refs: ['ipv4-addr--1'],
  };
  const traffic = {
    type: 'network-traffic',
    id: 'network-traffic--1',
    dst_ref: 'ipv4-addr--1',
    protocols: ['tcp'],
  };
  const scos = new Map<string, unknown>([ip, dom, traffic].map((o) => [o.id, o]));
  const viaRefs: ObservedDataLike = {
    type: 'observed-data',
    id: 'observed-data--refs',
    first_observed: '2020-01-01T00:00:00Z',
    last_observed: '2020-01-01T00:00:00Z',
    number_observed: 1,
    object_refs: ['domain-name--1', 'network-traffic--1'],
  };
  it('resolves object_refs from the SCO map (a plain record works too)', () => {
    assert.equal(
      matchPattern("[domain-name:value = 'example.com']", [viaRefs], { scos }).matched,
      true,
    );
    assert.equal(
      matchPattern("[domain-name:value = 'example.com']", [viaRefs], {
        scos: Object.fromEntries(scos),
      }).matched,
      true,
    );
    assert.equal(matchPattern("[domain-name:value = 'example.com']", [viaRefs]).matched, false);
    // ipv4-addr--1 is referenced but not listed in object_refs: it is not a root
    assert.equal(
      matchPattern("[ipv4-addr:value = '198.51.100.1']", [viaRefs], { scos }).matched,
      false,
    );
  });
  it('follows _ref and _refs[*] properties', () => {
    assert.equal(
      matchPattern("[network-traffic:dst_ref.value ISSUBSET '198.51.100.0/24']", [viaRefs], {
        scos,
      }).matched,
      true,
    );
    assert.equal(
      matchPattern("[domain-name:resolves_to_refs[*].value = '198.51.100.1']", [viaRefs], { scos })
        .matched,
      true,
    );
    assert.equal(
      matchPattern("[network-traffic:dst_ref.type = 'ipv6-addr']", [viaRefs], { scos }).matched,
      false,
    );
  });
  it('follows refs between objects of the deprecated objects dictionary', () => {
    const embedded = od({
      '0': { type: 'file', name: 'foo.dll', parent_directory_ref: '1' },
      '1': { type: 'directory', path: 'C:\\Windows\\System32' },
    });
    assert.equal(
      matchPattern(
        "[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\\\Windows\\\\System32']",
        [embedded],
      ).matched,
      true,
    );
  });
});

describe('observation operators and qualifiers (§9.6, §9.7)', () => {
  const a = od({ '0': { type: 'a', v: 1 } }, { at: '2020-01-01T00:00:00Z' });
  const b = od({ '0': { type: 'b', v: 1 } }, { at: '2020-01-01T00:00:30Z' });
  const c = od({ '0': { type: 'c', v: 1 } }, { at: '2020-01-01T00:02:00Z' });
  const aa = od({ '0': { type: 'a', v: 1 } }, { at: '2020-01-01T00:01:00Z' });
  const all = [a, b, c, aa];
  const m = (p: string, d: readonly ObservedDataLike[] = all) => matchPattern(p, d).matched;

  it('AND and OR between observations', () => {
    assert.equal(m('[a:v = 1] AND [c:v = 1]'), true);
    assert.equal(m('[a:v = 1] AND [d:v = 1]'), false);
    assert.equal(m('[a:v = 1] OR [d:v = 1]'), true);
    assert.equal(m('[d:v = 1] OR [e:v = 1]'), false);
    // one observation cannot satisfy both sides
    assert.equal(m('[a:v = 1] AND [a:v = 1]', [a]), false);
    assert.equal(m('[a:v = 1] AND [a:v = 1]', [a, aa]), true);
  });
  it('FOLLOWEDBY needs the right side to start after the left side ends', () => {
    assert.equal(m('[a:v = 1] FOLLOWEDBY [b:v = 1]'), true);
    assert.equal(m('[b:v = 1] FOLLOWEDBY [a:v = 1]'), true, 'aa at 00:01 follows b at 00:30');
    assert.equal(m('[b:v = 1] FOLLOWEDBY [a:v = 1]', [a, b]), false);
    assert.equal(m('[c:v = 1] FOLLOWEDBY [b:v = 1]'), false);
    assert.equal(m('[a:v = 1] FOLLOWEDBY [b:v = 1] FOLLOWEDBY [c:v = 1]'), true);
    assert.equal(m('[a:v = 1] FOLLOWEDBY [c:v = 1] FOLLOWEDBY [b:v = 1]'), false);
    // an interval that overlaps allows an order: b may have happened at 00:00:05, after a
    const overlapping = od(
      { '0': { type: 'b', v: 1 } },
      { at: '2019-12-31T23:59:00Z', until: '2020-01-01T00:00:10Z' },
    );
    assert.equal(m('[a:v = 1] FOLLOWEDBY [b:v = 1]', [a, overlapping]), true);
    const before = od(
      { '0': { type: 'b', v: 1 } },
      { at: '2019-12-31T23:59:00Z', until: '2019-12-31T23:59:59Z' },
    );
    assert.equal(m('[a:v = 1] FOLLOWEDBY [b:v = 1]', [a, before]), false);
  });
  it('WITHIN limits the span from first to last observation', () => {
    assert.equal(m('([a:v = 1] AND [b:v = 1]) WITHIN 30 SECONDS', [a, b]), true);
    assert.equal(m('([a:v = 1] AND [b:v = 1]) WITHIN 29.5 SECONDS', [a, b]), false);
    assert.equal(
      m('([a:v = 1] FOLLOWEDBY [c:v = 1]) WITHIN 60 SECONDS'),
      true,
      'aa at 00:01 and c at 00:02',
    );
    assert.equal(m('([a:v = 1] FOLLOWEDBY [c:v = 1]) WITHIN 59 SECONDS'), false);
    // a long interval only needs one moment inside the window
    const long = od(
      { '0': { type: 'a', v: 1 } },
      { at: '2020-01-01T00:00:00Z', until: '2020-01-01T00:10:00Z' },
    );
    const later = od({ '0': { type: 'b', v: 1 } }, { at: '2020-01-01T00:10:30Z' });
    assert.equal(m('[a:v = 1] WITHIN 1 SECONDS', [long]), true);
    assert.equal(m('([a:v = 1] AND [b:v = 1]) WITHIN 30 SECONDS', [long, later]), true);
    assert.equal(m('([a:v = 1] AND [b:v = 1]) WITHIN 29 SECONDS', [long, later]), false);
  });
  it('REPEATS counts distinct observations and number_observed', () => {
    assert.equal(m('[a:v = 1] REPEATS 2 TIMES'), true);
    assert.equal(m('[a:v = 1] REPEATS 3 TIMES'), false);
    assert.equal(m('[b:v = 1] REPEATS 2 TIMES'), false);
    const many = od({ '0': { type: 'b', v: 1 } }, { n: 5 });
    assert.equal(m('[b:v = 1] REPEATS 5 TIMES', [many]), true);
    assert.equal(m('[b:v = 1] REPEATS 6 TIMES', [many]), false);
    assert.equal(m('[a:v = 1] REPEATS 2 TIMES WITHIN 60 SECONDS'), true);
    assert.equal(m('[a:v = 1] REPEATS 2 TIMES WITHIN 59 SECONDS'), false);
  });
  it('START/STOP keeps observations whose interval overlaps [START, STOP)', () => {
    const spanning = od(
      { '0': { type: 'd', v: 1 } },
      { at: '2020-01-01T00:00:00Z', until: '2020-01-01T01:00:00Z' },
    );
    assert.equal(
      m("[d:v = 1] START t'2020-01-01T00:30:00Z' STOP t'2020-01-01T00:31:00Z'", [spanning]),
      true,
    );
    assert.equal(
      m("[d:v = 1] START t'2020-01-01T01:00:00Z' STOP t'2020-01-01T02:00:00Z'", [spanning]),
      true,
    );
    assert.equal(
      m("[d:v = 1] START t'2020-01-01T01:00:01Z' STOP t'2020-01-01T02:00:00Z'", [spanning]),
      false,
    );
    assert.equal(
      m("[d:v = 1] START t'2019-12-31T00:00:00Z' STOP t'2020-01-01T00:00:00Z'", [spanning]),
      false,
    );
    assert.equal(m("[b:v = 1] START t'2020-01-01T00:00:30Z' STOP t'2020-01-01T00:00:31Z'"), true);
    assert.equal(m("[b:v = 1] START t'2020-01-01T00:00:31Z' STOP t'2020-01-02T00:00:00Z'"), false);
    assert.equal(m("[b:v = 1] START t'2020-01-01T00:00:00Z' STOP t'2020-01-01T00:00:30Z'"), false);
    assert.equal(
      m("([a:v = 1] AND [c:v = 1]) START t'2020-01-01T00:00:30Z' STOP t'2020-01-01T00:05:00Z'"),
      true,
    );
    assert.equal(
      m("([a:v = 1] AND [b:v = 1]) START t'2020-01-01T00:00:30Z' STOP t'2020-01-01T00:05:00Z'", [
        a,
        b,
      ]),
      false,
    );
  });
  it('reports which observed-data satisfied which observation', () => {
    const r = matchPattern('[a:v = 1] FOLLOWEDBY [c:v = 1]', [a, b, c]);
    assert.deepEqual(r.observations, [
      { observation: 0, observedData: [{ index: 0, id: a.id }] },
      { observation: 1, observedData: [{ index: 2, id: c.id }] },
    ]);
    assert.equal(r.truncated, false);
    assert.deepEqual(matchPattern('[zzz:v = 1]', all).observations, []);
  });
  it('stops at maxBindings and says so', () => {
    const many = Array.from({ length: 50 }, () => od({ '0': { type: 'a', v: 1 } }));
    const r = matchPattern('[a:v = 1] REPEATS 5 TIMES', many, { maxBindings: 10 });
    assert.equal(r.matched, true);
    assert.equal(r.truncated, true);
    // no solution, many candidates: the attempt budget ends the search quickly
    const t0 = performance.now();
    const none = matchPattern('([a:v = 1] AND [a:v = 1]) REPEATS 30 TIMES', many, {
      maxBindings: 100,
    });
    assert.equal(none.truncated, true);
    assert.ok(performance.now() - t0 < 2000);
  });
});

describe('compile once, match many', () => {
  it('reuses one compiled pattern and accepts a syntax tree', () => {
    const compiled = compilePattern("[ipv4-addr:value = '10.0.0.1']");
    const hit = [od({ '0': { type: 'ipv4-addr', value: '10.0.0.1' } })];
    const miss = [od({ '0': { type: 'ipv4-addr', value: '10.0.0.2' } })];
    for (let i = 0; i < 3; i++) {
      assert.equal(compiled.match(hit).matched, true);
      assert.equal(compiled.match(miss).matched, false);
    }
    const { ast } = parsePattern("[ipv4-addr:value = '10.0.0.1']");
    assert.equal(matchPattern(ast, hit).matched, true);
    assert.equal(matchPattern(compiled, miss).matched, false);
  });
});
