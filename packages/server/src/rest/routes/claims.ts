/**
 * @module rest/routes/claims
 * The claims audit: the paper's claims (and any claims users stored under their own source)
 * evaluated against the stored assessments and GCI figures, each with its verdict, its
 * explanation and the numbers behind it. POST /claims/audit evaluates claims sent in the body
 * without storing them; PUT /claims/:source stores a user's set.
 */
import {
  auditClaims,
  CoopsecError,
  PAPER_CLAIMS,
  parseClaimRecords,
  type ClaimRecord,
} from '@coopsec/model';
import {
  AssessmentRepository,
  ClaimRepository,
  GciRepository,
  type Store,
  type StoredClaim,
} from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { requireAdmin } from '../auth.ts';
import { asRecord, FieldErrors, optionalString, requiredString } from '../params.ts';

function fromStored(c: StoredClaim): unknown {
  // Stored claims keep the record's own fields in `spec`; older rows hold only the claim.
  const spec = asRecord(c.spec);
  return 'claim' in spec
    ? { ...spec, id: c.id }
    : {
        id: c.id,
        quote: c.quotation,
        source: { id: c.source, section: c.location },
        claim: c.spec,
      };
}

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
    const stored = (await claimsRepo.list()).filter((c) => c.source !== 'paper');
    const own = stored.length === 0 ? [] : parseClaimRecords(stored.map(fromStored));
    let records: ClaimRecord[] = [...PAPER_CLAIMS, ...own];
    if (source !== undefined)
      records = records.filter((r) =>
        source === 'paper'
          ? PAPER_CLAIMS.includes(r)
          : !PAPER_CLAIMS.includes(r) && stored.some((s) => s.id === r.id && s.source === source),
      );
    const audited = auditClaims(records, await context());
    const count = (v: string) => audited.filter((a) => a.verdict === v).length;
    return {
      summary: {
        total: audited.length,
        holds: count('holds'),
        doesNotHold: count('does-not-hold'),
        cannotBeDecided: count('cannot-be-decided'),
      },
      claims: audited.map((a) => ({
        ...a,
        set: PAPER_CLAIMS.includes(a.record)
          ? 'paper'
          : (stored.find((s) => s.id === a.record.id)?.source ?? 'user'),
      })),
    };
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
    await claimsRepo.replaceSource(
      source,
      records.map((r) => ({
        id: r.id,
        quotation: r.quote,
        location: r.source.section ?? '',
        spec: r,
      })),
    );
    return { source, stored: records.length };
  });
}
