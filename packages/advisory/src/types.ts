/**
 * @module types
 * A vulnerability advisory as coopsec keeps it: the meaning of a CSAF 2.0 document
 * (OASIS CSAF v2.0, §3.2) that survives import, STIX and export. What is dropped on purpose:
 * acknowledgments, aggregate severity text, product groups and relationships (their products
 * are kept, flat). Products are listed by id.
 */
import type { TlpLevel } from '@coopsec/stix';

/** CSAF product status groups (§3.2.3.9), VEX statuses among them. */
export const PRODUCT_STATUSES = [
  'first_affected',
  'first_fixed',
  'fixed',
  'known_affected',
  'known_not_affected',
  'last_affected',
  'recommended',
  'under_investigation',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface AdvisoryProduct {
  readonly id: string;
  readonly name: string;
  readonly cpe?: string;
  readonly purl?: string;
  /** The branches above the product, outermost first (§3.1.2); written back the same way. */
  readonly path?: readonly { readonly category: string; readonly name: string }[];
  /** From those branches (`vendor`, `product_name`, `product_version`), for inventory matching. */
  readonly vendor?: string;
  readonly product?: string;
  readonly version?: string;
}

export interface CvssScore {
  readonly version: '2.0' | '3.0' | '3.1' | '4.0';
  readonly vector: string;
  /** Computed from the vector by ae-cvss-calculator, never copied from the document. */
  readonly baseScore: number;
  readonly severity: 'none' | 'low' | 'medium' | 'high' | 'critical';
  /** The base score the document published, when it gave one (kept to compare, not shown as ours). */
  readonly publishedScore?: number;
  readonly productIds: readonly string[];
}

/** A note, threat, remediation or flag of a vulnerability, kept with its products. */
export interface Statement {
  readonly category: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly productIds?: readonly string[];
}

export interface AdvisoryVulnerability {
  readonly cve?: string;
  readonly title?: string;
  readonly cwe?: { readonly id: string; readonly name: string };
  /** Other identifiers (system name and text), e.g. a vendor bug id. */
  readonly ids: readonly { readonly system: string; readonly text: string }[];
  readonly status: Partial<Record<ProductStatus, readonly string[]>>;
  readonly scores: readonly CvssScore[];
  readonly notes: readonly Statement[];
  readonly threats: readonly Statement[];
  readonly remediations: readonly Statement[];
  /** VEX justifications (§3.2.3.5 flags): label and products. */
  readonly flags: readonly Statement[];
  readonly references: readonly Statement[];
  /** Set when a threat of category `exploit_status` says so; undefined when nobody said. */
  readonly exploited?: boolean;
  readonly releaseDate?: string;
  readonly discoveryDate?: string;
}

export interface Advisory {
  readonly trackingId: string;
  readonly title: string;
  /** `csaf_base`, `csaf_security_advisory`, `csaf_vex`, `csaf_informational_advisory` or a vendor's own. */
  readonly category: string;
  readonly version: string;
  readonly status: 'draft' | 'interim' | 'final';
  readonly initialReleaseDate: string;
  readonly currentReleaseDate: string;
  readonly publisher: {
    readonly name: string;
    readonly namespace: string;
    readonly category: string;
  };
  /** CSAF 2.0 carries TLP 1.0 labels: WHITE is read as TLP 2.0 CLEAR. */
  readonly tlp?: TlpLevel;
  readonly lang?: string;
  readonly notes: readonly Statement[];
  /** The document's references (§3.2.1.11). */
  readonly references: readonly Statement[];
  /** The revision history (§3.2.1.12.6): date, version number, summary. */
  readonly revisions: readonly {
    readonly date: string;
    readonly number: string;
    readonly summary: string;
  }[];
  readonly products: readonly AdvisoryProduct[];
  readonly vulnerabilities: readonly AdvisoryVulnerability[];
}
