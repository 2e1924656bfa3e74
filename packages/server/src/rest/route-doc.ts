/**
 * @module rest/route-doc
 * What a route says about itself in the OpenAPI document, next to its input schemas: tag,
 * summary, other media types, and (as `response`) the success status when it is not 200.
 * The keys are Fastify's customary route-schema keys for OpenAPI (tags, summary, security,
 * produces, response); our own generator (openapi.ts) reads them and nothing but the routes.
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
  /** Answered without an API key (auth.ts keeps the list the server enforces). */
  readonly public?: boolean;
}

export function doc(tag: RouteTag, summary: string, options: DocOptions = {}) {
  return {
    tags: [tag] as readonly string[],
    summary,
    ...(options.produces !== undefined ? { produces: options.produces } : {}),
    ...(options.public === true ? { security: [] as const } : {}),
  };
}

/** 201 with the created record (its shape is not described yet: any JSON value). */
export const created = { 201: z.unknown() };

/** 204, no body. */
export const done = { 204: z.undefined() };
