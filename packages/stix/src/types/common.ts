/**
 * @module types/common
 * Wire types shared by every STIX 2.1 object: identifiers, timestamps, common properties,
 * markings, external references, kill-chain phases, extensions (STIX 2.1 §2, §3, §5, §7).
 * Every object interface keeps an index signature so custom properties and extensions survive
 * a round trip (STIX 2.1 §11).
 */

/** `<type>--<uuid>` (STIX 2.1 §2.9). The brand keeps the type in the type system only. */
export type StixId<TType extends string = string> = `${TType}--${string}`;

/** RFC 3339 UTC timestamp with `Z` (STIX 2.1 §3.2), e.g. `2016-05-12T08:17:27.000Z`. */
export type Timestamp = string;

/** Custom properties are preserved (STIX 2.1 §11.1); names are `^[a-z0-9_]{3,250}$`. */
export interface CustomProperties {
  [property: string]: unknown;
}

/** STIX 2.1 §2.5 external-reference. */
export interface ExternalReference extends CustomProperties {
  source_name: string;
  description?: string;
  url?: string;
  hashes?: Hashes;
  external_id?: string;
}

/** STIX 2.1 §2.8 kill-chain-phase. */
export interface KillChainPhase extends CustomProperties {
  kill_chain_name: string;
  phase_name: string;
}

/** STIX 2.1 §7.2.3 granular-marking: exactly one of `lang` and `marking_ref`. */
export interface GranularMarking extends CustomProperties {
  selectors: string[];
  marking_ref?: StixId<'marking-definition'>;
  lang?: string;
}

/** STIX 2.1 §2.7 hashes: algorithm name → hex digest. */
export type Hashes = Record<string, string>;

/** STIX 2.1 §7.3 extension instance inside an object's `extensions` dictionary. */
export interface ExtensionInstance extends CustomProperties {
  extension_type?:
    'new-sdo' | 'new-sco' | 'new-sro' | 'property-extension' | 'toplevel-property-extension';
}

export type Extensions = Record<string, ExtensionInstance>;

/** Properties every SDO and SRO has (STIX 2.1 §3.2). */
export interface StixCommonProperties extends CustomProperties {
  type: string;
  spec_version: '2.1';
  id: StixId;
  created_by_ref?: StixId<'identity'>;
  created: Timestamp;
  modified: Timestamp;
  revoked?: boolean;
  labels?: string[];
  confidence?: number;
  lang?: string;
  external_references?: ExternalReference[];
  object_marking_refs?: StixId<'marking-definition'>[];
  granular_markings?: GranularMarking[];
  extensions?: Extensions;
}

/** Properties every SCO has (STIX 2.1 §6.1). */
export interface ScoCommonProperties extends CustomProperties {
  type: string;
  id: StixId;
  spec_version?: '2.1';
  object_marking_refs?: StixId<'marking-definition'>[];
  granular_markings?: GranularMarking[];
  defanged?: boolean;
  extensions?: Extensions;
}
