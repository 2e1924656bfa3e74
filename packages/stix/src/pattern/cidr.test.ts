/** CIDR parsing and containment (ISSUBSET / ISSUPERSET, STIX 2.1 §9.5). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSubset, parseCidr } from './cidr.ts';

const p = (text: string) => {
  const c = parseCidr(text);
  assert.ok(c !== undefined, `${text} should parse`);
  return c;
};

describe('cidr', () => {
  it('parses IPv4 addresses and blocks, clearing host bits', () => {
    assert.deepEqual(p('10.1.2.3'), { version: 4, network: 0x0a010203n, prefix: 32 });
    assert.deepEqual(p('10.1.2.3/8'), { version: 4, network: 0x0a000000n, prefix: 8 });
    assert.deepEqual(p('0.0.0.0/0'), { version: 4, network: 0n, prefix: 0 });
  });
  it('parses IPv6 forms, including :: and an IPv4 tail', () => {
    assert.equal(p('::').network, 0n);
    assert.equal(p('::1').network, 1n);
    assert.equal(p('2001:db8::/32').network, 0x20010db8n << 96n);
    assert.equal(p('2001:0db8:0000:0000:0000:0000:0000:0001').network, (0x20010db8n << 96n) | 1n);
    assert.deepEqual(p('::ffff:1.2.3.4'), { version: 4, network: 0x01020304n, prefix: 32 });
    assert.deepEqual(p('64:ff9b::1.2.3.4/128').version, 6);
  });
  it('refuses what is not an address', () => {
    for (const bad of [
      '',
      'example.com',
      '1.2.3',
      '1.2.3.4.5',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3.4/33',
      '1.2.3.4/',
      '::1/129',
      '1::2::3',
      '12345::',
      ':::',
      '1:2:3:4:5:6:7:8:9',
      'g::1',
      '1.2.3.4/a',
    ]) {
      assert.equal(parseCidr(bad), undefined, bad);
    }
  });
  it('contains blocks in blocks of the same family only', () => {
    assert.equal(isSubset(p('10.1.2.3'), p('10.0.0.0/8')), true);
    assert.equal(isSubset(p('10.0.0.0/8'), p('10.0.0.0/8')), true);
    assert.equal(isSubset(p('10.0.0.0/7'), p('10.0.0.0/8')), false);
    assert.equal(isSubset(p('11.0.0.1'), p('10.0.0.0/8')), false);
    assert.equal(isSubset(p('1.2.3.4'), p('::/0')), false);
    assert.equal(isSubset(p('2001:db8:dead:beef::1'), p('2001:db8:dead:beef::/64')), true);
    assert.equal(isSubset(p('2001:db8:dead:bef0::1'), p('2001:db8:dead:beef::/64')), false);
    assert.equal(isSubset(p('::ffff:10.1.1.1'), p('10.0.0.0/8')), true);
  });
});
