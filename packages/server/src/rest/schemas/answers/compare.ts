/**
 * @module rest/schemas/answers/compare
 * Answers of GET /compare (routes/compare.ts, PRODUCT.md A7): one edition, the change between
 * two, or (no query) every edition with the changes between consecutive ones, as the
 * dashboard's Compare page reads it. Shapes follow the model's `compareEdition`,
 * `compareEditions` and `compareRegion`; scores keep their edition's scale.
 */
import { z } from 'zod';
import { list } from './common.ts';

const edition = z.int().meta({ description: 'GCI edition year' });
const scale = z.enum(['0-1', '0-100']);

const editionRow = z.object({
  country: z.string(),
  name: z.string(),
  score: z.number(),
  scale,
  publishedRank: z.int().optional(),
  tier: z.string().optional(),
  regionalRank: z.int(),
  sourceIds: list(z.string()),
  confidence: z.string(),
  alternatives: list(
    z.object({ field: z.enum(['score', 'rank']), value: z.number(), sourceId: z.string() }),
  ),
  paperDisagreements: list(
    z.object({
      field: z.enum(['score', 'rank', 'participation']),
      paper: z.string(),
      published: z.string(),
      agrees: z.boolean(),
    }),
  ),
});

const editionComparison = z.object({
  region: z.literal('central-asia'),
  edition,
  scale,
  positionKind: z.enum(['global-rank', 'tier']),
  tieRule: z.string(),
  rows: list(editionRow),
  notes: list(z.string()),
});

const point = z.object({
  edition,
  score: z.number(),
  scale,
  publishedRank: z.int().optional(),
  tier: z.string().optional(),
  regionalRank: z.int(),
});

const countryChange = z.object({
  country: z.string(),
  from: point,
  to: point,
  scaleChanged: z.boolean(),
  score: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('difference'), value: z.number(), unit: z.string() }),
    z.object({
      kind: z.literal('not-comparable'),
      reason: z.string(),
      rescaled: z
        .object({
          kind: z.literal('estimated'),
          method: z.string(),
          fromRescaled: z.number(),
          difference: z.number(),
          label: z.string(),
        })
        .meta({ description: 'the 0–1 score ×100: an estimate for orientation, not ITU’s' }),
    }),
  ]),
  publishedPosition: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('difference'), places: z.int(), meaning: z.string() }),
    z.object({ kind: z.literal('not-comparable'), reason: z.string() }),
  ]),
  regionalRankChange: z.int(),
});

const editionsComparison = z.object({
  from: edition,
  to: edition,
  scaleChanged: z.boolean(),
  tieRule: z.string(),
  changes: list(countryChange),
  notes: list(z.string()),
});

const profile = z.object({
  country: z.string(),
  name: z.string(),
  gci: list(
    z.object({
      edition,
      scale,
      score: z.number(),
      rank: z.int().optional(),
      tier: z.string().optional(),
      sourceIds: list(z.string()),
    }),
  ),
  cert: z.unknown().meta({ description: 'the national CERT, or a missing value with its reason' }),
  ncsi: z.unknown().meta({ description: 'NCSI records, or a missing value with its reason' }),
});

/** No query: every edition, the changes between consecutive editions, the profiles. */
export const compareRegionAnswer = z.object({
  knownEditions: list(edition),
  editions: list(editionComparison),
  changes: list(editionsComparison),
  profiles: list(profile),
});

export const compareAnswer = z.union([
  compareRegionAnswer,
  z.object({ editions: list(editionComparison).meta({ description: 'the one edition asked' }) }),
  z.object({ changes: list(editionsComparison).meta({ description: 'the one change asked' }) }),
]);

export type CompareRegionAnswer = z.output<typeof compareRegionAnswer>;
export type CompareAnswer = z.output<typeof compareAnswer>;
