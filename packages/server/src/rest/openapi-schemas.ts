/**
 * @module rest/openapi-schemas
 * Reusable JSON Schemas of the OpenAPI document. Kept loose (additionalProperties allowed)
 * where the model's result types are still growing; exact where clients must rely on them.
 */
import { COMPONENT_IDS } from '@coopsec/model';

const component = { type: 'string', enum: [...COMPONENT_IDS] };

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
        items: { type: 'object', properties: { field: { type: 'string' }, row: { type: 'integer' }, path: { type: 'string' }, record: { type: 'string' }, message: { type: 'string' } }, required: ['message'] },
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
      kind: { type: 'string', enum: ['measured', 'estimated'], description: 'estimated values are computed (interpolated or projected), never measured' },
      method: { type: 'string' },
    },
  },
  CountrySummary: {
    type: 'object',
    properties: { country: { type: 'string' }, name: { type: 'string' }, firstYear: { type: 'integer' }, lastYear: { type: 'integer' }, values: { type: 'integer' } },
  },
  Overview: {
    type: 'object',
    description: 'Series, dynamics, composite index with weights, weakest component and maturity stages of one country. `unavailable` lists parts this build cannot compute yet.',
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
  Organisation: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, additionalProperties: true },
  ApiKey: { type: 'object', properties: { id: { type: 'string' }, orgId: { type: 'string' }, userName: { type: 'string' }, isAdmin: { type: 'boolean' } }, additionalProperties: true },
  Collection: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } }, additionalProperties: true },
  Agreement: { type: 'object', additionalProperties: true },
  AnyResult: { type: 'object', additionalProperties: true },
};
