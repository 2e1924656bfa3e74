/**
 * @module rest/schemas/answers/cooperation
 * Answer of routes/metrics.ts (`GET /api/cooperation`, the model's `cooperationMetrics`), as the
 * Cooperation page reads it: per organisation and partner node, the received and shared flows,
 * the monthly series, and the source the figures come from. A figure the records cannot give
 * (a median without samples, a rate without indicators) is null, never 0.
 */
import { z } from 'zod';
import { list } from './common.ts';

const counts = z.record(z.string(), z.int());
const tally = z.object({ total: z.int(), byType: counts, byTlp: counts });
const quantiles = z.object({
  samples: z.int(),
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
});
const flow = z.object({ from: z.string(), to: z.string(), objects: z.int() });

export const cooperationAnswer = z.object({
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  source: z.object({
    id: z.string(),
    citation: z.string(),
    confidence: z.enum(['high', 'medium', 'low']),
    kind: z.literal('measured'),
  }),
  organisations: list(
    z.object({
      org: z.string(),
      shared: tally,
      uniqueIndicators: z.int(),
      sightingsReturned: z.int(),
      sightingsPerIndicator: z.number().nullable(),
      agreementsActive: z.int(),
      agreementPartners: list(z.string()),
      cases: z.int().meta({ description: 'incident cases opened in the period it takes part in' }),
      casesLed: z.int(),
      advisoriesPublished: z.int(),
    }),
  ),
  partners: list(
    z.object({
      peer: z.string(),
      name: z.string(),
      localOrg: z.string(),
      enabled: z.boolean(),
      lastStatus: z.string().nullable(),
      received: tally,
      timeToShare: z.object({
        samples: z.int(),
        withoutCreated: z.int(),
        medianSeconds: z.number().nullable(),
        p90Seconds: z.number().nullable(),
      }),
    }),
  ),
  /** Received: partner node → local organisation. */
  matrix: list(flow),
  /** Shared on this node by agreement: organisation → partner organisation. */
  sharing: list(flow),
  months: list(
    z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), shared: z.int(), received: z.int() }),
  ),
  peersReachable: z.int(),
  incidents: z.object({
    cases: z.int(),
    joint: z.int().meta({ description: 'cases with more than one participating organisation' }),
    contained: z.int(),
    resolved: z.int(),
    timeToContain: quantiles,
    timeToResolve: quantiles,
  }),
  advisories: z.object({ published: z.int(), received: z.int() }),
  rules: list(z.string()),
});

export type CooperationAnswer = z.output<typeof cooperationAnswer>;
