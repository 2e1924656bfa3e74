/**
 * @module rest/routes/claims
 * The claims audit: the paper's claims (and any claims users stored under their own source)
 * evaluated against the stored assessments and GCI figures, each with its verdict, its
 * explanation and the numbers behind it. POST /claims/audit evaluates claims sent in the body
 * without storing them; PUT /claims/:source stores a user's set.
 */
import { auditStoredClaims, toStoredClaim } from '@coopsec/app';
import { auditClaims, CoopsecError, parseClaimRecords } from '@coopsec/model';
import { AssessmentRepository, ClaimRepository, GciRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { requireAdmin } from '../auth.ts';
import { asRecord, FieldErrors, optionalString, requiredString } from '../params.ts';

export function claimRoutes(app: FastifyInstance, store: Store): void {
  const claimsRepo = new ClaimRepository(store);

  const context = async () => ({
    assessments: await new AssessmentRepository(store).list(),
    gci: await new GciRepository(store).list(),
  });

  app.get('/claims', async (request) => {
    const errors = new FieldErrors();
    const source = optionalString(errors, asRecord(request.query), 'source', { max: 128 });
    errors.throwIfAny();
    return auditStoredClaims(store, source === undefined ? {} : { source });
  });

  app.post('/claims/audit', async (request) => {
    const body = asRecord(request.body);
    if (!Array.isArray(body.claims))
      throw new CoopsecError('BAD_INPUT', 'claims: an array of claim records is required', {
        details: [{ field: 'claims', message: 'an array of claim records is required' }],
      });
    const records = parseClaimRecords(body.claims);
    return { claims: auditClaims(records, await context()) };
  });

  app.put('/claims/:source', async (request) => {
    requireAdmin(request);
    const errors = new FieldErrors();
    const source = requiredString(errors, asRecord(request.params), 'source', {
      max: 64,
      pattern: /^[a-z0-9][a-z0-9._-]*$/,
      hint: 'lower-case letters, digits, ".", "_" or "-"',
    });
    if (source === 'paper') errors.add('source', '"paper" is reserved for the bundled claims');
    errors.throwIfAny();
    const body = asRecord(request.body);
    const records = parseClaimRecords(body.claims);
    await claimsRepo.replaceSource(source, records.map(toStoredClaim));
    return { source, stored: records.length };
  });
}
