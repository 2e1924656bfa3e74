/**
 * @module markings/tlp
 * Traffic Light Protocol marking definitions: TLP 2.0 (FIRST, carried in STIX 2.1 through the
 * extension definition below) and TLP 1.0 (built into STIX 2.1 §7.2.1.4). Ids per FACTS.md §5.
 * TLP labels stay untranslated everywhere.
 */
import type { MarkingDefinition } from '../types/meta.ts';

/** Levels from least to most restrictive (TLP 2.0 names). */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** The extension definition that carries TLP 2.0 markings (`tlp_2_0` property). */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

export const TLP2_IDS = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
} as const satisfies Record<TlpLevel, string>;

export const TLP1_IDS = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
} as const;

export type Tlp1Level = keyof typeof TLP1_IDS;

/**
 * TLP 1.0 → 2.0: WHITE ≈ CLEAR (renamed), GREEN, AMBER and RED keep their meaning. TLP 1.0 has
 * no AMBER+STRICT; its AMBER allowed sharing with clients, like 2.0 AMBER, so it maps there.
 */
export const TLP1_TO_TLP2: Readonly<Record<Tlp1Level, TlpLevel>> = {
  white: 'clear',
  green: 'green',
  amber: 'amber',
  red: 'red',
};

const label = (level: string): string => `TLP:${level.toUpperCase()}`;

function tlp2(level: TlpLevel): MarkingDefinition {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_IDS[level],
    created: '2022-10-01T00:00:00.000Z',
    name: label(level),
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

function tlp1(level: Tlp1Level): MarkingDefinition {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP1_IDS[level],
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: label(level),
    definition: { tlp: level },
  };
}

/** The five TLP 2.0 marking-definition objects. */
export const TLP2_MARKINGS: Readonly<Record<TlpLevel, MarkingDefinition>> = {
  clear: tlp2('clear'),
  green: tlp2('green'),
  amber: tlp2('amber'),
  'amber+strict': tlp2('amber+strict'),
  red: tlp2('red'),
};

/** The four TLP 1.0 marking-definition objects of STIX 2.1 §7.2.1.4. */
export const TLP1_MARKINGS: Readonly<Record<Tlp1Level, MarkingDefinition>> = {
  white: tlp1('white'),
  green: tlp1('green'),
  amber: tlp1('amber'),
  red: tlp1('red'),
};

const BY_ID = new Map<string, TlpLevel>([
  ...Object.entries(TLP2_IDS).map(([level, id]) => [id, level as TlpLevel] as const),
  ...Object.entries(TLP1_IDS).map(([level, id]) => [id, TLP1_TO_TLP2[level as Tlp1Level]] as const),
]);

/**
 * The TLP level a marking-definition object claims to stand for, by its content: the TLP 2.0
 * extension's `tlp_2_0`, or a TLP 1.0 `definition_type: "tlp"` definition. `null` when it claims
 * TLP with a level that is none of the known ones; undefined when it does not claim TLP at all.
 */
export function claimedTlp(def: Readonly<Record<string, unknown>>): TlpLevel | null | undefined {
  const ext = def.extensions;
  const v2 =
    typeof ext === 'object' && ext !== null
      ? (ext as Record<string, unknown>)[TLP2_EXTENSION_ID]
      : undefined;
  if (v2 !== undefined) {
    const level =
      typeof v2 === 'object' && v2 !== null ? (v2 as Record<string, unknown>).tlp_2_0 : undefined;
    return typeof level === 'string' && (TLP_LEVELS as readonly string[]).includes(level)
      ? (level as TlpLevel)
      : null;
  }
  if (def.definition_type !== 'tlp') return undefined;
  const d = def.definition;
  const v1 = typeof d === 'object' && d !== null ? (d as Record<string, unknown>).tlp : undefined;
  return typeof v1 === 'string' && v1 in TLP1_TO_TLP2 ? TLP1_TO_TLP2[v1 as Tlp1Level] : null;
}

/** Whether `id` is one of the standard TLP 1.0 or TLP 2.0 marking-definition ids. */
export const isStandardTlpId = (id: string): boolean => BY_ID.has(id);

/**
 * STIX 2.1 §7.2.1.4: TLP is expressed only with the standard marking definitions. A marking
 * definition that claims TLP is valid only when its id is the standard id of the level it
 * claims. Returns why not, or undefined when it is fine (or claims no TLP).
 */
export function nonStandardTlpReason(def: Readonly<Record<string, unknown>>): string | undefined {
  const claimed = claimedTlp(def);
  if (claimed === undefined) return undefined;
  const id = typeof def.id === 'string' ? def.id : '';
  const standard = BY_ID.get(id);
  if (standard === undefined)
    return 'only the standard TLP marking definitions may be used (STIX 2.1 §7.2.1.4); this id is not one of them';
  if (claimed === null || claimed !== standard)
    return `this id is the standard TLP:${standard.toUpperCase()} definition, but its content says otherwise`;
  return undefined;
}

/** Looks up marking definitions that are not the standard TLP ones (e.g. from a bundle). */
export type MarkingResolver = (id: string) => Readonly<Record<string, unknown>> | undefined;

/** The TLP level (in 2.0 terms) a marking-definition id stands for, if it is a TLP marking. */
export function tlpOfMarking(id: string, resolve?: MarkingResolver): TlpLevel | undefined {
  const known = BY_ID.get(id);
  if (known !== undefined || resolve === undefined) return known;
  const def = resolve(id);
  if (def === undefined) return undefined;
  const ext = def.extensions as Record<string, Record<string, unknown>> | undefined;
  const v2 = ext?.[TLP2_EXTENSION_ID]?.tlp_2_0;
  if (typeof v2 === 'string' && (TLP_LEVELS as readonly string[]).includes(v2))
    return v2 as TlpLevel;
  const v1 =
    def.definition_type === 'tlp'
      ? (def.definition as Record<string, unknown> | undefined)?.tlp
      : undefined;
  return typeof v1 === 'string' && v1 in TLP1_TO_TLP2 ? TLP1_TO_TLP2[v1 as Tlp1Level] : undefined;
}

/** Rank for comparisons: 0 (clear) … 4 (red). */
export const tlpRank = (level: TlpLevel): number => TLP_LEVELS.indexOf(level);

/** The more restrictive of two levels. */
export const stricterTlp = (
  a: TlpLevel | undefined,
  b: TlpLevel | undefined,
): TlpLevel | undefined =>
  a === undefined ? b : b === undefined ? a : tlpRank(a) >= tlpRank(b) ? a : b;
