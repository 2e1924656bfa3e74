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
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAdmin } from '../auth.ts';
import { asRecord, countryCode, FieldErrors, optionalInt } from '../params.ts';
import type { AssessmentDraft } from '@coopsec/app';

function draftOf(request: FastifyRequest): AssessmentDraft {
  const errors = new FieldErrors();
  const country = countryCode(errors, asRecord(request.params));
  const body = asRecord(request.body);
  const year = optionalInt(errors, body, 'year', { min: 1990, max: 2100 });
  if (year === undefined && body.year === undefined) errors.add('year', 'is required');
  if (!Array.isArray(body.entries))
    errors.add('entries', 'a list of component entries is required');
  errors.throwIfAny();
  return { country, year: year ?? 0, entries: body.entries as AssessmentDraft['entries'] };
}

export function assessEntryRoutes(app: FastifyInstance, store: Store): void {
  app.get('/known-countries', async () => {
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
  });

  app.get('/indicators', () => starterQuestionnaire());

  app.post('/countries/:country/draft/preview', async (request) =>
    previewAssessment(store, draftOf(request)),
  );

  app.post('/countries/:country/draft', async (request, reply) => {
    requireAdmin(request);
    return reply.code(201).send(await saveAssessment(store, draftOf(request)));
  });
}
