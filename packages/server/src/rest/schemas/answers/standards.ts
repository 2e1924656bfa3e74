/**
 * @module rest/schemas/answers/standards
 * Answers of routes/standards.ts (PRODUCT.md A6), as the dashboard's Standards page reads
 * them: the policy mapping (Table 2), the coverage matrix with ranked gaps, and the
 * recommendations by cooperation area. Shapes follow the app's `policyMapping`,
 * `policyCoverage` and `recommendActions`.
 */
import { z } from 'zod';
import { COVERAGE_FRAMEWORKS, COVERAGE_LEVELS } from '@coopsec/model';
import { componentId, list } from './common.ts';

const level = z.enum(COVERAGE_LEVELS);
const framework = z.enum(COVERAGE_FRAMEWORKS);
const idTitle = z.object({ id: z.string(), title: z.string() });

export const mappingAnswer = z.object({
  country: z.string(),
  title: z.string(),
  source: z.string(),
  notes: list(z.string()).optional(),
  rows: list(
    z.object({
      instrument: z.object({
        id: z.string(),
        title: z.string(),
        number: z.string().optional(),
        year: z.int().optional(),
        period: z.string().optional(),
        kind: z.string(),
        status: z.string(),
        statusBasis: z.string(),
      }),
      isoFramework: z.string(),
      iso: list(z.string()),
      csf: list(z.string()),
      coverage: level,
      coverageBasis: z.string(),
      gap: z.string(),
      actions: list(z.string()),
      source: z.string(),
      asPrinted: z.object({ iso: z.string(), csf: z.string() }).optional(),
    }),
  ),
  csfLeftOut: list(idTitle).meta({ description: 'CSF 2.0 functions and categories no act names' }),
});

const cell = z.object({
  level,
  how: z.enum(['direct', 'inherited', 'inferred', 'rollup']).optional(),
});

export const coverageAnswer = z.object({
  country: z.string(),
  framework,
  level: z.enum(['top', 'second']),
  columns: list(idTitle),
  rows: list(z.object({ instrument: z.string(), title: z.string(), cells: list(cell) })),
  combined: list(cell),
  uncovered: list(z.string()),
  weak: list(z.string()),
  rules: list(z.string()),
  gaps: list(
    z.object({
      rank: z.int(),
      framework,
      id: z.string(),
      title: z.string(),
      level,
      severity: z.int(),
      direct: z.boolean(),
      acts: list(z.string()),
      area: z.string(),
      component: componentId,
    }),
  ),
  gapRule: z.string(),
});

export const recommendationsAnswer = z.object({
  country: z.string(),
  framework,
  weakest: z.object({
    component: componentId,
    basis: z.string(),
    year: z.int().optional(),
    score: z.number().optional(),
    components: list(componentId).optional(),
    missing: list(componentId).optional(),
  }),
  recommendations: list(
    z.object({
      priority: z.int(),
      area: z.string(),
      areaName: z.string(),
      component: componentId,
      title: z.string(),
      rationale: z.string(),
      gaps: list(z.string()),
      relatedActions: list(z.string()),
    }),
  ),
});

export type MappingAnswer = z.output<typeof mappingAnswer>;
export type CoverageAnswer = z.output<typeof coverageAnswer>;
export type RecommendationsAnswer = z.output<typeof recommendationsAnswer>;
