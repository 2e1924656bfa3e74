import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeCountryFromEnv } from './node-country.ts';

describe('nodeCountryFromEnv', () => {
  it('reads COOPSEC_NODE_COUNTRY, trimmed', () => {
    assert.equal(nodeCountryFromEnv({ COOPSEC_NODE_COUNTRY: ' KGZ ' }), 'KGZ');
  });
  it('is null when the variable is unset or blank', () => {
    assert.equal(nodeCountryFromEnv({}), null);
    assert.equal(nodeCountryFromEnv({ COOPSEC_NODE_COUNTRY: '' }), null);
    assert.equal(nodeCountryFromEnv({ COOPSEC_NODE_COUNTRY: '   ' }), null);
  });
});
