/**
 * @module mapping/parse
 * Reads user-supplied crosswalks and policy mappings (already JSON-parsed values) into typed
 * records, then validates them with the same rules as the built-in data. Anything malformed
 * is refused with CoopsecError('BAD_INPUT') naming the record and the reason.
 *
 * @example
 * parseCrosswalk(JSON.parse(text)); // Crosswalk, or throws BAD_INPUT
 */
import type { ErrorDetail } from '../errors.ts';
import { CoopsecError } from '../errors.ts';
import { isFrameworkId } from '../standards/types.ts';
import type { Crosswalk, CrosswalkLink } from './olir.ts';
import { validateCrosswalk } from './olir.ts';
import type { PolicyMapping, PolicyMappingRow } from './policy.ts';
import { validatePolicyMapping } from './policy.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function refuse(what: string, details: ErrorDetail[]): never {
  throw new CoopsecError('BAD_INPUT', `${what}: ${details.length} problem(s)`, { details });
}

/** `{ id, from, to, title?, source?, links: [{ from, to, relationship, rationale, strength, note }] }` */
export function parseCrosswalk(value: unknown): Crosswalk {
  if (!isObj(value)) refuse('crosswalk', [{ message: 'expected a JSON object' }]);
  const id = str(value.id) || 'crosswalk';
  const details: ErrorDetail[] = [];
  for (const field of ['from', 'to'] as const) {
    if (!isFrameworkId(str(value[field]))) {
      details.push({ record: id, field, message: `unknown framework "${String(value[field])}"` });
    }
  }
  if (!Array.isArray(value.links))
    details.push({ record: id, field: 'links', message: 'expected an array of links' });
  if (details.length > 0) refuse(`crosswalk ${id}`, details);
  const links = (value.links as unknown[]).map((raw): CrosswalkLink => {
    const l = isObj(raw) ? raw : {};
    return {
      from: str(l.from),
      to: str(l.to),
      relationship: str(l.relationship) as CrosswalkLink['relationship'],
      rationale: str(l.rationale) as CrosswalkLink['rationale'],
      strength: typeof l.strength === 'number' ? l.strength : Number.NaN,
      note: str(l.note),
    };
  });
  const crosswalk = {
    id,
    from: str(value.from) as Crosswalk['from'],
    to: str(value.to) as Crosswalk['to'],
    title: str(value.title) || id,
    source: str(value.source) || 'user file',
    links,
  };
  validateCrosswalk(crosswalk);
  return crosswalk;
}

/** The JSON shape of PolicyMapping (see mapping/policy.ts); `isoFramework` defaults to 2013. */
export function parsePolicyMapping(value: unknown): PolicyMapping {
  if (!isObj(value)) refuse('policy mapping', [{ message: 'expected a JSON object' }]);
  const country = str(value.country).toUpperCase();
  const details: ErrorDetail[] = [];
  if (!/^[A-Z]{3}$/.test(country))
    details.push({ field: 'country', message: 'expected an ISO 3166-1 alpha-3 code' });
  if (!Array.isArray(value.rows))
    details.push({ field: 'rows', message: 'expected an array of rows' });
  if (details.length > 0) refuse('policy mapping', details);
  const rows = (value.rows as unknown[]).map((raw, i): PolicyMappingRow => {
    const r = isObj(raw) ? raw : {};
    const inst = isObj(r.instrument) ? r.instrument : {};
    const id = str(inst.id) || `row-${i + 1}`;
    if (str(inst.title) === '')
      details.push({ record: id, field: 'instrument.title', message: 'missing title' });
    const year = typeof inst.year === 'number' ? inst.year : undefined;
    return {
      instrument: {
        id,
        title: str(inst.title),
        ...(typeof inst.number === 'string' || typeof inst.number === 'number'
          ? { number: String(inst.number) }
          : {}),
        ...(year !== undefined ? { year } : {}),
        ...(typeof inst.period === 'string' ? { period: inst.period } : {}),
        kind: str(inst.kind) as PolicyMappingRow['instrument']['kind'],
        status: (str(inst.status) || 'unknown') as PolicyMappingRow['instrument']['status'],
        statusBasis: str(inst.statusBasis),
      },
      isoFramework: str(r.isoFramework) === 'iso27001-2022' ? 'iso27001-2022' : 'iso27001-2013',
      iso: strings(r.iso),
      csf: strings(r.csf),
      coverage: str(r.coverage) as PolicyMappingRow['coverage'],
      coverageBasis: str(r.coverageBasis),
      gap: str(r.gap),
      actions: strings(r.actions),
      source: str(r.source) || 'user file',
    };
  });
  if (details.length > 0) refuse(`policy mapping ${country}`, details);
  const mapping = {
    country,
    title: str(value.title) || country,
    source: str(value.source) || 'user file',
    rows,
  };
  validatePolicyMapping(mapping);
  return mapping;
}
