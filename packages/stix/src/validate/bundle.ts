/**
 * @module validate/bundle
 * Bundles (STIX 2.1 §8) and the rules that need more than one object: duplicate objects,
 * marking-definition cycles (§7.2.1), and, with `enforceRefs`, references that must resolve
 * inside the bundle. `BundleChecker` takes objects one at a time so that the stream validator
 * can use it in bounded memory: per object it keeps a 53-bit hash, not the object.
 */
import { child, Ctx } from './context.ts';
import { isValid, type Finding, type ValidateOptions, type ValidationResult } from './findings.ts';
import {
  isUnresolvedMarkingRef,
  markingRefs,
  markingRefsWithPaths,
  unresolvedMarkingMessage,
} from './marking-rules.ts';
import { checkObject, validateStixObject } from './object.ts';
import { isPlainObject, parseId } from './primitives.ts';

/** cyrb53: a fast 53-bit string hash (public domain). */
export function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Checks the envelope (`type`, `id`) of a bundle; `objects` is handled per object. */
export function checkBundleEnvelope(bundle: Record<string, unknown>, ctx: Ctx): void {
  if (bundle.type !== 'bundle')
    ctx.error('bundle-type', '$.type', "a bundle's type must be 'bundle'");
  const id = bundle.id;
  if (typeof id !== 'string') ctx.error('required', '$.id', 'required property id is missing');
  else {
    const parsed = parseId(id);
    if (parsed === undefined || parsed.type !== 'bundle')
      ctx.error('identifier', '$.id', `'${id}' is not a bundle identifier`);
    else if (parsed.version !== 4)
      ctx.warn('uuid-check', '$.id', `should use a UUIDv4, not v${parsed.version}`);
  }
  for (const key of Object.keys(bundle)) {
    if (key === 'type' || key === 'id' || key === 'objects') continue;
    // §8: a 2.1 bundle has no spec_version, created or modified (2.0 leftovers).
    ctx.warn('bundle-properties', child('$', key), `'${key}' is not a bundle property in STIX 2.1`);
  }
}

/**
 * A set of 53-bit hashes in one Float64Array with open addressing: 8–16 bytes per object
 * instead of a `Set`'s ~40, which is what keeps a multi-million-object stream small.
 */
export class HashSet53 {
  private table = new Float64Array(1 << 12);
  private size = 0;

  /** Adds `h`; returns false if it was already present. */
  add(h: number): boolean {
    const key = h === 0 ? 1 : h; // 0 marks an empty slot
    if ((this.size + 1) * 2 > this.table.length) this.grow();
    const mask = this.table.length - 1;
    let i = key % this.table.length;
    for (;;) {
      const v = this.table[i];
      if (v === 0) {
        this.table[i] = key;
        this.size++;
        return true;
      }
      if (v === key) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.size = 0;
    for (const v of old) if (v !== 0) this.add(v);
  }
}

export class BundleChecker {
  readonly ctx: Ctx;
  private readonly seen = new HashSet53();
  private readonly ids = new Map<number, string>();
  private readonly markingGraph = new Map<string, string[]>();
  /** Marking-definition ids in the bundle, and each non-standard reference's first place. */
  private readonly markingIds = new Set<string>();
  private readonly markingRefPlaces = new Map<string, { path: string; count: number }>();
  private count = 0;
  private errors = 0;

  constructor(options: ValidateOptions = {}) {
    this.ctx = new Ctx(options);
    this.ctx.collectRefs = options.enforceRefs === true;
  }

  /** Validates the next object of the bundle's `objects` list. */
  add(object: unknown): void {
    const path = `$.objects[${this.count++}]`;
    try {
      checkObject(object, this.ctx, path);
    } catch (error) {
      this.ctx.error(
        'internal',
        path,
        `validator failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!isPlainObject(object) || typeof object.id !== 'string') return;
    const key = hash53(
      `${object.id}|${typeof object.modified === 'string' ? object.modified : ''}`,
    );
    if (!this.seen.add(key))
      this.ctx.warn(
        'duplicate-object',
        path,
        `object ${object.id} appears more than once with the same modified`,
      );
    if (this.ctx.options.enforceRefs === true) this.ids.set(hash53(object.id), object.id);
    if (object.type === 'marking-definition') {
      this.markingIds.add(object.id);
      const refs = markingRefs(object);
      if (refs.length > 0) this.markingGraph.set(object.id, refs);
    }
    // Distinct references only (bounded memory in a stream): resolved against the bundle later.
    for (const { ref, path: at } of markingRefsWithPaths(object, path)) {
      if (!ref.startsWith('marking-definition--') || !isUnresolvedMarkingRef(ref, () => false))
        continue;
      const place = this.markingRefPlaces.get(ref);
      if (place === undefined) this.markingRefPlaces.set(ref, { path: at, count: 1 });
      else place.count++;
    }
  }

  /** Cross-object rules; returns all findings. */
  finish(): Finding[] {
    this.findMarkingCycles();
    for (const [ref, place] of this.markingRefPlaces) {
      if (!isUnresolvedMarkingRef(ref, (id) => this.markingIds.has(id))) continue;
      const others = place.count > 1 ? ` (and ${place.count - 1} more reference(s) to it)` : '';
      this.ctx.warn(
        'marking-unresolved',
        place.path,
        `${unresolvedMarkingMessage(ref, 'in this bundle')}${others}`,
      );
    }
    if (this.ctx.options.enforceRefs === true) {
      for (const ref of this.ctx.refs) {
        if (!this.ids.has(hash53(ref.id)))
          this.ctx.error('unresolved-reference', ref.path, `${ref.id} is not in the bundle`);
      }
    }
    return this.ctx.findings;
  }

  get objectCount(): number {
    return this.count;
  }

  /** Whether any error finding was produced (stays true if findings are later truncated). */
  get errorSeen(): boolean {
    return this.errors > 0 || this.ctx.findings.some((f) => f.severity === 'error');
  }

  /** Counts errors before a caller truncates the findings list. */
  noteErrors(): void {
    for (const f of this.ctx.findings) if (f.severity === 'error') this.errors++;
  }

  private findMarkingCycles(): void {
    const state = new Map<string, 1 | 2>();
    const visit = (id: string, trail: string[]): void => {
      const s = state.get(id);
      if (s === 2) return;
      if (s === 1) {
        this.ctx.error(
          'circular-marking',
          '$.objects',
          `marking definitions reference each other in a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`,
        );
        return;
      }
      state.set(id, 1);
      for (const next of this.markingGraph.get(id) ?? [])
        if (next !== id) visit(next, [...trail, id]);
      state.set(id, 2);
    };
    for (const id of this.markingGraph.keys()) visit(id, []);
  }
}

/**
 * Validates a parsed bundle.
 * @example
 * const { valid, findings } = validateBundle(JSON.parse(text), { enforceRefs: true });
 */
export function validateBundle(bundle: unknown, options: ValidateOptions = {}): ValidationResult {
  const checker = new BundleChecker(options);
  const ctx = checker.ctx;
  if (!isPlainObject(bundle)) {
    ctx.error('not-an-object', '$', 'a bundle must be a JSON object');
    return { valid: false, findings: ctx.findings };
  }
  checkBundleEnvelope(bundle, ctx);
  const objects = bundle.objects;
  if (objects !== undefined) {
    if (!Array.isArray(objects)) ctx.error('property-type', '$.objects', 'objects must be a list');
    else if (objects.length === 0)
      ctx.error('empty-list', '$.objects', 'lists must not be empty (omit objects instead)');
    else for (const object of objects) checker.add(object);
  }
  const findings = checker.finish();
  return { valid: isValid(findings, options.strict), findings };
}

/** Validates a bundle or a single object, whichever `document` is. */
export function validateDocument(
  document: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  if (isPlainObject(document) && document.type === 'bundle')
    return validateBundle(document, options);
  if (Array.isArray(document)) {
    const findings: Finding[] = [];
    document.forEach((item, i) => {
      for (const f of validateDocument(item, options).findings)
        findings.push({ ...f, path: f.path.replace(/^\$/, `$[${i}]`) });
    });
    return { valid: isValid(findings, options.strict), findings };
  }
  return validateStixObject(document, options);
}
