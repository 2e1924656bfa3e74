/**
 * @module rest/auth
 * Every /api route except health, features and the OpenAPI document needs an API key; the
 * shared `createAuthenticate` hook (auth/authenticate.ts) sets `request.principal`.
 * Administration routes also need `isAdmin`.
 */
import { CoopsecError } from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createAuthenticate, requirePrincipal } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';

const PUBLIC = new Set(['/api/health', '/api/openapi.json', '/api/features']);

export function installAuth(app: FastifyInstance, store: Store): void {
  const authenticate = createAuthenticate(store);
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (PUBLIC.has(path)) return;
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
