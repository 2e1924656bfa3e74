/**
 * @module validate/extensions
 * The `extensions` property (STIX 2.1 §7.3 and §6 predefined SCO extensions): keys are
 * extension-definition ids (with `extension_type`) or predefined SCO extension names; custom
 * (2.0-style) extension names are allowed on SCOs but SHOULD give way to extension definitions.
 */
import type { TypeDefinition } from '../registry/definition.ts';
import { SCO_EXTENSIONS } from '../registry/sco.ts';
import { compileSpec } from './compile.ts';
import { child, type Ctx } from './context.ts';
import { checkCustomProperty, checkEmbeddedCustomProperty, checkPrefix } from './custom.ts';
import { isPlainObject, parseId } from './primitives.ts';

const EXTENSION_TYPES = new Set([
  'new-sdo',
  'new-sco',
  'new-sro',
  'property-extension',
  'toplevel-property-extension',
]);
const NEW_OBJECT = new Set(['new-sdo', 'new-sco', 'new-sro']);

export function checkExtensions(
  object: Record<string, unknown>,
  ctx: Ctx,
  path: string,
  def: TypeDefinition | undefined,
): void {
  const at = child(path, 'extensions');
  const ext = object.extensions;
  if (!isPlainObject(ext)) {
    ctx.error('property-type', at, 'extensions must be a dictionary');
    return;
  }
  const keys = Object.keys(ext);
  if (keys.length === 0)
    ctx.error('empty-dictionary', at, 'extensions must have at least one entry');
  for (const key of keys) {
    const value = ext[key];
    const kat = child(at, key);
    if (!isPlainObject(value)) {
      ctx.error('property-type', kat, 'an extension must be an object');
      continue;
    }
    if (key.startsWith('extension-definition--'))
      checkDefinedExtension(value, key, ctx, { at: kat, def });
    else checkPredefinedOrCustom(object, key, ctx, { at: kat, def });
  }
}

interface Site {
  readonly at: string;
  readonly def: TypeDefinition | undefined;
}

function checkDefinedExtension(
  value: Record<string, unknown>,
  key: string,
  ctx: Ctx,
  site: Site,
): void {
  const { at, def } = site;
  if (parseId(key) === undefined)
    ctx.error('identifier', at, `'${key}' is not a valid extension-definition id`);
  const type = value.extension_type;
  if (type === undefined) {
    ctx.error('required', child(at, 'extension_type'), 'extension_type is required');
    return;
  }
  if (typeof type !== 'string' || !EXTENSION_TYPES.has(type)) {
    ctx.error(
      'enum',
      child(at, 'extension_type'),
      `extension_type must be one of ${[...EXTENSION_TYPES].join(', ')}`,
    );
    return;
  }
  // §7.3: a new-object extension defines the object's type, so only custom types carry one.
  if (NEW_OBJECT.has(type) && def !== undefined)
    ctx.error(
      'extension-type',
      child(at, 'extension_type'),
      `${type} cannot extend the defined type ${def.type}`,
    );
  if (type === 'toplevel-property-extension' && Object.keys(value).length > 1) {
    ctx.warn(
      'extension-properties',
      at,
      'a toplevel-property-extension carries its properties at the top level of the object',
    );
  }
  if (type === 'property-extension' && Object.keys(value).length < 2) {
    ctx.warn('extension-properties', at, 'a property-extension should carry at least one property');
  }
  for (const k in value) if (k !== 'extension_type') checkNamed(value, k, ctx, at);
}

function checkNamed(value: Record<string, unknown>, k: string, ctx: Ctx, at: string): void {
  checkCustomProperty(value, k, ctx, { path: at, knownType: false });
}

function checkPredefinedOrCustom(
  object: Record<string, unknown>,
  key: string,
  ctx: Ctx,
  site: Site,
): void {
  const { at, def } = site;
  const value = (object.extensions as Record<string, Record<string, unknown>>)[key] ?? {};
  const known = SCO_EXTENSIONS[key];
  if (known !== undefined && known.on === object.type) {
    for (const r of known.required ?? [])
      if (!(r in value)) ctx.error('required', child(at, r), `required property ${r} is missing`);
    if (known.anyOf && !known.anyOf.some((k) => k in value))
      ctx.error('required', at, `at least one of ${known.anyOf.join(', ')} is required`);
    let n = 0;
    for (const k in value) {
      n++;
      const spec = known.properties[k];
      if (spec !== undefined) compileSpec(spec)(value[k], ctx, at, k);
      else checkEmbeddedCustomProperty(value, k, ctx, at);
    }
    if (n === 0) ctx.error('empty-dictionary', at, 'an extension must have at least one property');
    return;
  }
  if (def !== undefined && def.kind !== 'sco') {
    ctx.error('extension-key', at, `'${key}' is not an extension-definition id`);
    return;
  }
  // 2.0-style custom SCO extension: still parsable, deprecated in 2.1 (§7.3).
  // Predefined names all end in -ext; the OASIS schemas require the same of custom ones.
  if (!/^[a-z0-9-]{3,250}$/.test(key) || !key.endsWith('-ext'))
    ctx.error(
      'extension-key',
      at,
      `custom extension name '${key}' must be 3–250 characters of a–z, 0–9 and - ending in '-ext'`,
    );
  if (Object.keys(value).length === 0)
    ctx.error('empty-dictionary', at, 'a custom extension must have at least one property');
  ctx.warn('extensions-use', at, `custom extension '${key}' should be an extension definition`);
  checkPrefix(key, 'extension', ctx, at);
  for (const k in value) checkCustomProperty(value, k, ctx, { path: at, knownType: false });
}
