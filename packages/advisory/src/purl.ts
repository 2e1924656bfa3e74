/**
 * @module purl
 * Package URLs (the purl specification, ECMA-427) read by packageurl-js, which also applies
 * each type's normalisation (e.g. a lowercase npm name, a PyPI name with `_` read as `-`).
 * Only what matching needs is kept: type, namespace, name, version.
 *
 * @example
 * readPurl('pkg:npm/%40angular/core@17.0.1')
 * // { type: 'npm', namespace: '@angular', name: 'core', version: '17.0.1' }
 */
import { CoopsecError } from '@coopsec/model';
import { PackageURL } from 'packageurl-js';

export interface Purl {
  readonly type: string;
  readonly namespace?: string;
  readonly name: string;
  readonly version?: string;
}

/** Reads a purl; BAD_INPUT naming `field` with the library's reason otherwise. */
export function readPurl(text: string, field = 'purl'): Purl {
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(text.trim());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CoopsecError('BAD_INPUT', `${field}: ${message}`, {
      details: [{ field, message }],
      cause: error,
    });
  }
  const { type, namespace, name, version } = parsed;
  return {
    type,
    ...(namespace !== undefined && namespace !== '' ? { namespace } : {}),
    name,
    ...(version !== undefined && version !== '' ? { version } : {}),
  };
}
