/**
 * @module rest/openapi-schemas
 * Reusable JSON Schemas of the OpenAPI document. Kept loose (additionalProperties allowed)
 * where the model's result types are still growing; exact where clients must rely on them.
 */
import { COMPONENT_IDS } from '@coopsec/model';

const component = { type: 'string', enum: [...COMPONENT_IDS] };
const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' };

export const schemas: Record<string, unknown> = {
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      code: { type: 'string', description: 'CoopsecError code, or NOT_AVAILABLE_YET' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            field: { type: 'string' },
            row: { type: 'integer' },
            path: { type: 'string' },
            record: { type: 'string' },
            message: { type: 'string' },
          },
          required: ['message'],
        },
      },
    },
  },
  ComponentId: component,
  Assessment: {
    type: 'object',
    required: ['country', 'year', 'component', 'score', 'sourceId', 'kind'],
    properties: {
      country: { type: 'string', pattern: '^[A-Z]{3}$' },
      year: { type: 'integer' },
      component,
      score: { type: 'number', minimum: 0, maximum: 100 },
      sourceId: { type: 'string' },
      evidence: { type: 'string' },
      confidence: { type: 'string', enum: ['high', 'medium', 'low'] },
      kind: {
        type: 'string',
        enum: ['measured', 'estimated'],
        description: 'estimated values are computed (interpolated or projected), never measured',
      },
      method: { type: 'string' },
    },
  },
  CountrySummary: {
    type: 'object',
    properties: {
      country: { type: 'string' },
      name: { type: 'string' },
      firstYear: { type: 'integer' },
      lastYear: { type: 'integer' },
      values: { type: 'integer' },
    },
  },
  Overview: {
    type: 'object',
    description:
      'Series, dynamics, composite index with weights, weakest component and maturity stages of one country. `unavailable` lists parts this build cannot compute yet.',
    properties: {
      country: { type: 'string' },
      name: { type: 'string' },
      measuredYears: { type: 'array', items: { type: 'integer' } },
      values: { type: 'array', items: { $ref: '#/components/schemas/Assessment' } },
      dynamics: { type: ['object', 'null'] },
      index: { type: ['array', 'null'] },
      weakest: { type: ['object', 'null'] },
      maturity: { type: ['object', 'null'] },
      unavailable: { type: 'array', items: { type: 'string' } },
    },
  },
  Organisation: {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: id, name: { type: 'string', minLength: 1, maxLength: 200 }, parentOrg: id },
  },
  NewUser: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$' },
      isAdmin: { type: 'boolean', default: false },
    },
  },
  NewKey: { type: 'object', required: ['userId'], properties: { userId: { type: 'string' } } },
  Collection: {
    type: 'object',
    required: ['id', 'title'],
    properties: {
      id: id,
      title: { type: 'string' },
      description: { type: 'string' },
      ownerOrg: id,
    },
  },
  Grant: {
    type: 'object',
    required: ['orgId'],
    properties: {
      orgId: id,
      canRead: { type: 'boolean', default: true },
      canWrite: { type: 'boolean', default: false },
    },
  },
  Agreement: {
    type: 'object',
    required: ['fromOrg', 'toOrg', 'collectionId', 'levels'],
    properties: {
      fromOrg: id,
      toOrg: id,
      collectionId: id,
      levels: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', enum: ['clear', 'green', 'amber', 'amber+strict'] },
        description: 'TLP:RED never flows by agreement',
      },
    },
  },
  AssessmentImport: {
    type: 'object',
    required: ['rows'],
    properties: {
      rows: { type: 'array', items: { $ref: '#/components/schemas/Assessment' } },
      sources: {
        type: 'array',
        description: 'the user’s own sources the rows cite, added in the same transaction',
        items: { $ref: '#/components/schemas/SourceInput' },
      },
      replace: { type: 'boolean', default: false },
    },
  },
  SourceInput: {
    type: 'object',
    required: ['id', 'title'],
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,63}$' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string', format: 'uri' },
      doi: { type: 'string', description: '10.<registrant>/<suffix>' },
      date: { type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      licence: { type: 'string' },
      note: { type: 'string' },
      replace: { type: 'boolean', default: false },
    },
  },
  StixValidate: {
    type: 'object',
    required: ['document'],
    properties: {
      document: { description: 'a bundle, an object, or an array of objects' },
      strict: { type: 'boolean', default: false },
    },
  },
  StixPattern: {
    type: 'object',
    required: ['pattern'],
    properties: { pattern: { type: 'string', examples: ["[ipv4-addr:value = '198.51.100.7']"] } },
  },
  ClaimsBody: {
    type: 'object',
    required: ['claims'],
    properties: {
      claims: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'quote', 'source', 'claim'],
          additionalProperties: true,
        },
      },
    },
  },
  ScenarioBody: {
    type: 'object',
    required: ['plan', 'horizonYear'],
    properties: {
      plan: {
        type: 'object',
        required: ['format', 'name', 'effort'],
        properties: {
          format: { const: 'coopsec-effort-plan/1' },
          name: { type: 'string' },
          description: { type: 'string' },
          effort: {
            type: 'object',
            description: 'component → effort units a year, or { default, "YYYY": units }',
          },
          parameters: { type: 'object' },
        },
      },
      horizonYear: { type: 'integer' },
      baseYear: {
        type: 'integer',
        description: 'default: the last year with all five measured components',
      },
      parameters: { type: 'object', description: 'parameter id → value overrides' },
      weights: { type: 'object', description: 'composite index weights' },
      sensitivity: {
        type: 'object',
        properties: {
          runs: { type: 'integer', minimum: 1, maximum: 20000 },
          seed: { type: 'integer' },
          conclusions: {
            type: 'array',
            items: { type: 'string' },
            examples: [['lowest digital-literacy in 2030', 'index >= 85 by 2030']],
          },
        },
      },
    },
  },
  AnyResult: { type: 'object', additionalProperties: true },
};
