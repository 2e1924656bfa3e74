/**
 * @module @coopsec/stix
 * Public API of the STIX 2.1 package. Each area appends its own block of exports.
 */

export type * from './types/common.ts';
export type * from './types/sdo.ts';
export type * from './types/sco.ts';
export type * from './types/meta.ts';

export type {
  Finding,
  Severity,
  ValidationResult,
  ValidateOptions,
  PatternHook,
} from './validate/findings.ts';
export { validateStixObject } from './validate/object.ts';
export { validateBundle, validateDocument, BundleChecker } from './validate/bundle.ts';
export { deterministicScoId, canonicalJson, SCO_ID_NAMESPACE } from './validate/sco-id.ts';
export { SDO_TYPES, SRO_TYPES, SCO_TYPES, getDefinition } from './registry/index.ts';
export type { TypeDefinition } from './registry/index.ts';

export {
  TLP_LEVELS,
  TLP2_EXTENSION_ID,
  TLP2_IDS,
  TLP1_IDS,
  TLP1_TO_TLP2,
  TLP2_MARKINGS,
  TLP1_MARKINGS,
  tlpOfMarking,
  tlpRank,
  stricterTlp,
  claimedTlp,
  isStandardTlpId,
  nonStandardTlpReason,
} from './markings/tlp.ts';
export type { TlpLevel, Tlp1Level, MarkingResolver } from './markings/tlp.ts';
export { effectiveTlp, tlpAtSelector } from './markings/effective.ts';
export type { EffectiveTlpOptions } from './markings/effective.ts';
export { redactForRecipient, denialReason } from './markings/redact.ts';
export type { Clearance, Redaction, RemovedContent } from './markings/redact.ts';
export { parseSelector, resolveSelector, selectorCovers } from './markings/selectors.ts';

// #region access — who receives what (TLP 2.0 and sharing agreements), decided once
export { clearanceTable, clearanceFor, clearedFor } from './access/clearance.ts';
export type { Reader, SharingAgreement, VersionFacts, ClearanceTable } from './access/clearance.ts';
export { objectTlp, viewLevel, serveVersion, REDACTED_PROPERTY } from './access/serve.ts';
export { MAX_NESTING_DEPTH, nestsDeeperThan } from './validate/depth.ts';
export { markingRefs, isUnresolvedMarkingRef } from './validate/marking-rules.ts';
// #endregion access

export {
  readBundleObjects,
  readJsonLines,
  writeBundle,
  writeJsonLines,
  decodeChunks,
  JsonDocumentSplitter,
  JsonStreamError,
} from './stream/io.ts';
export type { ChunkSource } from './stream/io.ts';
export { validateBundleStream } from './stream/validate-stream.ts';
export type { StreamValidationResult, StreamValidateOptions } from './stream/validate-stream.ts';

// #region pattern — STIX 2.1 §9 patterning (owned by the patterning module)
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

// #region federation — what may travel on to a partner node (TLP 2.0 at every hop)
export { mayForward, FORWARD_REFUSALS } from './access/forward.ts';
export type { ForwardFacts, ForwardDecision, ForwardRefusal } from './access/forward.ts';
// #endregion federation
