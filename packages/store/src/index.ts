/**
 * @module @coopsec/store
 * Persistence over Kysely: SQLite (embedded default), PostgreSQL (production) and PGlite
 * (tests). The only package that imports kysely, pg or better-sqlite3 (STYLE.md §12).
 */
export { openStore, defaultDatabaseTarget, redactTarget, type Store, type OpenStoreOptions } from './connect.ts';
export type { Dialect } from './dialect.ts';
export type { Database } from './schema.ts';
export { AssessmentRepository, type AssessmentFilter, type CountrySummary, type InsertAssessmentsOptions } from './repositories/assessments.ts';
export { ClaimRepository, type StoredClaim } from './repositories/claims.ts';
export { GciRepository } from './repositories/gci.ts';
export { MetaRepository } from './repositories/meta.ts';
export { loadBundledData, hasBundledData, BUNDLED_DATA_VERSION, type LoadSummary } from './bundled.ts';
