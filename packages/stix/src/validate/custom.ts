/**
 * @module validate/custom
 * Customization rules (STIX 2.1 §11): custom object type names, custom property names and
 * values as MUST rules; the naming conventions and the preference for extension definitions
 * (§7.3) as SHOULD rules (`custom-prefix`, `custom-prefix-lax`, `extensions-use`).
 */
import { child, type Ctx } from './context.ts';
import {
  isBase64,
  isHex,
  isPlainObject,
  isValidPropertyName,
  isValidTypeName,
} from './primitives.ts';

const STRICT_TYPE = /^x-.+-.+$/;
const LAX_TYPE = /^x-.+$/;
const STRICT_PROP = /^x_.+_.+$/;
const LAX_PROP = /^x_.+$/;
const STRICT_EXT = /^x-.+-.+-ext$/;
const LAX_EXT = /^x-.+-ext$/;

/** Extension types an object declares through extension-definition entries. */
export function declaredExtensionTypes(object: Record<string, unknown>): Set<string> {
  const types = new Set<string>();
  const ext = object.extensions;
  if (!isPlainObject(ext)) return types;
  for (const key in ext) {
    const value = ext[key];
    if (
      key.startsWith('extension-definition--') &&
      isPlainObject(value) &&
      typeof value.extension_type === 'string'
    )
      types.add(value.extension_type);
  }
  return types;
}

/** Naming convention for custom names: strict `x-<source>-<name>`, or lax `x-<name>`. */
export function checkPrefix(
  name: string,
  kind: 'type' | 'property' | 'extension',
  ctx: Ctx,
  path: string,
): void {
  const [strict, lax, sep] =
    kind === 'type'
      ? [STRICT_TYPE, LAX_TYPE, '-']
      : kind === 'extension'
        ? [STRICT_EXT, LAX_EXT, '-']
        : [STRICT_PROP, LAX_PROP, '_'];
  if (ctx.should('custom-prefix')) {
    if (!strict.test(name))
      ctx.warn(
        'custom-prefix',
        path,
        `custom ${kind} '${name}' should start with 'x${sep}', a source identifier, '${sep}' and the name`,
      );
  } else if (ctx.should('custom-prefix-lax') && !lax.test(name)) {
    ctx.warn('custom-prefix-lax', path, `custom ${kind} '${name}' should start with 'x${sep}'`);
  }
}

/** STIX 2.1 §11.2 custom objects; §7.3 new object types via extension definitions. */
export function checkCustomObjectType(
  object: Record<string, unknown>,
  type: string,
  ctx: Ctx,
  path: string,
): void {
  const at = child(path, 'type');
  if (!isValidTypeName(type)) {
    ctx.error(
      'custom-type-name',
      at,
      `type '${type}' must be 3–250 characters of a–z, 0–9 and single hyphens`,
    );
    return;
  }
  const declared = declaredExtensionTypes(object);
  const viaExtension =
    declared.has('new-sdo') || declared.has('new-sco') || declared.has('new-sro');
  if (viaExtension) return;
  ctx.warn(
    'extensions-use',
    at,
    `custom object type '${type}' should be defined by an extension definition (new-sdo/new-sco/new-sro)`,
  );
  checkPrefix(type, 'type', ctx, at);
}

/**
 * A property not defined for the type. §11.1: names MUST be 3–250 characters of a–z, 0–9 and
 * underscore. On defined types it SHOULD come from a toplevel-property-extension (§7.3).
 */
export function checkCustomProperty(
  object: Record<string, unknown>,
  key: string,
  ctx: Ctx,
  site: { path: string; knownType: boolean },
): void {
  const { path, knownType } = site;
  const at = child(path, key);
  if (!isValidPropertyName(key)) {
    ctx.error(
      'custom-property-name',
      at,
      `property name '${key}' must be 3–250 characters of a–z, 0–9 and _`,
    );
    return;
  }
  checkCustomValue(object[key], key, ctx, at);
  if (!knownType) return;
  if (!declaredExtensionTypes(object).has('toplevel-property-extension')) {
    ctx.warn(
      'extensions-use',
      at,
      `custom property '${key}' should be declared by a toplevel-property-extension`,
    );
  }
  checkPrefix(key, 'property', ctx, at);
}

/** A property not defined for an embedded structure (SCO sub-object, predefined extension). */
export function checkEmbeddedCustomProperty(
  container: Record<string, unknown>,
  key: string,
  ctx: Ctx,
  path: string,
): void {
  const at = child(path, key);
  if (!isValidPropertyName(key)) {
    ctx.error(
      'custom-property-name',
      at,
      `property name '${key}' must be 3–250 characters of a–z, 0–9 and _`,
    );
    return;
  }
  checkCustomValue(container[key], key, ctx, at);
  ctx.warn(
    'extensions-use',
    at,
    `custom property '${key}' should come from an extension definition`,
  );
  checkPrefix(key, 'property', ctx, at);
}

/** Values of custom properties: no empty lists (§3.3? lists), `_bin`/`_hex` suffix formats (§2.1, §2.6). */
export function checkCustomValue(value: unknown, key: string, ctx: Ctx, at: string): void {
  if (value === null) ctx.error('property-type', at, 'null is not a STIX value; omit the property');
  else if (Array.isArray(value) && value.length === 0)
    ctx.error('empty-list', at, 'lists must not be empty');
  else if (key.endsWith('_bin') && (typeof value !== 'string' || !isBase64(value)))
    ctx.error('format', at, 'a _bin property must be base64');
  else if (key.endsWith('_hex') && (typeof value !== 'string' || !isHex(value)))
    ctx.error('format', at, 'a _hex property must be hex');
}
