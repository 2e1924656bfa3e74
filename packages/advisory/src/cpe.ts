/**
 * @module cpe
 * CPE names read in both bindings of NISTIR 7695 (CPE 2.3 Naming): the formatted string
 * (§6.2, `cpe:2.3:part:vendor:product:version:…`, the form inventories use) and the URI
 * (§6.1, `cpe:/part:vendor:product:version…`, the form many CSAF documents still carry).
 * Only what matching needs is kept: part, vendor, product, version.
 *
 * @example
 * readCpe('cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*')
 * // { part: 'a', vendor: 'apache', product: 'log4j', version: '2.14.1' }
 */
import { CoopsecError } from '@coopsec/model';

export interface Cpe {
  /** `a` application, `o` operating system, `h` hardware; undefined when ANY. */
  readonly part?: 'a' | 'o' | 'h';
  readonly vendor: string;
  readonly product: string;
  /** Undefined when the name says ANY (`*`) or NA (`-`): the name then covers every version. */
  readonly version?: string;
}

const bad = (field: string, message: string) =>
  new CoopsecError('BAD_INPUT', `${field}: ${message}`, { details: [{ field, message }] });

/** §6.2.2: components are separated by colons that no backslash escapes. */
function splitFormatted(name: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (c === '\\' && i + 1 < name.length) {
      current += c + name.charAt(i + 1);
      i++;
    } else if (c === ':') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** §6.2.3: `*` is ANY, `-` is NA; otherwise a backslash quotes the next character. */
function formattedValue(raw: string): string | undefined {
  if (raw === '*' || raw === '-' || raw === '') return undefined;
  return raw.replace(/\\(.)/g, '$1');
}

/** §6.1.3: an empty URI component is ANY, `-` is NA; percent-encoding is decoded. */
function uriValue(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '' || raw === '-') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function readPart(raw: string | undefined, field: string): Cpe['part'] {
  if (raw === undefined || raw === '' || raw === '*') return undefined;
  if (raw === 'a' || raw === 'o' || raw === 'h') return raw;
  throw bad(field, `part must be a, o or h, got ${JSON.stringify(raw)}`);
}

/** Reads a CPE 2.3 formatted string or CPE URI; BAD_INPUT naming `field` otherwise. */
export function readCpe(name: string, field = 'cpe'): Cpe {
  const text = name.trim();
  let part: Cpe['part'];
  let vendor: string | undefined;
  let product: string | undefined;
  let version: string | undefined;
  if (/^cpe:2\.3:/i.test(text)) {
    const c = splitFormatted(text);
    // §6.2: the prefix and eleven attributes, always all of them.
    if (c.length !== 13) throw bad(field, `a CPE 2.3 name has 13 components, got ${c.length}`);
    part = readPart(c[2], field);
    vendor = formattedValue(c[3] ?? '');
    product = formattedValue(c[4] ?? '');
    version = formattedValue(c[5] ?? '');
  } else if (/^cpe:\//i.test(text)) {
    const c = text.slice('cpe:/'.length).split(':');
    if (c.length > 7) throw bad(field, `a CPE URI has at most 7 components, got ${c.length}`);
    part = readPart(c[0], field);
    vendor = uriValue(c[1]);
    product = uriValue(c[2]);
    version = uriValue(c[3]);
  } else throw bad(field, 'expected a CPE 2.3 name (cpe:2.3:…) or a CPE URI (cpe:/…)');
  if (vendor === undefined || product === undefined)
    throw bad(field, 'a CPE must name its vendor and product to be matched');
  return {
    ...(part !== undefined ? { part } : {}),
    vendor: vendor.toLowerCase(),
    product: product.toLowerCase(),
    ...(version !== undefined ? { version } : {}),
  };
}
