/**
 * @module standards/types
 * Shared shapes of the standards catalogues (NIST CSF, ISO/IEC 27001 Annex A) and their
 * framework identifiers. ISO's control text is copyrighted (FACTS.md §4): ISO catalogues
 * carry identifiers and short names of our own; users may import a licensed catalogue.
 */

/** The frameworks the product knows. */
export const FRAMEWORK_IDS = ['csf-2.0', 'csf-1.1', 'iso27001-2013', 'iso27001-2022'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export function isFrameworkId(value: string): value is FrameworkId {
  return (FRAMEWORK_IDS as readonly string[]).includes(value);
}

/** Levels of a catalogue tree, from the top. */
export type ElementKind =
  | 'function' // CSF
  | 'category' // CSF
  | 'subcategory' // CSF
  | 'domain' // ISO/IEC 27001:2013 Annex A clause (A.5–A.18)
  | 'objective' // ISO/IEC 27001:2013 control objective (A.5.1 …)
  | 'theme' // ISO/IEC 27001:2022 Annex A theme (5–8)
  | 'control'; // ISO control

export interface CatalogueElement {
  readonly id: string;
  readonly kind: ElementKind;
  /** Short name. For ISO: our own paraphrase label, never ISO's wording. */
  readonly title: string;
  /** The element one level up, if any. */
  readonly parent?: string;
  /** Public-domain statement text (CSF only). */
  readonly statement?: string;
}

export interface Catalogue {
  readonly framework: FrameworkId;
  readonly title: string;
  /** Where the identifiers come from and under what terms the names are shipped. */
  readonly source: string;
  readonly elements: readonly CatalogueElement[];
}
