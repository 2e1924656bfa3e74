/**
 * @module @coopsec/app
 * The use cases of coopsec, one function per job a user has, each taking the store and an
 * options object and returning plain data. The CLI and the REST API are thin adapters over
 * them, so that the same question gets the same answer from both (a test says so:
 * `packages/cli/src/same-answer.integration.test.ts`). Depends on the domain (model, stix)
 * and the store only; the report renderer is injected.
 *
 * @example
 * import { assessCountry, ensureBundledData } from '@coopsec/app';
 * await ensureBundledData(store);
 * const overview = await assessCountry(store, { country: 'KGZ' });
 */
export {
  ensureBundledData,
  loadBundled,
  describeLoad,
  toStoredClaim,
  claimLocation,
} from './bundled.ts';
export { assessCountry, type AssessCountryOptions } from './assess.ts';
export { chooseLanguage, LANGUAGES, type Language } from './language.ts';
export {
  auditGivenClaims,
  auditStoredClaims,
  claimContext,
  type ClaimAuditOptions,
  type ClaimsAudit,
} from './claims.ts';
export {
  buildReport,
  loadReportData,
  type BuildReportOptions,
  type LoadedReportData,
  type ReportData,
  type CaseReportRenderer,
  type ReportRenderer,
  type ReportTlp,
} from './report.ts';
export * from './admin.ts';
export {
  computeAccess,
  maySee,
  organisationReader,
  resolveAccess,
  servedBody,
  servedObjects,
  type AccessPrincipal,
  type CollectionAccess,
  type PolicyInput,
} from './access.ts';
export {
  addSource,
  listSources,
  importAssessments,
  type AddSourceOptions,
  type ImportAssessmentsInput,
  type ImportAssessmentsResult,
} from './sources.ts';
export {
  simulateScenario,
  DEFAULT_HORIZON_YEARS,
  type SimulateScenarioOptions,
  type ScenarioAnswer,
  type MeasuredPointRow,
} from './simulate.ts';
export {
  policyMapping,
  policyCoverage,
  recommendActions,
  type CoverageLevel,
  type CoverageOptions,
  type CoverageAnswer,
  type RecommendOptions,
  type RecommendAnswer,
} from './standards.ts';
export {
  previewAssessment,
  saveAssessment,
  starterQuestionnaire,
  type AssessmentDraft,
  type DraftEntry,
  type DraftPreview,
} from './assess-entry.ts';
export {
  JOB_NAMES,
  type JobQueue,
  type Job,
  type JobHandler,
  type JobPayload,
  type EnqueueOptions,
  type WorkOptions,
} from './jobs.ts';
export {
  INCIDENT_COLLECTION,
  openIncident,
  listIncidents,
  showIncident,
  incidentReportData,
  changeIncidentPhase,
  addIncidentTask,
  setIncidentTaskStatus,
  addIncidentEvent,
  addIncidentComment,
  linkIncidentObjects,
  addIncidentParticipant,
  exportIncident,
  type IncidentActor,
  type IncidentView,
  type IncidentSummary,
} from './incidents.ts';
export { buildIncidentReport, type BuildIncidentReportOptions } from './incident-report.ts';
export {
  measureCooperation,
  measuredCooperationFor,
  type MeasureCooperationOptions,
  type MeasuredCooperationView,
} from './cooperation.ts';
export { nodeCountryFromEnv, NODE_COUNTRY_VARIABLE } from './node-country.ts';
export {
  ADVISORY_COLLECTION,
  exportAdvisory,
  importAdvisory,
  listAdvisories,
  readStoredAdvisories,
  showAdvisory,
  type AdvisoryActor,
  type AdvisorySummary,
  type CollectionReader,
} from './advisories.ts';
export {
  importInventory,
  importInventoryCsv,
  listInventory,
  inventoryMatches,
  type InventoryEntryView,
  type InventoryMatchView,
  type InventoryMatches,
} from './inventory.ts';
export {
  listInventoryAlerts,
  raiseInventoryAlerts,
  type RaiseInventoryAlertsOptions,
} from './inventory-alerts.ts';
