/**
 * @module rest/assess-context
 * Loading one country's rows for the assessment routes (their queries are read by
 * schemas/assessments.ts). The overview itself is the app's
 * `assessCountry` (the same as `coopsec assess`).
 */
import { CoopsecError, findCountry, type Assessment } from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';

export async function loadCountry(store: Store, country: string): Promise<Assessment[]> {
  const rows = await new AssessmentRepository(store).list({ country });
  if (rows.length === 0) {
    throw new CoopsecError('NOT_FOUND', `no assessments stored for ${country}`, {
      details: [{ field: 'country', message: `${country} has no assessments` }],
    });
  }
  return rows;
}

export function countryName(code: string): string {
  return findCountry(code)?.name ?? code;
}
