/**
 * @module standards/csf-oscal
 * Turns NIST's OSCAL XML catalogue of CSF 2.0 into our compact catalogue data. Pure: the
 * caller (scripts/generate-csf.ts, tests) reads the file; this module only parses text.
 *
 * The reader is a small tolerant XML tokenizer (elements, attributes, text; comments,
 * processing instructions and CDATA handled; no DTDs, no namespaces resolved) — enough for
 * OSCAL catalogues without adding a dependency.
 *
 * Withdrawn elements: the OSCAL file keeps the CSF 1.1 categories and subcategories that
 * CSF 2.0 withdrew (34 categories and 185 subcategories in all, FACTS.md §4). It has no
 * `status` prop for them; what marks them is that a withdrawn category has an empty
 * statement and a withdrawn subcategory has neither implementation examples nor a
 * `risk-party` prop (every CSF 2.0 subcategory has at least one example, NIST CSWP 29 and
 * its Implementation Examples). The counts are checked against FACTS.md §4 on every run.
 *
 * @example
 * const data = parseCsfOscalXml(xmlText, { file: 'NIST_CSF_v2.0_catalog.xml' });
 * data.functions.length; // 6
 */
import { CoopsecError } from '../errors.ts';

/** One element of the XML tree. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

/** Strips a namespace prefix: `o:control` → `control`. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/**
 * Parses XML text into a tree. Tolerant: unknown entities stay as written, a stray closing
 * tag is an error (the file would be corrupt), comments and processing instructions vanish.
 */
export function parseXml(text: string): XmlElement {
  const root: { name: string; attributes: Record<string, string>; children: XmlNode[] } = {
    name: '#document',
    attributes: {},
    children: [],
  };
  const stack = [root];
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let last = 0;
  for (let match = tag.exec(text); match !== null; match = tag.exec(text)) {
    const top = stack[stack.length - 1] ?? root;
    if (match.index > last) top.children.push(decodeEntities(text.slice(last, match.index)));
    last = tag.lastIndex;
    const [, cdata, closing, opening, attrText, selfClosing] = match;
    if (cdata !== undefined) {
      top.children.push(cdata);
    } else if (closing !== undefined) {
      if (stack.length <= 1 || top.name !== localName(closing)) {
        throw new CoopsecError(
          'BAD_INPUT',
          `XML: unexpected </${closing}> at offset ${match.index}`,
        );
      }
      stack.pop();
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const attr of (attrText ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const [, key, dq, sq] = attr;
        if (key !== undefined) attributes[localName(key)] = decodeEntities(dq ?? sq ?? '');
      }
      const element = { name: localName(opening), attributes, children: [] as XmlNode[] };
      top.children.push(element);
      if (selfClosing !== '/') stack.push(element);
    }
  }
  if (stack.length !== 1) {
    throw new CoopsecError(
      'BAD_INPUT',
      `XML: <${stack[stack.length - 1]?.name ?? '?'}> is never closed`,
    );
  }
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (first === undefined) throw new CoopsecError('BAD_INPUT', 'XML: no root element');
  return first;
}

function elements(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Text content with whitespace collapsed (OSCAL wraps long statements over several lines). */
function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  const raw = typeof node === 'string' ? node : node.children.map(textOf).join('');
  return raw.replace(/\s+/g, ' ').trim();
}

function prop(node: XmlElement, name: string): string | undefined {
  return elements(node, 'prop').find((p) => p.attributes.name === name)?.attributes.value;
}

function statementOf(node: XmlElement): string {
  return textOf(elements(node, 'part').find((p) => p.attributes.name === 'statement'));
}

// ---------------------------------------------------------------------------------------------
// The compact catalogue data written to src/standards/data/csf-2.0.json.

export interface CsfSubcategoryData {
  readonly id: string;
  readonly statement: string;
}
export interface CsfCategoryData {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly subcategories: readonly CsfSubcategoryData[];
}
export interface CsfFunctionData {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly categories: readonly CsfCategoryData[];
}
export interface CsfCatalogData {
  readonly source: {
    readonly file: string;
    readonly title: string;
    readonly publisher: string;
    readonly version: string;
    readonly frameworkVersion: string;
    readonly published: string;
    readonly lastModified: string;
    readonly oscalVersion: string;
    readonly licence: string;
    readonly withdrawnRule: string;
  };
  readonly counts: {
    readonly functions: number;
    readonly categories: number;
    readonly subcategories: number;
    readonly withdrawnCategories: number;
    readonly withdrawnSubcategories: number;
  };
  readonly functions: readonly CsfFunctionData[];
  /** CSF 1.1 identifiers kept in the OSCAL file but withdrawn from CSF 2.0. */
  readonly withdrawn: readonly string[];
}

/** FACTS.md §4: the counts a correct CSF 2.0 catalogue has. */
export const CSF_EXPECTED_COUNTS = {
  functions: 6,
  categories: 22,
  subcategories: 106,
  perFunction: { GV: 31, ID: 21, PR: 22, DE: 11, RS: 13, RC: 8 },
  allCategories: 34,
  allSubcategories: 185,
} as const;

const WITHDRAWN_RULE =
  'category: empty statement; subcategory: no implementation example and no risk-party prop';

function sortKey(node: XmlElement): string {
  return prop(node, 'sort-id') ?? node.attributes.id ?? '';
}
function bySortId(a: XmlElement, b: XmlElement): number {
  return sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0;
}

function isActiveSubcategory(node: XmlElement): boolean {
  const hasExample = elements(node, 'part').some((p) => p.attributes.name === 'example');
  return hasExample || prop(node, 'risk-party') !== undefined;
}

/**
 * Parses NIST's OSCAL CSF 2.0 catalogue and checks the result against FACTS.md §4.
 * Throws CoopsecError('BAD_INPUT') if the counts differ (wrong file or changed rule).
 */
export function parseCsfOscalXml(xml: string, options: { file: string }): CsfCatalogData {
  const catalog = parseXml(xml);
  if (catalog.name !== 'catalog') {
    throw new CoopsecError(
      'BAD_INPUT',
      `${options.file}: root element is <${catalog.name}>, not an OSCAL <catalog>`,
    );
  }
  const metadata = elements(catalog, 'metadata')[0];
  if (metadata === undefined) throw new CoopsecError('BAD_INPUT', `${options.file}: no <metadata>`);
  const withdrawn: string[] = [];
  let allCategories = 0;
  let allSubcategories = 0;
  const functions: CsfFunctionData[] = elements(catalog, 'group')
    .filter((g) => g.attributes.class === 'function')
    .sort(bySortId)
    .map((group) => {
      const categories: CsfCategoryData[] = [];
      for (const category of elements(group, 'control').sort(bySortId)) {
        allCategories += 1;
        const subs = elements(category, 'control').sort(bySortId);
        allSubcategories += subs.length;
        const categoryId = category.attributes.id ?? '';
        if (statementOf(category) === '') {
          withdrawn.push(categoryId, ...subs.map((s) => s.attributes.id ?? ''));
          continue;
        }
        const active = subs.filter(isActiveSubcategory);
        withdrawn.push(
          ...subs.filter((s) => !isActiveSubcategory(s)).map((s) => s.attributes.id ?? ''),
        );
        categories.push({
          id: categoryId,
          title: textOf(elements(category, 'title')[0]),
          statement: statementOf(category),
          subcategories: active.map((s) => ({
            id: s.attributes.id ?? '',
            statement: statementOf(s),
          })),
        });
      }
      return {
        id: group.attributes.id ?? '',
        title: textOf(elements(group, 'title')[0]),
        statement: textOf(elements(group, 'part').find((p) => p.attributes.name === 'overview')),
        categories,
      };
    });
  const subcategoryCount = (f: CsfFunctionData) =>
    f.categories.reduce((n, c) => n + c.subcategories.length, 0);
  const data: CsfCatalogData = {
    source: {
      file: options.file,
      title: textOf(elements(metadata, 'title')[0]),
      publisher: 'National Institute of Standards and Technology (NIST)',
      version: textOf(elements(metadata, 'version')[0]),
      frameworkVersion: prop(metadata, 'framework-version-identifier') ?? '',
      published: textOf(elements(metadata, 'published')[0]),
      lastModified: textOf(elements(metadata, 'last-modified')[0]),
      oscalVersion: textOf(elements(metadata, 'oscal-version')[0]),
      licence:
        'Public domain in the United States (work of the US Government); CC0 1.0 Universal worldwide (LICENSE.md beside the file)',
      withdrawnRule: WITHDRAWN_RULE,
    },
    counts: {
      functions: functions.length,
      categories: functions.reduce((n, f) => n + f.categories.length, 0),
      subcategories: functions.reduce((n, f) => n + subcategoryCount(f), 0),
      withdrawnCategories: allCategories - functions.reduce((n, f) => n + f.categories.length, 0),
      withdrawnSubcategories:
        allSubcategories - functions.reduce((n, f) => n + subcategoryCount(f), 0),
    },
    functions,
    withdrawn,
  };
  checkCounts(data, { allCategories, allSubcategories, file: options.file });
  return data;
}

function checkCounts(
  data: CsfCatalogData,
  all: { allCategories: number; allSubcategories: number; file: string },
): void {
  const problems: string[] = [];
  const expect = (what: string, got: number, want: number) => {
    if (got !== want) problems.push(`${what}: got ${got}, expected ${want}`);
  };
  expect('functions', data.counts.functions, CSF_EXPECTED_COUNTS.functions);
  expect('categories', data.counts.categories, CSF_EXPECTED_COUNTS.categories);
  expect('subcategories', data.counts.subcategories, CSF_EXPECTED_COUNTS.subcategories);
  expect('categories incl. withdrawn', all.allCategories, CSF_EXPECTED_COUNTS.allCategories);
  expect(
    'subcategories incl. withdrawn',
    all.allSubcategories,
    CSF_EXPECTED_COUNTS.allSubcategories,
  );
  for (const [fn, want] of Object.entries(CSF_EXPECTED_COUNTS.perFunction)) {
    const f = data.functions.find((x) => x.id === fn);
    expect(
      `${fn} subcategories`,
      f?.categories.reduce((n, c) => n + c.subcategories.length, 0) ?? 0,
      want,
    );
  }
  if (problems.length > 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      `${all.file}: not the CSF 2.0 catalogue FACTS.md §4 describes`,
      {
        details: problems.map((message) => ({ record: all.file, message })),
      },
    );
  }
}

/** The exact text of the committed JSON file (stable key order, 2-space indent, final newline). */
export function serialiseCsfCatalog(data: CsfCatalogData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
