/**
 * @module validate/sco-id
 * Deterministic SCO identifiers (STIX 2.1 §2.9): UUIDv5 in the STIX namespace over the
 * RFC 8785 canonical JSON of the type's id-contributing properties. For `hashes`, one hash is
 * chosen: MD5, then SHA-1, SHA-256, SHA-512, else the first key. §2.9 says SCOs SHOULD use
 * these ids, so a mismatch is a warning (`sco-deterministic-id`), not an error.
 */
import { v5 as uuidv5 } from 'uuid';
import { getDefinition } from '../registry/index.ts';
import type { TypeDefinition } from '../registry/definition.ts';
import { child, type Ctx } from './context.ts';
import { isPlainObject, parseId } from './primitives.ts';

/** STIX 2.1 §2.9: the namespace of deterministic SCO ids. */
export const SCO_ID_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

const HASH_PREFERENCE = ['MD5', 'SHA-1', 'SHA-256', 'SHA-512'];

/** RFC 8785 JSON canonicalization (sorted keys; ECMAScript number and string forms). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function chooseOneHash(hashes: unknown): unknown {
  if (!isPlainObject(hashes)) return hashes;
  for (const algo of HASH_PREFERENCE)
    if (typeof hashes[algo] === 'string') return { [algo]: hashes[algo] };
  const first = Object.keys(hashes)[0];
  return first === undefined ? hashes : { [first]: hashes[first] };
}

/** The deterministic id of an SCO, or undefined if the type has no id-contributing property present. */
export function deterministicScoId(object: Readonly<Record<string, unknown>>): string | undefined {
  const type = object.type;
  if (typeof type !== 'string') return undefined;
  const def = getDefinition(type);
  if (def?.kind !== 'sco' || !def.idContributing || def.idContributing.length === 0)
    return undefined;
  const contributing: Record<string, unknown> = {};
  let any = false;
  for (const p of def.idContributing) {
    if (!(p in object)) continue;
    contributing[p] = p === 'hashes' ? chooseOneHash(object[p]) : object[p];
    any = true;
  }
  if (!any) return undefined;
  return `${type}--${uuidv5(canonicalJson(contributing), SCO_ID_NAMESPACE)}`;
}

export function checkScoId(
  object: Record<string, unknown>,
  def: TypeDefinition,
  ctx: Ctx,
  path: string,
): void {
  const id = object.id;
  if (typeof id !== 'string') return;
  const parsed = parseId(id);
  if (parsed === undefined) return;
  const at = child(path, 'id');
  // §2.9: an SCO type without id-contributing properties (process, §6.13) uses UUIDv4.
  if (def.type === 'process') {
    if (parsed.version !== 4)
      ctx.error(
        'sco-id-version',
        at,
        `process has no id-contributing properties, so its id must be a UUIDv4, not v${parsed.version}`,
      );
    return;
  }
  const expected = deterministicScoId(object);
  if (expected === undefined) return; // no id-contributing property present: UUIDv4 is right
  if (parsed.version !== 5) {
    ctx.warn(
      'uuid-check',
      at,
      `cyber-observable ids should be UUIDv5 (deterministic), not v${parsed.version}`,
    );
    return;
  }
  if (expected !== id) {
    ctx.warn(
      'sco-deterministic-id',
      at,
      `deterministic id over the id-contributing properties is ${expected}`,
    );
  }
}
