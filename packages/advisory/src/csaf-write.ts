/**
 * @module csaf-write
 * An {@link Advisory} written as a CSAF 2.0 document (OASIS CSAF v2.0 §3) that validates
 * against the CSAF JSON schema. Products are written flat as `full_product_names`
 * (§3.1.3.3.1; the branch structure is not kept, see types.ts); CVSS v4.0 scores are left
 * out because CSAF 2.0 has no place for them (they stay on the STIX vulnerability).
 */
import type { Advisory, AdvisoryProduct, AdvisoryVulnerability, Statement } from './types.ts';

type Obj = Record<string, unknown>;

const TLP_TO_CSAF = {
  clear: 'WHITE',
  green: 'GREEN',
  amber: 'AMBER',
  'amber+strict': 'AMBER',
  red: 'RED',
} as const;

const productList = (s: Statement): Obj =>
  s.productIds !== undefined && s.productIds.length > 0 ? { product_ids: [...s.productIds] } : {};

const notes = (list: readonly Statement[]): Obj[] =>
  list.map((n) => ({
    category: n.category,
    text: n.text,
    ...(n.title !== undefined ? { title: n.title } : {}),
  }));

const references = (list: readonly Statement[]): Obj[] =>
  list.map((r) => ({ category: r.category, summary: r.text, url: r.url ?? '' }));

function vulnerability(v: AdvisoryVulnerability): Obj {
  const scores = v.scores
    .filter((s) => s.version !== '4.0')
    .map((s) => ({
      products: [...s.productIds],
      ...(s.version === '2.0'
        ? { cvss_v2: { version: '2.0', vectorString: s.vector, baseScore: s.baseScore } }
        : {
            cvss_v3: {
              version: s.version,
              vectorString: s.vector,
              baseScore: s.baseScore,
              baseSeverity: s.severity.toUpperCase(),
            },
          }),
    }));
  const status = Object.fromEntries(
    Object.entries(v.status).map(([k, ids]) => [k, [...(ids ?? [])]]),
  );
  return {
    ...(v.cve !== undefined ? { cve: v.cve } : {}),
    ...(v.title !== undefined ? { title: v.title } : {}),
    ...(v.cwe !== undefined ? { cwe: { ...v.cwe } } : {}),
    ...(v.ids.length > 0
      ? { ids: v.ids.map((i) => ({ system_name: i.system, text: i.text })) }
      : {}),
    ...(v.discoveryDate !== undefined ? { discovery_date: v.discoveryDate } : {}),
    ...(v.releaseDate !== undefined ? { release_date: v.releaseDate } : {}),
    ...(v.notes.length > 0 ? { notes: notes(v.notes) } : {}),
    ...(Object.keys(status).length > 0 ? { product_status: status } : {}),
    ...(scores.length > 0 ? { scores } : {}),
    ...(v.threats.length > 0
      ? {
          threats: v.threats.map((t) => ({
            category: t.category,
            details: t.text,
            ...productList(t),
          })),
        }
      : {}),
    ...(v.remediations.length > 0
      ? {
          remediations: v.remediations.map((r) => ({
            category: r.category,
            details: r.text,
            ...productList(r),
            ...(r.url !== undefined ? { url: r.url } : {}),
          })),
        }
      : {}),
    ...(v.flags.length > 0
      ? { flags: v.flags.map((f) => ({ label: f.text, ...productList(f) })) }
      : {}),
    ...(v.references.length > 0 ? { references: references(v.references) } : {}),
  };
}

function fullProductName(p: AdvisoryProduct): Obj {
  const helper = {
    ...(p.cpe !== undefined ? { cpe: p.cpe } : {}),
    ...(p.purl !== undefined ? { purl: p.purl } : {}),
  };
  return {
    name: p.name,
    product_id: p.id,
    ...(Object.keys(helper).length > 0 ? { product_identification_helper: helper } : {}),
  };
}

interface Branch {
  category: string;
  name: string;
  children: Branch[];
  product?: AdvisoryProduct;
}

/**
 * Products go back into the branches they came from (§3.1.3.3.1), the others into
 * `full_product_names`. A branch holds either sub-branches or one product; a product whose
 * place is taken (not possible for products read from one valid document) is written flat.
 */
function productTree(products: readonly AdvisoryProduct[]): Obj {
  const roots: Branch[] = [];
  const flat: AdvisoryProduct[] = [];
  for (const p of products) {
    const path = (p.path ?? []).map((b) => [b.category, b.name] as const);
    if (path.length === 0) {
      flat.push(p);
      continue;
    }
    let level = roots;
    let placed = true;
    for (const [i, [category, name]] of path.entries()) {
      const found = level.find((b) => b.category === category && b.name === name);
      const branch: Branch = found ?? { category, name, children: [] };
      if (found === undefined) level.push(branch);
      const leaf = i === path.length - 1;
      if (branch.product !== undefined || (leaf && branch.children.length > 0)) {
        placed = false;
        break;
      }
      if (leaf) branch.product = p;
      level = branch.children;
    }
    if (!placed) flat.push(p);
  }
  const write = (b: Branch): Obj => ({
    category: b.category,
    name: b.name,
    ...(b.product !== undefined
      ? { product: fullProductName(b.product) }
      : { branches: b.children.map(write) }),
  });
  return {
    ...(roots.length > 0 ? { branches: roots.map(write) } : {}),
    ...(flat.length > 0 ? { full_product_names: flat.map(fullProductName) } : {}),
  };
}

/** The CSAF 2.0 document of `advisory`. */
export function writeCsaf(advisory: Advisory): Obj {
  return {
    document: {
      category: advisory.category,
      csaf_version: '2.0',
      ...(advisory.tlp !== undefined
        ? {
            distribution: {
              tlp: { label: TLP_TO_CSAF[advisory.tlp], url: 'https://www.first.org/tlp/' },
            },
          }
        : {}),
      ...(advisory.lang !== undefined ? { lang: advisory.lang } : {}),
      ...(advisory.notes.length > 0 ? { notes: notes(advisory.notes) } : {}),
      publisher: { ...advisory.publisher },
      ...(advisory.references.length > 0 ? { references: references(advisory.references) } : {}),
      title: advisory.title,
      tracking: {
        current_release_date: advisory.currentReleaseDate,
        id: advisory.trackingId,
        initial_release_date: advisory.initialReleaseDate,
        // A document made without a history (none of the examples) gets one entry.
        revision_history:
          advisory.revisions.length > 0
            ? advisory.revisions.map((r) => ({ ...r }))
            : [
                {
                  date: advisory.currentReleaseDate,
                  number: advisory.version,
                  summary: 'Exported by coopsec',
                },
              ],
        status: advisory.status,
        version: advisory.version,
      },
    },
    ...(advisory.products.length > 0 ? { product_tree: productTree(advisory.products) } : {}),
    ...(advisory.vulnerabilities.length > 0
      ? { vulnerabilities: advisory.vulnerabilities.map(vulnerability) }
      : {}),
  };
}
