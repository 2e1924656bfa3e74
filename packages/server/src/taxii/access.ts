/**
 * @module taxii/access
 * The access decision as TAXII and the REST routes use it. It lives in `@coopsec/app`
 * (`access.ts`: one loader of the facts for every edge, the rule itself in `@coopsec/stix`);
 * this module only keeps the server's import path.
 */
export {
  computeAccess,
  maySee,
  resolveAccess,
  servedBody,
  type CollectionAccess,
  type PolicyInput,
} from '@coopsec/app';
