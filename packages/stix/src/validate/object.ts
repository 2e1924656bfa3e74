/**
 * @module validate/object
 * `validateStixObject`: structure per type from the registry, then the MUST rules JSON Schema
 * cannot express (STIX 2.1 §3.2 timestamps and `modified` ≥ `created`, §2.9 id form, §7.2
 * markings, §11 customization, §6 deterministic ids) and SHOULD rules as warnings.
 *
 * @example
 * const { valid, findings } = validateStixObject(JSON.parse(text));
 */
import { MAX_NESTING_DEPTH, nestsDeeperThan } from './depth.ts';
import { getDefinition } from '../registry/index.ts';
import {
  SCO_COMMON,
  SCO_REQUIRED,
  SDO_COMMON,
  SDO_REQUIRED,
  type TypeDefinition,
} from '../registry/definition.ts';
import { compileSpec, type Checker } from './compile.ts';
import { child, Ctx } from './context.ts';
import { checkCustomObjectType, checkCustomProperty } from './custom.ts';
import { checkExtensions } from './extensions.ts';
import { isValid, type ValidateOptions, type ValidationResult } from './findings.ts';
import {
  checkGranularSelectors,
  checkLoneObjectMarkings,
  checkMarkingCircularity,
} from './marking-rules.ts';
import { checkObservedObjects } from './observables.ts';
import { compareTimestamps, idSeparator, isPlainObject, looksLikeTimestamp } from './primitives.ts';
import { checkScoId } from './sco-id.ts';
import { checkShoulds } from './shoulds.ts';

interface Compiled {
  readonly def: TypeDefinition | undefined;
  readonly checkers: ReadonlyMap<string, Checker>;
  readonly required: readonly string[];
  readonly sco: boolean;
}

const RESERVED = ['severity', 'action', 'username', 'phone_numbers'];

function compile(def: TypeDefinition | undefined, sco: boolean): Compiled {
  const common = def?.kind === 'meta' ? {} : sco ? SCO_COMMON : SDO_COMMON;
  const specs = { ...common, ...(def?.properties ?? {}) };
  const checkers = new Map(Object.entries(specs).map(([k, s]) => [k, compileSpec(s)]));
  const base = def?.kind === 'meta' ? [] : sco ? SCO_REQUIRED : SDO_REQUIRED;
  return { def, checkers, required: [...new Set([...base, ...(def?.required ?? [])])], sco };
}

const compiled = new Map<string, Compiled>();
const customSdo = compile(undefined, false);
const customSco = compile(undefined, true);

function compiledFor(type: string, object: Record<string, unknown>): Compiled {
  let c = compiled.get(type);
  if (c === undefined) {
    const def = getDefinition(type);
    if (def === undefined)
      return 'created' in object || 'modified' in object ? customSdo : customSco;
    c = compile(def, def.kind === 'sco');
    compiled.set(type, c);
  }
  return c;
}

/** Validates one object at `path` into `ctx` (used for bundles and embedded observables). */
export function checkObject(object: unknown, ctx: Ctx, path: string): void {
  if (!isPlainObject(object)) {
    ctx.error('not-an-object', path, 'a STIX object must be a JSON object');
    return;
  }
  const type = object.type;
  if (typeof type !== 'string') {
    ctx.error('required', child(path, 'type'), 'required property type is missing or not a string');
    return;
  }
  const c = compiledFor(type, object);
  if (c.def === undefined) checkCustomObjectType(object, type, ctx, path);
  for (const r of c.required)
    if (!(r in object) && !(r === 'id' && ctx.local !== undefined))
      ctx.error('required', child(path, r), `required property ${r} is missing`);
  for (const key in object) {
    const check = c.checkers.get(key);
    if (check !== undefined) check(object[key], ctx, path, key);
    else if (RESERVED.includes(key))
      ctx.error(
        'reserved-property',
        child(path, key),
        `${key} is reserved by STIX 2.1 and must not be used`,
      );
    else checkCustomProperty(object, key, ctx, { path, knownType: c.def !== undefined });
  }
  checkId(object, ctx, path, c.sco);
  checkTimes(object, ctx, path);
  if (c.def?.anyOf) {
    for (const group of c.def.anyOf) {
      if (!group.some((k) => k in object))
        ctx.error('required', path, `at least one of ${group.join(', ')} is required`);
    }
  }
  if (c.def?.check !== undefined) {
    ctx.path = path;
    c.def.check(object, ctx);
  }
  if ('extensions' in object) checkExtensions(object, ctx, path, c.def);
  if ('granular_markings' in object) checkGranularSelectors(object, ctx, path);
  if (type === 'marking-definition') checkMarkingCircularity(object, ctx, path);
  if (type === 'observed-data' && 'objects' in object)
    checkObservedObjects(object.objects, ctx, child(path, 'objects'), checkObject);
  if (type === 'indicator') checkPattern(object, ctx, path);
  if (c.sco && c.def !== undefined && ctx.local === undefined) checkScoId(object, c.def, ctx, path);
  if (ctx.options.mustOnly !== true) checkShoulds(object, type, ctx, path);
}

function checkId(object: Record<string, unknown>, ctx: Ctx, path: string, sco: boolean): void {
  const id = object.id;
  const type = String(object.type);
  if (typeof id !== 'string') return;
  const sep = idSeparator(id);
  if (sep < 0) return; // reported by the identifier checker
  if (sep !== type.length || !id.startsWith(type))
    ctx.error(
      'id-prefix',
      child(path, 'id'),
      `id prefix '${id.slice(0, sep)}' must equal the type '${type}' (STIX 2.1 §2.9)`,
    );
  // STIX 2.1 §2.9: SDOs, SROs, meta objects SHOULD use UUIDv4; SCOs UUIDv5 (process: v4).
  const version = id.charCodeAt(sep + 16) - 48;
  if (!sco && version !== 4)
    ctx.warn('uuid-check', child(path, 'id'), `should use a UUIDv4, not v${version}`);
}

/** STIX 2.1 §3.2: `modified` MUST be later than or equal to `created`. */
function checkTimes(object: Record<string, unknown>, ctx: Ctx, path: string): void {
  const created = object.created;
  const modified = object.modified;
  if (typeof created !== 'string' || typeof modified !== 'string') return;
  // Only well-formed timestamps are ordered; malformed ones are reported by their checkers.
  if (
    compareTimestamps(modified, created) < 0 &&
    looksLikeTimestamp(created) &&
    looksLikeTimestamp(modified)
  ) {
    ctx.error(
      'modified-before-created',
      child(path, 'modified'),
      `modified (${modified}) must not be earlier than created (${created})`,
    );
  }
}

/** STIX 2.1 §4.7: pattern is required; for `pattern_type: stix` the patterning hook checks it. */
function checkPattern(object: Record<string, unknown>, ctx: Ctx, path: string): void {
  const pattern = object.pattern;
  if (typeof pattern !== 'string') return;
  if (!/\S/.test(pattern)) {
    ctx.error('pattern', child(path, 'pattern'), 'pattern must not be empty');
    return;
  }
  const hook = ctx.options.validatePatternHook;
  if (object.pattern_type !== 'stix' || hook === undefined) return;
  let problems: readonly string[] | void;
  try {
    problems = hook(pattern, object);
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  for (const p of problems ?? []) ctx.error('pattern', child(path, 'pattern'), p);
}

/**
 * Validates one STIX object.
 * @example
 * validateStixObject(indicator, { validatePatternHook: (p) => parsePattern(p).errors });
 */
export function validateStixObject(
  object: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  const ctx = new Ctx(options);
  if (nestsDeeperThan(object)) {
    ctx.error('nesting-depth', '$', `the object nests deeper than ${MAX_NESTING_DEPTH} levels`);
    return { valid: false, findings: ctx.findings };
  }
  try {
    checkObject(object, ctx, '$');
    if (isPlainObject(object)) checkLoneObjectMarkings(object, ctx, '$');
  } catch (error) {
    ctx.error(
      'internal',
      '$',
      `validator failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { valid: isValid(ctx.findings, options.strict), findings: ctx.findings };
}
