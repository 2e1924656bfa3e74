/**
 * @module inventory
 * An organisation's software inventory (issue 17 item 4): each entry names a product by a
 * CPE 2.3 name (or CPE URI) or a purl, and the version the organisation runs. The version is
 * the entry's own `version`, or else the one inside the CPE / purl; when both are given they
 * must agree. An entry without any version cannot be matched against ranges and is refused.
 *
 * @example
 * readInventoryEntry({ identifier: 'pkg:npm/lodash', version: '4.17.20' })
 * // { identifier: 'pkg:npm/lodash', version: '4.17.20',
 * //   identity: { kind: 'purl', type: 'npm', name: 'lodash' }, scheme: 'npm' }
 */
import { CoopsecError, type ErrorDetail } from '@coopsec/model';
import { readCpe } from './cpe.ts';
import { readPurl } from './purl.ts';
import { compareVersions } from './version-compare.ts';

/** What a product is, apart from its version: the key an advisory's products are matched on. */
export type ProductIdentity =
  | { readonly kind: 'cpe'; readonly vendor: string; readonly product: string }
  | {
      readonly kind: 'purl';
      readonly type: string;
      readonly namespace?: string;
      readonly name: string;
    };

export interface InventoryItem {
  /** A CPE 2.3 formatted string, a CPE URI or a purl. */
  readonly identifier: string;
  /** May be empty when the identifier carries the version. */
  readonly version?: string;
}

export interface InventoryEntry {
  readonly identifier: string;
  readonly version: string;
  readonly identity: ProductIdentity;
  /** The versioning scheme its version is compared by: the purl type, `generic` for a CPE. */
  readonly scheme: string;
}

const bad = (details: ErrorDetail[]) =>
  new CoopsecError(
    'BAD_INPUT',
    details
      .map((d) => `${d.row !== undefined ? `line ${d.row}, ` : ''}${d.field}: ${d.message}`)
      .join('; '),
    { details },
  );

/**
 * Names are compared with case, spaces and punctuation ignored, so that a CSAF branch
 * `vendor: CSAF Tools` meets the CPE vendor `csaf-tools` and `Example Company` meets
 * `example_company` (the CPE dictionary writes names lowercase with `_` for spaces).
 */
export const nameKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function sameIdentity(a: ProductIdentity, b: ProductIdentity): boolean {
  if (a.kind === 'cpe' && b.kind === 'cpe')
    return nameKey(a.vendor) === nameKey(b.vendor) && nameKey(a.product) === nameKey(b.product);
  if (a.kind === 'purl' && b.kind === 'purl')
    return a.type === b.type && a.namespace === b.namespace && a.name === b.name;
  return false;
}

/** The identity and embedded version of a CPE or purl. */
export function identityOf(
  identifier: string,
  field: string,
): { identity: ProductIdentity; version?: string; scheme: string } {
  if (/^pkg:/i.test(identifier.trim())) {
    const p = readPurl(identifier, field);
    return {
      identity: {
        kind: 'purl',
        type: p.type,
        ...(p.namespace !== undefined ? { namespace: p.namespace } : {}),
        name: p.name,
      },
      ...(p.version !== undefined ? { version: p.version } : {}),
      scheme: p.type,
    };
  }
  const c = readCpe(identifier, field);
  return {
    identity: { kind: 'cpe', vendor: c.vendor, product: c.product },
    ...(c.version !== undefined ? { version: c.version } : {}),
    scheme: 'generic',
  };
}

/** One entry read and checked; BAD_INPUT with the row (`line`) and field of each problem. */
export function readInventoryEntry(item: InventoryItem, line?: number): InventoryEntry {
  const at = line !== undefined ? { row: line } : {};
  let read: ReturnType<typeof identityOf>;
  try {
    read = identityOf(item.identifier, 'cpe_or_purl');
  } catch (error) {
    if (!(error instanceof CoopsecError)) throw error;
    throw bad(
      error.details.map((d: ErrorDetail) => ({ ...at, field: 'cpe_or_purl', message: d.message })),
    );
  }
  const given = item.version?.trim() ?? '';
  const version = given !== '' ? given : read.version;
  if (version === undefined)
    throw bad([{ ...at, field: 'version', message: 'no version, and the identifier has none' }]);
  if (given !== '' && read.version !== undefined)
    if (compareVersions(read.scheme, given, read.version) !== 0)
      throw bad([
        {
          ...at,
          field: 'version',
          message: `${given} differs from the version ${read.version} inside the identifier`,
        },
      ]);
  return {
    identifier: item.identifier.trim(),
    version,
    identity: read.identity,
    scheme: read.scheme,
  };
}

/**
 * Every entry read, or one BAD_INPUT listing every bad row (line and field), so that the
 * caller writes all or nothing. `line` defaults to the position counted from 1.
 */
export function readInventory(
  items: readonly (InventoryItem & { readonly line?: number })[],
): InventoryEntry[] {
  const entries: InventoryEntry[] = [];
  const details: ErrorDetail[] = [];
  items.forEach((item, i) => {
    try {
      entries.push(readInventoryEntry(item, item.line ?? i + 1));
    } catch (error) {
      if (!(error instanceof CoopsecError)) throw error;
      details.push(...error.details);
    }
  });
  if (details.length > 0)
    throw new CoopsecError(
      'BAD_INPUT',
      details.length === 1
        ? bad(details).message
        : `${details.length} inventory rows cannot be read`,
      { details },
    );
  return entries;
}
