/**
 * @module taxii/routes-util
 * Route registration helper: TAXII URLs end in `/` (TAXII 2.1 §4), but clients differ, so
 * each route answers with and without the trailing slash; other methods on a known URL get a
 * 405 TAXII error instead of a 404.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { TaxiiHttpError } from './errors.ts';

export type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;
export type RouteAdder = (method: 'GET' | 'POST' | 'DELETE', url: string, handler: Handler) => void;

const ALL: HTTPMethods[] = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH'];

export function routeRegistry(app: FastifyInstance): { route: RouteAdder; finish: () => void } {
  const methods = new Map<string, Set<string>>();
  const route: RouteAdder = (method, url, handler) => {
    for (const u of variants(url)) app.route({ method, url: u, handler });
    const set = methods.get(url) ?? new Set<string>();
    set.add(method);
    methods.set(url, set);
  };
  const finish = () => {
    for (const [url, used] of methods) {
      const others = ALL.filter((m) => !used.has(m));
      const allow = [...used, ...(used.has('GET') ? ['HEAD'] : [])].join(', ');
      for (const u of variants(url)) {
        app.route({
          method: others,
          url: u,
          handler: async (_request, reply) => {
            void reply.header('allow', allow);
            throw new TaxiiHttpError({
              code: 'UNSUPPORTED',
              httpStatus: 405,
              message: `method not allowed here; allowed: ${allow}`,
            });
          },
        });
      }
    }
  };
  return { route, finish };
}

function variants(url: string): string[] {
  return url.endsWith('/') && url.length > 1 ? [url, url.slice(0, -1)] : [url];
}
