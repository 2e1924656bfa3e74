/**
 * @module @coopsec/match
 * Indicator matching for early warning: STIX indicators compiled into lookup tables for the
 * common atoms (addresses and CIDR blocks, domain names, URLs, e-mail addresses, hashes), the
 * rest run by `@coopsec/stix`'s pattern evaluator; observations parsed from sensor logs.
 * Pure code: no Node I/O.
 */
export { Matcher } from './matcher.ts';
export type {
  Hit,
  IndicatorLike,
  MatcherOptions,
  SuppressedHit,
  Suppression,
  UpsertResult,
  UpsertStatus,
} from './matcher.ts';

// #region noise control — MISP warning lists and decay
export {
  WarningLists,
  parseWarningList,
  pcreToRegExp,
  WARNING_LIST_TYPES,
} from './warninglists/warninglist.ts';
export type {
  AddedList,
  WarningListData,
  WarningListHit,
  WarningListType,
} from './warninglists/warninglist.ts';
export {
  BUNDLED_WARNING_LIST_IDS,
  isBundledWarningList,
  loadBundledWarningList,
} from './warninglists/bundled.ts';
export type { BundledWarningListId } from './warninglists/bundled.ts';
export {
  BUNDLED_DECAY_MODELS,
  DAY_MS,
  baseScoreOf,
  decayScore,
  isBundledDecayModel,
  parseDecayModel,
} from './decay/decay.ts';
export type { BundledDecayModelId, DecayModel } from './decay/decay.ts';
// #endregion noise control
export type { Atom, AtomType, HashAtomType, Observation } from './observation.ts';
export { ATOM_TYPES, ipAtom, scoTypeOf } from './observation.ts';
export { normaliseAtom } from './normalised-atom.ts';
export { normaliseDomain, normaliseEmail, normaliseHash, normaliseUrl } from './normalise.ts';
export type { HashAlgorithm } from './normalise.ts';
export { toObservedData } from './slow-path.ts';
export type { WindowOptions } from './slow-path.ts';
export { fastKeys } from './fast-path.ts';
export type { FastKey } from './fast-path.ts';

// #region inputs — pure parsers over lines
export { ObservationReader, MalformedLine } from './inputs/reader.ts';
export type { LineParser, Malformed } from './inputs/reader.ts';
export { FORMATS, createParser, detectFormat, isInputFormat } from './inputs/formats.ts';
export type { Detection, InputFormat } from './inputs/formats.ts';
export { DEFAULT_MAPPING, csvParser, jsonlParser, splitCsv } from './inputs/mapped.ts';
export type { FieldMapping } from './inputs/mapped.ts';
export { eveAtoms, eveParser } from './inputs/eve.ts';
export { zeekJsonParser, zeekTsvParser } from './inputs/zeek.ts';
export { cefParser, syslogParser, cefExtension } from './inputs/syslog.ts';
export { observedDataToObservation, stixParser } from './inputs/stix.ts';
// #endregion inputs

// #region exports for the engines centres run
export { suricataExport, zeekIntelExport, ZEEK_INTEL_HEADER } from './exports/engines.ts';
export type { ExportIndicator, ExportOptions, ExportResult } from './exports/engines.ts';
// #endregion exports
