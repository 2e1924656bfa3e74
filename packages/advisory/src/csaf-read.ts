/**
 * @module csaf-read
 * A CSAF 2.0 document (OASIS CSAF v2.0 §3) read into an {@link Advisory}. The edges validate
 * the document against the CSAF JSON schema first; this reader still names the path of
 * anything it cannot read rather than crash on a document that skipped that check.
 * CVSS scores are recomputed from their vectors; the published score is kept beside them.
 */
import { CoopsecError } from '@coopsec/model';
import type { TlpLevel } from '@coopsec/stix';
import { scoreVector } from './cvss.ts';
import {
  PRODUCT_STATUSES,
  type Advisory,
  type AdvisoryProduct,
  type AdvisoryVulnerability,
  type CvssScore,
  type Statement,
} from './types.ts';

type Obj = Record<string, unknown>;

const bad = (field: string, message: string) =>
  new CoopsecError('BAD_INPUT', `${field}: ${message}`, { details: [{ field, message }] });

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: unknown, field: string): Obj {
  if (!isObj(v)) throw bad(field, 'expected an object');
  return v;
}
function str(v: unknown, field: string): string {
  if (typeof v !== 'string' || v === '') throw bad(field, 'expected a non-empty string');
  return v;
}
const optStr = (v: unknown, field: string): string | undefined =>
  v === undefined ? undefined : str(v, field);
function list(v: unknown, field: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw bad(field, 'expected a list');
  return v;
}
const strings = (v: unknown, field: string): string[] =>
  list(v, field).map((s, i) => str(s, `${field}/${i}`));

/** CSAF 2.0 uses TLP 1.0 labels (§3.2.1.5.2); WHITE became CLEAR in TLP 2.0. */
const TLP_FROM_CSAF: Record<string, TlpLevel> = {
  WHITE: 'clear',
  GREEN: 'green',
  AMBER: 'amber',
  RED: 'red',
};

/** Every product in the tree, flat, with the vendor / name / version its branches give it. */
function readProducts(tree: unknown): AdvisoryProduct[] {
  if (tree === undefined) return [];
  const root = obj(tree, '/product_tree');
  const found = new Map<string, AdvisoryProduct>();
  type Context = Partial<Pick<AdvisoryProduct, 'path' | 'vendor' | 'product' | 'version'>>;
  const add = (p: unknown, field: string, context: Context) => {
    const full = obj(p, field);
    const id = str(full.product_id, `${field}/product_id`);
    const helper = isObj(full.product_identification_helper)
      ? full.product_identification_helper
      : {};
    const cpe = optStr(helper.cpe, `${field}/product_identification_helper/cpe`);
    const purl = optStr(helper.purl, `${field}/product_identification_helper/purl`);
    // A product named again (in a relationship or the flat list) keeps its first, richer entry.
    if (found.has(id)) return;
    found.set(id, {
      id,
      name: str(full.name, `${field}/name`),
      ...context,
      ...(cpe !== undefined ? { cpe } : {}),
      ...(purl !== undefined ? { purl } : {}),
    });
  };
  const walk = (branches: unknown, field: string, context: Context) => {
    list(branches, field).forEach((b, i) => {
      const at = `${field}/${i}`;
      const branch = obj(b, at);
      const name = str(branch.name, `${at}/name`);
      const category = str(branch.category, `${at}/category`);
      const here: { -readonly [K in keyof Context]: Context[K] } = {
        ...context,
        path: [...(context.path ?? []), { category, name }],
      };
      if (category === 'vendor') here.vendor = name;
      else if (category === 'product_name') here.product = name;
      else if (category === 'product_version') here.version = name;
      if (branch.product !== undefined) add(branch.product, `${at}/product`, here);
      walk(branch.branches, `${at}/branches`, here);
    });
  };
  walk(root.branches, '/product_tree/branches', {});
  list(root.full_product_names, '/product_tree/full_product_names').forEach((p, i) =>
    add(p, `/product_tree/full_product_names/${i}`, {}),
  );
  list(root.relationships, '/product_tree/relationships').forEach((r, i) =>
    add(
      obj(r, `/product_tree/relationships/${i}`).full_product_name,
      `/product_tree/relationships/${i}/full_product_name`,
      {},
    ),
  );
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function statements(v: unknown, field: string, textKey: 'text' | 'details' | 'label'): Statement[] {
  return list(v, field).map((s, i) => {
    const at = `${field}/${i}`;
    const o = obj(s, at);
    const title = optStr(o.title, `${at}/title`);
    const url = optStr(o.url, `${at}/url`);
    const products = [
      ...strings(o.product_ids, `${at}/product_ids`),
      ...strings(o.group_ids, `${at}/group_ids`),
    ];
    return {
      // A reference's category is optional (§3.1.11.1, default "external").
      category:
        textKey === 'label'
          ? 'flag'
          : o.category === undefined && textKey === 'text' && o.url !== undefined
            ? 'external'
            : str(o.category, `${at}/category`),
      text:
        textKey === 'text' && o.text === undefined
          ? str(o.summary, `${at}/summary`)
          : str(o[textKey], `${at}/${textKey}`),
      ...(title !== undefined ? { title } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(products.length > 0 ? { productIds: products } : {}),
    };
  });
}

function readScores(v: unknown, field: string): CvssScore[] {
  const out: CvssScore[] = [];
  list(v, field).forEach((s, i) => {
    const at = `${field}/${i}`;
    const o = obj(s, at);
    const productIds = strings(o.products, `${at}/products`);
    for (const key of ['cvss_v2', 'cvss_v3'] as const) {
      if (o[key] === undefined) continue;
      const cvss = obj(o[key], `${at}/${key}`);
      const scored = scoreVector(
        str(cvss.vectorString, `${at}/${key}/vectorString`),
        `${at}/${key}/vectorString`,
      );
      const published = typeof cvss.baseScore === 'number' ? cvss.baseScore : undefined;
      out.push({
        ...scored,
        productIds,
        ...(published !== undefined ? { publishedScore: published } : {}),
      });
    }
  });
  return out;
}

function readVulnerability(v: unknown, field: string): AdvisoryVulnerability {
  const o = obj(v, field);
  const status: Partial<Record<(typeof PRODUCT_STATUSES)[number], string[]>> = {};
  const ps = o.product_status === undefined ? {} : obj(o.product_status, `${field}/product_status`);
  for (const key of PRODUCT_STATUSES) {
    const ids = strings(ps[key], `${field}/product_status/${key}`);
    if (ids.length > 0) status[key] = ids;
  }
  const threats = statements(o.threats, `${field}/threats`, 'details');
  const exploit = threats.find((t) => t.category === 'exploit_status');
  const cwe = o.cwe === undefined ? undefined : obj(o.cwe, `${field}/cwe`);
  const cve = optStr(o.cve, `${field}/cve`);
  const title = optStr(o.title, `${field}/title`);
  const releaseDate = optStr(o.release_date, `${field}/release_date`);
  const discoveryDate = optStr(o.discovery_date, `${field}/discovery_date`);
  return {
    ...(cve !== undefined ? { cve } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(cwe !== undefined
      ? { cwe: { id: str(cwe.id, `${field}/cwe/id`), name: str(cwe.name, `${field}/cwe/name`) } }
      : {}),
    ids: list(o.ids, `${field}/ids`).map((x, i) => {
      const id = obj(x, `${field}/ids/${i}`);
      return {
        system: str(id.system_name, `${field}/ids/${i}/system_name`),
        text: str(id.text, `${field}/ids/${i}/text`),
      };
    }),
    status,
    scores: readScores(o.scores, `${field}/scores`),
    notes: statements(o.notes, `${field}/notes`, 'text'),
    threats,
    remediations: statements(o.remediations, `${field}/remediations`, 'details'),
    flags: statements(o.flags, `${field}/flags`, 'label'),
    references: statements(o.references, `${field}/references`, 'text'),
    // CSAF has no exploited flag; an exploit_status threat is the vendor's own statement.
    ...(exploit !== undefined
      ? { exploited: !/\bno(t)?\b|none|unproven/i.test(exploit.text) }
      : {}),
    ...(releaseDate !== undefined ? { releaseDate } : {}),
    ...(discoveryDate !== undefined ? { discoveryDate } : {}),
  };
}

/** Reads a CSAF 2.0 document; BAD_INPUT with the JSON path of the first thing it cannot read. */
export function readCsaf(input: unknown): Advisory {
  const root = obj(input, '/');
  const doc = obj(root.document, '/document');
  if (doc.csaf_version !== '2.0') throw bad('/document/csaf_version', 'expected "2.0"');
  const tracking = obj(doc.tracking, '/document/tracking');
  const publisher = obj(doc.publisher, '/document/publisher');
  const status = str(tracking.status, '/document/tracking/status');
  if (status !== 'draft' && status !== 'interim' && status !== 'final')
    throw bad('/document/tracking/status', 'expected draft, interim or final');
  const label =
    isObj(doc.distribution) && isObj(doc.distribution.tlp) ? doc.distribution.tlp.label : undefined;
  const tlp = typeof label === 'string' ? TLP_FROM_CSAF[label] : undefined;
  if (label !== undefined && tlp === undefined)
    throw bad('/document/distribution/tlp/label', 'expected WHITE, GREEN, AMBER or RED');
  const lang = optStr(doc.lang, '/document/lang');
  return {
    trackingId: str(tracking.id, '/document/tracking/id'),
    title: str(doc.title, '/document/title'),
    category: str(doc.category, '/document/category'),
    version: str(tracking.version, '/document/tracking/version'),
    status,
    initialReleaseDate: str(
      tracking.initial_release_date,
      '/document/tracking/initial_release_date',
    ),
    currentReleaseDate: str(
      tracking.current_release_date,
      '/document/tracking/current_release_date',
    ),
    publisher: {
      name: str(publisher.name, '/document/publisher/name'),
      namespace: str(publisher.namespace, '/document/publisher/namespace'),
      category: str(publisher.category, '/document/publisher/category'),
    },
    ...(tlp !== undefined ? { tlp } : {}),
    ...(lang !== undefined ? { lang } : {}),
    notes: statements(doc.notes, '/document/notes', 'text'),
    references: statements(doc.references, '/document/references', 'text'),
    revisions: list(tracking.revision_history, '/document/tracking/revision_history').map(
      (r, i) => {
        const at = `/document/tracking/revision_history/${i}`;
        const o = obj(r, at);
        return {
          date: str(o.date, `${at}/date`),
          number: str(o.number, `${at}/number`),
          summary: str(o.summary, `${at}/summary`),
        };
      },
    ),
    products: readProducts(root.product_tree),
    vulnerabilities: list(root.vulnerabilities, '/vulnerabilities').map((v, i) =>
      readVulnerability(v, `/vulnerabilities/${i}`),
    ),
  };
}
