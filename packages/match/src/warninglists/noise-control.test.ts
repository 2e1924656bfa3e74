/**
 * Warning lists (the five MISP types, matching_attributes, the bundled lists) and decay (the
 * polynomial model against values worked out by hand) applied by the Matcher.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLED_DECAY_MODELS, DAY_MS, decayScore, parseDecayModel } from '../decay/decay.ts';
import { Matcher } from '../matcher.ts';
import type { SuppressedHit } from '../matcher.ts';
import type { Atom } from '../observation.ts';
import { BUNDLED_WARNING_LIST_IDS, loadBundledWarningList } from './bundled.ts';
import { parseWarningList, pcreToRegExp, WarningLists } from './warninglist.ts';
import type { WarningListData } from './warninglist.ts';

const list = (
  type: WarningListData['type'],
  entries: string[],
  matching_attributes?: string[],
): WarningListData => ({
  name: `test ${type}`,
  version: 1,
  description: 'test',
  type,
  list: entries,
  ...(matching_attributes !== undefined ? { matching_attributes } : {}),
});
const one = (data: WarningListData, atom: Atom): string | undefined => {
  const lists = new WarningLists();
  lists.add('l', data);
  return lists.check(atom)?.list;
};

describe('warning list types (MISP)', () => {
  it('cidr: blocks and single addresses, IPv4 and IPv6, edges of the block', () => {
    const l = list('cidr', ['10.0.0.0/8', '8.8.8.8', '2001:db8::/32']);
    assert.equal(one(l, { type: 'ipv4-addr', value: '10.255.255.255' }), 'l');
    assert.equal(one(l, { type: 'ipv4-addr', value: '11.0.0.0' }), undefined);
    assert.equal(one(l, { type: 'ipv4-addr', value: '8.8.8.8' }), 'l');
    assert.equal(one(l, { type: 'ipv4-addr', value: '8.8.8.9' }), undefined);
    assert.equal(one(l, { type: 'ipv6-addr', value: '2001:DB8:ffff::1' }), 'l');
    assert.equal(one(l, { type: 'ipv6-addr', value: '2001:db9::1' }), undefined);
    assert.equal(one(l, { type: 'ipv6-addr', value: '::ffff:10.1.2.3' }), 'l');
    assert.equal(one(l, { type: 'url', value: 'http://10.1.2.3/x' }), 'l');
  });
  it('string: whole value, case-insensitive, a URL by its host too', () => {
    const l = list('string', ['google.com', 'D41D8CD98F00B204E9800998ECF8427E']);
    assert.equal(one(l, { type: 'domain-name', value: 'GOOGLE.com.' }), 'l');
    assert.equal(one(l, { type: 'domain-name', value: 'www.google.com' }), undefined);
    assert.equal(one(l, { type: 'url', value: 'https://google.com/search' }), 'l');
    assert.equal(
      one(l, { type: 'file:hashes.MD5', value: 'd41d8cd98f00b204e9800998ecf8427e' }),
      'l',
    );
  });
  it('hostname: the name and its subdomains, of domains, URLs and e-mail addresses', () => {
    const l = list('hostname', ['bit.ly']);
    assert.equal(one(l, { type: 'domain-name', value: 'bit.ly' }), 'l');
    assert.equal(one(l, { type: 'domain-name', value: 'a.b.BIT.ly' }), 'l');
    assert.equal(one(l, { type: 'domain-name', value: 'notbit.ly' }), undefined);
    assert.equal(one(l, { type: 'url', value: 'https://bit.ly/abc' }), 'l');
    assert.equal(one(l, { type: 'email-addr', value: 'x@mail.bit.ly' }), 'l');
  });
  it('substring and regex', () => {
    assert.equal(
      one(list('substring', ['sandbox']), { type: 'url', value: 'http://a.SANDBOX.io/' }),
      'l',
    );
    assert.equal(
      one(list('substring', ['sandbox']), { type: 'url', value: 'http://a.io/' }),
      undefined,
    );
    const r = list('regex', ['/^(security|noc|soc|abuse)\\@.*\\..*$/i']);
    assert.equal(one(r, { type: 'email-addr', value: 'Abuse@example.org' }), 'l');
    assert.equal(one(r, { type: 'email-addr', value: 'ceo@example.org' }), undefined);
  });
  it('matching_attributes limits a list to those atom types', () => {
    const l = list('string', ['d41d8cd98f00b204e9800998ecf8427e'], ['md5']);
    assert.equal(
      one(l, { type: 'file:hashes.MD5', value: 'd41d8cd98f00b204e9800998ecf8427e' }),
      'l',
    );
    assert.equal(
      one(l, { type: 'domain-name', value: 'd41d8cd98f00b204e9800998ecf8427e' }),
      undefined,
    );
  });
  it('unusable entries are skipped and reported, bad lists refused naming the field', () => {
    const lists = new WarningLists();
    const added = lists.add('l', list('cidr', ['10.0.0.0/8', 'not-an-ip']));
    assert.equal(added.entries, 1);
    assert.deepEqual(added.skipped, [
      { entry: 'not-an-ip', reason: 'not an IP address or CIDR block' },
    ]);
    assert.throws(
      () => parseWarningList({ ...list('cidr', []), type: 'ip' }, 'x.json'),
      /x\.json: type must be one of/,
    );
    assert.throws(
      () => parseWarningList({ ...list('cidr', []), list: [1] }),
      /list must be an array of strings/,
    );
    assert.throws(() => pcreToRegExp('/a/x'), /flags "x"/);
  });
});

describe('bundled warning lists', () => {
  it('every bundled list loads, has entries, and equals the MISP file it came from', async () => {
    for (const id of BUNDLED_WARNING_LIST_IDS) {
      const data = await loadBundledWarningList(id);
      assert.ok(data.list.length > 0, id);
      const source = JSON.parse(
        readFileSync(
          new URL(
            `../../../../../shared/data/misp-warninglists/lists/${id}/list.json`,
            import.meta.url,
          ),
          'utf8',
        ),
      ) as WarningListData;
      assert.deepEqual(data.list, source.list, id);
      assert.equal(data.type, source.type, id);
    }
  });
  it('8.8.8.8 is a public DNS resolver and 192.168.1.1 private address space', async () => {
    const lists = new WarningLists();
    for (const id of ['public-dns-v4', 'rfc1918'] as const)
      lists.add(id, await loadBundledWarningList(id));
    assert.equal(lists.check({ type: 'ipv4-addr', value: '8.8.8.8' })?.list, 'public-dns-v4');
    assert.equal(lists.check({ type: 'ipv4-addr', value: '192.168.1.1' })?.list, 'rfc1918');
    assert.equal(lists.check({ type: 'ipv4-addr', value: '198.18.0.1' }), undefined);
  });
});

describe('decay (MISP polynomial model)', () => {
  const nids = BUNDLED_DECAY_MODELS['nids-simple'];
  it('reads the bundled models’ parameters', () => {
    assert.deepEqual(
      [nids.lifetimeDays, nids.decaySpeed, nids.threshold, nids.defaultBaseScore],
      [120, 2, 30, 80],
    );
    assert.equal(BUNDLED_DECAY_MODELS.phishing.lifetimeDays, 3);
  });
  it('score = base × (1 − (t/lifetime)^(1/decay_speed)), by hand', () => {
    assert.equal(decayScore(nids, 80, 0), 80);
    assert.equal(decayScore(nids, 80, 30 * DAY_MS), 40); // (30/120)^(1/2) = 0.5
    assert.ok(Math.abs(decayScore(nids, 80, 67.5 * DAY_MS) - 20) < 1e-9); // (0.5625)^0.5 = 0.75
    assert.equal(decayScore(nids, 80, 120 * DAY_MS), 0);
    assert.equal(decayScore(nids, 80, 500 * DAY_MS), 0);
    assert.equal(decayScore(nids, 80, -DAY_MS), 80);
  });
  it('refuses other formulas and bad parameters naming the field', () => {
    assert.throws(() => parseDecayModel({ formula: 'Exponential' }, 'm'), /formula "Exponential"/);
    assert.throws(
      () =>
        parseDecayModel(
          { parameters: { lifetime: 0, decay_speed: 1, threshold: 1, default_base_score: 1 } },
          'm',
        ),
      /parameters\.lifetime must be a number above 0/,
    );
  });
});

describe('Matcher with noise control', () => {
  const T0 = Date.parse('2026-01-01T00:00:00Z');
  const ind = (n: number, pattern: string, extra: Record<string, unknown> = {}) => ({
    id: `indicator--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    pattern,
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
    ...extra,
  });
  it('a warning-listed value does not alert and says which list', () => {
    const lists = new WarningLists();
    lists.add('rfc1918', list('cidr', ['10.0.0.0/8']));
    const suppressed: SuppressedHit[] = [];
    const m = new Matcher({ warningLists: lists, onSuppressed: (s) => suppressed.push(s) });
    m.upsert(ind(1, "[ipv4-addr:value ISSUBSET '0.0.0.0/0']"));
    const o = { time: T0, atoms: [{ type: 'ipv4-addr', value: '10.1.1.1' } as Atom] };
    assert.deepEqual(m.match(o), []);
    assert.equal(suppressed.length, 1);
    assert.deepEqual(suppressed[0]?.suppression, {
      by: 'warninglist',
      warninglist: { list: 'rfc1918', name: 'test cidr', version: 1 },
    });
    // another address of the same observation still alerts
    const both = m.match({
      time: T0,
      atoms: [...o.atoms, { type: 'ipv4-addr', value: '198.18.0.1' }],
    });
    assert.deepEqual(
      both.map((h) => h.matched.value),
      ['198.18.0.1'],
    );
  });
  it('decayed indicators stop alerting; scores are on the hits; confidence is the base', () => {
    const nids = BUNDLED_DECAY_MODELS['nids-simple'];
    const suppressed: SuppressedHit[] = [];
    const m = new Matcher({ decay: nids, onSuppressed: (s) => suppressed.push(s) });
    m.upsert(ind(1, "[domain-name:value = 'evil.example']"));
    m.upsert(ind(2, "[domain-name:value = 'evil.example']", { confidence: 40 }));
    const atoms: Atom[] = [{ type: 'domain-name', value: 'evil.example' }];
    const at30 = m.match({ time: T0 + 30 * DAY_MS, atoms });
    // 80 → 40 (alerts); 40 → 20 (below 30: decayed)
    assert.deepEqual(
      at30.map((h) => [h.indicatorId.slice(-1), h.score]),
      [['1', 40]],
    );
    assert.deepEqual(suppressed[0]?.suppression, {
      by: 'decay',
      model: 'nids-simple',
      score: 20,
      threshold: 30,
    });
    assert.deepEqual(m.match({ time: T0 + 100 * DAY_MS, atoms }), []);
    // a newer version refreshes the indicator
    m.upsert(ind(1, "[domain-name:value = 'evil.example']", { modified: '2026-04-11T00:00:00Z' }));
    assert.deepEqual(
      m.match({ time: T0 + 100 * DAY_MS, atoms }).map((h) => h.score),
      [80],
    );
  });
});
