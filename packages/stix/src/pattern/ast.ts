/**
 * @module pattern/ast
 * Typed syntax tree of a STIX 2.1 pattern (STIX 2.1 §9). The tree is plain JSON: it can be
 * printed with `--json`, stored, and compiled again later.
 *
 * Two levels, as in the specification:
 * - observation expressions (`[…]`, `AND`, `OR`, `FOLLOWEDBY`, qualifiers; §9.6, §9.7)
 * - comparison expressions inside one `[…]` (`AND`, `OR`, operators; §9.5)
 *
 * @example
 * const { ast } = parsePattern("[ipv4-addr:value = '1.2.3.4']");
 * ast.type; // 'observation'
 */

/** Offsets into the pattern text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// STIX 2.1 §9.3 (literals / constants)
export type Literal =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  /** RFC 3339 text exactly as written, e.g. `2014-01-13T07:03:17Z`. */
  | { readonly type: 'timestamp'; readonly value: string }
  /** Lower-case hex digits, two per byte. */
  | { readonly type: 'hex'; readonly value: string }
  /** Base64 text as written. */
  | { readonly type: 'binary'; readonly value: string };

export type LiteralType = Literal['type'];

// STIX 2.1 §9.4 (object path syntax)
export type PathStep =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'any' };

export interface ObjectPath {
  readonly objectType: string;
  readonly steps: readonly PathStep[];
}

export type ValueOperator =
  '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'MATCHES' | 'ISSUBSET' | 'ISSUPERSET';

// STIX 2.1 §9.5 (comparison expressions and operators)
export type ComparisonExpression =
  | {
      readonly type: 'comparison';
      readonly operator: ValueOperator;
      readonly negated: boolean;
      readonly path: ObjectPath;
      readonly value: Literal;
      readonly span: Span;
    }
  | {
      readonly type: 'in';
      readonly negated: boolean;
      readonly path: ObjectPath;
      readonly values: readonly Literal[];
      readonly span: Span;
    }
  | {
      readonly type: 'exists';
      readonly negated: boolean;
      readonly path: ObjectPath;
      readonly span: Span;
    }
  | {
      readonly type: 'and' | 'or';
      readonly operands: readonly ComparisonExpression[];
      readonly span: Span;
    };

// STIX 2.1 §9.7 (qualifiers)
export type Qualifier =
  | { readonly type: 'within'; readonly seconds: number; readonly span: Span }
  | { readonly type: 'repeats'; readonly times: number; readonly span: Span }
  | {
      readonly type: 'startstop';
      readonly start: string;
      readonly stop: string;
      readonly span: Span;
    };

// STIX 2.1 §9.6 (observation expressions and operators)
export type ObservationExpression =
  | {
      readonly type: 'observation';
      /** Position of this `[…]` among all of the pattern's `[…]`, from 0, left to right. */
      readonly index: number;
      readonly comparison: ComparisonExpression;
      readonly qualifiers: readonly Qualifier[];
      readonly span: Span;
    }
  | {
      readonly type: 'group';
      readonly expression: ObservationExpression;
      readonly qualifiers: readonly Qualifier[];
      readonly span: Span;
    }
  | {
      readonly type: 'and' | 'or' | 'followedby';
      readonly operands: readonly ObservationExpression[];
      readonly span: Span;
    };

export type PatternAst = ObservationExpression;
