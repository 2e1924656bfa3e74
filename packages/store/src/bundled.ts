/**
 * @module bundled
 * Loads the data that ships with the product (the paper's Kyrgyz dataset, the Central Asian
 * GCI figures, the paper's claims and their sources) into a store. Idempotent: running it
 * again refreshes the bundled rows and leaves users' own rows alone.
 */
import { GCI_RECORDS, KGZ_PAPER_ASSESSMENTS, SOURCES, type Assessment } from '@coopsec/model';
import type { Store } from './connect.ts';
import { AssessmentRepository } from './repositories/assessments.ts';
import { ClaimRepository, type StoredClaim } from './repositories/claims.ts';
import { GciRepository } from './repositories/gci.ts';
import { MetaRepository } from './repositories/meta.ts';

export const BUNDLED_DATA_VERSION = '1';

export interface BundledData {
  readonly assessments: readonly Assessment[];
  readonly claims: readonly Omit<StoredClaim, 'source'>[];
}

export interface LoadSummary {
  readonly assessments: number;
  readonly gci: number;
  readonly claims: number;
  readonly sources: number;
}

export async function loadBundledData(
  store: Store,
  extra: Partial<BundledData> = {},
): Promise<LoadSummary> {
  const assessments = extra.assessments ?? KGZ_PAPER_ASSESSMENTS;
  const claims = extra.claims ?? [];
  const assessmentRepo = new AssessmentRepository(store);
  await store.db.transaction().execute(async (trx) => {
    await assessmentRepo.upsertSources(SOURCES, trx);
    await new GciRepository(store).replaceAll(GCI_RECORDS, trx);
  });
  await assessmentRepo.insertAssessments(assessments, { replace: true });
  await new ClaimRepository(store).replaceSource('paper', claims);
  await new MetaRepository(store).set('bundled_data_version', BUNDLED_DATA_VERSION);
  return {
    assessments: assessments.length,
    gci: GCI_RECORDS.length,
    claims: claims.length,
    sources: SOURCES.length,
  };
}

/** True when the bundled data has been loaded into this store (by `init` or first start). */
export async function hasBundledData(store: Store): Promise<boolean> {
  return (await new MetaRepository(store).get('bundled_data_version')) !== undefined;
}
