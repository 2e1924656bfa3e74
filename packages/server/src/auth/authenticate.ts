/**
 * @module auth/authenticate
 * API-key authentication shared by TAXII and the REST API. Accepted credentials:
 *   - `Authorization: Bearer csk_<id>_<secret>`;
 *   - `Authorization: Basic base64(user:password)`, user = key id or user name, password =
 *     the full key (TAXII clients commonly only speak Basic, TAXII 2.1 §1.6.7).
 * Keys are stored as sha256 of their 256-bit secret and looked up by key id.
 *
 * @example
 * // In any Fastify plugin (e.g. the REST API):
 * const authenticate = createAuthenticate(store);
 * app.addHook('onRequest', authenticate);          // sets request.principal or throws 401
 * app.get('/me', async (request) => request.principal);
 */
import { ApiKeyRepository, type Store } from '@coopsec/store';
import { CoopsecError } from '@coopsec/model';
import type { FastifyRequest } from 'fastify';
import type { Principal } from './principal.ts';

/** Sets `request.principal` or throws CoopsecError UNAUTHENTICATED (HTTP 401). Usable as a Fastify hook. */
export type Authenticate = (request: FastifyRequest) => Promise<Principal>;

interface CacheEntry {
  readonly principal: Principal;
  readonly until: number;
}

/**
 * Verified keys are remembered briefly so that small GETs do not hash and query every time.
 * A key revoked by another process (the admin CLI, another server) stops working within this
 * time; one revoked through this process stops at once ({@link forgetVerifiedKeys}).
 */
const CACHE_MS = 900;
const CACHE_MAX = 1_000;

/** One cache per store, shared by every authenticate hook (REST and TAXII) on it. */
const caches = new WeakMap<object, Map<string, CacheEntry>>();

function cacheFor(store: Pick<Store, 'db'>): Map<string, CacheEntry> {
  let cache = caches.get(store.db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(store.db, cache);
  }
  return cache;
}

/** Drops every remembered key of this store: call after revoking a key or removing a user. */
export function forgetVerifiedKeys(store: Pick<Store, 'db'>): void {
  cacheFor(store).clear();
}

export function createAuthenticate(store: Pick<Store, 'db'>): Authenticate {
  const keys = new ApiKeyRepository(store);
  const cache = cacheFor(store);
  return async (request) => {
    const header = request.headers.authorization;
    if (header === undefined || header === '')
      throw unauthenticated('credentials are required (Basic or Bearer API key)');
    const credentials = parseAuthorization(header);
    if (credentials === undefined)
      throw unauthenticated('unsupported Authorization scheme; use Basic or Bearer');
    const cacheKey = `${credentials.user ?? ''}\n${credentials.key}`;
    const hit = cache.get(cacheKey);
    if (hit !== undefined && hit.until > Date.now()) {
      request.principal = hit.principal;
      return hit.principal;
    }
    let owner = await keys.verify(credentials.key);
    if (
      owner !== undefined &&
      credentials.user !== undefined &&
      credentials.user !== owner.keyId &&
      credentials.user !== owner.userName
    ) {
      owner = undefined;
    }
    if (owner === undefined)
      throw unauthenticated('the API key is unknown, revoked or does not match the user');
    const principal: Principal = {
      userId: owner.userId,
      userName: owner.userName,
      orgId: owner.orgId,
      isAdmin: owner.isAdmin,
      keyId: owner.keyId,
    };
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(cacheKey, { principal, until: Date.now() + CACHE_MS });
    request.principal = principal;
    return principal;
  };
}

export function parseAuthorization(header: string): { user?: string; key: string } | undefined {
  const space = header.indexOf(' ');
  if (space < 0) return undefined;
  const scheme = header.slice(0, space).toLowerCase();
  const value = header.slice(space + 1).trim();
  if (scheme === 'bearer') return value === '' ? undefined : { key: value };
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const user = decoded.slice(0, colon);
    const key = decoded.slice(colon + 1);
    return key === '' ? undefined : user === '' ? { key } : { user, key };
  }
  return undefined;
}

function unauthenticated(message: string): CoopsecError {
  return new CoopsecError('UNAUTHENTICATED', message);
}

/** The principal of an authenticated request; throws 401 when the hook did not run. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal === undefined) throw unauthenticated('not authenticated');
  return request.principal;
}
