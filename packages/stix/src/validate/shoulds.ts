/**
 * @module validate/shoulds
 * SHOULD rules of STIX 2.1 reported as warnings: open-vocabulary use (§10), indicator name and
 * description (§4.7), ISO country codes (§4.10), lowercase dictionary keys (§2.4), and the
 * SCO property conventions of §6. Each rule id can be disabled through the options.
 */
import { child, type Ctx } from './context.ts';
import { SCO_TYPES } from '../registry/index.ts';
import { ISO_3166_1_ALPHA2 } from './codes.ts';
import { checkRelationshipType } from './relationships.ts';
import { isMimeType, isPlainObject } from './primitives.ts';
import { VOCABULARIES, VOCABULARY_USES } from './vocabularies.ts';

const NOT_VOCAB_FORMAT = /[A-Z _]/;

function checkVocabValue(
  item: unknown,
  use: { vocab: ReadonlySet<string>; name: string; prop: string },
  ctx: Ctx,
  path: string,
): void {
  if (typeof item !== 'string' || use.vocab.has(item)) return; // vocabulary values are well-formed
  ctx.warn(use.name, child(path, use.prop), `'${item}' is not in ${use.name}-ov`);
  if (use.name !== 'marking-definition-type' && NOT_VOCAB_FORMAT.test(item)) {
    ctx.warn(
      'open-vocab-format',
      child(path, use.prop),
      `'${item}' should be lowercase with hyphens as word separators`,
    );
  }
}

function checkVocabularies(
  object: Record<string, unknown>,
  type: string,
  ctx: Ctx,
  path: string,
): void {
  const uses = VOCABULARY_USES[type];
  if (uses === undefined) return;
  for (const prop in uses) {
    const name = uses[prop];
    if (name === undefined || !(prop in object)) continue;
    const value = object[prop];
    const vocab: ReadonlySet<string> = VOCABULARIES[name];
    if (Array.isArray(value))
      for (const item of value) checkVocabValue(item, { vocab, name, prop }, ctx, path);
    else checkVocabValue(value, { vocab, name, prop }, ctx, path);
  }
}

export function checkShoulds(
  object: Record<string, unknown>,
  type: string,
  ctx: Ctx,
  path: string,
): void {
  checkVocabularies(object, type, ctx, path);
  if (type === 'indicator') {
    // STIX 2.1 §4.7: name and description are optional but SHOULD be present; say which lacks.
    const missing = ['name', 'description'].filter((p) => !(p in object));
    if (missing.length > 0)
      ctx.warn(
        'indicator-properties',
        path,
        `an indicator should have a ${missing.join(' and a ')}`,
      );
  }
  if (
    type === 'location' &&
    typeof object.country === 'string' &&
    !ISO_3166_1_ALPHA2.has(object.country.toUpperCase())
  ) {
    ctx.warn('countries', child(path, 'country'), 'country should be an ISO 3166-1 alpha-2 code');
  }
  if (type === 'file' && typeof object.mime_type === 'string' && !isMimeType(object.mime_type)) {
    ctx.warn('mime-type', child(path, 'mime_type'), 'mime_type should be an IANA media type');
  }
  if (type === 'extension-definition') {
    if (!('description' in object))
      ctx.warn('extension-description', path, 'an extension definition should have a description');
    const types = Array.isArray(object.extension_types) ? object.extension_types : [];
    if (types.includes('toplevel-property-extension') && !('extension_properties' in object)) {
      ctx.warn(
        'extension-properties',
        path,
        'a toplevel-property-extension should list its extension_properties',
      );
    }
  }
  if (
    type === 'malware-analysis' &&
    typeof object.product === 'string' &&
    !/^[a-z0-9-]+$/.test(object.product)
  ) {
    ctx.warn(
      'malware-analysis-product',
      child(path, 'product'),
      'product should be lowercase with hyphens',
    );
  }
  checkScoExtensionShoulds(object, ctx, path);
  if (type === 'network-traffic' && Array.isArray(object.protocols)) {
    for (const p of object.protocols) {
      if (typeof p === 'string' && p !== p.toLowerCase())
        ctx.warn('protocols', child(path, 'protocols'), `protocol '${p}' should be lowercase`);
    }
  }
  if (SCO_TYPES.has(type) && ctx.should('observable-dictionary-keys'))
    checkDictKeys(object, ctx, path);
  if (type === 'relationship') checkRelationshipType(object, ctx, path);
}

const PDF_KEYS = new Set([
  'Title',
  'Author',
  'Subject',
  'Keywords',
  'Creator',
  'Producer',
  'CreationDate',
  'ModDate',
  'Trapped',
]);
const SOCKET_OPTION = /^(SO|ICMP|ICMP6|IP|IPV6|MCAST|TCP|IRLMP)_[A-Z0-9_]+$/;
const PE_TYPES = new Set(['dll', 'exe', 'sys']);

const ext = (
  object: Record<string, unknown>,
  name: string,
): Record<string, unknown> | undefined => {
  const all = object.extensions;
  const e = isPlainObject(all) ? all[name] : undefined;
  return isPlainObject(e) ? e : undefined;
};

/** Conventions of the predefined SCO extensions (STIX 2.1 §6.7.4, §6.7.5, §6.12.4, §6.13.2). */
function extPath(path: string, name: string, prop: string): string {
  return child(child(child(path, 'extensions'), name), prop);
}

function checkScoExtensionShoulds(object: Record<string, unknown>, ctx: Ctx, path: string): void {
  if (!isPlainObject(object.extensions)) return;
  const at = extPath.bind(undefined, path);
  const pdf = ext(object, 'pdf-ext')?.document_info_dict;
  if (isPlainObject(pdf)) {
    for (const k in pdf)
      if (!PDF_KEYS.has(k))
        ctx.warn(
          'pdf-doc-info',
          at('pdf-ext', 'document_info_dict'),
          `'${k}' is not a PDF document information dictionary key`,
        );
  }
  const pe = ext(object, 'windows-pebinary-ext')?.pe_type;
  if (typeof pe === 'string' && !PE_TYPES.has(pe))
    ctx.warn(
      'windows-pebinary-type',
      at('windows-pebinary-ext', 'pe_type'),
      `'${pe}' is not in windows-pebinary-type-ov`,
    );
  const priority = ext(object, 'windows-process-ext')?.priority;
  if (typeof priority === 'string' && !priority.endsWith('_CLASS'))
    ctx.warn(
      'windows-process-priority-format',
      at('windows-process-ext', 'priority'),
      "priority should end in '_CLASS'",
    );
  const options = ext(object, 'socket-ext')?.options;
  if (isPlainObject(options)) {
    for (const k in options)
      if (!SOCKET_OPTION.test(k))
        ctx.warn(
          'socket-options',
          at('socket-ext', 'options'),
          `'${k}' is not a socket option name (SO_*, IP_*, TCP_*, …)`,
        );
  }
}

/** Dictionaries whose keys are names from elsewhere (hash names, headers, PDF keys), not STIX keys. */
const DICT_KEY_EXCEPTIONS = new Set([
  'hashes',
  'file_header_hashes',
  'additional_header_fields',
  'request_header',
  'document_info_dict',
  'exif_tags',
  'ipfix',
  'options',
  'startup_info',
  'environment_variables',
  'extensions',
]);

/** STIX 2.1 §2.4: dictionary keys in the observable layer SHOULD be lowercase. */
function checkDictKeys(value: Record<string, unknown>, ctx: Ctx, path: string): void {
  for (const k in value) {
    if (/[A-Z]/.test(k))
      ctx.warn(
        'observable-dictionary-keys',
        child(path, k),
        `dictionary key '${k}' should be lowercase`,
      );
    const inner = value[k];
    if (isPlainObject(inner) && !DICT_KEY_EXCEPTIONS.has(k))
      checkDictKeys(inner, ctx, child(path, k));
  }
}
