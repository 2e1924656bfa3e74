/**
 * @module mapping/policy
 * National legal acts and institutions as data, each mapped to ISO/IEC 27001 domains or
 * controls and NIST CSF 2.0 functions, categories or subcategories with a coverage level,
 * the gap and priority actions (the shape of the paper's Table 2).
 *
 * Coverage levels: `full` (enforceable requirements that meet the outcome), `partial`
 * (operating measures that meet part of it), `declarative-only` (principles or goals with no
 * enforceable mechanism), `none`.
 *
 * @example
 * validatePolicyMapping(KGZ_TABLE2); // throws CoopsecError('BAD_INPUT') naming the bad record
 */
import type { ErrorDetail } from '../errors.ts';
import { CoopsecError } from '../errors.ts';
import { findElement } from '../standards/catalogue.ts';
import { isWithdrawnCsfId } from '../standards/csf.ts';
import type { CoverageLevel } from './olir.ts';
import { COVERAGE_LEVELS } from './olir.ts';

export const INSTRUMENT_KINDS = [
  'law',
  'policy-concept',
  'programme',
  'resolution',
  'decree',
  'institution',
  'institution-group',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const INSTRUMENT_STATUSES = [
  'in-force',
  'period-ended',
  'repealed',
  'draft',
  'operating',
  'unknown',
] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];

export interface PolicyInstrument {
  /** Stable id within the mapping, e.g. `kgz-law-107`. */
  readonly id: string;
  readonly title: string;
  /** The act's number as written (`107`, `352`); absent for institutions. */
  readonly number?: string;
  /** Year of adoption, only when a source gives it (never guessed). */
  readonly year?: number;
  /** A period the title itself names, e.g. `2021–2025`. */
  readonly period?: string;
  readonly kind: InstrumentKind;
  readonly status: InstrumentStatus;
  /** Why we give this status and year (or why they are missing). */
  readonly statusBasis: string;
}

export interface PolicyMappingRow {
  readonly instrument: PolicyInstrument;
  readonly isoFramework: 'iso27001-2013' | 'iso27001-2022';
  /** ISO domains/themes or controls of `isoFramework`. */
  readonly iso: readonly string[];
  /** CSF 2.0 functions, categories or subcategories (never withdrawn CSF 1.1 ids). */
  readonly csf: readonly string[];
  readonly coverage: CoverageLevel;
  /** Why this level: the evidence, quoted where it comes from a source. */
  readonly coverageBasis: string;
  readonly gap: string;
  readonly actions: readonly string[];
  /** Where the row comes from, e.g. `paper, Table 2, row 1`. */
  readonly source: string;
  /** The mapped columns exactly as the source prints them, for faithful reproduction. */
  readonly asPrinted?: { readonly iso: string; readonly csf: string };
}

export interface PolicyMapping {
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  readonly title: string;
  readonly source: string;
  readonly rows: readonly PolicyMappingRow[];
  /** Remarks on the mapping as a whole (e.g. which CSF edition its columns follow). */
  readonly notes?: readonly string[];
}

function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[“”"«»]/g, '')
    .replace(/informatization/g, 'informatisation')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Refuses: an unknown ISO or CSF id, a CSF id that CSF 2.0 withdrew (a CSF 1.1 element), an
 * unknown coverage level, kind or status, a row without targets, and a duplicated act (same
 * id, same kind and number, or same title). One detail per problem, `record` = instrument id.
 */
export function validatePolicyMapping(mapping: PolicyMapping): void {
  const details: ErrorDetail[] = [];
  const ids = new Set<string>();
  const numbers = new Set<string>();
  const titles = new Set<string>();
  mapping.rows.forEach((row, i) => {
    const inst = row.instrument;
    const record = inst.id || `row ${i + 1}`;
    const bad = (field: string, message: string) =>
      details.push({ record, row: i + 1, field, message });
    if (ids.has(inst.id)) bad('instrument.id', 'duplicated act: the id is used by an earlier row');
    ids.add(inst.id);
    if (inst.number !== undefined) {
      const key = `${inst.kind}#${inst.number}`;
      if (numbers.has(key))
        bad(
          'instrument.number',
          `duplicated act: ${inst.kind} No. ${inst.number} is already mapped`,
        );
      numbers.add(key);
    }
    const title = normaliseTitle(inst.title);
    if (titles.has(title))
      bad('instrument.title', 'duplicated act: the same title is already mapped');
    titles.add(title);
    if (!(INSTRUMENT_KINDS as readonly string[]).includes(inst.kind))
      bad('instrument.kind', `unknown kind "${inst.kind}"`);
    if (!(INSTRUMENT_STATUSES as readonly string[]).includes(inst.status)) {
      bad('instrument.status', `unknown status "${inst.status}"`);
    }
    if (!(COVERAGE_LEVELS as readonly string[]).includes(row.coverage)) {
      bad(
        'coverage',
        `unknown coverage level "${row.coverage}" (known: ${COVERAGE_LEVELS.join(', ')})`,
      );
    }
    if (row.iso.length + row.csf.length === 0) bad('iso', 'the row maps to nothing');
    for (const id of row.iso) {
      if (findElement(row.isoFramework, id) === undefined)
        bad('iso', `unknown ${row.isoFramework} id "${id}"`);
    }
    for (const id of row.csf) {
      if (isWithdrawnCsfId(id.toUpperCase())) {
        bad(
          'csf',
          `"${id}" is withdrawn from CSF 2.0 (a CSF 1.1 element): map to its CSF 2.0 successor`,
        );
      } else if (findElement('csf-2.0', id) === undefined) {
        bad('csf', `unknown CSF 2.0 function or category "${id}"`);
      }
    }
  });
  if (details.length > 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      `policy mapping ${mapping.country}: ${details.length} problem(s)`,
      { details },
    );
  }
}
