/**
 * @module web-static
 * Serves the built dashboard (packages/web/dist) with an index.html fallback for client routes.
 * Work in progress: the REST/dashboard engineer replaces this file.
 */
import type { FastifyPluginAsync } from 'fastify';

export interface WebPluginOptions {
  readonly root: string;
}

export const webPlugin: FastifyPluginAsync<WebPluginOptions> = async () => {};
