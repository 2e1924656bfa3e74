/**
 * @module rest/plugin
 * The REST API under /api (problem+json errors, OpenAPI document).
 * Work in progress: the REST/dashboard engineer replaces this file.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '@coopsec/store';

export interface RestPluginOptions {
  readonly store: Store;
}

export const restPlugin: FastifyPluginAsync<RestPluginOptions> = async () => {};
