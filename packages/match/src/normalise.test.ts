import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatAddress, parseAddress, parseBlock } from './ip.ts';
import { normaliseDomain, normaliseUrl } from './normalise.ts';
import { pick, rng } from './testing/random.ts';

describe('normaliseUrl', () => {
  it('the no-parse shortcut gives the WHATWG serialisation (5,000 random URLs, seed 7)', () => {
    const r = rng(7);
    const parts = [
      'a',
      'B',
      '.',
      '..',
      '/',
      '?',
      '=',
      '&',
      '%41',
      ' ',
      '#',
      ':',
      '@',
      'xn--',
      '1',
      '-',
      "'",
      '~',
      '\\',
    ];
    for (let i = 0; i < 5000; i++) {
      let rest = '';
      for (let k = Math.floor(r() * 8); k > 0; k--) rest += pick(r, parts);
      const host = pick(r, [
        'example.com',
        'EXAMPLE.com',
        'a.b1',
        '1.2.3.4',
        'xn--bcher-kva.example',
        'ex-1.org',
      ]);
      const text = `${pick(r, ['http', 'https', 'HTTP'])}://${host}${pick(r, ['', ':80', ':443', ':8080'])}/${rest}`;
      let want: string;
      try {
        const u = new URL(text);
        u.hash = '';
        want = u.href;
      } catch {
        want = text;
      }
      assert.equal(normaliseUrl(text), want, text);
    }
  });
});

describe('addresses', () => {
  it('parse and print round-trip in RFC 5952 form; mapped IPv6 is IPv4', () => {
    assert.equal(
      formatAddress(parseAddress('2001:0DB8:0:0:1:0:0:1') ?? { v: 4, n: 0 }),
      '2001:db8::1:0:0:1',
    );
    assert.equal(formatAddress(parseAddress('::') ?? { v: 4, n: 1 }), '::');
    assert.deepEqual(parseAddress('::ffff:1.2.3.4'), { v: 4, n: 0x01020304 });
    assert.equal(parseAddress('01.2.3.4'), undefined);
    assert.equal(parseAddress('1.2.3.256'), undefined);
    assert.equal(parseAddress('1::2::3'), undefined);
    assert.deepEqual(parseBlock('::ffff:10.0.0.0/104'), {
      address: { v: 4, n: 0x0a000000 },
      prefix: 8,
    });
    assert.equal(parseBlock('10.0.0.0/33'), undefined);
  });
  it('domains: IDN labels become punycode, one trailing dot goes', () => {
    assert.equal(normaliseDomain('Bücher.Example.'), 'xn--bcher-kva.example');
    assert.equal(normaliseDomain('.'), undefined);
  });
});
