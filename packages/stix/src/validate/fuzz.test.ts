/**
 * Fuzz test with a fixed-seed PRNG: a few thousand mutated objects and bundles (taken from the
 * OASIS examples) go through the validators and the stream splitter. No exception may escape,
 * and every input ends valid or with findings that carry a rule id, a severity and a path.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES_DIR, listJsonFiles } from '../test-support/oasis.ts';
import {
  effectiveTlp,
  redactForRecipient,
  stixPatternHook,
  validateBundle,
  validateBundleStream,
  validateStixObject,
  type ValidationResult,
} from '../index.ts';

/** mulberry32: small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seeds = listJsonFiles(EXAMPLES_DIR).flatMap((f) => {
  const doc = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
  return doc.type === 'bundle' ? (doc.objects as Record<string, unknown>[]) : [doc];
});

const WEIRD: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e309,
  '',
  ' ',
  'x',
  '2016-13-45T99:99:99Z',
  'indicator--',
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  [],
  [null],
  {},
  { a: [] },
  true,
  '\u0000',
  'a'.repeat(300),
  ['[0]'],
  { __proto__: { polluted: 1 } },
];

function mutate(value: unknown, rnd: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  if (depth > 4 || rnd() < 0.15) return pick(WEIRD);
  if (Array.isArray(value)) {
    const copy = (value as unknown[]).map((v): unknown =>
      rnd() < 0.3 ? mutate(v, rnd, depth + 1) : v,
    );
    if (rnd() < 0.2) copy.push(pick(WEIRD));
    if (rnd() < 0.1) copy.splice(0, 1);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    for (const k of keys) {
      const r = rnd();
      if (r < 0.08) delete copy[k];
      else if (r < 0.25) copy[k] = mutate(copy[k], rnd, depth + 1);
    }
    if (rnd() < 0.15)
      copy[
        pick([
          'x_acme_field',
          'AB',
          'granular_markings',
          'extensions',
          'object_marking_refs',
          'severity',
          'objects',
          'id',
        ])
      ] = pick(WEIRD);
    if (rnd() < 0.1)
      copy.granular_markings = [
        {
          selectors: [pick(['description', 'name', 'x.[3]', 'external_references.[0]', ''])],
          marking_ref: pick(WEIRD),
        },
      ];
    return copy;
  }
  if (typeof value === 'string' && rnd() < 0.5)
    return value.slice(0, Math.floor(rnd() * value.length));
  return pick(WEIRD);
}

function assertWellFormed(result: ValidationResult, what: string): void {
  if (result.valid && result.findings.every((f) => f.severity === 'warning')) return;
  assert.ok(result.findings.length > 0, `${what}: invalid without findings`);
  for (const f of result.findings) {
    assert.ok(
      typeof f.ruleId === 'string' && f.ruleId.length > 0,
      `${what}: finding without rule id`,
    );
    assert.ok(f.severity === 'error' || f.severity === 'warning');
    assert.ok(f.path.startsWith('$'), `${what}: bad path ${f.path}`);
    assert.notEqual(f.ruleId, 'internal', `${what}: validator crashed: ${f.message}`);
  }
}

describe('fuzz', () => {
  it('3000 mutated objects: no exception, verdict with rule ids', () => {
    const rnd = prng(20261125);
    for (let i = 0; i < 3000; i++) {
      const object = mutate(seeds[Math.floor(rnd() * seeds.length)], rnd);
      const result = validateStixObject(object, { validatePatternHook: stixPatternHook });
      assertWellFormed(result, `object #${i}`);
      if (typeof object === 'object' && object !== null && !Array.isArray(object)) {
        effectiveTlp(object as Record<string, unknown>);
        redactForRecipient(object as Record<string, unknown>, { tlp: 'green' });
      }
    }
  });
  it('500 mutated bundles, in memory and streamed in random chunks', async () => {
    const rnd = prng(7);
    for (let i = 0; i < 500; i++) {
      const objects = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () =>
        mutate(seeds[Math.floor(rnd() * seeds.length)], rnd),
      );
      const bundle = mutate(
        { type: 'bundle', id: 'bundle--44af6c39-c09b-49c5-9de2-394224b04982', objects },
        rnd,
      );
      assertWellFormed(validateBundle(bundle), `bundle #${i}`);
      let text = JSON.stringify(bundle) ?? 'null';
      if (rnd() < 0.2) text = text.slice(0, Math.floor(rnd() * text.length)); // truncated input
      const size = 1 + Math.floor(rnd() * 200);
      const chunks: string[] = [];
      for (let p = 0; p < text.length; p += size) chunks.push(text.slice(p, p + size));
      assertWellFormed(await validateBundleStream(chunks), `streamed bundle #${i}`);
    }
  });
});
