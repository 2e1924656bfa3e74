/**
 * @module markings
 * MISP TLP tags ↔ TLP 2.0 marking definitions, and MISP distribution levels → the TLP floor
 * that coopsec's sharing rules apply (package README, "Distribution"). The effective marking
 * of an object is the stricter of its TLP tag (attribute tag, else event tag) and the floor.
 */
import { stricterTlp, TLP2_IDS, tlpOfMarking, type TlpLevel } from '@coopsec/stix';

/** MISP tag name (lower case) → TLP 2.0 level. tlp:white is TLP 1.0's name for CLEAR. */
export const TLP_TAGS: Readonly<Record<string, TlpLevel>> = {
  'tlp:clear': 'clear',
  'tlp:white': 'clear',
  'tlp:green': 'green',
  'tlp:amber': 'amber',
  'tlp:amber+strict': 'amber+strict',
  'tlp:red': 'red',
};

/** TLP level → the tag written on export (TLP 2.0 names). */
export const TAG_OF_TLP: Readonly<Record<TlpLevel, string>> = {
  clear: 'tlp:clear',
  green: 'tlp:green',
  amber: 'tlp:amber',
  'amber+strict': 'tlp:amber+strict',
  red: 'tlp:red',
};

/**
 * Distribution level → the least restrictive TLP coopsec may apply (undefined: no floor, the
 * TLP tag or the platform default decides). 5 (inherit) is resolved to the parent's level first.
 */
export const DISTRIBUTION_FLOOR: Readonly<Record<number, TlpLevel | undefined>> = {
  0: 'amber+strict', // your organisation only: no one outside the origin organisation
  1: 'green', // this community: the coopsec community (green is its default reach)
  2: 'green', // connected communities: federation partners, still green
  3: undefined, // all communities: the TLP tag alone decides
  4: 'amber+strict', // a sharing group: its members are unknown here, so fail closed
};

export function tlpOfTag(name: string): TlpLevel | undefined {
  return TLP_TAGS[name.trim().toLowerCase()];
}

export const isTlpTag = (name: string): boolean => tlpOfTag(name) !== undefined;

/** The strictest TLP among tags, or undefined when none is a TLP tag. */
export function tlpOfTags(tags: readonly { readonly name: string }[]): TlpLevel | undefined {
  let level: TlpLevel | undefined;
  for (const t of tags) level = stricterTlp(level, tlpOfTag(t.name));
  return level;
}

/** Inherit (5) or missing resolved to the parent's level. */
export function resolveDistribution(own: number | undefined, parent: number): number {
  return own === undefined || own === 5 ? parent : own;
}

export function effectiveLevel(
  tagLevel: TlpLevel | undefined,
  distribution: number,
): TlpLevel | undefined {
  return stricterTlp(tagLevel, DISTRIBUTION_FLOOR[distribution]);
}

export function markingRefsOf(level: TlpLevel | undefined): { object_marking_refs?: string[] } {
  return level === undefined ? {} : { object_marking_refs: [TLP2_IDS[level]] };
}

/** The TLP level of an object's marking refs (standard TLP 1.0 or 2.0 ids). */
export function levelOfRefs(refs: unknown): TlpLevel | undefined {
  if (!Array.isArray(refs)) return undefined;
  let level: TlpLevel | undefined;
  for (const ref of refs)
    if (typeof ref === 'string') level = stricterTlp(level, tlpOfMarking(ref));
  return level;
}
