/**
 * @module @coopsec/advisory
 * Vulnerability advisories (issue 17 items 3–4): CSAF 2.0 read and written, CVSS scored by
 * ae-cvss-calculator, and the STIX 2.1 form that travels over TAXII. No I/O.
 */
export { PRODUCT_STATUSES } from './types.ts';
export type {
  Advisory,
  AdvisoryProduct,
  AdvisoryVulnerability,
  CvssScore,
  ProductStatus,
  Statement,
} from './types.ts';
export { scoreVector, severityOf } from './cvss.ts';
export { readCsaf } from './csaf-read.ts';
export { assertCsaf, csafProblems, type CsafProblem } from './validate.ts';
export { writeCsaf } from './csaf-write.ts';
export {
  advisoryToStix,
  advisoryFromStix,
  advisoryReportId,
  ADVISORY_EXTENSION_ID,
} from './stix.ts';
export { readCpe, type Cpe } from './cpe.ts';
export { readPurl, type Purl } from './purl.ts';
export { compareVersions, compareGeneric } from './version-compare.ts';
export {
  readVersionRange,
  inRange,
  exactly,
  type VersionRange,
  type Constraint,
  type Comparator,
} from './version-range.ts';
export {
  readInventory,
  readInventoryEntry,
  sameIdentity,
  nameKey,
  type InventoryEntry,
  type InventoryItem,
  type ProductIdentity,
} from './inventory.ts';
export { readInventoryCsv, INVENTORY_CSV_COLUMNS, type InventoryCsvItem } from './inventory-csv.ts';
export {
  matchAdvisory,
  productVersions,
  MATCH_STATUSES,
  type AdvisoryMatches,
  type InventoryMatch,
  type MatchStatus,
} from './match.ts';
