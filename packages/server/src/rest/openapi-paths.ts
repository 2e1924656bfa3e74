/**
 * @module rest/openapi-paths
 * Every /api route in the OpenAPI document. Add a line here with each new route; the
 * integration test checks that every registered route is documented.
 */
interface Param {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly description?: string;
  readonly schema?: Record<string, unknown>;
}

interface Op {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly params?: readonly Param[];
  readonly body?: string;
  readonly response?: string;
  readonly media?: readonly string[];
  readonly public?: boolean;
}

const country: Param = { name: 'country', in: 'path', description: 'ISO 3166-1 alpha-3 code', schema: { type: 'string', pattern: '^[A-Za-z]{3}$' } };
const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }): Param => ({ name, in: 'query', description, schema });
const p = (name: string, description: string): Param => ({ name, in: 'path', description, schema: { type: 'string' } });
const weights = q('weights', 'Index weights, e.g. regulatory:2,cooperation:1 (normalised to sum 1)');
const thresholds = q('thresholds', 'Maturity lower bounds of Formative…Dynamic, e.g. 20,40,60,80');
const year = q('year', 'Year', { type: 'integer' });

export const OPERATIONS: readonly Op[] = [
  { method: 'get', path: '/health', tag: 'meta', summary: 'Liveness and database dialect', public: true },
  { method: 'get', path: '/openapi.json', tag: 'meta', summary: 'This document', public: true },
  { method: 'get', path: '/features', tag: 'meta', summary: 'Which features this build has', public: true },
  { method: 'get', path: '/countries', tag: 'assess', summary: 'Countries with stored assessments', response: 'AnyResult' },
  { method: 'get', path: '/countries/{country}/assessments', tag: 'assess', summary: 'Assessments of a country', params: [country, q('component', 'Component id'), q('from', 'First year', { type: 'integer' }), q('to', 'Last year', { type: 'integer' }), q('interpolate', 'Add labelled linear estimates for missing years', { type: 'boolean' })] },
  { method: 'get', path: '/countries/{country}/overview', tag: 'assess', summary: 'Series, dynamics, index, weakest component and maturity in one response', params: [country, weights, thresholds, q('interpolate', 'Add labelled estimates (default true)', { type: 'boolean' })], response: 'Overview' },
  { method: 'get', path: '/countries/{country}/dynamics', tag: 'assess', summary: 'Change (pp, %, CAGR) and ranks by level and growth', params: [country] },
  { method: 'get', path: '/countries/{country}/index', tag: 'assess', summary: 'Composite index per year with the weights used', params: [country, weights] },
  { method: 'get', path: '/countries/{country}/weakest', tag: 'assess', summary: 'Weakest component (binding constraint)', params: [country, year] },
  { method: 'get', path: '/countries/{country}/maturity', tag: 'assess', summary: 'Maturity stages with the stated rule', params: [country, year, thresholds] },
];

function operation(op: Op): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    '200': op.media
      ? { description: 'OK', content: Object.fromEntries(op.media.map((m) => [m, {}])) }
      : { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.response ?? 'AnyResult'}` } } } },
    '400': { $ref: '#/components/responses/Problem' },
    '404': { $ref: '#/components/responses/Problem' },
    '501': { $ref: '#/components/responses/Problem' },
  };
  if (op.public !== true) {
    responses['401'] = { $ref: '#/components/responses/Problem' };
    responses['403'] = { $ref: '#/components/responses/Problem' };
  }
  return {
    tags: [op.tag],
    summary: op.summary,
    operationId: `${op.method}${op.path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    ...(op.public === true ? { security: [] } : {}),
    ...(op.params ? { parameters: op.params.map((x) => ({ ...x, required: x.in === 'path' })) } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.body}` } } } } } : {}),
    responses,
  };
}

export const paths: Record<string, Record<string, unknown>> = {};
for (const op of OPERATIONS) {
  const entry = (paths[op.path] ??= {});
  entry[op.method] = operation(op);
}
