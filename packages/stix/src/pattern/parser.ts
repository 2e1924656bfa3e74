/**
 * @module pattern/parser
 * Hand-written recursive-descent parser for STIX 2.1 patterns (STIX 2.1 §9). It reads
 * characters directly (no token array), which is what makes it fast enough to parse every
 * indicator of a feed on arrival. The grammar follows the OASIS `STIXPattern.g4`:
 *
 *   pattern      := obsFollowed EOF
 *   obsFollowed  := obsOr ('FOLLOWEDBY' obsOr)*          lowest precedence (§9.6)
 *   obsOr        := obsAnd ('OR' obsAnd)*
 *   obsAnd       := obsUnit ('AND' obsUnit)*
 *   obsUnit      := ('[' cmpOr ']' | '(' obsFollowed ')') qualifier*
 *   cmpOr        := cmpAnd ('OR' cmpAnd)*                (§9.5)
 *   cmpAnd       := cmpUnit ('AND' cmpUnit)*
 *   cmpUnit      := '(' cmpOr ')' | 'NOT'? 'EXISTS' path | path 'NOT'? operator constant
 *
 * Keywords are case-sensitive; whitespace, `/* … *\/` and `// …` comments are skipped.
 * MUST rules that are not syntax (duplicate qualifiers, AND across object types, START before
 * STOP, one type per set) are collected as issues; `parsePattern` throws the first one.
 *
 * @example
 * const { ast } = parsePattern("[file:hashes.'SHA-256' = 'ab…'] WITHIN 60 SECONDS");
 */
import type {
  ComparisonExpression,
  Literal,
  LiteralType,
  ObjectPath,
  ObservationExpression,
  PathStep,
  PatternAst,
  Qualifier,
  ValueOperator,
} from './ast.ts';
import { PatternSyntaxError, positionOf } from './errors.ts';
import { compareEpoch, isBase64, isHex, timestampToEpoch } from './literals.ts';
import { checkRules } from './rules.ts';
import type { PatternIssueAt } from './rules.ts';

/** Deeper nesting than this is refused rather than risking a stack overflow. */
export const MAX_NESTING = 128;
/** Longer patterns are refused (1 MiB of text is far beyond any real indicator). */
export const MAX_PATTERN_LENGTH = 1 << 20;

/** Character codes the parser tests against. */
const C = {
  Tab: 9,
  Lf: 10,
  Cr: 13,
  Space: 32,
  Quote: 39,
  LParen: 40,
  RParen: 41,
  Star: 42,
  Plus: 43,
  Comma: 44,
  Minus: 45,
  Dot: 46,
  Slash: 47,
  Colon: 58,
  LBrack: 91,
  Backslash: 92,
  RBrack: 93,
} as const;

function isWs(c: number): boolean {
  if (c === C.Space || (c >= C.Tab && c <= C.Cr)) return true;
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const OPERATOR_WORDS = ['IN', 'LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET'] as const;
const OPERATOR_LIST = '=, !=, <, >, <=, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET';

type Allowed = 'primitive' | 'orderable' | 'string';

class Parser {
  private pos = 0;
  private depth = 0;
  private observationCount = 0;
  readonly issues: PatternIssueAt[] = [];

  constructor(private readonly src: string) {}

  parse(): PatternAst {
    if (this.src.length > MAX_PATTERN_LENGTH)
      this.fail(`pattern is longer than ${MAX_PATTERN_LENGTH} characters`, 0);
    this.skipWs();
    if (this.pos >= this.src.length)
      this.fail("expected '[' to start a pattern, found end of pattern");
    const ast = this.obsFollowed();
    this.skipWs();
    if (this.pos < this.src.length) {
      const c = this.src.charCodeAt(this.pos);
      if (c === C.RParen) this.fail("unbalanced ')'");
      if (c === C.RBrack) this.fail("unbalanced ']'");
      this.fail(
        `expected AND, OR, FOLLOWEDBY, a qualifier or end of pattern, found ${this.found()}`,
      );
    }
    return ast;
  }

  // ---------------------------------------------------------------- errors and scanning

  private fail(reason: string, offset = this.pos): never {
    throw new PatternSyntaxError({ reason, position: positionOf(this.src, offset) });
  }

  /** A short description of what sits at the cursor, for error messages. */
  private found(at = this.pos): string {
    if (at >= this.src.length) return 'end of pattern';
    let end = at;
    while (end < this.src.length && isIdentPart(this.src.charCodeAt(end))) end++;
    if (end === at) end = at + 1;
    return `'${this.src.slice(at, Math.min(end, at + 20))}'`;
  }

  private expected(what: string): never {
    this.fail(`expected ${what}, found ${this.found()}`);
  }

  private skipWs(): void {
    const s = this.src;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (isWs(c)) {
        this.pos++;
      } else if (c === C.Slash && s.charCodeAt(this.pos + 1) === C.Star) {
        const end = s.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('unterminated comment');
        this.pos = end + 2;
      } else if (c === C.Slash && s.charCodeAt(this.pos + 1) === C.Slash) {
        let i = this.pos + 2;
        while (i < s.length && s.charCodeAt(i) !== C.Lf && s.charCodeAt(i) !== C.Cr) i++;
        this.pos = i;
      } else {
        return;
      }
    }
  }

  /** Consumes `word` if it stands at the cursor as a whole word. Cursor must be past whitespace. */
  private keyword(word: string): boolean {
    if (
      !this.src.startsWith(word, this.pos) ||
      isIdentPart(this.src.charCodeAt(this.pos + word.length))
    )
      return false;
    this.pos += word.length;
    return true;
  }

  private expectChar(code: number, shown: string): void {
    this.skipWs();
    if (this.src.charCodeAt(this.pos) !== code) this.expected(`'${shown}'`);
    this.pos++;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) this.fail(`nesting deeper than ${MAX_NESTING} levels`);
  }

  // ---------------------------------------------------------------- observation expressions (§9.6)

  private obsFollowed(): ObservationExpression {
    const start = this.pos;
    const first = this.obsOr();
    this.skipWs();
    if (!this.keyword('FOLLOWEDBY')) return first;
    const operands = [first];
    do {
      this.skipWs();
      operands.push(this.obsOr());
      this.skipWs();
    } while (this.keyword('FOLLOWEDBY'));
    return { type: 'followedby', operands, span: { start, end: this.lastEnd(operands) } };
  }

  private obsOr(): ObservationExpression {
    const start = this.pos;
    const first = this.obsAnd();
    this.skipWs();
    if (!this.keyword('OR')) return first;
    const operands = [first];
    do {
      this.skipWs();
      operands.push(this.obsAnd());
      this.skipWs();
    } while (this.keyword('OR'));
    return { type: 'or', operands, span: { start, end: this.lastEnd(operands) } };
  }

  private obsAnd(): ObservationExpression {
    const start = this.pos;
    const first = this.obsUnit();
    this.skipWs();
    if (!this.keyword('AND')) return first;
    const operands = [first];
    do {
      this.skipWs();
      operands.push(this.obsUnit());
      this.skipWs();
    } while (this.keyword('AND'));
    return { type: 'and', operands, span: { start, end: this.lastEnd(operands) } };
  }

  private lastEnd(nodes: readonly { span: { end: number } }[]): number {
    return nodes[nodes.length - 1]?.span.end ?? this.pos;
  }

  private obsUnit(): ObservationExpression {
    this.skipWs();
    const start = this.pos;
    const c = this.src.charCodeAt(this.pos);
    if (c === C.LBrack) {
      this.enter();
      this.pos++;
      const index = this.observationCount++;
      const comparison = this.cmpOr();
      this.expectChar(C.RBrack, ']');
      this.depth--;
      const end = this.pos;
      const qualifiers = this.qualifiers();
      return {
        type: 'observation',
        index,
        comparison,
        qualifiers,
        span: { start, end: qualifiers.length > 0 ? this.pos : end },
      };
    }
    if (c === C.LParen) {
      this.enter();
      this.pos++;
      this.skipWs();
      const expression = this.obsFollowed();
      this.expectChar(C.RParen, ')');
      this.depth--;
      const qualifiers = this.qualifiers();
      return { type: 'group', expression, qualifiers, span: { start, end: this.pos } };
    }
    return this.expected("'[' or '('");
  }

  // ---------------------------------------------------------------- qualifiers (§9.7)

  private qualifiers(): Qualifier[] {
    const list: Qualifier[] = [];
    for (;;) {
      this.skipWs();
      const start = this.pos;
      let q: Qualifier;
      if (this.keyword('WITHIN')) {
        this.skipWs();
        const at = this.pos;
        const n = this.number();
        if (n.value <= 0) this.fail('WITHIN needs a positive number of seconds', at);
        this.skipWs();
        if (!this.keyword('SECONDS')) this.expected("'SECONDS'");
        q = { type: 'within', seconds: n.value, span: { start, end: this.pos } };
      } else if (this.keyword('REPEATS')) {
        this.skipWs();
        const at = this.pos;
        const n = this.number();
        if (n.type !== 'int' || n.value <= 0)
          this.fail('REPEATS needs a positive whole number', at);
        this.skipWs();
        if (!this.keyword('TIMES')) this.expected("'TIMES'");
        q = { type: 'repeats', times: n.value, span: { start, end: this.pos } };
      } else if (this.keyword('START')) {
        this.skipWs();
        const startAt = this.pos;
        const from = this.timestampOnly('START');
        this.skipWs();
        if (!this.keyword('STOP')) this.expected("'STOP'");
        this.skipWs();
        const to = this.timestampOnly('STOP');
        const a = timestampToEpoch(from);
        const b = timestampToEpoch(to);
        if (a !== undefined && b !== undefined && compareEpoch(a, b) >= 0) {
          // STIX 2.1 §9.7.3: the STOP timestamp MUST be later than the START timestamp.
          this.issues.push({
            ruleId: 'stix-pattern-start-stop-order',
            reason: 'STOP must be later than START',
            offset: startAt,
          });
        }
        q = { type: 'startstop', start: from, stop: to, span: { start, end: this.pos } };
      } else {
        return list;
      }
      let duplicate = false;
      for (const other of list) if (other.type === q.type) duplicate = true;
      if (duplicate) {
        // STIX 2.1 §9.7: an observation expression MUST NOT have more than one qualifier of a type.
        this.issues.push({
          ruleId: 'stix-pattern-duplicate-qualifier',
          reason: `more than one ${q.type === 'startstop' ? 'START/STOP' : q.type.toUpperCase()} qualifier on the same observation expression`,
          offset: start,
        });
      }
      list.push(q);
    }
  }

  private timestampOnly(keyword: string): string {
    const c = this.src.charCodeAt(this.pos);
    if (c !== 116 /* t */ || this.src.charCodeAt(this.pos + 1) !== C.Quote)
      this.expected(`a timestamp t'…' after ${keyword}`);
    const lit = this.literal('primitive');
    return lit.type === 'timestamp' ? lit.value : this.expected('a timestamp');
  }

  // ---------------------------------------------------------------- comparison expressions (§9.5)

  private cmpOr(): ComparisonExpression {
    this.skipWs();
    const start = this.pos;
    const first = this.cmpAnd();
    this.skipWs();
    if (!this.keyword('OR')) return first;
    const operands = [first];
    do {
      operands.push(this.cmpAnd());
      this.skipWs();
    } while (this.keyword('OR'));
    return { type: 'or', operands, span: { start, end: this.lastEnd(operands) } };
  }

  private cmpAnd(): ComparisonExpression {
    this.skipWs();
    const start = this.pos;
    const first = this.cmpUnit();
    this.skipWs();
    if (!this.keyword('AND')) return first;
    const operands = [first];
    do {
      operands.push(this.cmpUnit());
      this.skipWs();
    } while (this.keyword('AND'));
    return { type: 'and', operands, span: { start, end: this.lastEnd(operands) } };
  }

  private cmpUnit(): ComparisonExpression {
    this.skipWs();
    const start = this.pos;
    if (this.src.charCodeAt(this.pos) === C.LParen) {
      this.enter();
      this.pos++;
      const inner = this.cmpOr();
      this.expectChar(C.RParen, ')');
      this.depth--;
      return inner;
    }
    let negated = false;
    const save = this.pos;
    if (this.keyword('NOT')) {
      this.skipWs();
      if (this.keyword('EXISTS')) negated = true;
      else this.pos = save;
    }
    if (negated || this.keyword('EXISTS')) {
      this.skipWs();
      const path = this.objectPath();
      return { type: 'exists', negated, path, span: { start, end: this.pos } };
    }
    const path = this.objectPath();
    this.skipWs();
    if (this.keyword('NOT')) {
      negated = true;
      this.skipWs();
    }
    const operator = this.operator();
    this.skipWs();
    if (operator === 'IN') {
      const values = this.set();
      return { type: 'in', negated, path, values, span: { start, end: this.pos } };
    }
    const allowed: Allowed =
      operator === '=' || operator === '!='
        ? 'primitive'
        : operator.length <= 2
          ? 'orderable'
          : 'string';
    const valueAt = this.pos;
    const value = this.literal(allowed, operator);
    if (operator === 'MATCHES' && value.type === 'string') this.checkRegex(value.value, valueAt);
    return { type: 'comparison', operator, negated, path, value, span: { start, end: this.pos } };
  }

  private operator(): ValueOperator | 'IN' {
    const s = this.src;
    const c = s.charCodeAt(this.pos);
    const d = s.charCodeAt(this.pos + 1);
    if (c === 61 /* = */) {
      this.pos += d === 61 ? 2 : 1;
      return '=';
    }
    if (c === 33 /* ! */ && d === 61) {
      this.pos += 2;
      return '!=';
    }
    if (c === 60 /* < */) {
      if (d === 62) {
        this.pos += 2;
        return '!=';
      }
      this.pos += d === 61 ? 2 : 1;
      return d === 61 ? '<=' : '<';
    }
    if (c === 62 /* > */) {
      this.pos += d === 61 ? 2 : 1;
      return d === 61 ? '>=' : '>';
    }
    for (const word of OPERATOR_WORDS) if (this.keyword(word)) return word;
    return this.expected(`a comparison operator (${OPERATOR_LIST})`);
  }

  // ---------------------------------------------------------------- object paths (§9.4)

  private objectPath(): ObjectPath {
    const s = this.src;
    const typeStart = this.pos;
    if (!isIdentStart(s.charCodeAt(this.pos))) this.expected("an object path such as 'file:name'");
    let i = this.pos + 1;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (isIdentPart(c) || c === C.Minus) i++;
      else break;
    }
    const objectType = s.slice(typeStart, i);
    this.pos = i;
    this.skipWs();
    if (s.charCodeAt(this.pos) !== C.Colon) this.expected(`':' after object type '${objectType}'`);
    this.pos++;
    this.skipWs();
    const steps: PathStep[] = [this.pathKey()];
    for (;;) {
      const save = this.pos;
      this.skipWs();
      const c = s.charCodeAt(this.pos);
      if (c === C.Dot) {
        this.pos++;
        this.skipWs();
        steps.push(this.pathKey());
      } else if (c === C.LBrack) {
        this.pos++;
        this.skipWs();
        if (s.charCodeAt(this.pos) === C.Star) {
          this.pos++;
          steps.push({ kind: 'any' });
        } else {
          const at = this.pos;
          const n = this.number();
          if (n.type !== 'int') this.fail('a list index must be a whole number or *', at);
          steps.push({ kind: 'index', index: n.value });
        }
        this.expectChar(C.RBrack, ']');
      } else {
        this.pos = save;
        return { objectType, steps };
      }
    }
  }

  private pathKey(): PathStep {
    const s = this.src;
    const c = s.charCodeAt(this.pos);
    if (c === C.Quote) return { kind: 'key', name: this.string() };
    if (!isIdentStart(c)) this.expected('a property name');
    const start = this.pos;
    let i = start + 1;
    while (i < s.length && isIdentPart(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) === C.Minus && isIdentPart(s.charCodeAt(i + 1))) {
      let end = i;
      while (end < s.length && (isIdentPart(s.charCodeAt(end)) || s.charCodeAt(end) === C.Minus))
        end++;
      this.fail(
        `property names containing '-' must be quoted: write '${s.slice(start, end)}' in single quotes`,
        start,
      );
    }
    this.pos = i;
    return { kind: 'key', name: s.slice(start, i) };
  }

  // ---------------------------------------------------------------- constants (§9.3)

  private set(): Literal[] {
    const open = this.pos;
    if (this.src.charCodeAt(this.pos) !== C.LParen) this.expected("'(' to start the set after IN");
    this.pos++;
    this.skipWs();
    const values: Literal[] = [];
    if (this.src.charCodeAt(this.pos) === C.RParen) {
      this.pos++;
      return values;
    }
    let kind: LiteralType | undefined;
    for (;;) {
      this.skipWs();
      const at = this.pos;
      const value = this.literal('primitive', 'IN');
      const k = value.type === 'float' ? 'int' : value.type;
      if (kind === undefined) kind = k;
      else if (kind !== k) {
        // STIX 2.1 §9.5 (IN): the set's constants MUST all be of one type (int and float count as one).
        this.issues.push({
          ruleId: 'stix-pattern-set-type',
          reason: 'all constants in a set must be of the same type',
          offset: at,
        });
      }
      values.push(value);
      this.skipWs();
      const c = this.src.charCodeAt(this.pos);
      if (c === C.Comma) {
        this.pos++;
        continue;
      }
      if (c === C.RParen) {
        this.pos++;
        return values;
      }
      if (this.pos >= this.src.length) this.fail("unterminated set: expected ')'", open);
      this.expected("',' or ')'");
    }
  }

  private literal(allowed: Allowed, operator?: string): Literal {
    const s = this.src;
    const start = this.pos;
    const c = s.charCodeAt(start);
    const quoted = s.charCodeAt(start + 1) === C.Quote;
    if (c === C.Quote) return { type: 'string', value: this.string() };
    if (quoted && (c === 116 /* t */ || c === 104 /* h */ || c === 98) /* b */) {
      if (allowed === 'string')
        this.refuse(c === 116 ? 'a timestamp' : 'a binary constant', allowed, operator, start);
      this.pos++;
      const text = this.string();
      if (c === 116) {
        if (timestampToEpoch(text) === undefined) {
          this.fail(
            `invalid timestamp '${text}': expected YYYY-MM-DDTHH:MM:SS[.fraction]Z with a real date`,
            start,
          );
        }
        return { type: 'timestamp', value: text };
      }
      if (c === 104) {
        if (!isHex(text)) this.fail(`invalid hex constant: expected pairs of hex digits`, start);
        return { type: 'hex', value: text.toLowerCase() };
      }
      if (!isBase64(text)) this.fail(`invalid binary constant: expected padded base64`, start);
      return { type: 'binary', value: text };
    }
    if (c === C.Plus || c === C.Minus || c === C.Dot || isDigit(c)) {
      if (allowed === 'string') this.refuse('a number', allowed, operator, start);
      return this.number();
    }
    if (this.keyword('true') || this.keyword('false')) {
      if (allowed !== 'primitive') this.refuse('a boolean', allowed, operator, start);
      return { type: 'bool', value: s.charCodeAt(start) === 116 };
    }
    if (this.src.startsWith('null', start) && !isIdentPart(s.charCodeAt(start + 4))) {
      this.fail(
        'null is not a STIX pattern constant; use NOT EXISTS to test for an absent property',
        start,
      );
    }
    return this.expected(allowed === 'string' ? 'a string constant' : 'a constant');
  }

  /** Refuses a constant of the wrong kind for the operator, pointing at the constant. */
  private refuse(kind: string, allowed: Allowed, operator: string | undefined, at: number): never {
    const hint = allowed === 'string' ? '; it needs a string constant' : '';
    this.fail(`${operator ?? 'this operator'} cannot take ${kind}${hint}`, at);
  }

  private number(): { type: 'int' | 'float'; value: number } {
    const s = this.src;
    const start = this.pos;
    let i = start;
    const sign = s.charCodeAt(i);
    if (sign === C.Plus || sign === C.Minus) i++;
    const intStart = i;
    while (isDigit(s.charCodeAt(i))) i++;
    const intDigits = i - intStart;
    let isFloat = false;
    if (s.charCodeAt(i) === C.Dot && isDigit(s.charCodeAt(i + 1))) {
      isFloat = true;
      i += 2;
      while (isDigit(s.charCodeAt(i))) i++;
    }
    if (intDigits === 0 && !isFloat) this.expected('a number');
    if (!isFloat && intDigits > 1 && s.charCodeAt(intStart) === 48)
      this.fail('leading zeros are not allowed in an integer', start);
    if (isIdentPart(s.charCodeAt(i))) this.fail(`invalid number '${s.slice(start, i + 1)}'`, start);
    this.pos = i;
    const value = Number(s.slice(start, i));
    return { type: isFloat ? 'float' : 'int', value };
  }

  /** A quoted string at the cursor; only `\'` and `\\` are escapes (STIX 2.1 §9.3). */
  private string(): string {
    const s = this.src;
    const open = this.pos;
    let i = open + 1;
    let segment = i;
    let out = '';
    for (;;) {
      if (i >= s.length) this.fail('unterminated string', open);
      const c = s.charCodeAt(i);
      if (c === C.Quote) break;
      if (c === C.Backslash) {
        const next = s.charCodeAt(i + 1);
        if (next !== C.Quote && next !== C.Backslash) {
          this.fail(
            `invalid escape '\\${s.charAt(i + 1)}' in string: only \\' and \\\\ are allowed`,
            i,
          );
        }
        out += s.slice(segment, i) + s.charAt(i + 1);
        i += 2;
        segment = i;
        continue;
      }
      i++;
    }
    this.pos = i + 1;
    return segment === open + 1 ? s.slice(segment, i) : out + s.slice(segment, i);
  }

  private checkRegex(source: string, offset: number): void {
    let problem = regexProblems.get(source);
    if (problem === undefined) {
      try {
        regexFor(source);
        problem = '';
      } catch (error) {
        problem =
          error instanceof Error
            ? error.message.replace(/^Invalid regular expression: /, '')
            : String(error);
      }
      if (regexProblems.size >= 4096) regexProblems.clear();
      regexProblems.set(source, problem);
    }
    if (problem !== '') {
      this.issues.push({
        ruleId: 'stix-pattern-regex',
        reason: `MATCHES regular expression is not valid: ${problem}`,
        offset,
      });
    }
  }
}

/** Regex source → '' when valid, else the reason; bounded so that it cannot grow forever. */
const regexProblems = new Map<string, string>();

/** Leading PCRE option groups such as `(?i)` that JavaScript only accepts as flags. */
const INLINE_FLAGS = /^\(\?([imsx]+)\)/;

/**
 * Compiles a MATCHES regular expression (STIX 2.1 §9.5: PCRE) with JavaScript's RegExp.
 * Differences from PCRE that matter in practice: leading `(?i)`, `(?m)`, `(?s)` groups are
 * turned into flags (`(?x)` is refused); possessive quantifiers, atomic groups, `\A`, `\Z`,
 * `\Q…\E`, recursion and inline flags elsewhere are not supported; the match is a search
 * (unanchored) and not in Unicode mode, so `\xd4` means the code point 0xD4.
 */
export function regexFor(source: string): RegExp {
  let flags = '';
  let body = source;
  const m = INLINE_FLAGS.exec(source);
  if (m !== null) {
    const wanted = m[1] ?? '';
    if (wanted.includes('x')) throw new SyntaxError('the (?x) extended mode is not supported');
    flags = [...new Set(wanted)].join('');
    body = source.slice(m[0].length);
  }
  return new RegExp(body, flags);
}

function byOffset(a: PatternIssueAt, b: PatternIssueAt): number {
  return a.offset - b.offset;
}

/** Parses without throwing on MUST-rule issues; throws PatternSyntaxError on syntax errors. */
export function parseWithIssues(text: string): { ast: PatternAst; issues: PatternIssueAt[] } {
  const parser = new Parser(text);
  const ast = parser.parse();
  const issues = checkRules(ast, parser.issues);
  if (issues.length > 1) issues.sort(byOffset);
  return { ast, issues };
}

/**
 * Parses a STIX 2.1 pattern into its syntax tree.
 * @throws PatternSyntaxError with line and column on a syntax error or a broken §9 MUST rule.
 * @example
 * parsePattern("[ipv4-addr:value = '1.2.3.4']").ast.type; // 'observation'
 */
export function parsePattern(text: string): { ast: PatternAst } {
  const { ast, issues } = parseWithIssues(text);
  const first = issues[0];
  if (first !== undefined) {
    throw new PatternSyntaxError({
      reason: first.reason,
      position: positionOf(text, first.offset),
      ruleId: first.ruleId,
    });
  }
  return { ast };
}
