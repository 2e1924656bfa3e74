/**
 * @module rest/routes/standards
 * Standards mapping (PRODUCT.md A6): the national acts mapped to ISO/IEC 27001 and NIST CSF
 * 2.0 (the paper's Table 2 for KGZ), the coverage matrix per framework for the heatmap, the
 * ranked gaps, and the recommendations tied to the paper's five cooperation areas.
 */
import {
  buildSeries,
  COVERAGE_FRAMEWORKS,
  coverageMatrix,
  CoopsecError,
  POLICY_MAPPINGS,
  rankGaps,
  recommend,
  weakestComponent,
  GAP_RANKING_RULE,
  type CoverageFramework,
  type PolicyMapping,
} from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { loadCountry } from '../assess-context.ts';
import { asRecord, countryCode, FieldErrors, optionalString } from '../params.ts';

function mappingOf(country: string): PolicyMapping {
  const mapping = POLICY_MAPPINGS[country];
  if (mapping === undefined) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no standards mapping for ${country} (available: ${Object.keys(POLICY_MAPPINGS).join(', ')})`,
      { details: [{ field: 'country', message: 'no mapping' }] },
    );
  }
  return mapping;
}

function frameworkAndLevel(
  errors: FieldErrors,
  q: Record<string, unknown>,
): { framework: CoverageFramework; level: 'top' | 'second' } {
  const framework = optionalString(errors, q, 'framework', {
    pattern: new RegExp(`^(${COVERAGE_FRAMEWORKS.join('|').replace(/\./g, '\\.')})$`),
    hint: `must be one of ${COVERAGE_FRAMEWORKS.join(', ')}`,
  });
  const level = optionalString(errors, q, 'level', {
    pattern: /^(top|second)$/,
    hint: 'must be top or second',
  });
  return {
    framework: (framework ?? 'csf-2.0') as CoverageFramework,
    level: (level ?? 'top') as 'top' | 'second',
  };
}

export function standardsRoutes(app: FastifyInstance, store: Store): void {
  app.get('/countries/:country/mapping', (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    errors.throwIfAny();
    return mappingOf(country);
  });

  app.get('/countries/:country/coverage', (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const { framework, level } = frameworkAndLevel(errors, asRecord(request.query));
    errors.throwIfAny();
    const matrix = coverageMatrix({ mapping: mappingOf(country), framework, level });
    return { ...matrix, gaps: rankGaps(matrix), gapRule: GAP_RANKING_RULE };
  });

  app.get('/countries/:country/recommendations', async (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const { framework, level } = frameworkAndLevel(errors, asRecord(request.query));
    errors.throwIfAny();
    const mapping = mappingOf(country);
    const rows = await loadCountry(store, country);
    const last = Math.max(...rows.filter((r) => r.kind === 'measured').map((r) => r.year));
    const weakest = weakestComponent(buildSeries(rows, { country }), last);
    const first = weakest.components[0];
    if (first === undefined)
      throw new CoopsecError('NOT_FOUND', `no weakest component for ${country}`);
    return {
      country,
      weakest,
      recommendations: recommend({
        mapping,
        weakest: first,
        framework,
        level: level === 'top' ? 'second' : level,
      }),
    };
  });
}
