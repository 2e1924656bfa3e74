/**
 * @module @coopsec/server
 * The coopsec server: TAXII 2.1, REST API and dashboard in one Fastify process.
 */
export { buildApp, DEFAULT_MAX_CONTENT_LENGTH, type AppOptions } from './app.ts';
/** Starts the whole server (store, first admin, APIs, dashboard): `npm start` and `coopsec serve`. */
export {
  startServer,
  defaultWebRoot,
  type StartServerOptions,
  type RunningServer,
} from './start.ts';
export type { Principal } from './auth/principal.ts';
/**
 * Authentication for any plugin: `const authenticate = createAuthenticate(store);` then
 * `app.addHook('onRequest', authenticate)` — sets `request.principal` or throws a
 * CoopsecError UNAUTHENTICATED (401). Credentials: `Authorization: Bearer <key>` or
 * `Basic base64(<key id or user name>:<key>)`. `requirePrincipal(request)` reads it back.
 */
export {
  createAuthenticate,
  createAuthenticate as authenticate,
  requirePrincipal,
  parseAuthorization,
  type Authenticate,
} from './auth/authenticate.ts';
export { bootstrapAdmin, type BootstrapResult, type BootstrapOptions } from './auth/bootstrap.ts';
export { REDACT_PATHS } from './auth/logging.ts';
export { TAXII_MEDIA_TYPE, STIX_MEDIA_TYPE } from './taxii/media.ts';
/** The TLP 2.0 rules for one reader and collection (also usable by the REST API's exchange browser). */
export { resolveAccess, computeAccess, maySee, type CollectionAccess } from './taxii/access.ts';
export { RECIPIENTS_PROPERTY } from './taxii/ingest.ts';
export {
  TaxiiClient,
  type TaxiiClientOptions,
  type PullOptions,
  type PullState,
  type PushResult,
} from './client/taxii-client.ts';
/** Federation: peers, their links and one sync run (`coopsec peer …`, `coopsec sync`). */
export {
  addPeer,
  listPeers,
  removePeer,
  peerStatus,
  parseLinkSpec,
  DEFAULT_HOP_LIMIT,
  type AddPeerInput,
  type LinkSpec,
  type PeerView,
  type PeerStatus,
} from './federation/peers.ts';
export { syncPeer, type SyncOptions } from './federation/sync.ts';
export { secretBoxFromEnv, SECRET_KEY_VARIABLE, type SecretBox } from './federation/secrets.ts';
export { nodeIdOf } from './federation/provenance.ts';
export { ingestEnvelope, type IngestRequest } from './taxii/ingest.ts';
