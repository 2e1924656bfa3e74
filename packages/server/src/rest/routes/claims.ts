/**
 * @module rest/routes/claims
 * The claims audit: the paper's claims (and any claims users stored under their own source)
 * evaluated against the stored assessments and GCI figures, each with its verdict, its
 * explanation and the numbers behind it. POST /claims/audit evaluates claims sent in the body
 * without storing them; PUT /claims/:source stores a user's set.
 */
import { auditGivenClaims, auditStoredClaims, toStoredClaim } from '@coopsec/app';
import { parseClaimRecords } from '@coopsec/model';
import { ClaimRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminOnly } from '../auth.ts';
import { auditBody, claimSourceParam, claimsQuery, storeClaimsBody } from '../schemas/claims.ts';
import { claimsAnswer, claimsAuditAnswer } from '../schemas/answers/claims.ts';

export function claimRoutes(
  base: FastifyInstance,
  store: Store,
  nodeCountry: string | null = null,
): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const claimsRepo = new ClaimRepository(store);

  app.get(
    '/claims',
    {
      schema: {
        ...doc(
          'assess',
          'Claims audit: the paper’s and stored claims with verdict, explanation and numbers',
        ),
        querystring: claimsQuery,
        response: { 200: claimsAnswer },
      },
    },
    async (request) => {
      const { source } = request.query;
      return auditStoredClaims(store, { nodeCountry, ...(source === undefined ? {} : { source }) });
    },
  );

  app.post(
    '/claims/audit',
    {
      schema: {
        ...doc('assess', 'Evaluate claims sent in the body without storing them'),
        body: auditBody,
        response: { 200: claimsAuditAnswer },
      },
    },
    async (request) => {
      return auditGivenClaims(store, request.body.claims, { nodeCountry });
    },
  );

  app.put(
    '/claims/:source',
    {
      preValidation: adminOnly,
      schema: {
        ...doc('assess', 'Store (replace) a claim set under a source name (administrators)'),
        params: claimSourceParam,
        body: storeClaimsBody,
      },
    },
    async (request) => {
      const { source } = request.params;
      const records = parseClaimRecords(request.body.claims);
      await claimsRepo.replaceSource(source, records.map(toStoredClaim));
      return { source, stored: records.length };
    },
  );
}
