/**
 * Fuzz test: a few thousand mutated patterns (fixed seed, so failures reproduce). Nothing but
 * PatternSyntaxError may escape parse, check, explain, compile or match, and nothing hangs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPattern } from './check.ts';
import { PatternSyntaxError } from './errors.ts';
import { explainPattern } from './explain.ts';
import { compilePattern } from './matcher.ts';
import type { ObservedDataLike } from './observed.ts';
import { parsePattern } from './parser.ts';
import { mutator } from './testing/fuzz.ts';

const OBSERVED: ObservedDataLike[] = [
  {
    type: 'observed-data',
    id: 'observed-data--1',
    first_observed: '2020-01-01T00:00:00Z',
    last_observed: '2020-01-01T00:00:01Z',
    number_observed: 3,
    objects: {
      '0': {
        type: 'file',
        name: 'foo.dll',
        size: 2048,
        hashes: { MD5: '79054025255fb1a26e4bc422aef54eb4' },
        parent_directory_ref: '1',
      },
      '1': { type: 'directory', path: 'C:\\x' },
      '2': { type: 'ipv4-addr', value: '198.51.100.1' },
      '3': { type: 'domain-name', value: 'example.com', resolves_to_refs: ['2'] },
    },
  },
  {
    type: 'observed-data',
    id: 'observed-data--2',
    first_observed: '2020-01-01T00:10:00Z',
    last_observed: '2020-01-01T00:10:00Z',
    number_observed: 1,
    objects: {
      '0': { type: 'url', value: 'http://example.com/a' },
      '1': { type: 'process', name: 'fooproc' },
    },
  },
];

describe('fuzz', () => {
  it('only PatternSyntaxError escapes, for 5000 mutated patterns', () => {
    const next = mutator(20261125);
    let parsed = 0;
    let rejected = 0;
    let matched = 0;
    const started = performance.now();
    for (let i = 0; i < 5000; i++) {
      const text = next();
      const t0 = performance.now();
      let ok = false;
      try {
        const { ast } = parsePattern(text);
        ok = true;
        parsed++;
        assert.ok(explainPattern(ast).length > 0);
        if (compilePattern(ast).match(OBSERVED, { maxBindings: 1000 }).matched) matched++;
      } catch (error) {
        if (!(error instanceof PatternSyntaxError)) {
          assert.fail(`#${i} ${JSON.stringify(text)} threw ${String(error)}`);
        }
        assert.ok(
          error.line >= 1 && error.column >= 1 && error.offset <= text.length,
          `${JSON.stringify(text)}: ${error.message}`,
        );
        rejected++;
      }
      // checkPattern agrees with parsePattern and never throws
      const issues = checkPattern(text);
      assert.equal(issues.length === 0, ok, JSON.stringify(text));
      assert.ok(performance.now() - t0 < 500, `#${i} ${JSON.stringify(text)} took too long`);
    }
    assert.ok(
      parsed > 200 && rejected > 1000,
      `parsed ${parsed}, rejected ${rejected}, matched ${matched}`,
    );
    assert.ok(performance.now() - started < 30_000);
  });

  it('survives pathological inputs', () => {
    const cases = [
      '('.repeat(100_000),
      '['.repeat(100_000),
      `[a:b = 1]${' AND [a:b = 1]'.repeat(2000)}`,
      `[${"a:b = 'x' OR ".repeat(5000)}a:b = 'x']`,
      `[a:b${'.c'.repeat(10_000)} = 1]`,
      `[a:b IN (${'1, '.repeat(10_000)}1)]`,
      "'".repeat(10_000),
      '/*'.repeat(10_000),
      `[a:b = '${'\\\\'.repeat(10_000)}']`,
    ];
    for (const text of cases) {
      const t0 = performance.now();
      try {
        const { ast } = parsePattern(text);
        compilePattern(ast).match(OBSERVED, { maxBindings: 100 });
      } catch (error) {
        assert.ok(error instanceof PatternSyntaxError, String(error));
      }
      assert.ok(performance.now() - t0 < 2000, `${text.slice(0, 30)}… took too long`);
    }
  });
});
