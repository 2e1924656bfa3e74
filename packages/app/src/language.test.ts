import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CoopsecError } from '@coopsec/model';
import { chooseLanguage } from './language.ts';

describe('chooseLanguage', () => {
  it('takes a language asked for by name over the Accept-Language header', () => {
    assert.equal(chooseLanguage({ requested: 'ru', acceptLanguage: 'en', field: 'lang' }), 'ru');
    assert.equal(chooseLanguage({ requested: 'EN', acceptLanguage: 'ru', field: 'lang' }), 'en');
  });
  it('negotiates the header without a name, English without either', () => {
    assert.equal(chooseLanguage({ acceptLanguage: 'de;q=1, ru;q=0.5', field: 'lang' }), 'ru');
    assert.equal(chooseLanguage({ field: 'lang' }), 'en');
  });
  it('refuses an unknown language, naming the option as the edge spells it', () => {
    assert.throws(
      () => chooseLanguage({ requested: 'de', field: '--lang' }),
      (error: unknown) =>
        error instanceof CoopsecError &&
        error.code === 'BAD_INPUT' &&
        error.message === '--lang must be one of en, ru (got "de")' &&
        error.details?.[0]?.field === '--lang',
    );
  });
});
