/** explainPattern output and checkPattern issues. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPattern } from './check.ts';
import { explainPattern, formatLiteral } from './explain.ts';
import { parsePattern } from './parser.ts';

describe('explainPattern', () => {
  it('renders an indented explanation', () => {
    const text = explainPattern(
      parsePattern(
        "([file:hashes.'SHA-256' = 'ab' AND file:size > 10] FOLLOWEDBY [ipv4-addr:value ISSUBSET '10.0.0.0/8' OR ipv6-addr:value NOT IN ('::1')]) WITHIN 300 SECONDS",
      ).ast,
    );
    assert.equal(
      text,
      [
        'Group:',
        '  IN THIS ORDER, each observed after the previous one:',
        '    Observation #1: one observed-data with an SCO of type file where',
        '      ALL of:',
        "        file:hashes.'SHA-256' is equal to 'ab'",
        '        file:size is greater than 10',
        '    Observation #2: one observed-data with an SCO of type ipv4-addr or ipv6-addr where',
        '      ANY of:',
        "        ipv4-addr:value is an address or subnet inside '10.0.0.0/8'",
        "        ipv6-addr:value is not one of ('::1')",
        '  qualifier: all within 300 seconds of each other',
      ].join('\n'),
    );
  });
  it('writes constants back in pattern syntax', () => {
    assert.equal(formatLiteral({ type: 'string', value: "it's" }), "'it\\'s'");
    assert.equal(formatLiteral({ type: 'float', value: 7 }), '7.0');
    assert.equal(
      formatLiteral({ type: 'timestamp', value: '2020-01-01T00:00:00Z' }),
      "t'2020-01-01T00:00:00Z'",
    );
    const e = explainPattern(
      parsePattern(
        "[NOT EXISTS a:b[*].c] REPEATS 2 TIMES START t'2020-01-01T00:00:00Z' STOP t'2020-01-02T00:00:00Z'",
      ).ast,
    );
    assert.match(e, /a:b\[\*\]\.c is absent/);
    assert.match(e, /2 times/);
    assert.match(
      e,
      /between 2020-01-01T00:00:00Z \(inclusive\) and 2020-01-02T00:00:00Z \(exclusive\)/,
    );
  });
});

describe('checkPattern', () => {
  it('returns [] for a valid pattern', () => {
    assert.deepEqual(checkPattern("[ipv4-addr:value = '1.2.3.4']"), []);
  });
  it('returns the syntax error with its position', () => {
    assert.deepEqual(checkPattern("[ipv4-addr:value = '1.2.3.4'", { path: 'pattern' }), [
      {
        ruleId: 'stix-pattern-syntax',
        message: "expected ']', found end of pattern at 1:29",
        line: 1,
        column: 29,
        path: 'pattern',
      },
    ]);
  });
  it('lists every broken MUST rule in text order', () => {
    const issues = checkPattern(
      "[file:name = 'a' AND url:value = 'b'] WITHIN 5 SECONDS WITHIN 6 SECONDS",
    );
    assert.deepEqual(
      issues.map((i) => [i.ruleId, i.line, i.column]),
      [
        ['stix-pattern-and-object-type', 1, 2],
        ['stix-pattern-duplicate-qualifier', 1, 56],
      ],
    );
  });
  it('never throws for non-string input', () => {
    assert.equal(checkPattern(42 as unknown as string)[0]?.ruleId, 'stix-pattern-syntax');
  });
});
