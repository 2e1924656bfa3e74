/**
 * @module test-support/oasis
 * Test-only helpers: paths to the shared OASIS material (/work/shared, reached relative to the
 * repository) and an ajv validator over the official STIX 2.1 JSON Schemas (draft 2020-12,
 * `Ajv2020` with `unicodeRegExp: false` and `strict: false`, STACK.md §8). Never imported by
 * runtime code: ajv is a dev dependency used only to cross-check our own validator.
 */
/* eslint-disable no-restricted-imports -- test-only helper (reads /work/shared); runtime code never imports it */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** /work/shared/data, found from this file: packages/stix/src/test-support → ../../../../../shared */
export const SHARED_DATA = resolve(import.meta.dirname, '../../../../../shared/data');
export const SCHEMAS_DIR = join(SHARED_DATA, 'stix2-json-schemas/schemas');
export const EXAMPLES_DIR = join(SHARED_DATA, 'stix2-json-schemas/examples');
export const CORPUS_FILE = join(SHARED_DATA, 'stix-validator-corpus/cases-v21.jsonl');

export function listJsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export interface OasisValidator {
  /** Validates a bundle or a single object with the official schema for its type. */
  validate(document: unknown): { valid: boolean; errors: string[] };
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

export function loadOasisValidator(): OasisValidator {
  const ajv = new Ajv2020({ unicodeRegExp: false, strict: false, allErrors: false });
  addFormats(ajv);
  const byType = new Map<string, string>();
  for (const file of listJsonFiles(SCHEMAS_DIR)) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    byType.set(file.slice(file.lastIndexOf('/') + 1, -'.json'.length), schema.$id);
  }
  const compiled = new Map<string, ValidateFunction>();
  const get = (type: string): ValidateFunction | undefined => {
    const id = byType.get(type);
    if (id === undefined) return undefined;
    let fn = compiled.get(id);
    if (fn === undefined) {
      fn = ajv.getSchema(id);
      if (fn === undefined) return undefined;
      compiled.set(id, fn);
    }
    return fn;
  };
  return {
    validate(document) {
      const type =
        typeof document === 'object' && document !== null
          ? (document as { type?: unknown }).type
          : undefined;
      const fn = typeof type === 'string' ? (get(type) ?? get('core')) : undefined;
      if (fn === undefined) return { valid: false, errors: ['no schema for this document'] };
      const valid = fn(document);
      return {
        valid,
        errors: (fn.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`),
      };
    },
  };
}
