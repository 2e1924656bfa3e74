/**
 * @module rest/route-doc
 * What a route says about itself in the OpenAPI document, next to its input schemas: tag,
 * summary, other media types (answer and body), and (as `response`) the success status when it is not 200.
 * The keys are Fastify's customary route-schema keys for OpenAPI (tags, summary, security,
 * produces, consumes, response); our own generator (openapi.ts) reads them and nothing but the routes.
 *
 * @example
 * app.post('/orgs', { schema: { ...doc('admin', 'Add an organisation'), body, response: created } }, …)
 */
import { z } from 'zod';

export type RouteTag =
  | 'meta'
  | 'assess'
  | 'standards'
  | 'compare'
  | 'scenario'
  | 'report'
  | 'stix'
  | 'exchange'
  | 'admin';

export interface DocOptions {
  /** Media types of the answer when it is not (only) JSON. */
  readonly produces?: readonly string[];
  /** Media types of the request body when it is not JSON (the route parses them itself). */
  readonly consumes?: readonly string[];
  /**
   * Answered without an API key. This flag is the one source: it becomes the route's empty
   * `security` (OpenAPI 3.1 §4.8.10: `[]` lifts the document's default), which both the
   * document (openapi.ts) and the server's key check (auth.ts, via isPublicRoute) read.
   */
  readonly public?: boolean;
}

/** Whether a route schema says it is answered without an API key (doc(…, { public: true })). */
export function isPublicRoute(schema: { readonly security?: readonly unknown[] } | undefined) {
  return schema?.security?.length === 0;
}

export function doc(tag: RouteTag, summary: string, options: DocOptions = {}) {
  return {
    tags: [tag] as readonly string[],
    summary,
    ...(options.produces !== undefined ? { produces: options.produces } : {}),
    ...(options.consumes !== undefined ? { consumes: options.consumes } : {}),
    ...(options.public === true ? { security: [] as const } : {}),
  };
}

/** 201 with the created record (its shape is not described yet: any JSON value). */
export const created = { 201: z.unknown() };

/** 204, no body. */
export const done = { 204: z.undefined() };
