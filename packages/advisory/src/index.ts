/**
 * @module @coopsec/advisory
 * Vulnerability advisories (issue 17 item 3): CSAF 2.0 read and written, CVSS scored by
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
