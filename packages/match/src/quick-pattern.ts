/**
 * @module quick-pattern
 * Recognises the commonest fast-path spellings (`[ipv4-addr:value = '…']`,
 * `[file:hashes.'SHA-256' = '…']`, one space around the operator, no escapes) with one regular
 * expression instead of the full parser: compiling a million indicators is mostly these, and
 * parsing each costs several microseconds. Any other spelling returns undefined and goes through
 * `parsePattern` + `fastKeys`, which give the same keys for these shapes (tested).
 */
import type { ObjectPath } from '@coopsec/stix';
import { leafKey } from './fast-path.ts';
import type { FastKey } from './fast-path.ts';

const VALUE =
  /^\[(ipv4-addr|ipv6-addr|domain-name|url|email-addr):value (=|ISSUBSET) '([^'\\]*)'\]$/;
const HASH = /^\[file:hashes\.(MD5|'SHA-1'|'SHA-256'|'SHA-512') = '([0-9A-Fa-f]*)'\]$/;

export function quickPattern(pattern: string): FastKey[] | undefined {
  let m = VALUE.exec(pattern);
  if (m !== null) {
    const [, type = '', operator = '', value = ''] = m;
    const path: ObjectPath = { objectType: type, steps: [{ kind: 'key', name: 'value' }] };
    const key = leafKey(path, operator, { type: 'string', value });
    return key === undefined ? undefined : [key];
  }
  m = HASH.exec(pattern);
  if (m === null) return undefined;
  const [, quoted = '', value = ''] = m;
  const path: ObjectPath = {
    objectType: 'file',
    steps: [
      { kind: 'key', name: 'hashes' },
      { kind: 'key', name: quoted.replace(/'/g, '') },
    ],
  };
  const key = leafKey(path, '=', { type: 'string', value });
  return key === undefined ? undefined : [key];
}
