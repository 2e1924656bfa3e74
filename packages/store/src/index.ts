/**
 * @module @coopsec/store
 * Persistence over Kysely: SQLite (embedded default), PostgreSQL (production) and PGlite
 * (tests). The only package that imports kysely, pg or better-sqlite3 (STYLE.md §12).
 */
export {
  openStore,
  chooseDatabase,
  defaultDatabaseTarget,
  redactTarget,
  pingStore,
  type Store,
  type OpenStoreOptions,
  type DatabaseChoice,
} from './connect.ts';
export type { Dialect } from './dialect.ts';
export { isDatabaseBusy } from './busy.ts';
export { isSqliteFile, lockSqliteServer } from './server-lock.ts';
export type { Database } from './schema.ts';
export {
  AssessmentRepository,
  type AssessmentFilter,
  type CountrySummary,
  type InsertAssessmentsOptions,
  type StoredSource,
} from './repositories/assessments.ts';
export { ClaimRepository, type StoredClaim } from './repositories/claims.ts';
export { GciRepository } from './repositories/gci.ts';
export { MetaRepository } from './repositories/meta.ts';
export {
  loadBundledData,
  hasBundledData,
  BUNDLED_DATA_VERSION,
  type LoadSummary,
} from './bundled.ts';
export type { ExchangeTables } from './schema-exchange.ts';
export {
  OrgRepository,
  checkIdentifier,
  type Organization,
  type AppUser,
} from './repositories/orgs.ts';
export {
  ApiKeyRepository,
  parseApiKey,
  type ApiKeyOwner,
  type ApiKeyInfo,
} from './repositories/api-keys.ts';
export {
  CollectionRepository,
  type TaxiiCollection,
  type CollectionGrant,
} from './repositories/collections.ts';
export {
  AgreementRepository,
  AGREEMENT_LEVELS,
  parseAgreementLevels,
  type AgreementLevel,
  type SharingAgreement,
} from './repositories/agreements.ts';
export { AuditRepository, type AuditEvent, type StoredAuditEvent } from './repositories/audit.ts';
export {
  TaxiiStatusRepository,
  type TaxiiStatusRecord,
  type StatusDetail,
} from './repositories/taxii-status.ts';
export {
  ExchangeObjectRepository,
  canonicalTimestamp,
  versionKey,
  canonicalVersion,
  type NewObjectVersion,
  type ExistingVersion,
  type IngestSession,
  type AccessScope,
  type VersionFilter,
  type ObjectQuery,
  type StoredVersion,
  type AddVersionsResult,
} from './repositories/exchange-objects.ts';
export type { FederationTables } from './schema-federation.ts';
export {
  FederationRepository,
  LINK_DIRECTIONS,
  type LinkDirection,
  type Peer,
  type PeerLink,
  type PushInflight,
  type Provenance,
  type SyncRun,
  type OutgoingVersion,
} from './repositories/federation.ts';
export {
  AlertRepository,
  type AlertSubscription,
  type DeliveryRecord,
  type StoredAlert,
} from './repositories/alerts.ts';
export type { AlertTables } from './schema-alerts.ts';
export { InventoryRepository, type StoredInventoryEntry } from './repositories/inventory.ts';
export {
  InventoryAlertRepository,
  type NewInventoryAlert,
  type StoredInventoryAlert,
} from './repositories/inventory-alerts.ts';
export type { InventoryTables } from './schema-inventory.ts';
export {
  DEFAULT_MAX_ATTEMPTS,
  type JobQueue,
  type Job,
  type JobHandler,
  type JobPayload,
  type EnqueueOptions,
  type WorkOptions,
} from './jobs/job-queue.ts';
export { SqlJobQueue, type SqlJobQueueOptions } from './jobs/sql-queue.ts';
export type { PgJobQueue, PgJobQueueOptions } from './jobs/pg-queue.ts';
export { openJobQueue, type OpenJobQueueOptions } from './jobs/open.ts';
export {
  CooperationRepository,
  type ExchangeRecord,
  type PeerRecord,
  type AgreementRecord,
} from './repositories/cooperation.ts';
