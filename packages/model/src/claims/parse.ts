/**
 * @module claims/parse
 * Reads claims written as JSON (by users, or stored) into the typed claim language, refusing
 * anything the evaluator could misread: unknown kinds, components, countries, GCI editions,
 * years out of range, unknown fields (a misspelt field would otherwise be ignored and the
 * claim evaluated without it). All problems come back in ONE `CoopsecError('BAD_INPUT')`,
 * each with its JSON path and field.
 *
 * Format: a claim record `{ id, quote, source: { id, section?, line? }, reading?, note?, claim }`
 * where `claim` is `{ kind, ... }` as in `claims/types.ts`. Countries may be given as alpha-2,
 * alpha-3 or name and are stored as alpha-3. `tolerance` defaults to 0; a GCI score's `scale`
 * defaults to the edition's own scale.
 */
import { COMPONENT_IDS, isComponentId, type ComponentId } from '../components.ts';
import { findCountry } from '../countries.ts';
import { GCI_EDITIONS, type GciEdition, type GciScale } from '../data/gci.ts';
import { CoopsecError, type ErrorDetail } from '../errors.ts';
import {
  CLAIM_KINDS,
  MEASURED_CLAIM_MEASURES,
  type Claim,
  type ClaimKind,
  type ClaimRecord,
} from './types.ts';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const FIELDS: Readonly<Record<ClaimKind, readonly string[]>> = {
  'growth-extreme': ['country', 'components', 'extreme', 'measure', 'from', 'to'],
  'level-extreme': ['country', 'components', 'extreme', 'year'],
  'growth-compare': ['country', 'greater', 'lesser', 'measure', 'from', 'to'],
  value: ['country', 'component', 'from', 'to', 'fromValue', 'toValue', 'tolerance'],
  'gci-score': ['country', 'edition', 'value', 'scale', 'tolerance'],
  'gci-rank': ['country', 'edition', 'rank', 'tolerance'],
  'gci-participation': ['country', 'editions', 'participated', 'sense'],
  coverage: ['country', 'from', 'to', 'mode', 'components'],
  measured: ['country', 'measure', 'comparison', 'value', 'tolerance'],
};
const OPTIONAL = new Set(['tolerance', 'scale']);

/** Collects problems while reading one object; every getter returns undefined on a problem. */
class Reader {
  constructor(
    private readonly obj: Record<string, unknown>,
    private readonly path: string,
    private readonly details: ErrorDetail[],
    private readonly record: string | undefined,
  ) {}

  problem(field: string, message: string): undefined {
    this.details.push({
      path: `${this.path}.${field}`,
      field,
      message,
      ...(this.record !== undefined ? { record: this.record } : {}),
    });
    return undefined;
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined;
  }

  raw(field: string): unknown {
    return this.obj[field];
  }

  string(field: string): string | undefined {
    const v = this.obj[field];
    if (typeof v !== 'string' || v.trim() === '')
      return this.problem(field, `required text, got ${JSON.stringify(v) ?? 'nothing'}`);
    return v;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const v = this.obj[field];
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      return this.problem(
        field,
        `must be one of ${allowed.join(', ')}, got ${JSON.stringify(v) ?? 'nothing'}`,
      );
    }
    return v as T;
  }

  number(
    field: string,
    check: { min?: number; max?: number; integer?: boolean } = {},
  ): number | undefined {
    const v = this.obj[field];
    if (typeof v !== 'number' || !Number.isFinite(v))
      return this.problem(field, `must be a number, got ${JSON.stringify(v) ?? 'nothing'}`);
    if (check.integer === true && !Number.isInteger(v))
      return this.problem(field, `must be an integer, got ${v}`);
    if (check.min !== undefined && v < check.min)
      return this.problem(field, `must be at least ${check.min}, got ${v}`);
    if (check.max !== undefined && v > check.max)
      return this.problem(field, `must be at most ${check.max}, got ${v}`);
    return v;
  }

  year(field: string): number | undefined {
    return this.number(field, { integer: true, min: MIN_YEAR, max: MAX_YEAR });
  }

  boolean(field: string): boolean | undefined {
    const v = this.obj[field];
    if (typeof v !== 'boolean')
      return this.problem(field, `must be true or false, got ${JSON.stringify(v) ?? 'nothing'}`);
    return v;
  }

  component(field: string): ComponentId | undefined {
    const v = this.obj[field];
    if (typeof v !== 'string' || !isComponentId(v)) {
      return this.problem(
        field,
        `unknown component ${JSON.stringify(v) ?? 'nothing'} (known: ${COMPONENT_IDS.join(', ')})`,
      );
    }
    return v;
  }

  components(field: string): ComponentId[] | undefined {
    const v = this.obj[field];
    if (!Array.isArray(v) || v.length === 0)
      return this.problem(field, 'must be a non-empty list of components');
    const out: ComponentId[] = [];
    v.forEach((c: unknown, i) => {
      if (typeof c !== 'string' || !isComponentId(c)) {
        this.problem(
          `${field}[${i}]`,
          `unknown component ${JSON.stringify(c)} (known: ${COMPONENT_IDS.join(', ')})`,
        );
      } else if (out.includes(c)) this.problem(`${field}[${i}]`, `${c} is listed twice`);
      else out.push(c);
    });
    return out.length === v.length ? out : undefined;
  }

  country(field: string): string | undefined {
    const v = this.obj[field];
    const country = typeof v === 'string' ? findCountry(v) : undefined;
    if (country === undefined)
      return this.problem(
        field,
        `unknown country ${JSON.stringify(v) ?? 'nothing'} (use ISO 3166-1 alpha-2 or alpha-3)`,
      );
    return country.alpha3;
  }

  edition(field: string, value: unknown = this.obj[field]): GciEdition | undefined {
    if (typeof value !== 'number' || !(GCI_EDITIONS as readonly number[]).includes(value)) {
      return this.problem(
        field,
        `unknown GCI edition ${JSON.stringify(value) ?? 'nothing'} (known: ${GCI_EDITIONS.join(', ')})`,
      );
    }
    return value as GciEdition;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads one claim, pushing problems into `details`; returns undefined when it has any. */
function readClaim(
  input: unknown,
  path: string,
  details: ErrorDetail[],
  record?: string,
): Claim | undefined {
  const at = (field: string, message: string): undefined => {
    details.push({
      path: field === '' ? path : `${path}.${field}`,
      field: field || '(claim)',
      message,
      ...(record !== undefined ? { record } : {}),
    });
    return undefined;
  };
  if (!isObject(input))
    return at('', `expected a claim object, got ${JSON.stringify(input) ?? 'nothing'}`);
  const kind = input.kind;
  if (typeof kind !== 'string' || !(CLAIM_KINDS as readonly string[]).includes(kind)) {
    return at(
      'kind',
      `unknown claim kind ${JSON.stringify(kind) ?? 'nothing'} (known: ${CLAIM_KINDS.join(', ')})`,
    );
  }
  const k = kind as ClaimKind;
  const before = details.length;
  const r = new Reader(input, path, details, record);
  for (const field of Object.keys(input)) {
    if (field !== 'kind' && !FIELDS[k].includes(field))
      r.problem(field, `unknown field for a ${k} claim (allowed: ${FIELDS[k].join(', ')})`);
  }
  const country = r.country('country');
  let claim: Claim | undefined;
  switch (k) {
    case 'growth-extreme':
    case 'level-extreme': {
      const components = r.components('components');
      const extreme = r.oneOf('extreme', ['highest', 'lowest'] as const);
      if (k === 'level-extreme') {
        const year = r.year('year');
        if (country && components && extreme && year !== undefined)
          claim = { kind: k, country, components, extreme, year };
        break;
      }
      const measure = r.oneOf('measure', ['absolute', 'relative'] as const);
      const from = r.year('from');
      const to = r.year('to');
      if (from !== undefined && to !== undefined && from >= to)
        r.problem('to', `must be after from (${from}), got ${to}`);
      if (country && components && extreme && measure && from !== undefined && to !== undefined) {
        claim = { kind: k, country, components, extreme, measure, from, to };
      }
      break;
    }
    case 'growth-compare': {
      const greater = r.component('greater');
      const lesser = r.component('lesser');
      if (greater !== undefined && greater === lesser)
        r.problem('lesser', 'must differ from greater');
      const measure = r.oneOf('measure', ['absolute', 'relative'] as const);
      const from = r.year('from');
      const to = r.year('to');
      if (from !== undefined && to !== undefined && from >= to)
        r.problem('to', `must be after from (${from}), got ${to}`);
      if (country && greater && lesser && measure && from !== undefined && to !== undefined) {
        claim = { kind: k, country, greater, lesser, measure, from, to };
      }
      break;
    }
    case 'value': {
      const component = r.component('component');
      const from = r.year('from');
      const to = r.year('to');
      if (from !== undefined && to !== undefined && from >= to)
        r.problem('to', `must be after from (${from}), got ${to}`);
      const fromValue = r.number('fromValue', { min: 0, max: 100 });
      const toValue = r.number('toValue', { min: 0, max: 100 });
      const tolerance = r.has('tolerance') ? r.number('tolerance', { min: 0 }) : 0;
      if (
        country &&
        component &&
        from !== undefined &&
        to !== undefined &&
        fromValue !== undefined &&
        toValue !== undefined &&
        tolerance !== undefined
      ) {
        claim = { kind: k, country, component, from, to, fromValue, toValue, tolerance };
      }
      break;
    }
    case 'gci-score': {
      const edition = r.edition('edition');
      const scale: GciScale | undefined = r.has('scale')
        ? r.oneOf('scale', ['0-1', '0-100'] as const)
        : edition !== undefined
          ? edition <= 2018
            ? '0-1'
            : '0-100'
          : undefined;
      const value = r.number('value', { min: 0, max: scale === '0-1' ? 1 : 100 });
      const tolerance = r.has('tolerance') ? r.number('tolerance', { min: 0 }) : 0;
      if (country && edition && scale && value !== undefined && tolerance !== undefined) {
        claim = { kind: k, country, edition, value, scale, tolerance };
      }
      break;
    }
    case 'gci-rank': {
      const edition = r.edition('edition');
      const rank = r.number('rank', { integer: true, min: 1 });
      const tolerance = r.has('tolerance') ? r.number('tolerance', { min: 0, integer: true }) : 0;
      if (country && edition && rank !== undefined && tolerance !== undefined)
        claim = { kind: k, country, edition, rank, tolerance };
      break;
    }
    case 'gci-participation': {
      const raw = r.raw('editions');
      let editions: GciEdition[] | undefined;
      if (!Array.isArray(raw) || raw.length === 0)
        r.problem('editions', 'must be a non-empty list of GCI editions');
      else {
        const list = raw.map((e: unknown, i) => r.edition(`editions[${i}]`, e));
        const valid = list.filter((e): e is GciEdition => e !== undefined);
        editions = valid.length === list.length ? valid : undefined;
      }
      const participated = r.boolean('participated');
      const sense = r.oneOf('sense', ['scored', 'answered-questionnaire'] as const);
      if (country && editions && participated !== undefined && sense)
        claim = { kind: k, country, editions, participated, sense };
      break;
    }
    case 'coverage': {
      const from = r.year('from');
      const to = r.year('to');
      if (from !== undefined && to !== undefined && from > to)
        r.problem('to', `must not be before from (${from}), got ${to}`);
      const mode = r.oneOf('mode', ['endpoints', 'every-year'] as const);
      const components = r.has('components') ? r.components('components') : undefined;
      if (
        country &&
        from !== undefined &&
        to !== undefined &&
        mode &&
        (!r.has('components') || components)
      ) {
        claim = {
          kind: k,
          country,
          from,
          to,
          mode,
          ...(components !== undefined ? { components } : {}),
        };
      }
      break;
    }
    case 'measured': {
      const measure = r.oneOf('measure', MEASURED_CLAIM_MEASURES);
      const comparison = r.oneOf('comparison', ['at-least', 'at-most', 'equals'] as const);
      const value = r.number('value', { min: 0 });
      const tolerance = r.has('tolerance') ? r.number('tolerance', { min: 0 }) : 0;
      if (country && measure && comparison && value !== undefined && tolerance !== undefined)
        claim = { kind: k, country, measure, comparison, value, tolerance };
      break;
    }
  }
  for (const field of FIELDS[k]) {
    if (
      !OPTIONAL.has(field) &&
      !(k === 'coverage' && field === 'components') &&
      !r.has(field) &&
      !details.some((d) => d.path === `${path}.${field}`)
    ) {
      r.problem(field, 'missing');
    }
  }
  return details.length === before ? claim : undefined;
}

/**
 * Parses one claim (`{ kind, ... }`); throws one BAD_INPUT listing every problem.
 *
 * @example
 * parseClaim({ kind: 'growth-compare', country: 'kg', greater: 'cooperation', lesser: 'infrastructure',
 *   measure: 'relative', from: 2020, to: 2024 }).country; // 'KGZ'
 * parseClaim({ kind: 'level-extreme', country: 'KGZ', components: ['literacy'], extreme: 'lowest', year: 2024 });
 * // throws BAD_INPUT, details: [{ path: 'claim.components[0]', field: 'components[0]', message: 'unknown component "literacy" …' }]
 */
export function parseClaim(input: unknown): Claim {
  const details: ErrorDetail[] = [];
  const claim = readClaim(input, 'claim', details);
  if (claim === undefined || details.length > 0) {
    throw new CoopsecError('BAD_INPUT', `invalid claim (${details.length} problem(s))`, {
      details,
    });
  }
  return claim;
}

/**
 * Parses claim records: an array, or an object `{ claims: [...] }` (the JSON file format).
 * Ids must be unique lower-case slugs. Throws one BAD_INPUT listing every problem.
 *
 * @example
 * parseClaimRecords({ claims: [{ id: 'my-claim', quote: 'Cooperation grew most', source: { id: 'my-report' },
 *   claim: { kind: 'growth-extreme', country: 'KGZ', components: ['cooperation'], extreme: 'highest', measure: 'absolute', from: 2020, to: 2024 } }] });
 */
export function parseClaimRecords(input: unknown): ClaimRecord[] {
  const details: ErrorDetail[] = [];
  const list = Array.isArray(input)
    ? input
    : isObject(input) && Array.isArray(input.claims)
      ? input.claims
      : undefined;
  if (list === undefined) {
    throw new CoopsecError('BAD_INPUT', 'expected a list of claim records or { "claims": [...] }', {
      details: [{ path: 'claims', field: 'claims', message: 'not a list' }],
    });
  }
  const prefix = Array.isArray(input) ? '' : 'claims';
  const out: ClaimRecord[] = [];
  const seen = new Set<string>();
  (list as unknown[]).forEach((item, i) => {
    const path = `${prefix}[${i}]`;
    if (!isObject(item)) {
      details.push({ path, field: '(record)', message: 'expected a claim record object' });
      return;
    }
    const id = typeof item.id === 'string' ? item.id : undefined;
    const r = new Reader(item, path, details, id);
    const before = details.length;
    for (const field of Object.keys(item)) {
      if (!['id', 'quote', 'source', 'reading', 'note', 'claim'].includes(field))
        r.problem(field, 'unknown field of a claim record');
    }
    if (id === undefined || !/^[a-z0-9][a-z0-9-]*$/.test(id))
      r.problem('id', `must be a lower-case slug, got ${JSON.stringify(item.id) ?? 'nothing'}`);
    else if (seen.has(id)) r.problem('id', `duplicated id ${id}`);
    else seen.add(id);
    const quote = r.string('quote');
    let source: ClaimRecord['source'] | undefined;
    if (!isObject(item.source)) r.problem('source', 'required: { id, section?, line? }');
    else {
      const s = new Reader(item.source, `${path}.source`, details, id);
      const sid = s.string('id');
      const section = s.has('section') ? s.string('section') : undefined;
      const line = s.has('line') ? s.number('line', { integer: true, min: 1 }) : undefined;
      if (sid !== undefined)
        source = {
          id: sid,
          ...(section !== undefined ? { section } : {}),
          ...(line !== undefined ? { line } : {}),
        };
    }
    const reading = item.reading === undefined ? undefined : r.string('reading');
    const note = item.note === undefined ? undefined : r.string('note');
    const claim = readClaim(item.claim, `${path}.claim`, details, id);
    if (
      details.length === before &&
      id !== undefined &&
      quote !== undefined &&
      source !== undefined &&
      claim !== undefined
    ) {
      out.push({
        id,
        quote,
        source,
        ...(reading !== undefined ? { reading } : {}),
        ...(note !== undefined ? { note } : {}),
        claim,
      });
    }
  });
  if (details.length > 0) {
    throw new CoopsecError('BAD_INPUT', `invalid claims (${details.length} problem(s))`, {
      details,
    });
  }
  return out;
}
