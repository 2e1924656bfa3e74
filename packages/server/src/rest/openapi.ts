/**
 * @module rest/openapi
 * The OpenAPI 3.1 document of /api, written by hand from the routes (zod is not installed in
 * this workspace). Schemas are JSON Schema 2020-12, as OpenAPI 3.1 allows.
 */
import { paths } from './openapi-paths.ts';
import { schemas } from './openapi-schemas.ts';

export function openApiDocument(): Record<string, unknown> {
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
      schemas,
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
