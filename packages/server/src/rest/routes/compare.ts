/**
 * @module rest/routes/compare
 * Regional comparison (PRODUCT.md A7): Central Asian ITU GCI figures per edition as published
 * (scale and rank or tier), computed regional ranks with their tie rule, and the change
 * between editions — never mixing the 0–1 and 0–100 scales without saying so.
 */
import {
  centralAsiaProfiles,
  compareEdition,
  compareEditions,
  compareRegion,
  GCI_EDITIONS,
} from '@coopsec/model';
import type { FastifyInstance } from 'fastify';
import { asRecord, FieldErrors, optionalInt } from '../params.ts';

export function compareRoutes(app: FastifyInstance): void {
  app.get('/compare', async (request) => {
    const errors = new FieldErrors();
    const q = asRecord(request.query);
    const edition = optionalInt(errors, q, 'edition', { min: 2000, max: 2100 });
    const from = optionalInt(errors, q, 'from', { min: 2000, max: 2100 });
    const to = optionalInt(errors, q, 'to', { min: 2000, max: 2100 });
    if ((from === undefined) !== (to === undefined))
      errors.add(from === undefined ? 'from' : 'to', 'give both from and to, or neither');
    errors.throwIfAny();
    await Promise.resolve();
    if (edition !== undefined) return { editions: [compareEdition(edition)] };
    if (from !== undefined && to !== undefined) return { changes: [compareEditions(from, to)] };
    return { knownEditions: GCI_EDITIONS, ...compareRegion(), profiles: centralAsiaProfiles() };
  });
}
