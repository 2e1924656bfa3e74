/**
 * Version comparison and vers ranges: examples from the vers specification and CSAF, bad
 * ranges refused, and a fixed-seed property test against a reference written here from
 * intervals (not from the vers text) with its own tuple comparison.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CoopsecError } from '@coopsec/model';
import { compareVersions } from './version-compare.ts';
import { inRange, readVersionRange } from './version-range.ts';
import { prng, randomRange, randomTuple, referenceContains } from './testing/reference.ts';

void describe('compareVersions', () => {
  void it('orders generic versions by numeric and word runs', () => {
    const ordered = [
      '1.0.0-dev1',
      '1.0.0-alpha',
      '1.0.0-beta2',
      '1.0.0-rc1',
      '1.0.0-rc2',
      '1.0.0',
      '1.0.0p1',
      '1.0.1',
      '1.2',
      '1.10',
      '12.2(55)SE',
      '12.2(55)SE10',
    ];
    for (let i = 0; i + 1 < ordered.length; i++)
      assert.equal(compareVersions('generic', ordered[i] ?? '', ordered[i + 1] ?? ''), -1);
    assert.equal(compareVersions('generic', '1.2', '1.2.0'), 0);
  });

  void it('uses SemVer precedence for npm when both are SemVer', () => {
    assert.equal(compareVersions('npm', '1.0.0-rc.10', '1.0.0-rc.9'), 1);
    assert.equal(compareVersions('npm', '1.0.0+build.1', '1.0.0'), 0);
  });
});

void describe('readVersionRange and inRange', () => {
  void it('reads the vers examples and the CSAF example ranges', () => {
    const tomee = readVersionRange(
      'vers:maven/>=1.0.0-beta1|<=1.7.5|>=7.0.0-M1|<=7.0.7|>=7.1.0|<=7.1.2|>=8.0.0-M1|<=8.0.1',
    );
    assert.equal(inRange(tomee, '7.0.3'), true);
    assert.equal(inRange(tomee, '7.0.8'), false);
    assert.equal(inRange(tomee, '8.0.1'), true);
    assert.equal(inRange(tomee, '9.0'), false);
    const gem = readVersionRange('vers:gem/>=2.2.0|!= 2.2.1|<2.3.0');
    assert.equal(inRange(gem, '2.2.1'), false);
    assert.equal(inRange(gem, '2.2.5'), true);
    assert.equal(inRange(readVersionRange('vers:npm/1.2.3|>=2.0.0|<5.0.0'), '1.2.3'), true);
    assert.equal(inRange(readVersionRange('vers:all/*'), '0.1'), true);
    assert.equal(inRange(readVersionRange('vers:none/*'), '0.1'), false);
    const csaf = readVersionRange('vers:generic/>=2.9|<=4.1');
    assert.deepEqual(
      ['2.8', '2.9', '3.5', '4.1', '4.2'].map((v) => inRange(csaf, v)),
      [false, true, true, true, false],
    );
    const words = readVersionRange('<=1.14.0');
    assert.equal(inRange(words, '1.13.2'), true);
    assert.equal(inRange(words, '1.14.1'), false);
    assert.equal(inRange(readVersionRange('prior to 4.2'), '4.2'), false);
    assert.equal(inRange(readVersionRange('4.2 and later'), '4.2'), true);
    assert.equal(inRange(readVersionRange('>= 1.0 < 2.0'), '1.5'), true);
    assert.equal(inRange(readVersionRange('>= 1.0 < 2.0'), '2.0'), false);
  });

  void it('refuses ranges the vers specification calls invalid', () => {
    for (const bad of [
      'vers:generic/>=1.0|>=2.0',
      'vers:generic/<1.0|<=2.0',
      'vers:generic/>=1.0|=1.5|<2.0',
      'vers:generic/1.0|1.0.0',
      'vers:generic/',
      'vers:generic/*|1.0',
      'vers:all/1.0',
      'some versions',
    ])
      assert.throws(
        () => readVersionRange(bad, 'r'),
        (e: unknown) =>
          e instanceof CoopsecError && e.code === 'BAD_INPUT' && /^r: /.test(e.message),
        bad,
      );
  });
});

void describe('vers containment against the interval reference (seed 17)', () => {
  void it('agrees on 3,000 random ranges × 12 versions', () => {
    const rand = prng(17);
    let inside = 0;
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const { reference, vers } = randomRange(rand);
      const range = readVersionRange(vers);
      for (let k = 0; k < 12; k++) {
        const v = randomTuple(rand);
        // Same version written two ways (1.2 and 1.2.0) must not change the answer.
        const text = rand() < 0.2 ? [...v, 0].join('.') : v.join('.');
        const expected = referenceContains(reference, v);
        assert.equal(inRange(range, text), expected, `${text} in ${vers}`);
        if (expected) inside++;
        checked++;
      }
    }
    // The generator must produce both answers often, or the agreement proves little.
    assert.ok(inside > checked / 5 && inside < (checked * 4) / 5, `${inside} of ${checked} inside`);
  });
});
