/**
 * @module catalogue
 * The type of a message catalogue, taken from the English one: `MessageKey` is every key of
 * `EN`, and `Catalogue` is an object with exactly those keys. A catalogue that misses a key or
 * adds one is a type error where it is declared.
 */
import type { EN } from './catalogues/en.ts';

export type MessageKey = keyof typeof EN;

/** One ICU MessageFormat string per key. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The values a message's placeholders take. */
export type MessageValues = Readonly<Record<string, string | number>>;
