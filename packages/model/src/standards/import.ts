/**
 * @module standards/import
 * Import of a catalogue the user holds under licence (e.g. ISO's own text), from an OSCAL
 * JSON catalog or a CSV with the header `id,title,parent`. The product never ships such text;
 * imported catalogues stay with the user. Validation refuses a malformed file whole, with one
 * detail per bad record (CoopsecError BAD_INPUT).
 *
 * @example
 * importCatalogue({ framework: 'iso27001-2022', format: 'csv', text: 'id,title,parent\n5,Org,\n5.1,Policies,5\n' });
 */
import type { ErrorDetail } from '../errors.ts';
import { CoopsecError } from '../errors.ts';
import { findElement, normaliseElementId } from './catalogue.ts';
import type { Catalogue, CatalogueElement, ElementKind, FrameworkId } from './types.ts';

export interface ImportCatalogueOptions {
  readonly framework: FrameworkId;
  readonly format: 'oscal-json' | 'csv';
  readonly text: string;
  /** Name shown in errors and kept as the catalogue's source. */
  readonly sourceName?: string;
  /** Refuse ids the built-in catalogue of the framework does not have (default true). */
  readonly requireKnownIds?: boolean;
}

interface RawRecord {
  readonly id: string;
  readonly title: string;
  readonly parent?: string;
  readonly statement?: string;
  readonly where: string;
}

/** Minimal RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCatalogueCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function fromCsv(text: string): RawRecord[] {
  const [header, ...rows] = parseCatalogueCsv(text);
  const cols = (header ?? []).map((h) => h.trim().toLowerCase());
  const idCol = cols.indexOf('id');
  const titleCol = cols.indexOf('title');
  const parentCol = cols.indexOf('parent');
  if (idCol < 0 || titleCol < 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      'catalogue CSV: the header must name the columns id,title[,parent]',
      {
        details: [{ row: 1, message: `got header "${(header ?? []).join(',')}"` }],
      },
    );
  }
  return rows.map((r, i) => ({
    id: (r[idCol] ?? '').trim(),
    title: (r[titleCol] ?? '').trim(),
    parent:
      parentCol >= 0 && (r[parentCol] ?? '').trim() !== ''
        ? (r[parentCol] ?? '').trim()
        : undefined,
    where: `row ${i + 2}`,
  }));
}

interface OscalPart {
  name?: unknown;
  prose?: unknown;
  parts?: unknown;
}
interface OscalNode {
  id?: unknown;
  title?: unknown;
  controls?: unknown;
  groups?: unknown;
  parts?: unknown;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function statementProse(node: OscalNode): string | undefined {
  const statement = asArray(node.parts).find((p) => (p as OscalPart).name === 'statement') as
    OscalPart | undefined;
  if (statement === undefined) return undefined;
  const texts: string[] = [];
  const walk = (part: OscalPart) => {
    if (typeof part.prose === 'string') texts.push(part.prose);
    for (const child of asArray(part.parts)) walk(child as OscalPart);
  };
  walk(statement);
  return texts.join(' ').trim() || undefined;
}

/** OSCAL 1.x catalog JSON: `{ catalog: { groups: [{ id, title, controls: [...] }], controls } }`. */
function fromOscalJson(text: string): RawRecord[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new CoopsecError(
      'BAD_INPUT',
      `catalogue JSON does not parse: ${(error as Error).message}`,
    );
  }
  const catalog = (doc as { catalog?: OscalNode } | null)?.catalog;
  if (catalog === undefined || typeof catalog !== 'object') {
    throw new CoopsecError('BAD_INPUT', 'not an OSCAL catalog: no top-level "catalog" object');
  }
  const out: RawRecord[] = [];
  const walk = (node: OscalNode, parent: string | undefined, path: string) => {
    const id = typeof node.id === 'string' ? node.id : '';
    const title = typeof node.title === 'string' ? node.title : '';
    out.push({ id, title, parent, statement: statementProse(node), where: path });
    asArray(node.groups).forEach((g, i) => walk(g as OscalNode, id, `${path}.groups[${i}]`));
    asArray(node.controls).forEach((c, i) => walk(c as OscalNode, id, `${path}.controls[${i}]`));
  };
  asArray(catalog.groups).forEach((g, i) =>
    walk(g as OscalNode, undefined, `catalog.groups[${i}]`),
  );
  asArray(catalog.controls).forEach((c, i) =>
    walk(c as OscalNode, undefined, `catalog.controls[${i}]`),
  );
  return out;
}

function kindFor(framework: FrameworkId, id: string, hasParent: boolean): ElementKind {
  const builtIn = findElement(framework, id);
  if (builtIn !== undefined) return builtIn.kind;
  if (framework === 'iso27001-2013') return hasParent ? 'control' : 'domain';
  if (framework === 'iso27001-2022') return hasParent ? 'control' : 'theme';
  return hasParent ? (id.includes('-') ? 'subcategory' : 'category') : 'function';
}

/**
 * Reads and validates a user-held catalogue. Rules: every record has an id and a title, ids
 * are unique, a parent names a record in the same file, and (unless `requireKnownIds` is
 * false) every id exists in the built-in catalogue of the framework, so mappings stay valid.
 */
export function importCatalogue(options: ImportCatalogueOptions): Catalogue {
  const source = options.sourceName ?? `imported ${options.format}`;
  const raw = options.format === 'csv' ? fromCsv(options.text) : fromOscalJson(options.text);
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  const records = raw.map((r) => ({
    ...r,
    id: r.id === '' ? '' : normaliseElementId(options.framework, r.id),
    parent: r.parent === undefined ? undefined : normaliseElementId(options.framework, r.parent),
  }));
  for (const r of records) {
    if (r.id === '') details.push({ record: r.where, field: 'id', message: 'missing id' });
    else if (seen.has(r.id))
      details.push({ record: r.id, path: r.where, message: 'duplicated id' });
    seen.add(r.id);
    if (r.title === '')
      details.push({ record: r.id || r.where, field: 'title', message: 'missing title' });
    if (
      r.id !== '' &&
      options.requireKnownIds !== false &&
      findElement(options.framework, r.id) === undefined
    ) {
      details.push({ record: r.id, path: r.where, message: `unknown ${options.framework} id` });
    }
  }
  for (const r of records) {
    if (r.parent !== undefined && !seen.has(r.parent)) {
      details.push({
        record: r.id,
        field: 'parent',
        message: `parent "${r.parent}" is not in the file`,
      });
    }
  }
  if (records.length === 0) details.push({ record: source, message: 'no records' });
  if (details.length > 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      `${source}: ${details.length} problem(s) in the catalogue`,
      { details },
    );
  }
  const elements: CatalogueElement[] = records.map((r) => ({
    id: r.id,
    kind: kindFor(options.framework, r.id, r.parent !== undefined),
    title: r.title,
    ...(r.parent !== undefined ? { parent: r.parent } : {}),
    ...(r.statement !== undefined ? { statement: r.statement } : {}),
  }));
  return {
    framework: options.framework,
    title: `${options.framework} (${source})`,
    source,
    elements,
  };
}
