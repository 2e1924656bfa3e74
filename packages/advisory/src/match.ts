/**
 * @module match
 * Which inventory entries an advisory concerns, and how (issue 17 item 4).
 *
 * Products (CSAF 2.0 §3.1.2, §3.1.3): a product's identities are its CPE and purl
 * (`product_identification_helper`, §3.1.3.3) and, when its branches name a `vendor` and a
 * `product_name`, those names read as a CPE vendor and product. Its versions are the
 * `product_version_range` branch (vers or words, {@link readVersionRange}), else the
 * `product_version` branch (that version only), else the version inside its CPE or purl,
 * else every version.
 *
 * Statuses (§3.2.3.9 product status; the VEX statuses among them kept as they are):
 * `known_affected` → affected; `first_affected` v → affected from v on; `last_affected` v →
 * affected up to v; `fixed` → fixed; `first_fixed` v → fixed from v on; `known_not_affected`
 * → not affected; `under_investigation` as it is; `recommended` says nothing about being
 * vulnerable and is left out.
 *
 * The rule: an entry concerns a vulnerability when one of its products has the entry's
 * identity (same CPE vendor and product, or same purl type, namespace and name) and a status
 * whose versions hold the entry's version. When several do, the first of fixed, not affected,
 * affected, under investigation wins: a producer who says a version is fixed or not affected
 * has looked at that version. The entry is *matched* (an alert is due) when that status is
 * affected: inside an affected range and in no fixed (or not-affected) one.
 *
 * @example
 * matchAdvisory(advisory, [readInventoryEntry({ identifier: 'cpe:2.3:a:example_company:abc:*:*:*:*:*:*:*:*', version: '3.0' })])
 */
import {
  identityOf,
  sameIdentity,
  type InventoryEntry,
  type ProductIdentity,
} from './inventory.ts';
import type { Advisory, AdvisoryProduct, AdvisoryVulnerability, ProductStatus } from './types.ts';
import { exactly, inRange, readVersionRange, type VersionRange } from './version-range.ts';

export type MatchStatus = 'fixed' | 'not_affected' | 'affected' | 'under_investigation';

/** Precedence of the rule in the module comment, strongest first. */
export const MATCH_STATUSES: readonly MatchStatus[] = [
  'fixed',
  'not_affected',
  'affected',
  'under_investigation',
];

export interface ProductVersions {
  readonly productId: string;
  readonly identities: readonly ProductIdentity[];
  readonly range: VersionRange;
}

export interface InventoryMatch {
  readonly identifier: string;
  readonly version: string;
  readonly cve?: string;
  /** Position of the vulnerability in the advisory, for one without a CVE id. */
  readonly vulnerability: number;
  readonly status: MatchStatus;
  /** True when the status is affected: the entry runs a vulnerable version. */
  readonly matched: boolean;
  /** The products whose status decided. */
  readonly productIds: readonly string[];
}

export interface AdvisoryMatches {
  readonly matches: readonly InventoryMatch[];
  /** Products left out because their range or identifier could not be read. */
  readonly problems: readonly { readonly productId: string; readonly message: string }[];
}

const STATUS_CLASS: Partial<Record<ProductStatus, MatchStatus>> = {
  known_affected: 'affected',
  first_affected: 'affected',
  last_affected: 'affected',
  fixed: 'fixed',
  first_fixed: 'fixed',
  known_not_affected: 'not_affected',
  under_investigation: 'under_investigation',
};

/** The identities and versions a product names; throws BAD_INPUT on what it cannot read. */
export function productVersions(product: AdvisoryProduct): ProductVersions {
  const identities: ProductIdentity[] = [];
  const embedded: { version: string; scheme: string }[] = [];
  for (const id of [product.cpe, product.purl])
    if (id !== undefined) {
      const read = identityOf(id, `product ${product.id}`);
      identities.push(read.identity);
      if (read.version !== undefined) embedded.push({ version: read.version, scheme: read.scheme });
    }
  if (product.vendor !== undefined && product.product !== undefined)
    identities.push({ kind: 'cpe', vendor: product.vendor, product: product.product });
  const rangeText = product.path?.find((b) => b.category === 'product_version_range')?.name;
  const scheme = embedded[0]?.scheme ?? 'generic';
  const range =
    rangeText !== undefined
      ? readVersionRange(rangeText, `product ${product.id}`)
      : product.version !== undefined
        ? exactly(scheme, product.version)
        : embedded[0] !== undefined
          ? exactly(embedded[0].scheme, embedded[0].version)
          : ({ kind: 'all', scheme } as const);
  return { productId: product.id, identities, range };
}

/** first_* and last_* name one version; their range runs from it on, or up to it. */
function statusRange(status: ProductStatus, range: VersionRange): VersionRange {
  if (range.kind !== 'constraints') return range;
  const [only, ...more] = range.constraints;
  if (only === undefined || more.length > 0 || only.comparator !== '=') return range;
  const { scheme } = range;
  if (status === 'first_affected' || status === 'first_fixed')
    return {
      kind: 'constraints',
      scheme,
      constraints: [{ comparator: '>=', version: only.version }],
    };
  if (status === 'last_affected')
    return {
      kind: 'constraints',
      scheme,
      constraints: [{ comparator: '<=', version: only.version }],
    };
  return range;
}

function decide(
  entry: InventoryEntry,
  vulnerability: AdvisoryVulnerability,
  products: ReadonlyMap<string, ProductVersions>,
): { status: MatchStatus; productIds: string[] } | undefined {
  const found = new Map<MatchStatus, string[]>();
  for (const [status, ids] of Object.entries(vulnerability.status) as [ProductStatus, string[]][]) {
    const cls = STATUS_CLASS[status];
    if (cls === undefined) continue;
    for (const id of ids) {
      const p = products.get(id);
      if (p === undefined || !p.identities.some((i) => sameIdentity(i, entry.identity))) continue;
      if (!inRange(statusRange(status, p.range), entry.version)) continue;
      found.set(cls, [...(found.get(cls) ?? []), id]);
    }
  }
  const status = MATCH_STATUSES.find((s) => found.has(s));
  return status === undefined ? undefined : { status, productIds: found.get(status) ?? [] };
}

/** Every (entry, vulnerability) pair the advisory says something about, by the module's rule. */
export function matchAdvisory(
  advisory: Advisory,
  entries: readonly InventoryEntry[],
): AdvisoryMatches {
  const products = new Map<string, ProductVersions>();
  const problems: { productId: string; message: string }[] = [];
  for (const p of advisory.products)
    try {
      products.set(p.id, productVersions(p));
    } catch (error) {
      problems.push({
        productId: p.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  const matches: InventoryMatch[] = [];
  advisory.vulnerabilities.forEach((v, index) => {
    for (const entry of entries) {
      const decided = decide(entry, v, products);
      if (decided === undefined) continue;
      matches.push({
        identifier: entry.identifier,
        version: entry.version,
        ...(v.cve !== undefined ? { cve: v.cve } : {}),
        vulnerability: index,
        status: decided.status,
        matched: decided.status === 'affected',
        productIds: [...new Set(decided.productIds)].sort(),
      });
    }
  });
  return { matches, problems };
}
