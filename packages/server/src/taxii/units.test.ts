import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsTaxii, isTaxiiContentType } from './media.ts';
import { decodeNext, encodeNext, parseListParams } from './params.ts';
import { computeAccess } from './access.ts';
import { toTaxiiError } from './errors.ts';
import { parseAuthorization } from '../auth/authenticate.ts';
import { CoopsecError } from '@coopsec/model';

describe('TAXII media types (TAXII 2.1 §1.6.8)', () => {
  it('accepts TAXII 2.1, wildcards and no Accept; refuses others', () => {
    for (const a of [
      undefined,
      '',
      '*/*',
      'application/*',
      'application/taxii+json',
      'application/taxii+json;version=2.1',
      'text/html, application/taxii+json; version="2.1"',
    ]) {
      assert.equal(acceptsTaxii(a), true, String(a));
    }
    for (const a of [
      'application/json',
      'application/taxii+json;version=2.0',
      'application/taxii+json;q=0',
    ])
      assert.equal(acceptsTaxii(a), false, a);
    assert.equal(isTaxiiContentType('application/taxii+json;version=2.1'), true);
    assert.equal(isTaxiiContentType('application/json'), false);
    assert.equal(isTaxiiContentType(undefined), false);
  });
});

describe('listing parameters (TAXII 2.1 §3.4, §3.5)', () => {
  it('parses filters and defaults', () => {
    const p = parseListParams(
      {
        limit: '50',
        'match[type]': 'indicator,malware',
        'match[version]': 'first,2024-01-01T00:00:00Z',
      },
      { defaultVersion: 'last', allowIdTypeVersion: true },
    );
    assert.equal(p.limit, 50);
    assert.deepEqual(p.types, ['indicator', 'malware']);
    assert.deepEqual(p.versions, {
      first: true,
      last: false,
      all: false,
      exact: ['2024-01-01T00:00:00.000000000Z'],
    });
    assert.equal(
      parseListParams({}, { defaultVersion: 'last', allowIdTypeVersion: true }).versions?.last,
      true,
    );
    assert.equal(
      parseListParams({ limit: '999999' }, { defaultVersion: 'all', allowIdTypeVersion: false })
        .limit,
      10_000,
    );
  });
  it('refuses bad values with BAD_INPUT', () => {
    for (const q of [
      { limit: '0' },
      { limit: 'x' },
      { next: 'zzz' },
      { added_after: 'today' },
      { 'match[version]': 'newest' },
      { limit: ['1', '2'] },
    ]) {
      assert.throws(
        () => parseListParams(q, { defaultVersion: 'last', allowIdTypeVersion: true }),
        (e: unknown) => e instanceof CoopsecError && e.code === 'BAD_INPUT',
      );
    }
  });
  it('round-trips next', () => {
    assert.equal(decodeNext(encodeNext(123456)), 123456);
  });
});

describe('access policy', () => {
  const collection = {
    id: 'c',
    apiRoot: 'default',
    title: 'c',
    description: null,
    ownerOrg: 'own',
  };
  const principal = { userId: 'u', userName: 'n', orgId: 'client', isAdmin: false, keyId: 'k' };
  it('gives a client the AMBER its parent receives, not AMBER+STRICT, and no community GREEN', () => {
    const a = computeAccess({
      principal,
      parentOrg: 'parent',
      collection,
      grant: { canRead: true, canWrite: false },
      agreements: [{ fromOrg: 'src', toOrg: 'parent', levels: ['amber', 'amber+strict', 'green'] }],
    });
    assert.equal(a.canRead, true);
    assert.equal(a.canWrite, false);
    assert.equal(a.scope.clearance.defaultLevel, 'clear');
    assert.equal(a.scope.clearance.byOrigin.get('src'), 'amber');
    assert.equal(a.scope.clearance.byOrigin.get('client'), 'amber+strict');
  });
});

describe('errors and credentials', () => {
  it('maps codes to TAXII error bodies', () => {
    const e = toTaxiiError(new CoopsecError('FORBIDDEN', 'no'));
    assert.equal(e.status, 403);
    assert.equal(e.body.http_status, '403');
    assert.equal(
      toTaxiiError(new Error('boom')).body.description.includes('boom'),
      false,
      'internal details are not disclosed',
    );
  });
  it('parses Basic and Bearer', () => {
    assert.deepEqual(parseAuthorization('Bearer abc'), { key: 'abc' });
    assert.deepEqual(parseAuthorization(`Basic ${Buffer.from('me:key').toString('base64')}`), {
      user: 'me',
      key: 'key',
    });
    assert.equal(parseAuthorization('Digest x'), undefined);
  });
});
