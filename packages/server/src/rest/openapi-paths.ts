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

const country: Param = {
  name: 'country',
  in: 'path',
  description: 'ISO 3166-1 alpha-3 code',
  schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
};
const q = (
  name: string,
  description: string,
  schema: Record<string, unknown> = { type: 'string' },
): Param => ({ name, in: 'query', description, schema });
const p = (name: string, description: string): Param => ({
  name,
  in: 'path',
  description,
  schema: { type: 'string' },
});
const weights = q(
  'weights',
  'Index weights, e.g. regulatory:2,cooperation:1 (normalised to sum 1)',
);
const thresholds = q('thresholds', 'Maturity lower bounds of Formative…Dynamic, e.g. 20,40,60,80');
const year = q('year', 'Year', { type: 'integer' });

export const OPERATIONS: readonly Op[] = [
  {
    method: 'get',
    path: '/health',
    tag: 'meta',
    summary: 'Liveness and database dialect',
    public: true,
  },
  { method: 'get', path: '/openapi.json', tag: 'meta', summary: 'This document', public: true },
  {
    method: 'get',
    path: '/features',
    tag: 'meta',
    summary: 'Which features this build has',
    public: true,
  },
  {
    method: 'get',
    path: '/countries',
    tag: 'assess',
    summary: 'Countries with stored assessments',
    response: 'AnyResult',
  },
  {
    method: 'get',
    path: '/countries/{country}/assessments',
    tag: 'assess',
    summary: 'Assessments of a country',
    params: [
      country,
      q('component', 'Component id'),
      q('from', 'First year', { type: 'integer' }),
      q('to', 'Last year', { type: 'integer' }),
      q('interpolate', 'Add labelled linear estimates for missing years', { type: 'boolean' }),
    ],
  },
  {
    method: 'get',
    path: '/cooperation',
    tag: 'exchange',
    summary:
      'Cooperation measured from the exchange records: shared, received, time to share, sightings returned, agreements, peers',
    params: [
      q('from', 'ISO date, inclusive'),
      q('to', 'ISO date, exclusive'),
      q('org', 'One organisation (administrators; others always get their own)'),
    ],
  },
  {
    method: 'get',
    path: '/known-countries',
    tag: 'assess',
    summary: 'Every ISO 3166-1 country, with whether scores are stored for it',
  },
  {
    method: 'get',
    path: '/indicators',
    tag: 'assess',
    summary:
      'The starter questionnaire: indicators per component with weights and the scoring rule',
  },
  {
    method: 'post',
    path: '/countries/{country}/draft/preview',
    tag: 'assess',
    summary: 'Preview one year of entered scores or indicator answers: the overview as it would be',
    params: [country],
  },
  {
    method: 'post',
    path: '/countries/{country}/draft',
    tag: 'assess',
    summary: 'Save one year of entered scores or indicator answers (administrators)',
    params: [country],
  },
  {
    method: 'get',
    path: '/countries/{country}/overview',
    tag: 'assess',
    summary: 'Series, dynamics, index, weakest component and maturity in one response',
    params: [
      country,
      weights,
      thresholds,
      q('interpolate', 'Add labelled estimates (default true)', { type: 'boolean' }),
    ],
    response: 'Overview',
  },
  {
    method: 'get',
    path: '/countries/{country}/dynamics',
    tag: 'assess',
    summary: 'Change (pp, %, CAGR) and ranks by level and growth',
    params: [country],
  },
  {
    method: 'get',
    path: '/countries/{country}/index',
    tag: 'assess',
    summary: 'Composite index per year with the weights used',
    params: [country, weights],
  },
  {
    method: 'get',
    path: '/countries/{country}/weakest',
    tag: 'assess',
    summary: 'Weakest component (binding constraint)',
    params: [country, year],
  },
  {
    method: 'get',
    path: '/countries/{country}/maturity',
    tag: 'assess',
    summary: 'Maturity stages with the stated rule',
    params: [country, year, thresholds],
  },
  {
    method: 'get',
    path: '/claims',
    tag: 'assess',
    summary: 'Claims audit: the paper’s and stored claims with verdict, explanation and numbers',
    params: [q('source', 'Only this claim set (paper, or a stored source)')],
  },
  {
    method: 'post',
    path: '/claims/audit',
    tag: 'assess',
    summary: 'Evaluate claims sent in the body without storing them',
    body: 'ClaimsBody',
  },
  {
    method: 'put',
    path: '/claims/{source}',
    tag: 'assess',
    summary: 'Store (replace) a claim set under a source name (administrators)',
    params: [p('source', 'Claim set name (not "paper")')],
    body: 'ClaimsBody',
  },
  {
    method: 'get',
    path: '/countries/{country}/mapping',
    tag: 'standards',
    summary: 'Legal acts mapped to ISO/IEC 27001 and NIST CSF 2.0 (the paper’s Table 2 for KGZ)',
    params: [country],
  },
  {
    method: 'get',
    path: '/countries/{country}/coverage',
    tag: 'standards',
    summary: 'Coverage matrix (acts × functions/domains) with ranked gaps',
    params: [
      country,
      q('framework', 'csf-2.0, iso27001-2013 or iso27001-2022'),
      q('level', 'top or second'),
    ],
  },
  {
    method: 'get',
    path: '/countries/{country}/recommendations',
    tag: 'standards',
    summary: 'Priority actions from gaps and the weakest component, by cooperation area',
    params: [
      country,
      q('framework', 'csf-2.0, iso27001-2013 or iso27001-2022'),
      q('level', 'top or second'),
    ],
  },
  {
    method: 'get',
    path: '/compare',
    tag: 'compare',
    summary: 'Central Asian GCI comparison: all editions, one edition, or the change between two',
    params: [
      q('edition', 'One GCI edition', { type: 'integer' }),
      q('from', 'First edition', { type: 'integer' }),
      q('to', 'Second edition', { type: 'integer' }),
    ],
  },
  {
    method: 'get',
    path: '/model/graph',
    tag: 'scenario',
    summary: 'The model graph (Figure 2) with edge types, default parameters and assumptions',
    params: [q('format', 'json (default), dot or mermaid')],
    media: ['application/json', 'text/plain'],
  },
  {
    method: 'post',
    path: '/countries/{country}/scenario',
    tag: 'scenario',
    summary:
      'Project a plan to the horizon year, with trend extrapolation and optional sensitivity analysis',
    params: [country],
    body: 'ScenarioBody',
  },
  {
    method: 'get',
    path: '/countries/{country}/report',
    tag: 'report',
    summary: 'The assessment report as a self-contained HTML file or as PDF',
    params: [
      country,
      q('format', 'html (default) or pdf'),
      q('tlp', 'TLP label printed on the report'),
    ],
    media: ['text/html', 'application/pdf'],
  },
  {
    method: 'post',
    path: '/assessments',
    tag: 'assess',
    summary:
      'Import assessment rows, all or nothing; refused rows are named by row and field (administrators)',
    body: 'AssessmentImport',
  },
  {
    method: 'get',
    path: '/sources',
    tag: 'assess',
    summary: 'Sources that assessment rows may cite (bundled and the users’ own)',
  },
  {
    method: 'post',
    path: '/sources',
    tag: 'assess',
    summary: 'Add your own source; every field is checked and named when wrong (administrators)',
    body: 'SourceInput',
  },
  {
    method: 'get',
    path: '/crosswalk',
    tag: 'standards',
    summary: 'Crosswalk links of one element between frameworks (NIST OLIR relationships)',
    params: [
      q('from', 'Framework of the element'),
      q('id', 'Element id, e.g. PR.AA or A.9'),
      q('to', 'Target framework'),
      q('expand', 'Use the element’s children when it has no links', { type: 'boolean' }),
    ],
  },
  {
    method: 'post',
    path: '/stix/validate',
    tag: 'stix',
    summary:
      'Validate a STIX 2.1 bundle, object or array (MUST rules as errors, SHOULD rules as warnings)',
    body: 'StixValidate',
  },
  {
    method: 'post',
    path: '/stix/pattern',
    tag: 'stix',
    summary: 'Check a STIX pattern (STIX 2.1 §9) and explain it in words',
    body: 'StixPattern',
  },
  {
    method: 'get',
    path: '/me',
    tag: 'admin',
    summary: 'The caller: user, organisation, administrator or not',
  },
  {
    method: 'get',
    path: '/orgs',
    tag: 'admin',
    summary: 'Organisations with their users (administrators)',
  },
  {
    method: 'post',
    path: '/orgs',
    tag: 'admin',
    summary: 'Add an organisation (administrators)',
    body: 'Organisation',
  },
  {
    method: 'post',
    path: '/orgs/{orgId}/users',
    tag: 'admin',
    summary: 'Add a user to an organisation (administrators)',
    params: [p('orgId', 'Organisation id')],
    body: 'NewUser',
  },
  {
    method: 'get',
    path: '/keys',
    tag: 'admin',
    summary: 'API keys (ids only, never secrets) (administrators)',
  },
  {
    method: 'post',
    path: '/keys',
    tag: 'admin',
    summary: 'Issue an API key for a user; the key is returned once (administrators)',
    body: 'NewKey',
  },
  {
    method: 'delete',
    path: '/keys/{keyId}',
    tag: 'admin',
    summary: 'Revoke an API key (administrators)',
    params: [p('keyId', 'Key id')],
  },
  {
    method: 'get',
    path: '/collections',
    tag: 'admin',
    summary: 'TAXII collections the caller’s organisation holds grants on (all for administrators)',
  },
  {
    method: 'post',
    path: '/collections',
    tag: 'admin',
    summary: 'Add a TAXII collection (administrators)',
    body: 'Collection',
  },
  {
    method: 'post',
    path: '/collections/{collectionId}/grants',
    tag: 'admin',
    summary: 'Grant an organisation read/write on a collection (administrators)',
    params: [p('collectionId', 'Collection id')],
    body: 'Grant',
  },
  {
    method: 'get',
    path: '/agreements',
    tag: 'admin',
    summary: 'Sharing agreements involving the caller’s organisation (all for administrators)',
  },
  {
    method: 'post',
    path: '/agreements',
    tag: 'admin',
    summary:
      'Add a sharing agreement: which TLP levels of a collection flow to a partner (administrators)',
    body: 'Agreement',
  },
  {
    method: 'delete',
    path: '/agreements/{agreementId}',
    tag: 'admin',
    summary: 'Remove a sharing agreement (administrators)',
    params: [p('agreementId', 'Agreement id')],
  },
  {
    method: 'get',
    path: '/audit',
    tag: 'admin',
    summary: 'The latest 200 audit events (administrators)',
  },
  {
    method: 'get',
    path: '/peers',
    tag: 'admin',
    summary:
      'Federation peers with their links, last status and five latest runs; never credentials (administrators)',
  },
  {
    method: 'get',
    path: '/peers/{name}',
    tag: 'admin',
    summary: 'One peer: links, cursors and the 50 latest sync runs (administrators)',
    params: [p('name', 'Peer name')],
  },
  // engine exports (routes/engine-exports.ts): what TAXII would serve the caller, per engine
  {
    method: 'get',
    path: '/collections/{id}/exports/zeek',
    tag: 'stix',
    summary: "The collection's indicators the caller may read, as a Zeek Intel file",
    params: [p('id', 'Collection id')],
    media: ['text/plain'],
  },
  {
    method: 'get',
    path: '/collections/{id}/exports/suricata',
    tag: 'stix',
    summary:
      'The files of the Suricata export (datasets, rules, IP reputation) and what was skipped',
    params: [p('id', 'Collection id')],
  },
  {
    method: 'get',
    path: '/collections/{id}/exports/suricata/{file}',
    tag: 'stix',
    summary: 'One file of the Suricata export',
    params: [p('id', 'Collection id'), p('file', 'File name, e.g. coopsec.rules')],
    media: ['text/plain'],
  },
  {
    method: 'post',
    path: '/sensors/logs',
    tag: 'stix',
    summary:
      'A sensor posts log lines (gzip accepted; ?format=eve|zeek|…): matched against what its organisation may read, hits stored as sightings in the indicators’ collections; 413 beyond the size limit, 429 beyond the rate',
    params: [
      {
        name: 'format',
        in: 'query',
        description: 'eve (default), zeek, jsonl, csv, cef, syslog, stix',
      },
    ],
  },
  {
    method: 'get',
    path: '/alerts',
    tag: 'stix',
    summary: "The caller's organisation's alerts, newest first",
    params: [
      { name: 'collection', in: 'query', description: 'Only this collection' },
      { name: 'indicator', in: 'query', description: 'Only this indicator id' },
      { name: 'limit', in: 'query', description: '1–1000 (default 200)' },
    ],
  },
  {
    method: 'get',
    path: '/alerts/subscriptions',
    tag: 'stix',
    summary: "The organisation's webhook subscriptions (never their secrets)",
  },
  {
    method: 'post',
    path: '/alerts/subscriptions',
    tag: 'stix',
    summary:
      'Subscribe a webhook {url, secret, collection?}; deliveries are signed with the secret',
  },
  {
    method: 'get',
    path: '/alerts/{id}/deliveries',
    tag: 'stix',
    summary: 'The delivery log of one alert of the organisation',
    params: [p('id', 'Alert id')],
  },
];

function operation(op: Op): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    [op.method === 'post' &&
    !['/claims/audit', '/stix/validate', '/stix/pattern'].includes(op.path) &&
    !op.path.endsWith('/scenario')
      ? '201'
      : op.method === 'delete'
        ? '204'
        : '200']:
      op.method === 'delete'
        ? { description: 'Done' }
        : op.media
          ? { description: 'OK', content: Object.fromEntries(op.media.map((m) => [m, {}])) }
          : {
              description: 'OK',
              content: {
                'application/json': {
                  schema: { $ref: `#/components/schemas/${op.response ?? 'AnyResult'}` },
                },
              },
            },
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
    ...(op.params
      ? { parameters: op.params.map((x) => ({ ...x, required: x.in === 'path' })) }
      : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: `#/components/schemas/${op.body}` } },
            },
          },
        }
      : {}),
    responses,
  };
}

export const paths: Record<string, Record<string, unknown>> = {};
for (const op of OPERATIONS) {
  const entry = (paths[op.path] ??= {});
  entry[op.method] = operation(op);
}
