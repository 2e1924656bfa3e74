/**
 * @module auth/principal
 * Who is calling. Set on every authenticated request by the auth plugin; the TAXII routes and
 * the REST API both read it, and both decide what to serve from it and nothing else.
 */
export interface Principal {
  readonly userId: string;
  readonly userName: string;
  /** The organisation (a national centre) the caller belongs to. */
  readonly orgId: string;
  /** Platform administrators manage organisations, keys, collections and agreements. */
  readonly isAdmin: boolean;
  /** Id of the API key used, never the key itself. */
  readonly keyId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
