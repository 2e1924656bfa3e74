/**
 * @module types/meta
 * STIX Meta Objects (STIX 2.1 §7) and the bundle (§8), plus the union of all objects.
 */
import type {
  CustomProperties,
  ExternalReference,
  GranularMarking,
  StixCommonProperties,
  StixId,
  Timestamp,
} from './common.ts';
import type { StixDomainObject, StixRelationshipObject } from './sdo.ts';
import type { StixCyberObservable } from './sco.ts';

/** §7.1 */
export type LanguageContent = StixCommonProperties & {
  type: 'language-content';
  id: StixId<'language-content'>;
  object_ref: StixId;
  object_modified?: Timestamp;
  contents: Record<string, Record<string, unknown>>;
};

/** §7.2.1 marking-definition. `definition_type`/`definition` are deprecated in favour of extensions. */
export interface MarkingDefinition extends CustomProperties {
  type: 'marking-definition';
  spec_version: '2.1';
  id: StixId<'marking-definition'>;
  created_by_ref?: StixId<'identity'>;
  created: Timestamp;
  name?: string;
  definition_type?: string;
  definition?: Record<string, unknown>;
  external_references?: ExternalReference[];
  object_marking_refs?: StixId<'marking-definition'>[];
  granular_markings?: GranularMarking[];
  extensions?: Record<string, Record<string, unknown>>;
}

/** §7.3 extension-definition */
export type ExtensionDefinition = StixCommonProperties & {
  type: 'extension-definition';
  id: StixId<'extension-definition'>;
  created_by_ref: StixId<'identity'>;
  name: string;
  description?: string;
  schema: string;
  version: string;
  extension_types: (
    'new-sdo' | 'new-sco' | 'new-sro' | 'property-extension' | 'toplevel-property-extension'
  )[];
  extension_properties?: string[];
};

/** Any STIX 2.1 object, including custom ones (their properties stay available). */
export type StixObject =
  | StixDomainObject
  | StixRelationshipObject
  | StixCyberObservable
  | LanguageContent
  | MarkingDefinition
  | ExtensionDefinition;

/** §8 bundle */
export interface Bundle extends CustomProperties {
  type: 'bundle';
  id: StixId<'bundle'>;
  objects?: StixObject[];
}
