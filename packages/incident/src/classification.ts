/**
 * @module classification
 * RSIT (Reference Security Incident Taxonomy) class and type of a case, checked against the
 * bundled copy generated from misp-taxonomies (scripts/gen-rsit.mjs).
 */
import type { ErrorDetail } from '@coopsec/model';
import { RSIT_CLASSES } from './rsit-taxonomy.ts';

export type RsitClass = keyof typeof RSIT_CLASSES;

export interface RsitClassification {
  readonly class: RsitClass;
  readonly type: string;
}

/** Every RSIT class with its types, for pickers and help texts. */
export function rsitClasses(): readonly {
  value: RsitClass;
  label: string;
  types: readonly string[];
}[] {
  return (Object.keys(RSIT_CLASSES) as RsitClass[]).map((value) => ({
    value,
    label: RSIT_CLASSES[value].label,
    types: RSIT_CLASSES[value].types,
  }));
}

export function isRsitClass(value: string): value is RsitClass {
  return Object.hasOwn(RSIT_CLASSES, value);
}

/** Problems with a class/type pair: unknown class, or a type that is not of that class. */
export function rsitProblems(cls: string, type: string): ErrorDetail[] {
  if (!isRsitClass(cls))
    return [
      {
        field: 'rsit_class',
        message: `unknown RSIT class "${cls}" (known: ${Object.keys(RSIT_CLASSES).join(', ')})`,
      },
    ];
  const types: readonly string[] = RSIT_CLASSES[cls].types;
  if (!types.includes(type))
    return [
      {
        field: 'rsit_type',
        message: `unknown RSIT type "${type}" for class ${cls} (known: ${types.join(', ')})`,
      },
    ];
  return [];
}
