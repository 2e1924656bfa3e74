/**
 * @module registry/definition
 * The declarative shape of one STIX type (STYLE.md §6): its properties with a compact type
 * spec, required properties, groups of which at least one must be present, the properties that
 * contribute to a deterministic SCO id (STIX 2.1 §2.9), and an optional co-constraint check.
 *
 * Property spec grammar (compiled once by `validate/compile.ts`):
 *   string | boolean | integer | integer(min,max) | number(min,max) | timestamp | timestamp_ms
 *   | identifier | ref(type1,type2) | ref(*) | sref(type1,…) (an SCO reference: STIX id, or a
 *   local key inside observed-data `objects`) | list<spec> | dict | dict<spec> | object
 *   | hashes | hex | binary | url | enum(a,b,c) | kill_chain_phase | external_reference
 *   | granular_marking | extensions | any
 */
import type { Finding } from '../validate/findings.ts';

export type ObjectKind = 'sdo' | 'sro' | 'sco' | 'meta';

/** Context given to a type's own co-constraint check. */
export interface CheckContext {
  readonly path: string;
  report(finding: Omit<Finding, 'path'> & { path?: string }): void;
}

export interface TypeDefinition {
  readonly type: string;
  readonly kind: ObjectKind;
  /** Properties beyond the common ones of the kind; value is a spec (grammar above). */
  readonly properties: Readonly<Record<string, string>>;
  readonly required?: readonly string[];
  /** At least one property of each group must be present. */
  readonly anyOf?: readonly (readonly string[])[];
  /** SCO only: id-contributing properties in spec order (STIX 2.1 §6, per type). */
  readonly idContributing?: readonly string[];
  /** Co-constraints JSON Schema cannot say, or says awkwardly. */
  readonly check?: (object: Record<string, unknown>, ctx: CheckContext) => void;
}

/** Common properties of SDOs and SROs (STIX 2.1 §3.2). */
export const SDO_COMMON: Readonly<Record<string, string>> = {
  type: 'string',
  spec_version: 'enum(2.1)',
  id: 'identifier',
  created_by_ref: 'ref(identity)',
  created: 'timestamp_ms',
  modified: 'timestamp_ms',
  revoked: 'boolean',
  labels: 'list<string>',
  confidence: 'integer(0,100)',
  lang: 'lang',
  external_references: 'list<external_reference>',
  object_marking_refs: 'list<ref(marking-definition)>',
  granular_markings: 'list<granular_marking>',
  extensions: 'extensions',
};
export const SDO_REQUIRED = ['type', 'spec_version', 'id', 'created', 'modified'] as const;

/** Common properties of SCOs (STIX 2.1 §6.1 / §3.2 table). */
export const SCO_COMMON: Readonly<Record<string, string>> = {
  type: 'string',
  spec_version: 'enum(2.1)',
  id: 'identifier',
  object_marking_refs: 'list<ref(marking-definition)>',
  granular_markings: 'list<granular_marking>',
  defanged: 'boolean',
  extensions: 'extensions',
};
export const SCO_REQUIRED = ['type', 'id'] as const;
