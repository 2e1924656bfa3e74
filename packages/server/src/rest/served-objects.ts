/**
 * @module rest/served-objects
 * What a REST caller may read of a collection: the latest version of each object of the given
 * types, exactly as TAXII would serve it to the same principal. The decision is TAXII's own
 * (`resolveAccess`: collection grants; `servedBody`: TLP, agreements, recipients, granular
 * markings), applied here and never copied.
 */
export { servedObjects } from '@coopsec/app';
