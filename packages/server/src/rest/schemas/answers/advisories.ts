/**
 * @module rest/schemas/answers/advisories
 * Vulnerability advisories (routes/advisories.ts, the app's advisory use cases), as the
 * dashboard's Advisories page reads them: the list, and one advisory with its products,
 * vulnerabilities, CVSS scores (computed from the vectors) and product statuses (VEX kept).
 */
import { z } from 'zod';
import { TLP_LEVELS } from '@coopsec/stix';
import { list } from './common.ts';

const tlp = z.enum(TLP_LEVELS);

export const advisorySummaryAnswer = z.object({
  id: z.string().meta({ description: 'the STIX report id' }),
  trackingId: z.string().meta({ description: 'the CSAF tracking id' }),
  title: z.string(),
  publisher: z.string(),
  version: z.string(),
  currentReleaseDate: z.string(),
  tlp: tlp.optional(),
  cves: list(z.string()),
  maxScore: z
    .number()
    .optional()
    .meta({ description: 'highest CVSS base score computed from the vectors; absent when none' }),
  products: z.int(),
});

export const advisoriesAnswer = z.object({ advisories: list(advisorySummaryAnswer) });

export const importedAdvisoryAnswer = advisorySummaryAnswer.extend({
  written: z.int().meta({ description: 'new object versions stored (0: this release was known)' }),
  alertsRaised: z.int().meta({
    description:
      'alerts newly raised for organisations whose inventory this advisory affects (and that may read it)',
  }),
});

const statement = z.object({
  category: z.string(),
  text: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  productIds: list(z.string()).optional(),
});

const cvssScore = z.object({
  version: z.enum(['2.0', '3.0', '3.1', '4.0']),
  vector: z.string(),
  baseScore: z.number(),
  severity: z.enum(['none', 'low', 'medium', 'high', 'critical']),
  publishedScore: z.number().optional(),
  productIds: list(z.string()),
});

export const advisoryProductAnswer = z.object({
  id: z.string(),
  name: z.string(),
  cpe: z.string().optional(),
  purl: z.string().optional(),
  vendor: z.string().optional(),
  product: z.string().optional(),
  version: z.string().optional(),
});

export const advisoryVulnerabilityAnswer = z.object({
  cve: z.string().optional(),
  title: z.string().optional(),
  cwe: z.object({ id: z.string(), name: z.string() }).optional(),
  status: z
    .record(z.string(), list(z.string()))
    .readonly()
    .meta({ description: 'CSAF product status group (known_affected, fixed, …) → product ids' }),
  scores: list(cvssScore),
  remediations: list(statement),
  threats: list(statement),
  flags: list(statement),
  exploited: z.boolean().optional(),
});

export const advisoryAnswer = z.object({
  trackingId: z.string(),
  title: z.string(),
  category: z.string(),
  version: z.string(),
  status: z.enum(['draft', 'interim', 'final']),
  initialReleaseDate: z.string(),
  currentReleaseDate: z.string(),
  publisher: z.object({ name: z.string(), namespace: z.string(), category: z.string() }),
  tlp: tlp.optional(),
  notes: list(statement),
  revisions: list(z.object({ date: z.string(), number: z.string(), summary: z.string() })),
  products: list(advisoryProductAnswer),
  vulnerabilities: list(advisoryVulnerabilityAnswer),
});

export type AdvisorySummaryAnswer = z.output<typeof advisorySummaryAnswer>;
export type AdvisoriesAnswer = z.output<typeof advisoriesAnswer>;
export type ImportedAdvisoryAnswer = z.output<typeof importedAdvisoryAnswer>;
export type AdvisoryProductAnswer = z.output<typeof advisoryProductAnswer>;
export type AdvisoryVulnerabilityAnswer = z.output<typeof advisoryVulnerabilityAnswer>;
export type AdvisoryAnswer = z.output<typeof advisoryAnswer>;
