/**
 * @module @coopsec/misp
 * MISP ↔ STIX 2.1: MISP events and feeds read, converted to STIX (deterministic ids, TLP
 * markings, sharing floors from distribution levels) and back. Pure: no I/O.
 */
export {
  readMispEvent,
  readMispEvents,
  type MispEvent,
  type MispAttribute,
  type MispObject,
  type MispTag,
  type MispSighting,
} from './event.ts';
export {
  ATTRIBUTE_TYPES,
  patternOf,
  stixString,
  type AttributeMapping,
  type Comparison,
} from './attribute-types.ts';
export {
  TLP_TAGS,
  TAG_OF_TLP,
  DISTRIBUTION_FLOOR,
  tlpOfTag,
  tlpOfTags,
  levelOfRefs,
} from './markings.ts';
export {
  eventToStix,
  eventUuidOf,
  MISP_ID_NAMESPACE,
  type Skip,
  type SkipReason,
  type StixConversion,
} from './to-stix.ts';
export { stixToMispEvents, type MispEventJson } from './from-stix.ts';
export { checkHashes, hashesCsv, manifestUuids, writeFeed, type Md5 } from './feed.ts';
