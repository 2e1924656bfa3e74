import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRIES, countriesInRegion, findCountry, resolveCountry } from './countries.ts';
import { CoopsecError } from './errors.ts';

void test('the full ISO 3166-1 list: 249 entries, unique codes, well-formed', () => {
  assert.equal(COUNTRIES.length, 249);
  assert.ok(COUNTRIES.length >= 194, 'a benchmark needs 194 countries');
  assert.equal(new Set(COUNTRIES.map((c) => c.alpha2)).size, 249);
  assert.equal(new Set(COUNTRIES.map((c) => c.alpha3)).size, 249);
  for (const c of COUNTRIES) {
    assert.match(c.alpha2, /^[A-Z]{2}$/);
    assert.match(c.alpha3, /^[A-Z]{3}$/);
    assert.match(c.numeric, /^\d{3}$/);
    assert.ok(c.name.length > 0);
  }
});

void test('resolves alpha-2, alpha-3 and names in any case', () => {
  assert.equal(resolveCountry('kg').alpha3, 'KGZ');
  assert.equal(resolveCountry('KGZ').alpha2, 'KG');
  assert.equal(resolveCountry(' kgz ').name, 'Kyrgyzstan');
  assert.equal(resolveCountry('uzbekistan').alpha3, 'UZB');
  assert.equal(resolveCountry('Taiwan').alpha3, 'TWN');
  assert.equal(resolveCountry('afg').numeric, '004');
  assert.equal(findCountry('ZZZ'), undefined);
});

void test('unknown countries are refused with the value named', () => {
  for (const bad of ['XX', 'XXX', '', 'Kyrgyz', 'K G Z']) {
    assert.throws(
      () => resolveCountry(bad),
      (e: unknown) =>
        e instanceof CoopsecError &&
        e.code === 'BAD_INPUT' &&
        e.message.includes(`"${bad}"`) &&
        e.details[0]?.field === 'country',
    );
  }
});

void test('the five Central Asian countries carry the region tag, and only they', () => {
  assert.deepEqual(
    countriesInRegion('central-asia').map((c) => c.alpha3),
    ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
  );
  assert.equal(resolveCountry('RU').region, undefined);
});
