/**
 * Parser tests: every construct of STIX 2.1 §9, precedence, MUST rules and error positions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ComparisonExpression, ObservationExpression } from './ast.ts';
import { PatternSyntaxError } from './errors.ts';
import { parsePattern } from './parser.ts';

function ast(text: string): ObservationExpression {
  return parsePattern(text).ast;
}

function comparison(text: string): ComparisonExpression {
  const a = ast(text);
  assert.equal(a.type, 'observation');
  if (a.type !== 'observation') throw new Error('unreachable');
  return a.comparison;
}

function fails(
  text: string,
  expected: { line: number; column: number; message?: RegExp | string; ruleId?: string },
): void {
  assert.throws(
    () => parsePattern(text),
    (error: unknown) => {
      assert.ok(
        error instanceof PatternSyntaxError,
        `expected PatternSyntaxError, got ${String(error)}`,
      );
      assert.equal(
        `${error.line}:${error.column}`,
        `${expected.line}:${expected.column}`,
        error.message,
      );
      if (typeof expected.message === 'string') assert.equal(error.message, expected.message);
      else if (expected.message !== undefined) assert.match(error.message, expected.message);
      if (expected.ruleId !== undefined) assert.equal(error.ruleId, expected.ruleId);
      return true;
    },
  );
}

describe('object paths (§9.4)', () => {
  it('reads quoted keys, nested extension keys, indexes and [*]', () => {
    const c = comparison(
      "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip']",
    );
    assert.equal(c.type, 'comparison');
    if (c.type !== 'comparison') return;
    assert.equal(c.path.objectType, 'network-traffic');
    assert.deepEqual(c.path.steps, [
      { kind: 'key', name: 'extensions' },
      { kind: 'key', name: 'http-request-ext' },
      { kind: 'key', name: 'request_header' },
      { kind: 'key', name: 'Accept-Encoding' },
    ]);
    const d = comparison(
      "[email-message:body_multipart[0].body_raw_ref.name = 'a' AND email-message:to_refs[*].value = 'b']",
    );
    assert.equal(d.type, 'and');
    if (d.type !== 'and') return;
    const [first, second] = d.operands;
    assert.ok(first?.type === 'comparison' && second?.type === 'comparison');
    assert.deepEqual(first.path.steps[1], { kind: 'index', index: 0 });
    assert.deepEqual(second.path.steps[1], { kind: 'any' });
  });

  it("reads file:hashes.'SHA-256' and a quoted first component", () => {
    const c = comparison("[file:'hashes'.'SHA-256' = 'ab']");
    assert.ok(c.type === 'comparison');
    assert.deepEqual(c.path.steps, [
      { kind: 'key', name: 'hashes' },
      { kind: 'key', name: 'SHA-256' },
    ]);
  });

  it('refuses unquoted hyphens in property names, pointing at the name', () => {
    fails('[file:hashes.SHA-256 = 1]', { line: 1, column: 14, message: /must be quoted/ });
  });
});

describe('constants (§9.3)', () => {
  const value = (text: string) => {
    const c = comparison(text);
    assert.ok(c.type === 'comparison');
    return c.value;
  };
  it('reads strings with the two escapes', () => {
    assert.deepEqual(value("[a:b = 'it\\'s C:\\\\x']"), { type: 'string', value: "it's C:\\x" });
  });
  it('reads ints, floats, signs and booleans', () => {
    assert.deepEqual(value('[a:b = 42]'), { type: 'int', value: 42 });
    assert.deepEqual(value('[a:b = -7]'), { type: 'int', value: -7 });
    assert.deepEqual(value('[a:b = +7]'), { type: 'int', value: 7 });
    assert.deepEqual(value('[a:b > 7.5]'), { type: 'float', value: 7.5 });
    assert.deepEqual(value('[a:b > -.5]'), { type: 'float', value: -0.5 });
    assert.deepEqual(value('[a:b = true]'), { type: 'bool', value: true });
    assert.deepEqual(value('[a:b != false]'), { type: 'bool', value: false });
  });
  it("reads t'…', h'…' and b'…'", () => {
    assert.deepEqual(value("[a:b = t'2014-01-13T07:03:17.123456Z']"), {
      type: 'timestamp',
      value: '2014-01-13T07:03:17.123456Z',
    });
    assert.deepEqual(value("[a:b_hex = h'FFd8']"), { type: 'hex', value: 'ffd8' });
    assert.deepEqual(value("[a:b_bin = b'AQIDBA==']"), { type: 'binary', value: 'AQIDBA==' });
  });
  it('refuses bad constants with their position', () => {
    fails("[a:b = t'2023-02-30T00:00:00Z']", { line: 1, column: 8, message: /invalid timestamp/ });
    fails("[a:b = t'2023-01-01 00:00:00Z']", { line: 1, column: 8, message: /invalid timestamp/ });
    fails("[a:b = h'abc']", { line: 1, column: 8, message: /hex/ });
    fails("[a:b = b'AQI']", { line: 1, column: 8, message: /base64/ });
    fails("[a:b = 'x\\y']", { line: 1, column: 10, message: /invalid escape '\\y'/ });
    fails("[a:b = 'open]", { line: 1, column: 8, message: 'unterminated string at 1:8' });
    fails('[a:b = 007]', { line: 1, column: 8, message: /leading zeros/ });
    fails('[a:b = null]', { line: 1, column: 8, message: /NOT EXISTS/ });
    fails('[a:b < true]', { line: 1, column: 8, message: /cannot take a boolean/ });
    fails('[a:b LIKE 5]', { line: 1, column: 11, message: /needs a string constant/ });
  });
});

describe('operators (§9.5)', () => {
  it('reads every comparison operator, with NOT', () => {
    const ops = [
      '=',
      '==',
      '!=',
      '<>',
      '<',
      '<=',
      '>',
      '>=',
      'LIKE',
      'MATCHES',
      'ISSUBSET',
      'ISSUPERSET',
    ];
    const expect = [
      '=',
      '=',
      '!=',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      'LIKE',
      'MATCHES',
      'ISSUBSET',
      'ISSUPERSET',
    ];
    ops.forEach((op, i) => {
      for (const not of ['', 'NOT ']) {
        const c = comparison(`[a:b ${not}${op} 'x']`);
        assert.ok(c.type === 'comparison');
        assert.equal(c.operator, expect[i]);
        assert.equal(c.negated, not !== '');
      }
    });
  });
  it('reads IN sets (also empty) and refuses mixed types', () => {
    const c = comparison("[a:b NOT IN ('x', 'y')]");
    assert.ok(c.type === 'in' && c.negated && c.values.length === 2);
    const e = comparison('[a:b IN ()]');
    assert.ok(e.type === 'in' && e.values.length === 0);
    assert.ok(comparison('[a:b IN (1, 2.5)]').type === 'in');
    fails("[a:b IN (1, 'x')]", { line: 1, column: 13, ruleId: 'stix-pattern-set-type' });
    fails("[a:b IN ('x' 'y')]", {
      line: 1,
      column: 14,
      message: "expected ',' or ')', found ''' at 1:14",
    });
  });
  it('reads EXISTS and NOT EXISTS', () => {
    const c = comparison('[NOT EXISTS file:size]');
    assert.ok(c.type === 'exists' && c.negated && c.path.objectType === 'file');
    const d = comparison('[EXISTS file:size]');
    assert.ok(d.type === 'exists' && !d.negated);
  });
  it('binds AND tighter than OR inside [...], with parentheses overriding', () => {
    const c = comparison('[a:x = 1 OR a:y = 2 AND a:z = 3]');
    assert.ok(c.type === 'or' && c.operands[1]?.type === 'and');
    const d = comparison('[(a:x = 1 OR a:y = 2) AND a:z = 3]');
    assert.ok(d.type === 'and' && d.operands[0]?.type === 'or');
  });
  it('refuses an unknown operator with the list of operators', () => {
    fails("[a:b ~ 'x']", { line: 1, column: 6, message: /expected a comparison operator \(=, !=/ });
  });
});

describe('observation expressions and qualifiers (§9.6, §9.7)', () => {
  it('gives AND > OR > FOLLOWEDBY precedence between observations', () => {
    const a = ast('[a:b = 1] FOLLOWEDBY [a:b = 2] OR [a:b = 3] AND [a:b = 4]');
    assert.equal(a.type, 'followedby');
    assert.ok(a.type === 'followedby');
    const right = a.operands[1];
    assert.ok(right?.type === 'or');
    assert.equal(right.operands[1]?.type, 'and');
  });
  it('numbers observations left to right', () => {
    const a = ast('([a:b = 1] OR [a:b = 2]) AND [a:b = 3]');
    const indexes: number[] = [];
    const walk = (n: ObservationExpression): void => {
      if (n.type === 'observation') indexes.push(n.index);
      else if (n.type === 'group') walk(n.expression);
      else n.operands.forEach(walk);
    };
    walk(a);
    assert.deepEqual(indexes, [0, 1, 2]);
  });
  it('attaches qualifiers to the expression before them', () => {
    const a = ast('[a:b = 1] FOLLOWEDBY [a:b = 2] WITHIN 300 SECONDS');
    assert.ok(a.type === 'followedby');
    assert.equal(a.operands[0]?.type === 'observation' && a.operands[0].qualifiers.length, 0);
    const g = ast(
      "([a:b = 1] FOLLOWEDBY [a:b = 2]) REPEATS 2 TIMES WITHIN 1.5 SECONDS START t'2020-01-01T00:00:00Z' STOP t'2020-01-02T00:00:00Z'",
    );
    assert.ok(g.type === 'group');
    assert.deepEqual(
      g.qualifiers.map((q) => q.type),
      ['repeats', 'within', 'startstop'],
    );
    assert.ok(g.qualifiers[1]?.type === 'within' && g.qualifiers[1].seconds === 1.5);
  });
  it('refuses two qualifiers of one type on one expression', () => {
    fails('[a:b = 1] WITHIN 5 SECONDS WITHIN 6 SECONDS', {
      line: 1,
      column: 28,
      ruleId: 'stix-pattern-duplicate-qualifier',
    });
    fails('[a:b = 1] REPEATS 2 TIMES REPEATS 3 TIMES', {
      line: 1,
      column: 27,
      ruleId: 'stix-pattern-duplicate-qualifier',
    });
    // on different levels it is allowed
    assert.ok(ast('([a:b = 1] WITHIN 5 SECONDS) WITHIN 6 SECONDS'));
  });
  it('refuses STOP not after START, zero counts and a missing unit', () => {
    fails("[a:b = 1] START t'2020-01-02T00:00:00Z' STOP t'2020-01-01T00:00:00Z'", {
      line: 1,
      column: 17,
      ruleId: 'stix-pattern-start-stop-order',
    });
    fails('[a:b = 1] REPEATS 0 TIMES', { line: 1, column: 19, message: /positive whole number/ });
    fails('[a:b = 1] REPEATS 1.5 TIMES', { line: 1, column: 19, message: /positive whole number/ });
    fails('[a:b = 1] WITHIN 0 SECONDS', { line: 1, column: 18, message: /positive/ });
    fails('[a:b = 1] WITHIN 5', {
      line: 1,
      column: 19,
      message: "expected 'SECONDS', found end of pattern at 1:19",
    });
  });
  it('refuses AND across object types inside one [...] but allows OR (§9.5)', () => {
    fails("[file:name = 'a' AND url:value = 'b']", {
      line: 1,
      column: 2,
      ruleId: 'stix-pattern-and-object-type',
    });
    fails("[file:name = 'a' AND (file:size = 1 OR url:value = 'b')]", {
      line: 1,
      column: 2,
      ruleId: 'stix-pattern-and-object-type',
    });
    assert.ok(ast("[file:name = 'a' OR url:value = 'b']"));
    assert.ok(ast("[file:name = 'a'] AND [url:value = 'b']"));
  });
  it('skips whitespace, newlines and comments', () => {
    assert.ok(ast("  [ ipv4-addr : value\n = '10.0.0.0' ] /* c */ // trailing\n"));
  });
});

describe('syntax errors carry exact positions', () => {
  it('reports the first wrong character', () => {
    fails("[ipv4-addr:value = '1.2.3.4'", {
      line: 1,
      column: 29,
      message: "expected ']', found end of pattern at 1:29",
    });
    fails("[ipv4-addr:value = '1.2.3.4' AND]", {
      line: 1,
      column: 33,
      message: /expected an object path/,
    });
    fails("ipv4-addr:value = '1.2.3.4'", {
      line: 1,
      column: 1,
      message: "expected '[' or '(', found 'ipv4' at 1:1",
    });
    fails('', { line: 1, column: 1, message: /found end of pattern/ });
    fails('[a:b = 1] [a:b = 2]', { line: 1, column: 11, message: /expected AND, OR, FOLLOWEDBY/ });
    fails('[a:b = 1])', { line: 1, column: 10, message: "unbalanced ')' at 1:10" });
    fails('[a b = 1]', { line: 1, column: 4, message: /expected ':' after object type 'a'/ });
    fails('[a:b = 1] and [a:b = 2]', { line: 1, column: 11 });
  });
  it('counts lines and columns across newlines', () => {
    fails('[a:b = 1]\nFOLLOWEDBY\n  [a:b = ]', {
      line: 3,
      column: 10,
      message: /expected a constant/,
    });
    fails('[a:b = 1] /* never closed', { line: 1, column: 11, message: /unterminated comment/ });
  });
  it('refuses very deep nesting instead of overflowing the stack', () => {
    fails(`${'('.repeat(500)}[a:b = 1]${')'.repeat(500)}`, {
      line: 1,
      column: 129,
      message: /nesting deeper/,
    });
  });
  it('checks MATCHES regular expressions', () => {
    fails("[a:b MATCHES '(unclosed']", { line: 1, column: 14, ruleId: 'stix-pattern-regex' });
    assert.ok(ast("[a:b MATCHES '(?i)^abc']"));
  });
});
