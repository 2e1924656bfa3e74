/**
 * Every catalogue has exactly the English keys, and each message has the same placeholders
 * (argument names) as its English original: a translation that drops `{country}` or renames it
 * would format without it, silently. Whether a placeholder is a plural is the language's own
 * business (Russian needs no ordinal plural: `{n}-м`), so only names are compared.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGUAGE_TABLE, LANGUAGES } from './languages.ts';
import { EN } from './catalogues/en.ts';

/** Argument names used anywhere in a message, plural and select branches included. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const e of elements) {
      if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
      if (e.type === TYPE.tag) {
        walk(e.children);
        continue;
      }
      found.add(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select)
        for (const option of Object.values(e.options)) walk(option.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

describe('catalogues', () => {
  const english = Object.keys(EN).sort();
  for (const lang of LANGUAGES) {
    const catalogue = LANGUAGE_TABLE[lang].catalogue;
    it(`${lang}: the same keys as English, none missing, none extra`, () => {
      const keys = Object.keys(catalogue).sort();
      assert.deepEqual(
        keys.filter((k) => !english.includes(k)),
        [],
        'keys not in the English catalogue',
      );
      assert.deepEqual(
        english.filter((k) => !keys.includes(k)),
        [],
        `keys missing from ${lang}`,
      );
    });
    it(`${lang}: every message parses and has the English placeholders`, () => {
      const differing = Object.entries(catalogue)
        .map(([key, message]) => ({
          key,
          ours: placeholders(message),
          english: placeholders(EN[key as keyof typeof EN]),
        }))
        .filter((m) => m.ours.join() !== m.english.join());
      assert.deepEqual(differing, []);
    });
    it(`${lang}: no message is empty`, () => {
      assert.deepEqual(
        Object.entries(catalogue).filter(([, m]) => m.trim() === ''),
        [],
      );
    });
  }
  it('the placeholder comparison sees a dropped or renamed placeholder', () => {
    assert.notDeepEqual(placeholders('Report: {country}'), placeholders('Отчёт: {страна}'));
    assert.notDeepEqual(
      placeholders('{n, plural, one {# {what}} other {#}}'),
      placeholders('{n, plural, one {#} other {#}}'),
    );
  });
});
