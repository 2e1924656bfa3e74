import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EN } from './catalogues/en.ts';
import type { Catalogue } from './catalogue.ts';
import { translator } from './translator.ts';

describe('translator', () => {
  it('Russian plurals: one, few, many', () => {
    const { t } = translator('ru');
    assert.equal(t('common.organisations', { n: 1 }), '1 организация');
    assert.equal(t('common.organisations', { n: 2 }), '2 организации');
    assert.equal(t('common.organisations', { n: 5 }), '5 организаций');
    assert.equal(t('common.organisations', { n: 21 }), '21 организация');
    assert.equal(t('common.organisations', { n: 12 }), '12 организаций');
  });
  it('English plurals and ordinals', () => {
    const { t } = translator('en');
    assert.equal(t('common.organisations', { n: 1 }), '1 organisation');
    assert.equal(t('common.organisations', { n: 3 }), '3 organisations');
    assert.deepEqual(
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => t('format.ordinal', { n })),
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st'],
    );
  });
  it('fills placeholders and leaves HTML values as they are', () => {
    const { t } = translator('en');
    assert.equal(
      t('figure1.measuredSources', { marks: '<sup class="ref">[1]</sup>' }),
      'Measured values: <sup class="ref">[1]</sup>.',
    );
    assert.equal(
      t('report.title', { country: 'Kyrgyzstan' }),
      'Information-security assessment: Kyrgyzstan',
    );
  });
  it('numbers and dates in the locale', () => {
    const en = translator('en');
    const ru = translator('ru');
    assert.equal(en.number(1234.567), '1,234.57');
    assert.equal(ru.number(1234.567), '1\u00a0234,57');
    assert.equal(ru.number(0.5, { maxDigits: 0 }), '1');
    assert.equal(en.date('2026-11-25T23:30:00.000Z'), '25 November 2026');
    assert.match(ru.date('2026-11-25T23:30:00.000Z'), /^25 ноября 2026\sг\.$/u);
    assert.equal(ru.list(['2020', '2021']), '2020, 2021');
  });
  it('a catalogue given in the options replaces the language’s own', () => {
    const pseudo = Object.fromEntries(
      Object.entries(EN).map(([k, v]) => [k, `⟦${v}⟧`]),
    ) as unknown as Catalogue;
    assert.equal(translator('en', { catalogue: pseudo }).t('report.contents'), '⟦Contents⟧');
  });
});
