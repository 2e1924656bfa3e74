/**
 * @module registry
 * Lookup of type definitions by type name. The registry is plain data: add a definition to
 * one of the lists and the validator picks it up.
 */
import type { TypeDefinition } from './definition.ts';
import { META_DEFINITIONS } from './meta.ts';
import { SCO_DEFINITIONS } from './sco.ts';
import { SDO_DEFINITIONS } from './sdo.ts';

export const DEFINITIONS: ReadonlyMap<string, TypeDefinition> = new Map(
  [...SDO_DEFINITIONS, ...SCO_DEFINITIONS, ...META_DEFINITIONS].map((d) => [d.type, d]),
);

/** The 19 SDO types (STIX 2.1 §4). */
export const SDO_TYPES: ReadonlySet<string> = new Set(
  SDO_DEFINITIONS.filter((d) => d.kind === 'sdo').map((d) => d.type),
);
/** The 2 SRO types (§5). */
export const SRO_TYPES: ReadonlySet<string> = new Set(['relationship', 'sighting']);
/** The 18 SCO types (§6). */
export const SCO_TYPES: ReadonlySet<string> = new Set(SCO_DEFINITIONS.map((d) => d.type));

export function getDefinition(type: string): TypeDefinition | undefined {
  return DEFINITIONS.get(type);
}

export type { TypeDefinition } from './definition.ts';
