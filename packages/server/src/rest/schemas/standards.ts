/**
 * @module rest/schemas/standards
 * Queries of the standards mapping routes (coverage matrix, recommendations).
 */
import { z } from 'zod';
import { COVERAGE_FRAMEWORKS } from '@coopsec/model';
import { oneOf } from './common.ts';

const framework = oneOf(COVERAGE_FRAMEWORKS);

export const coverageQuery = z.object({
  framework: framework.optional().meta({ description: 'default csf-2.0' }),
  level: oneOf(['top', 'second'], 'must be top or second')
    .optional()
    .meta({ description: 'top (default) or second level of the framework' }),
});

export const recommendationsQuery = coverageQuery.extend({
  weakest: z
    .string()
    .regex(/^[a-z-]+$/, 'must be a component id such as digital-literacy')
    .max(500, 'must be at most 500 characters')
    .optional()
    .meta({ description: 'override the stored weakest component' }),
});
