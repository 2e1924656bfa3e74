import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negotiateLanguage } from './negotiate.ts';

describe('negotiateLanguage', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'en'],
    ['', 'en'],
    ['ru', 'ru'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['en;q=0.5, ru;q=0.8', 'ru'],
    ['ru;q=0.4, en', 'en'],
    ['de-DE, ru;q=0.8, en;q=0.5', 'ru'],
    ['ky-KG, ru-KG;q=0.9', 'ru'],
    ['de, fr', 'en'],
    ['*', 'en'],
    ['en;q=0, *', 'ru'],
    ['ru;q=0, en;q=0.1', 'en'],
    ['RU', 'ru'],
    ['ru;q=abc, en;q=0.2', 'en'],
    ['en;q=0.5, ru;q=0.5', 'en'],
    ['ru;q=0.5, en;q=0.5', 'ru'],
  ];
  for (const [header, expected] of cases) {
    it(`${JSON.stringify(header)} → ${expected}`, () => {
      assert.equal(negotiateLanguage(header), expected);
    });
  }
});
