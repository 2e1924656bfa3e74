/**
 * @module node-country
 * The country this node serves, read in one place for every edge (`coopsec assess`,
 * `coopsec report`, `coopsec serve`): COOPSEC_NODE_COUNTRY, trimmed; unset or blank is null
 * (not set). A pure function of the environment object given, so that a test passes its own.
 *
 * @example
 * nodeCountryFromEnv(process.env); // 'KGZ', or null when COOPSEC_NODE_COUNTRY is not set
 */
export const NODE_COUNTRY_VARIABLE = 'COOPSEC_NODE_COUNTRY';

export function nodeCountryFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  const value = env[NODE_COUNTRY_VARIABLE]?.trim() ?? '';
  return value === '' ? null : value;
}
