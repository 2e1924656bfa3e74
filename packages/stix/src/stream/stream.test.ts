/**
 * Tests of the streaming reader, writers and bounded-memory validation.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES_DIR, listJsonFiles } from '../test-support/oasis.ts';
import {
  JsonDocumentSplitter,
  JsonStreamError,
  readBundleObjects,
  readJsonLines,
  validateBundleStream,
  validateDocument,
  writeBundle,
  writeJsonLines,
} from '../index.ts';

const chunksOf = (text: string, size: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
};
const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

const tricky = {
  type: 'bundle',
  objects: [
    {
      type: 'note',
      content: 'braces } ] { [ and "quotes" and \\ backslashes \\" and unicode é 漢字 🎉',
      n: [1, 2, { a: null }],
    },
    null,
    42,
    'a string with ] inside',
    { empty: {}, list: [] },
  ],
  id: 'bundle--44af6c39-c09b-49c5-9de2-394224b04982',
  x_after: { nested: [true, false] },
};

describe('JsonDocumentSplitter', () => {
  for (const size of [1, 2, 3, 7, 64, 100_000]) {
    it(`splits a bundle fed in ${size}-character chunks`, async () => {
      const text = JSON.stringify(tricky, null, size % 2 === 0 ? 2 : 0);
      const envelope: Record<string, unknown> = {};
      const objects = await collect(readBundleObjects(chunksOf(text, size), { envelope }));
      assert.deepEqual(objects, tricky.objects);
      assert.deepEqual(envelope, { type: 'bundle', id: tricky.id, x_after: tricky.x_after });
    });
  }
  it('decodes UTF-8 split inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(tricky));
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 5) pieces.push(bytes.subarray(i, i + 5));
    assert.deepEqual(await collect(readBundleObjects(pieces)), tricky.objects);
  });
  it('splits a top-level array and keeps a single object whole', async () => {
    assert.deepEqual(await collect(readBundleObjects(['[{"a":1},', '{"b":2}]'])), [
      { a: 1 },
      { b: 2 },
    ]);
    const s = new JsonDocumentSplitter();
    assert.deepEqual(
      [...s.push('{"type":"indicator","objects":{"0":{}},"x":"y"}'), ...s.end()],
      [],
    );
    assert.deepEqual(s.envelope, { type: 'indicator', objects: { '0': {} }, x: 'y' });
  });
  for (const bad of [
    '{"objects":[{"a":1},]}',
    '{"objects":[{"a":1}',
    '{"a":1,}',
    '{"a" 1}',
    '[1 2]',
    '{"objects":[{"a":tru}]}',
    '{} {}',
    '"x"',
  ]) {
    it(`rejects malformed input ${bad}`, async () => {
      await assert.rejects(collect(readBundleObjects(chunksOf(bad, 3))), JsonStreamError);
    });
  }
});

describe('JSON lines and writers', () => {
  it('reads JSON lines with blank lines and reports the bad line', async () => {
    assert.deepEqual(await collect(readJsonLines(['{"a":1}\n\n{"b"', ':2}\n{"c":3}'])), [
      { a: 1 },
      { b: 2 },
      { c: 3 },
    ]);
    await assert.rejects(collect(readJsonLines(['{"a":1}\n{oops}\n'])), /line 2/);
  });
  it('round-trips objects through writeBundle and writeJsonLines', async () => {
    const objects = tricky.objects;
    const bundleText = (await collect(writeBundle(objects, { id: tricky.id }))).join('');
    assert.deepEqual(JSON.parse(bundleText), { type: 'bundle', id: tricky.id, objects });
    assert.deepEqual(await collect(readBundleObjects([bundleText])), objects);
    const lines = (await collect(writeJsonLines(objects))).join('');
    assert.deepEqual(await collect(readJsonLines([lines])), objects);
  });
});

describe('validateBundleStream', () => {
  for (const file of listJsonFiles(EXAMPLES_DIR)) {
    it(`gives the same findings as validateDocument for ${file.slice(EXAMPLES_DIR.length + 1)}`, async () => {
      const text = readFileSync(file, 'utf8');
      const streamed = await validateBundleStream(chunksOf(text, 997));
      const doc = JSON.parse(text) as { type?: string };
      const whole = validateDocument(doc);
      assert.deepEqual(streamed.findings, whole.findings);
      assert.equal(streamed.valid, whole.valid);
      assert.equal(streamed.kind, doc.type === 'bundle' ? 'bundle' : 'object');
    });
  }
  it('validates a single object and reports JSON errors as findings', async () => {
    const single = await validateBundleStream(['{"type":"indicator"}']);
    assert.equal(single.kind, 'object');
    assert.equal(single.valid, false);
    const broken = await validateBundleStream(['{"type":"bundle","objects":[{]}']);
    assert.equal(broken.valid, false);
    assert.equal(broken.findings.at(-1)?.ruleId, 'json-syntax');
  });
  it('caps the findings list but keeps the verdict', async () => {
    const objects = Array.from({ length: 50 }, () => ({ type: 'indicator' }));
    const r = await validateBundleStream(
      [JSON.stringify({ type: 'bundle', id: tricky.id, objects })],
      { maxFindings: 10 },
    );
    assert.equal(r.valid, false);
    assert.equal(r.findings.length, 11);
    assert.equal(r.findings.at(-1)?.ruleId, 'findings-truncated');
  });
});
