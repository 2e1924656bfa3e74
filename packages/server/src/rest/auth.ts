/**
 * @module rest/auth
 * Every /api route needs an API key unless its doc() says `public` (health, features and the
 * OpenAPI document): the route's own schema is the list, so the document and the server
 * cannot disagree. Unknown paths need a key too (401 before 404: no probing without one).
 * The shared `createAuthenticate` hook (auth/authenticate.ts) sets `request.principal`.
 * Administration routes also need `isAdmin`.
 */
import { CoopsecError } from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createAuthenticate, requirePrincipal } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';
import { isPublicRoute } from './route-doc.ts';

export function installAuth(app: FastifyInstance, store: Store): void {
  const authenticate = createAuthenticate(store);
  app.addHook('onRequest', async (request) => {
    if (isPublicRoute(request.routeOptions.schema)) return;
    await authenticate(request);
  });
}

export function principalOf(request: FastifyRequest): Principal {
  return requirePrincipal(request);
}

export function requireAdmin(request: FastifyRequest): Principal {
  const principal = requirePrincipal(request);
  if (!principal.isAdmin)
    throw new CoopsecError('FORBIDDEN', 'only platform administrators may do this');
  return principal;
}

/** A preValidation hook: a non-administrator is refused (403) before its input is judged. */
export async function adminOnly(request: FastifyRequest): Promise<void> {
  requireAdmin(request);
  await Promise.resolve();
}
