/**
 * @module countries
 * Countries by ISO 3166-1 code (all 249 entries of the standard, see `data/iso-3166-1.ts`).
 * Assessments store the alpha-3 code in upper case; everything a user types (alpha-2 or
 * alpha-3 in any case, or the English short or common name) goes through `resolveCountry`,
 * so that "kg", "KGZ" and "Kyrgyzstan" end up as the same record and a typo is refused with
 * the value named rather than stored as a new country.
 */
import { CoopsecError } from './errors.ts';
import { ISO_3166_1_ROWS } from './data/iso-3166-1.ts';

/** Regions the product compares within. Only Central Asia is tagged so far (the paper's region). */
export type Region = 'central-asia';

export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  /** ISO 3166-1 numeric-3, kept as a string because leading zeros matter ("004"). */
  readonly numeric: string;
  /** English short name as ISO 3166-1 gives it ("Korea, Republic of"). */
  readonly name: string;
  /** Common English name where it differs from the short name ("Taiwan"). */
  readonly commonName?: string;
  readonly region?: Region;
}

/** The five Central Asian countries the paper compares (its regional paragraph). */
export const CENTRAL_ASIA_ALPHA3 = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;

export const COUNTRIES: readonly Country[] = ISO_3166_1_ROWS.map((row) => {
  const [alpha2, alpha3, numeric, name, commonName] = row;
  const region: Region | undefined = (CENTRAL_ASIA_ALPHA3 as readonly string[]).includes(alpha3)
    ? 'central-asia'
    : undefined;
  return {
    alpha2,
    alpha3,
    numeric,
    name,
    ...(commonName !== undefined ? { commonName } : {}),
    ...(region !== undefined ? { region } : {}),
  };
});

// One lookup table for codes and names, upper-cased, built once (STYLE.md §4: compile once).
const BY_KEY = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const key of [country.alpha2, country.alpha3, country.name, country.commonName]) {
    if (key !== undefined) BY_KEY.set(key.toUpperCase(), country);
  }
}

/** Looks a country up without throwing; `undefined` when nothing matches. */
export function findCountry(codeOrName: string): Country | undefined {
  return BY_KEY.get(codeOrName.trim().toUpperCase());
}

/**
 * Resolves an alpha-2 or alpha-3 code (any case) or an English name to its ISO 3166-1 record.
 * Throws `BAD_INPUT` naming the value when nothing matches: an unknown country must not be
 * stored under a made-up code.
 *
 * @example
 * resolveCountry('kg').alpha3;          // 'KGZ'
 * resolveCountry('Kazakhstan').region;  // 'central-asia'
 * resolveCountry('XX');                 // throws CoopsecError BAD_INPUT
 */
export function resolveCountry(codeOrName: string): Country {
  const country = findCountry(codeOrName);
  if (country === undefined) {
    throw new CoopsecError(
      'BAD_INPUT',
      `unknown country "${codeOrName}": use an ISO 3166-1 alpha-2 or alpha-3 code`,
      {
        details: [
          { field: 'country', message: `"${codeOrName}" is not an ISO 3166-1 code or name` },
        ],
      },
    );
  }
  return country;
}

/** Countries tagged with a region, in alpha-3 order. */
export function countriesInRegion(region: Region): readonly Country[] {
  return COUNTRIES.filter((c) => c.region === region);
}
