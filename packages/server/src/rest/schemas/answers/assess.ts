/**
 * @module rest/schemas/answers/assess
 * Answers of the Assess page's routes (routes/assess-entry.ts, GET /sources in
 * routes/tools.ts): every ISO 3166-1 country, the starter questionnaire, the stored sources,
 * and a draft's preview (the app's `previewAssessment`) or saved result (`saveAssessment`).
 */
import { z } from 'zod';
import { componentId, list } from './common.ts';
import { overviewAnswer } from './overview.ts';

export const knownCountriesAnswer = z.object({
  countries: list(
    z.object({
      country: z.string().meta({ description: 'ISO 3166-1 alpha-3' }),
      name: z.string(),
      region: z.string().optional(),
      hasAssessments: z.boolean(),
    }),
  ),
});

export const indicator = z.object({
  id: z.string(),
  component: componentId,
  question: z.string(),
  weight: z.number().meta({ description: 'maximum points: the weight in the component score' }),
});

export const questionnaireAnswer = z.object({
  id: z.string(),
  title: z.string(),
  weightsNote: z.string(),
  indicators: list(indicator),
});

export const sourceAnswer = z.object({
  id: z.string(),
  citation: z.string(),
  note: z.string().optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  doi: z.string().optional(),
  date: z.string().optional(),
  licence: z.string().optional(),
  origin: z.enum(['bundled', 'user']),
  createdAt: z.string().optional(),
});

export const sourcesAnswer = z.object({ sources: list(sourceAnswer) });

const draftRow = z.object({
  country: z.string(),
  year: z.int(),
  component: componentId,
  score: z.number(),
  sourceId: z.string(),
  evidence: z.string(),
  confidence: z.string(),
  kind: z.enum(['measured', 'estimated']),
});

export const draftPreviewAnswer = z.object({
  country: z.string(),
  year: z.int(),
  rows: list(draftRow).meta({ description: 'the rows the draft would write' }),
  indicatorScores: list(
    z.object({
      component: componentId,
      score: z.number(),
      pointsAchieved: z.number(),
      pointsMaximum: z.number(),
      unanswered: list(z.string()),
      rule: z.string(),
    }),
  ),
  replaces: list(z.object({ component: componentId, score: z.number() })).meta({
    description: 'stored values of the same year and component the draft would replace',
  }),
  overview: overviewAnswer.nullable().meta({ description: 'the overview with the draft in' }),
});

export const draftSavedAnswer = draftPreviewAnswer.extend({
  saved: z.object({
    imported: z.int(),
    countries: list(z.string()),
    sourcesAdded: list(z.string()),
  }),
});

export type KnownCountriesAnswer = z.output<typeof knownCountriesAnswer>;
export type IndicatorAnswer = z.output<typeof indicator>;
export type QuestionnaireAnswer = z.output<typeof questionnaireAnswer>;
export type SourceAnswer = z.output<typeof sourceAnswer>;
export type SourcesAnswer = z.output<typeof sourcesAnswer>;
export type DraftPreviewAnswer = z.output<typeof draftPreviewAnswer>;
export type DraftSavedAnswer = z.output<typeof draftSavedAnswer>;
