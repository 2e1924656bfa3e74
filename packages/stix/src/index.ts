/**
 * @module @coopsec/stix
 * Public API of the STIX 2.1 package. Each area appends its own block of exports.
 */

export type * from './types/common.ts';
export type * from './types/sdo.ts';
export type * from './types/sco.ts';
export type * from './types/meta.ts';

export type { Finding, Severity, ValidationResult, ValidateOptions, PatternHook } from './validate/findings.ts';
export { validateStixObject } from './validate/object.ts';
export { validateBundle, validateDocument, BundleChecker } from './validate/bundle.ts';
export { deterministicScoId, canonicalJson, SCO_ID_NAMESPACE } from './validate/sco-id.ts';
export { SDO_TYPES, SRO_TYPES, SCO_TYPES, getDefinition } from './registry/index.ts';
export type { TypeDefinition } from './registry/index.ts';

// #region pattern — STIX 2.1 §9 patterning
export type {
  ComparisonExpression,
  Literal,
  LiteralType,
  ObjectPath,
  ObservationExpression,
  PathStep,
  PatternAst,
  Qualifier,
  Span,
  ValueOperator,
} from './pattern/ast.ts';
export { PatternSyntaxError } from './pattern/errors.ts';
export type { PatternPosition } from './pattern/errors.ts';
export { parsePattern, MAX_NESTING, MAX_PATTERN_LENGTH } from './pattern/parser.ts';
export { explainPattern, formatLiteral, formatPath } from './pattern/explain.ts';
export { compilePattern, matchPattern } from './pattern/matcher.ts';
export type { CompiledPattern, MatchResult, ObservationMatch } from './pattern/matcher.ts';
export type { MatchOptions, ObservedDataLike, ScoLookup } from './pattern/observed.ts';
export { checkPattern, stixPatternHook } from './pattern/check.ts';
export type { PatternIssue } from './pattern/check.ts';
// #endregion pattern
