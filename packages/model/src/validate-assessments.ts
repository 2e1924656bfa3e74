/**
 * @module validate-assessments
 * Turns imported rows (parsed CSV or JSON: objects of strings and numbers) into typed
 * Assessments, or refuses the whole batch with ONE `CoopsecError('BAD_INPUT')` whose details
 * list every problem with its row number and field. One error for all problems, because a user
 * fixing a file wants the full list at once, not one round trip per mistake.
 *
 * Fields: country (ISO alpha-2/alpha-3/name, stored as alpha-3), year (integer within
 * `minYear`–`maxYear`), component (a component id), score (0–100), sourceId (required; checked
 * against `sources` when given), evidence (optional text), confidence (high|medium|low,
 * required), kind (measured|estimated; `measured` when the column is absent or empty, since a
 * sourced value is a measurement unless the file says otherwise). Numbers may come as strings
 * ("55", " 55.5 "), as CSV parsers deliver them. Hand checks rather than zod: each message names
 * the row and field in the product's own error shape without an adapter.
 */
import type { Assessment, Confidence, Source, ValueKind } from './assessment.ts';
import { COMPONENT_IDS, isComponentId, type ComponentId } from './components.ts';
import { findCountry } from './countries.ts';
import { CoopsecError, type ErrorDetail } from './errors.ts';

export interface ValidateOptions {
  /** Number given to the first row in messages; 2 for a CSV file whose line 1 is the header. Default 1. */
  readonly firstRow?: number;
  /** When given, `sourceId` must name one of these. */
  readonly sources?: readonly Source[];
  /** Plausible years, inclusive. Default 1990–2100: national cyber-security indices start in the 2010s. */
  readonly minYear?: number;
  readonly maxYear?: number;
  /** The number of each row in messages (a CSV record's file line); overrides `firstRow`. */
  readonly rowNumbers?: readonly number[];
  /** Field names as the user wrote them, for messages: `{ sourceId: 'source' }` for a CSV column. */
  readonly fieldNames?: Readonly<Record<string, string>>;
  /** Problems found before validation (malformed CSV rows), reported with the field problems. */
  readonly problems?: readonly ErrorDetail[];
}

const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const KINDS: readonly ValueKind[] = ['measured', 'estimated'];

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** A number from a number or a numeric string; undefined otherwise. */
function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(v))
    return Number(v);
  return undefined;
}

function show(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v));
}

/**
 * Validates rows into Assessments; throws one BAD_INPUT listing every problem.
 *
 * @example
 * validateAssessmentRows([{ country: 'kg', year: '2020', component: 'regulatory', score: '52',
 *   sourceId: 'paper', confidence: 'medium' }]);
 * // [{ country: 'KGZ', year: 2020, component: 'regulatory', score: 52, kind: 'measured', evidence: '', … }]
 *
 * validateAssessmentRows([{ country: 'KGZ', year: 2020, component: 'regulatory', score: 120, … }]);
 * // throws CoopsecError BAD_INPUT, details: [{ row: 1, field: 'score', message: 'must be between 0 and 100, got 120' }]
 */
export function validateAssessmentRows(
  rows: readonly unknown[],
  options: ValidateOptions = {},
): Assessment[] {
  const firstRow = options.firstRow ?? 1;
  const minYear = options.minYear ?? 1990;
  const maxYear = options.maxYear ?? 2100;
  const details: ErrorDetail[] = [...(options.problems ?? [])];
  const out: Assessment[] = [];
  const seen = new Map<string, number>();

  rows.forEach((raw, i) => {
    const row = options.rowNumbers?.[i] ?? firstRow + i;
    const problem = (field: string, message: string): void => {
      details.push({ row, field: options.fieldNames?.[field] ?? field, message });
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problem('(row)', `expected an object with named fields, got ${show(raw)}`);
      return;
    }
    const r = raw as Record<string, unknown>;
    const before = details.length;

    let country: string | undefined;
    if (isBlank(r.country)) problem('country', 'missing');
    else if (typeof r.country !== 'string')
      problem('country', `expected an ISO 3166-1 code, got ${show(r.country)}`);
    else {
      country = findCountry(r.country)?.alpha3;
      if (country === undefined)
        problem(
          'country',
          `unknown country ${show(r.country)} (use ISO 3166-1 alpha-2 or alpha-3)`,
        );
    }

    let year: number | undefined;
    if (isBlank(r.year)) problem('year', 'missing');
    else {
      const y = toNumber(r.year);
      if (y === undefined || !Number.isInteger(y))
        problem('year', `must be an integer year, got ${show(r.year)}`);
      else if (y < minYear || y > maxYear)
        problem('year', `implausible year ${y} (expected ${minYear}–${maxYear})`);
      else year = y;
    }

    let component: ComponentId | undefined;
    if (isBlank(r.component)) problem('component', 'missing');
    else if (typeof r.component !== 'string' || !isComponentId(r.component.trim())) {
      problem(
        'component',
        `unknown component ${show(r.component)} (known: ${COMPONENT_IDS.join(', ')})`,
      );
    } else component = r.component.trim() as ComponentId;

    let score: number | undefined;
    if (isBlank(r.score)) problem('score', 'missing');
    else {
      const s = toNumber(r.score);
      if (s === undefined) problem('score', `must be a number, got ${show(r.score)}`);
      else if (s < 0 || s > 100) problem('score', `must be between 0 and 100, got ${s}`);
      else score = s;
    }

    let sourceId: string | undefined;
    if (isBlank(r.sourceId)) problem('sourceId', 'missing: every value needs a source');
    else if (typeof r.sourceId !== 'string')
      problem('sourceId', `expected a source id, got ${show(r.sourceId)}`);
    else if (
      options.sources !== undefined &&
      !options.sources.some((s) => s.id === String(r.sourceId).trim())
    ) {
      problem('sourceId', `unknown source ${show(r.sourceId)}`);
    } else sourceId = r.sourceId.trim();

    let evidence = '';
    if (!isBlank(r.evidence)) {
      if (typeof r.evidence !== 'string')
        problem('evidence', `expected text, got ${show(r.evidence)}`);
      else evidence = r.evidence;
    }

    let confidence: Confidence | undefined;
    if (isBlank(r.confidence)) problem('confidence', `missing (one of ${CONFIDENCES.join(', ')})`);
    else if (!CONFIDENCES.includes(r.confidence as Confidence)) {
      problem('confidence', `must be one of ${CONFIDENCES.join(', ')}, got ${show(r.confidence)}`);
    } else confidence = r.confidence as Confidence;

    let kind: ValueKind = 'measured';
    if (!isBlank(r.kind)) {
      if (!KINDS.includes(r.kind as ValueKind))
        problem('kind', `must be one of ${KINDS.join(', ')}, got ${show(r.kind)}`);
      else kind = r.kind as ValueKind;
    }

    if (country !== undefined && year !== undefined && component !== undefined) {
      const key = `${country}/${year}/${component}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problem(
          'component',
          `duplicated (country, year, component) ${key}: already in row ${earlier}`,
        );
      else seen.set(key, row);
    }

    if (
      details.length === before &&
      country !== undefined &&
      year !== undefined &&
      component !== undefined &&
      score !== undefined &&
      sourceId !== undefined &&
      confidence !== undefined
    ) {
      out.push({ country, year, component, score, sourceId, evidence, confidence, kind });
    }
  });

  if (details.length > 0) {
    details.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const rowsWithProblems = new Set(details.map((d) => d.row)).size;
    const unreadRows = new Set((options.problems ?? []).map((d) => d.row)).size;
    throw new CoopsecError(
      'BAD_INPUT',
      `${details.length} problem(s) in ${rowsWithProblems} of ${rows.length + unreadRows} row(s); nothing was imported`,
      { details },
    );
  }
  return out;
}
