/**
 * @module web-static
 * Serves the built dashboard (packages/web/dist): hashed assets under /assets/ are cached for
 * a year, index.html is never cached, and pre-compressed .gz files written by the Vite build
 * are served when the browser accepts gzip. Unknown GET paths outside /api and /taxii2 that
 * ask for HTML get index.html, so that reloading a client route works.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

export interface WebPluginOptions {
  readonly root: string;
}

export const webPlugin: FastifyPluginAsync<WebPluginOptions> = async (app, options) => {
  if (!existsSync(join(options.root, 'index.html'))) {
    throw new TypeError(
      `the dashboard is not built: ${join(options.root, 'index.html')} is missing (run npm run build in the checkout)`,
    );
  }
  await app.register(fastifyStatic, {
    root: options.root,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    index: ['index.html'],
    setHeaders: (res, path: string) => {
      res.header(
        'cache-control',
        path.includes(`${join('dist', 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
      res.header('x-content-type-options', 'nosniff');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url;
    const html = (request.headers.accept ?? '').includes('text/html');
    if (request.method === 'GET' && html && !url.startsWith('/api') && !url.startsWith('/taxii2')) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply
      .code(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Not found',
        status: 404,
        detail: `no route ${request.method} ${url.split('?')[0] ?? ''}`,
        errors: [],
      });
  });
};
