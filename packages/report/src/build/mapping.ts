/**
 * @module build/mapping
 * Table 2 and the coverage heatmap from the model's policy mapping of the country (for KGZ the
 * paper's Table 2, row for row) and its coverage matrix over the NIST CSF 2.0 functions.
 */
import {
  POLICY_MAPPINGS,
  coverageMatrix,
  type CoverageLevel,
  type PolicyMapping,
} from '@coopsec/model';
import type { CoverageData, Table2Data } from '../input.ts';

/** Coverage levels as heatmap values: an ordinal scale, not a measurement. */
export const LEVEL_VALUE: Readonly<Record<CoverageLevel, number>> = {
  none: 0,
  'declarative-only': 0.33,
  partial: 0.67,
  full: 1,
};

export function policyMappingOf(country: string): PolicyMapping | undefined {
  return POLICY_MAPPINGS[country];
}

export function buildTable2(mapping: PolicyMapping): Table2Data {
  return {
    rows: mapping.rows.map((r) => ({
      act:
        r.instrument.number === undefined
          ? r.instrument.title
          : `${r.instrument.title} (No. ${r.instrument.number})`,
      isoDomains: r.asPrinted === undefined ? r.iso : r.asPrinted.iso.split(/;\s*/),
      csfFunctions: r.csf,
      gaps: r.gap,
      coverage: r.coverage,
      priorities: r.actions.join('; '),
      location: r.source,
    })),
    sourceId: 'paper',
    location: mapping.source,
    ...(mapping.notes === undefined ? {} : { note: mapping.notes.join(' ') }),
  };
}

export function buildCoverage(mapping: PolicyMapping, computedSourceId: string): CoverageData {
  const matrix = coverageMatrix({ mapping, framework: 'csf-2.0', level: 'top' });
  return {
    acts: matrix.rows.map((r) => r.title),
    functions: matrix.columns.map((c) => ({ id: c.id, name: c.title })),
    values: matrix.rows.map((r) => r.cells.map((c) => LEVEL_VALUE[c.level])),
    sourceId: computedSourceId,
    note: matrix.rules.join('; '),
  };
}
