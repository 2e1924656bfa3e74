/**
 * @module rest/routes/standards
 * Standards mapping (PRODUCT.md A6): the national acts mapped to ISO/IEC 27001 and NIST CSF
 * 2.0 (the paper's Table 2 for KGZ), the coverage matrix per framework for the heatmap, the
 * ranked gaps, and the recommendations tied to the paper's five cooperation areas.
 */
import { policyCoverage, policyMapping, recommendActions } from '@coopsec/app';
import { COVERAGE_FRAMEWORKS, type CoverageFramework } from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { asRecord, countryCode, FieldErrors, optionalString } from '../params.ts';

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
    return policyMapping(country);
  });

  app.get('/countries/:country/coverage', (request) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const { framework, level } = frameworkAndLevel(errors, asRecord(request.query));
    errors.throwIfAny();
    return policyCoverage({ country, framework, level });
  });

  app.get('/countries/:country/recommendations', async (request) => {
    const errors = new FieldErrors();
    const q = asRecord(request.query);
    const country = countryCode(errors, asRecord(request.params));
    const { framework } = frameworkAndLevel(errors, q);
    const weakest = optionalString(errors, q, 'weakest', {
      pattern: /^[a-z-]+$/,
      hint: 'must be a component id such as digital-literacy',
    });
    errors.throwIfAny();
    return await recommendActions(store, {
      country,
      framework,
      ...(weakest !== undefined ? { weakest } : {}),
    });
  });
}
