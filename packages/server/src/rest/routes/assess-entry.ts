/**
 * @module rest/routes/assess-entry
 * Assessing a country from the dashboard (issue 14 item 2): every ISO 3166-1 country with
 * whether scores are stored for it (the selector offers all of them), the starter
 * questionnaire, and a draft of one year's component scores — previewed (index, stages,
 * weakest as they would be) by anyone signed in, saved by administrators. The work is the
 * app's `previewAssessment` / `saveAssessment`.
 */
import { previewAssessment, saveAssessment, starterQuestionnaire } from '@coopsec/app';
import { COUNTRIES } from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AssessmentDraft } from '@coopsec/app';
import { adminOnly } from '../auth.ts';
import { countryParam, draftBody } from '../schemas/assessments.ts';
import {
  draftPreviewAnswer,
  draftSavedAnswer,
  knownCountriesAnswer,
  questionnaireAnswer,
} from '../schemas/answers/assess.ts';

type DraftRequest = {
  params: { country: string };
  body: { year: number; entries: unknown[] };
};

/** The entries are the app's to judge (as on import); the schema only asks for a list. */
const draftOf = ({ params, body }: DraftRequest): AssessmentDraft => ({
  country: params.country,
  year: body.year,
  entries: body.entries as AssessmentDraft['entries'],
});

export function assessEntryRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const draft = { schema: { params: countryParam, body: draftBody } };
  app.get(
    '/known-countries',
    {
      schema: {
        ...doc('assess', 'Every ISO 3166-1 country, with whether scores are stored for it'),
        response: { 200: knownCountriesAnswer },
      },
    },
    async () => {
      const stored = new Map(
        (await new AssessmentRepository(store).countries()).map((c) => [c.country, c]),
      );
      return {
        countries: COUNTRIES.map((c) => ({
          country: c.alpha3,
          name: c.commonName ?? c.name,
          ...(c.region === undefined ? {} : { region: c.region }),
          hasAssessments: stored.has(c.alpha3),
        })),
      };
    },
  );

  app.get(
    '/indicators',
    {
      schema: {
        ...doc(
          'assess',
          'The starter questionnaire: indicators per component with weights and the scoring rule',
        ),
        response: { 200: questionnaireAnswer },
      },
    },
    () => starterQuestionnaire(),
  );

  app.post(
    '/countries/:country/draft/preview',
    {
      ...draft,
      schema: {
        ...draft.schema,
        ...doc(
          'assess',
          'Preview one year of entered scores or indicator answers: the overview as it would be',
        ),
        response: { 200: draftPreviewAnswer },
      },
    },
    async (request) => previewAssessment(store, draftOf(request)),
  );

  app.post(
    '/countries/:country/draft',
    {
      ...draft,
      preValidation: adminOnly,
      schema: {
        ...draft.schema,
        ...doc('assess', 'Save one year of entered scores or indicator answers (administrators)'),
        response: { 201: draftSavedAnswer },
      },
    },
    async (request, reply) => {
      return reply.code(201).send(await saveAssessment(store, draftOf(request)));
    },
  );
}
