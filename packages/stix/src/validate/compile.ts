/**
 * @module validate/compile
 * Turns the property specs of `registry/definition.ts` into checker functions, once, at
 * module load. Checkers push findings into a `Ctx` and never throw.
 */
import { STRUCTS } from '../registry/sco.ts';
import { SCO_TYPES, SDO_TYPES, SRO_TYPES } from '../registry/index.ts';
import { child, type Ctx } from './context.ts';
import {
  checkTimestamp,
  isBase64,
  isCharset,
  isCpe23,
  isEmail,
  isHex,
  isIpv4,
  isIpv6,
  isLanguageTag,
  isMac,
  isMimeType,
  isPlainObject,
  isUrl,
  isValidDictKey,
  isValidPropertyName,
  idSeparator,
} from './primitives.ts';
import { checkHashes } from './hashes.ts';
import { checkEmbeddedCustomProperty } from './custom.ts';
import { ISO_639_1, ISO_639_2 } from './codes.ts';

/**
 * A compiled property check. The value's path is `parent` + `key`; it is only built when a
 * finding is reported, so valid data costs no string work (key undefined: parent is the path).
 */
export type Checker = (value: unknown, ctx: Ctx, parent: string, key?: string | number) => void;

/** The JSON path of `key` under `parent` (`$.a` + 0 → `$.a[0]`, + 'b' → `$.a.b`). */
export function at(parent: string, key?: string | number): string {
  return key === undefined
    ? parent
    : typeof key === 'number'
      ? `${parent}[${key}]`
      : child(parent, key);
}

const typeName = (v: unknown): string =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
const expect = (ctx: Ctx, path: string, what: string, v: unknown): void =>
  ctx.error('property-type', path, `must be ${what}, got ${typeName(v)}`);

const str =
  (test: (s: string) => boolean, what: string, rule = 'format'): Checker =>
  (v, ctx, parent, key) => {
    if (typeof v !== 'string') expect(ctx, at(parent, key), 'a string', v);
    else if (!test(v)) ctx.error(rule, at(parent, key), `must be ${what}`);
  };

function range(spec: string): [number, number] {
  const m = /\((-?[\d.]*),(-?[\d.]*)\)/.exec(spec);
  const lo = m?.[1] ? Number(m[1]) : -Infinity;
  const hi = m?.[2] ? Number(m[2]) : Infinity;
  return [lo, hi];
}

/** Does a referenced type satisfy the allowed list (types, `@sdo`, `@sco`, `*`)? */
export function refTypeAllowed(type: string, allowed: readonly string[]): boolean {
  for (const a of allowed) {
    if (a === '*' || a === type) return true;
    const known =
      SDO_TYPES.has(type) ||
      SCO_TYPES.has(type) ||
      SRO_TYPES.has(type) ||
      type === 'marking-definition' ||
      type === 'language-content' ||
      type === 'extension-definition' ||
      type === 'bundle';
    if (a === '@sdo' && (SDO_TYPES.has(type) || !known)) return true;
    if (a === '@sco' && (SCO_TYPES.has(type) || !known)) return true;
  }
  return false;
}

const describeAllowed = (allowed: readonly string[]): string =>
  allowed
    .map((a) => (a === '@sdo' ? 'an SDO' : a === '@sco' ? 'an SCO' : a === '*' ? 'any object' : a))
    .join(' or ');

function refChecker(allowed: readonly string[]): Checker {
  const any = allowed.includes('*');
  const single =
    allowed.length === 1 && !allowed[0]?.startsWith('@') && !any ? allowed[0] : undefined;
  return (v, ctx, parent, key) => {
    if (typeof v !== 'string') return expect(ctx, at(parent, key), 'an identifier string', v);
    const sep = idSeparator(v);
    if (sep < 0)
      return ctx.error(
        'identifier',
        at(parent, key),
        `'${v}' is not a valid STIX identifier (<type>--<RFC 4122 UUID>)`,
      );
    // Fast path for the common single-type reference: compare in place, no slice.
    const ok =
      any ||
      (single !== undefined
        ? sep === single.length && v.startsWith(single)
        : refTypeAllowed(v.slice(0, sep), allowed));
    if (!ok)
      return ctx.error(
        'reference-type',
        at(parent, key),
        `must reference ${describeAllowed(allowed)}, not ${v.slice(0, sep)}`,
      );
    if (ctx.collectRefs) ctx.refs.push({ path: at(parent, key), id: v, allowed });
  };
}

/** An SCO reference: a local key inside observed-data `objects`, otherwise a STIX id. */
function scoRefChecker(allowed: readonly string[]): Checker {
  const byId = refChecker(allowed);
  return (v, ctx, parent, key) => {
    if (ctx.local === undefined) return byId(v, ctx, parent, key);
    if (typeof v !== 'string') return expect(ctx, at(parent, key), 'an object reference string', v);
    const target = ctx.local[v];
    if (!isPlainObject(target))
      return ctx.error(
        'observable-reference',
        at(parent, key),
        `'${v}' does not resolve to an object in observed-data objects`,
      );
    if (typeof target.type === 'string' && !refTypeAllowed(target.type, allowed)) {
      ctx.error(
        'reference-type',
        at(parent, key),
        `must reference ${describeAllowed(allowed)}, not ${target.type}`,
      );
    }
  };
}

function structChecker(
  props: Readonly<Record<string, string>>,
  required: readonly string[] = [],
  customCheck = true,
): Checker {
  const checkers = new Map(
    Object.entries(props).map(([k, spec]) => [k, compileSpec(spec)] as const),
  );
  return (v, ctx, parent, key) => {
    const path = at(parent, key);
    if (!isPlainObject(v)) return expect(ctx, path, 'an object', v);
    for (const r of required)
      if (!(r in v)) ctx.error('required', child(path, r), `required property ${r} is missing`);
    for (const k in v) {
      const check = checkers.get(k);
      if (check !== undefined) check(v[k], ctx, path, k);
      else if (customCheck) checkEmbeddedCustomProperty(v, k, ctx, path);
    }
  };
}

let kcpStruct: Checker | undefined;
let extRefStruct: Checker | undefined;
let granularStruct: Checker | undefined;

const killChainPhase: Checker = (v, ctx, parent, key) => {
  const path = at(parent, key);
  kcpStruct ??= structChecker(
    { kill_chain_name: 'string', phase_name: 'string' },
    ['kill_chain_name', 'phase_name'],
    false,
  );
  kcpStruct(v, ctx, path);
  if (!isPlainObject(v)) return;
  for (const k of ['kill_chain_name', 'phase_name']) {
    const s = v[k];
    if (typeof s === 'string' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s))
      ctx.warn(
        'kill-chain-names',
        child(path, k),
        'should be lowercase with hyphens as word separators',
      );
  }
};

const externalReference: Checker = (v, ctx, parent, key) => {
  const path = at(parent, key);
  extRefStruct ??= structChecker(
    {
      source_name: 'string',
      description: 'string',
      url: 'url',
      hashes: 'hashes',
      external_id: 'string',
    },
    ['source_name'],
    false,
  );
  extRefStruct(v, ctx, path);
  if (!isPlainObject(v)) return;
  if (!('description' in v) && !('url' in v) && !('external_id' in v))
    ctx.error('external-reference', path, 'needs at least one of description, url, external_id');
  const id = v.external_id;
  const source = typeof v.source_name === 'string' ? v.source_name : '';
  if (
    (source.toLowerCase() === 'cve' || source.toLowerCase() === 'capec') &&
    source !== source.toLowerCase()
  ) {
    ctx.error(
      'external-reference',
      child(path, 'source_name'),
      `source_name must be '${source.toLowerCase()}'`,
    );
  }
  if (
    v.source_name === 'cve' &&
    typeof id === 'string' &&
    !/^CVE-\d{4}-(0\d{3}|[1-9]\d{3,})$/.test(id)
  )
    ctx.error(
      'external-reference',
      child(path, 'external_id'),
      'a cve reference needs an id like CVE-2016-1234',
    );
  if (v.source_name === 'capec' && typeof id === 'string' && !/^CAPEC-\d+$/.test(id))
    ctx.error(
      'external-reference',
      child(path, 'external_id'),
      'a capec reference needs an id like CAPEC-123',
    );
  if ('url' in v && !('hashes' in v))
    ctx.warn(
      'extref-hashes',
      path,
      'an external reference with a url should carry hashes of the content',
    );
};

const granularMarking: Checker = (v, ctx, parent, key) => {
  const path = at(parent, key);
  granularStruct ??= structChecker(
    { selectors: 'list<string>', lang: 'string', marking_ref: 'ref(marking-definition)' },
    ['selectors'],
    false,
  );
  granularStruct(v, ctx, path);
  if (!isPlainObject(v)) return;
  // STIX 2.1 §7.2.3: exactly one of lang and marking_ref.
  if ('lang' in v === 'marking_ref' in v)
    ctx.error('granular-marking', path, 'exactly one of lang and marking_ref must be present');
};

function dictChecker(inner: Checker | undefined): Checker {
  return (v, ctx, parent, key) => {
    const path = at(parent, key);
    if (!isPlainObject(v)) return expect(ctx, path, 'a dictionary (object)', v);
    let n = 0;
    for (const k in v) {
      n++;
      if (!isValidDictKey(k))
        ctx.error(
          'dictionary-key',
          child(path, k),
          `dictionary key '${k}' must be 1–250 characters of a–z, A–Z, 0–9, _ or -`,
        );
      const item = v[k];
      if (inner) inner(item, ctx, path, k);
      else if (Array.isArray(item) && item.length === 0)
        ctx.error('empty-list', child(path, k), 'lists must not be empty');
    }
    if (n === 0) ctx.error('empty-dictionary', path, 'dictionaries must have at least one entry');
  };
}

/** language-content `contents` (STIX 2.1 §7.1): language tag → property name → translation. */
const languageContents: Checker = (v, ctx, parent, key) => {
  const path = at(parent, key);
  dictChecker(undefined)(v, ctx, path);
  if (!isPlainObject(v)) return;
  for (const tag in v) {
    const at = child(path, tag);
    if (!isLanguageTag(tag, ISO_639_1, ISO_639_2))
      ctx.error('language', at, `'${tag}' is not an RFC 5646 language tag`);
    const inner = v[tag];
    if (!isPlainObject(inner)) {
      ctx.error('property-type', at, 'contents values must map property names to translations');
      continue;
    }
    for (const prop in inner)
      if (!isValidPropertyName(prop))
        ctx.error('custom-property-name', child(at, prop), `'${prop}' is not a property name`);
  }
};

const cache = new Map<string, Checker>();

/** Compiles one property spec (grammar in `registry/definition.ts`). */
export function compileSpec(spec: string): Checker {
  const hit = cache.get(spec);
  if (hit) return hit;
  const checker = build(spec);
  cache.set(spec, checker);
  return checker;
}

function build(spec: string): Checker {
  if (spec.startsWith('list<')) {
    const inner = compileSpec(spec.slice(5, -1));
    return (v, ctx, parent, key) => {
      if (!Array.isArray(v)) return expect(ctx, at(parent, key), 'a list', v);
      const path = at(parent, key);
      if (v.length === 0)
        return ctx.error('empty-list', path, 'lists must not be empty (omit the property instead)');
      for (let i = 0; i < v.length; i++) inner(v[i], ctx, path, i);
    };
  }
  if (spec.startsWith('dict<')) return dictChecker(compileSpec(spec.slice(5, -1)));
  if (spec.startsWith('ref(')) return refChecker(spec.slice(4, -1).split(','));
  if (spec.startsWith('sref(')) return scoRefChecker(spec.slice(5, -1).split(','));
  if (spec.startsWith('struct(')) return structChecker(STRUCTS[spec.slice(7, -1)] ?? {});
  if (spec.startsWith('enum(')) {
    const values = new Set(spec.slice(5, -1).split(','));
    return (v, ctx, parent, key) => {
      if (typeof v !== 'string') return expect(ctx, at(parent, key), 'a string', v);
      if (!values.has(v))
        ctx.error('enum', at(parent, key), `'${v}' is not one of ${[...values].join(', ')}`);
    };
  }
  if (spec.startsWith('integer') || spec.startsWith('number')) {
    const integer = spec.startsWith('integer');
    const [lo, hi] = range(spec);
    return (v, ctx, parent, key) => {
      if (typeof v !== 'number' || (integer && !Number.isInteger(v)))
        return expect(ctx, at(parent, key), integer ? 'an integer' : 'a number', v);
      if (v < lo || v > hi) ctx.error('range', at(parent, key), `must be between ${lo} and ${hi}`);
    };
  }
  const struct = STRUCTS[spec];
  if (struct) return structChecker(struct);
  switch (spec) {
    case 'string':
      return (v, ctx, parent, key) => {
        if (typeof v !== 'string') expect(ctx, at(parent, key), 'a string', v);
      };
    case 'boolean':
      return (v, ctx, parent, key) => {
        if (typeof v !== 'boolean') expect(ctx, at(parent, key), 'a boolean', v);
      };
    case 'timestamp':
    case 'timestamp_ms': {
      const digits = spec === 'timestamp_ms' ? 3 : 0;
      return (v, ctx, parent, key) => {
        if (typeof v !== 'string') return expect(ctx, at(parent, key), 'a timestamp string', v);
        const problem = checkTimestamp(v, digits);
        if (problem !== undefined) ctx.error('timestamp', at(parent, key), `'${v}' ${problem}`);
      };
    }
    case 'identifier':
      return (v, ctx, parent, key) => {
        if (typeof v !== 'string') return expect(ctx, at(parent, key), 'an identifier string', v);
        if (idSeparator(v) < 0)
          ctx.error(
            'identifier',
            at(parent, key),
            `'${v}' is not a valid STIX identifier (<type>--<RFC 4122 UUID>)`,
          );
      };
    case 'hex':
      return str(isHex, 'a hex string (even number of hex digits)');
    case 'binary':
      return str(isBase64, 'base64-encoded binary');
    case 'url':
      return str(isUrl, 'a URL');
    case 'email':
      return str(isEmail, 'an email address without display name');
    case 'ipv4':
      return str(isIpv4, 'an IPv4 address or CIDR block');
    case 'ipv6':
      return str(isIpv6, 'an IPv6 address or CIDR block');
    case 'mac':
      return str(isMac, 'a MAC address: lowercase, colon-delimited, zero-padded');
    case 'mime':
      return str(isMimeType, 'an IANA media type (type/subtype)');
    case 'charset':
      return str(isCharset, 'an IANA character set name');
    case 'cpe':
      return str(isCpe23, 'a CPE 2.3 formatted string');
    case 'lang':
      return str(
        (s) => isLanguageTag(s, ISO_639_1, ISO_639_2),
        'an RFC 5646 language tag with an ISO 639 primary subtag',
        'language',
      );
    case 'iso639_2':
      return str(
        (s) => ISO_639_2.has(s) || isLanguageTag(s, ISO_639_1, ISO_639_2),
        'an ISO 639-2 (or RFC 5646) language code',
        'language',
      );
    case 'registry_key':
      return str(
        (s) =>
          /^(HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER|HKEY_CLASSES_ROOT|HKEY_CURRENT_CONFIG|HKEY_PERFORMANCE_DATA|HKEY_USERS|HKEY_DYN_DATA)(\\|$)/i.test(
            s,
          ),
        'a full registry key path starting with the hive name (e.g. HKEY_LOCAL_MACHINE), not an abbreviation',
      );
    case 'language_contents':
      return languageContents;
    case 'relationship_type':
      return str((s) => /^[a-z0-9-]+$/.test(s), 'lowercase letters, digits and hyphens');
    case 'hashes':
      return checkHashes;
    case 'dict':
      return dictChecker(undefined);
    case 'kill_chain_phase':
      return killChainPhase;
    case 'external_reference':
      return externalReference;
    case 'granular_marking':
      return granularMarking;
    case 'any':
    case 'extensions':
    case 'observables':
      return () => undefined; // handled by the object validator, which knows the type
    default:
      throw new TypeError(`Invalid property spec: ${spec}`);
  }
}
