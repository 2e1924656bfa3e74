/**
 * @module rest/openapi
 * The OpenAPI 3.1 document of /api, generated from the routes themselves: every route the REST
 * plugin registers is collected (onRoute), its zod schemas for path, query and body become
 * parameters and request bodies (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 allows,
 * input side: what a client sends), and its route-doc.ts keys give tag, summary and answers.
 */
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z } from 'zod';
import { problemSchema } from './schemas/problem.ts';
import { isPublicRoute } from './route-doc.ts';

type Json = Record<string, unknown>;

export interface CollectedRoute {
  readonly method: string;
  /** OpenAPI form, without the plugin's prefix: `/countries/{country}/overview`. */
  readonly path: string;
  readonly schema: FastifySchema | undefined;
}

/** Collects the routes registered after this call in `app` and the plugins under it. */
export function collectRoutes(app: FastifyInstance): readonly CollectedRoute[] {
  const routes: CollectedRoute[] = [];
  const prefix = app.prefix;
  app.addHook('onRoute', (route) => {
    const path = route.url.slice(prefix.length).replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    for (const m of Array.isArray(route.method) ? route.method : [route.method])
      if (m !== 'HEAD') routes.push({ method: m.toLowerCase(), path, schema: route.schema });
  });
  return routes;
}

function jsonSchema(schema: unknown): Json {
  if (!(schema instanceof z.ZodType)) return {};
  const out = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
}

function parameters(schema: unknown, where: 'path' | 'query'): Json[] {
  const s = jsonSchema(schema);
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(props).map(([name, { description, ...p }]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(typeof description === 'string' ? { description } : {}),
    schema: p,
  }));
}

const problemRef = { $ref: '#/components/responses/Problem' };

function responses(schema: FastifySchema): Json {
  const declared = (schema.response ?? {}) as Record<string, unknown>;
  const [status = '200', answer] = Object.entries(declared)[0] ?? [];
  const content =
    status === '204'
      ? undefined
      : schema.produces !== undefined
        ? Object.fromEntries(
            schema.produces.map((m) => [
              m,
              m === 'application/json' ? { schema: jsonSchema(answer) } : {},
            ]),
          )
        : { 'application/json': { schema: jsonSchema(answer) } };
  return {
    [status]: { description: status === '204' ? 'Done' : 'OK', ...(content ? { content } : {}) },
    '400': problemRef,
    ...(isPublicRoute(schema) ? {} : { '401': problemRef, '403': problemRef }),
    '404': problemRef,
  };
}

/** `get /countries/{country}/overview` → getCountriesCountryOverview */
function operationId(method: string, path: string): string {
  return `${method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`;
}

function operation(route: CollectedRoute): Json {
  const schema = route.schema ?? {};
  const params = [...parameters(schema.params, 'path'), ...parameters(schema.querystring, 'query')];
  return {
    tags: schema.tags ?? [],
    summary: schema.summary ?? '',
    operationId: operationId(route.method, route.path),
    ...(schema.security !== undefined ? { security: schema.security } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(schema.body !== undefined
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              (schema.consumes ?? ['application/json']).map((m) => [
                m,
                { schema: jsonSchema(schema.body) },
              ]),
            ),
          },
        }
      : {}),
    responses: responses(schema),
  };
}

export function openApiDocument(routes: readonly CollectedRoute[]): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'coopsec REST API',
      version: '0.1.0',
      description:
        'Assessment of national information-security systems on the five-component model, and administration of STIX/TAXII exchange. Errors are application/problem+json (RFC 9457) with `errors` naming the fields at fault. TAXII 2.1 itself is served under /taxii2/.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/api' }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key issued by an administrator (Authorization: Bearer <key>).',
        },
      },
      schemas: { Problem: jsonSchema(problemSchema) },
      responses: {
        Problem: {
          description: 'An error',
          content: {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          },
        },
      },
    },
    paths,
  };
}
