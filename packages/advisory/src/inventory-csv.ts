/**
 * @module inventory-csv
 * An inventory as a CSV file (RFC 4180, header `cpe_or_purl,version`; `version` may be empty
 * when the CPE or purl carries it), read into the items `readInventory` checks. Every edge that
 * takes such a file (the CLI's `coopsec inventory import`, REST `PUT /api/inventory/:org`)
 * reads it here, so a file is accepted or refused the same way everywhere. A refusal is one
 * BAD_INPUT naming every bad line: lines the CSV reader could not split together with the rows
 * whose CPE, purl or version is wrong.
 *
 * @example
 * readInventoryCsv('cpe_or_purl,version\npkg:npm/lodash,4.17.20\n', 'inventory.csv')
 * // [{ line: 2, identifier: 'pkg:npm/lodash', version: '4.17.20' }]
 */
import { CoopsecError, parseCsv, type ErrorDetail } from '@coopsec/model';
import { readInventory, type InventoryItem } from './inventory.ts';

export const INVENTORY_CSV_COLUMNS = ['cpe_or_purl', 'version'] as const;

export type InventoryCsvItem = InventoryItem & { readonly line: number };

/** The file's rows as items with their line; BAD_INPUT naming every bad line and field. */
export function readInventoryCsv(text: string, name = 'the CSV file'): InventoryCsvItem[] {
  const table = parseCsv(text, name);
  const missing = INVENTORY_CSV_COLUMNS.filter((h) => !table.headers.includes(h));
  if (missing.length > 0)
    throw new CoopsecError('BAD_INPUT', `${name} lacks column(s): ${missing.join(', ')}`, {
      details: missing.map((field) => ({
        row: 1,
        field,
        message: 'column missing from the header',
      })),
    });
  const items = table.records.map((r) => ({
    line: r.line,
    identifier: r.values.cpe_or_purl ?? '',
    version: r.values.version ?? '',
  }));
  const details: ErrorDetail[] = [...table.problems];
  try {
    readInventory(items);
  } catch (error) {
    if (!(error instanceof CoopsecError)) throw error;
    details.push(...error.details);
  }
  if (details.length > 0) {
    details.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new CoopsecError('BAD_INPUT', `${name}: ${details.length} line(s) cannot be imported`, {
      details,
    });
  }
  return items;
}
