/**
 * @module stream/io
 * STIX documents as streams: bundles and JSON lines in, bundles and JSON lines out. Sources
 * are async (or sync) iterables of strings or bytes (`Uint8Array`, which Node's `Buffer` is),
 * so the package needs no Node streams; `fs.createReadStream` and Web `ReadableStream`s both
 * iterate that way.
 */
import { JsonDocumentSplitter, JsonStreamError } from './splitter.ts';

export type ChunkSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** Decodes a byte/string source to strings (UTF-8, split multi-byte characters handled). */
export async function* decodeChunks(source: ChunkSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // tolerate a UTF-8 BOM
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

export interface BundleReadResult {
  /** Top-level properties other than `objects` (type, id, …), complete once iteration ends. */
  readonly envelope: Record<string, unknown>;
}

/**
 * Yields the objects of a bundle (or of a top-level JSON array) one at a time.
 * @example
 * const envelope = {};
 * for await (const object of readBundleObjects(fs.createReadStream(path), { envelope })) …
 */
export async function* readBundleObjects(
  source: ChunkSource,
  options: { envelope?: Record<string, unknown>; splitter?: JsonDocumentSplitter } = {},
): AsyncGenerator<unknown> {
  const splitter = options.splitter ?? new JsonDocumentSplitter();
  for await (const text of decodeChunks(source)) yield* splitter.push(text);
  yield* splitter.end();
  if (options.envelope) Object.assign(options.envelope, splitter.envelope);
}

/** Yields one parsed object per non-blank line of a JSON-lines source. */
export async function* readJsonLines(source: ChunkSource): AsyncGenerator<unknown> {
  let rest = '';
  let line = 0;
  let offset = 0;
  const parse = (text: string): unknown => {
    line++;
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new JsonStreamError(
        `line ${line}: ${error instanceof Error ? error.message : String(error)}`,
        offset,
      );
    }
  };
  for await (const text of decodeChunks(source)) {
    rest += text;
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      const current = rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      if (current.trim() !== '') yield parse(current);
      else line++;
      offset += nl + 1;
      nl = rest.indexOf('\n');
    }
  }
  if (rest.trim() !== '') yield parse(rest);
}

type ObjectSource = AsyncIterable<unknown> | Iterable<unknown>;

/** Serialises objects as a bundle, one chunk per object (STIX 2.1 §8). */
export async function* writeBundle(
  objects: ObjectSource,
  options: { id: string },
): AsyncGenerator<string> {
  yield `{"type":"bundle","id":${JSON.stringify(options.id)},"objects":[`;
  let first = true;
  for await (const object of objects) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(object)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** Serialises objects as JSON lines. */
export async function* writeJsonLines(objects: ObjectSource): AsyncGenerator<string> {
  for await (const object of objects) yield `${JSON.stringify(object)}\n`;
}

export { JsonDocumentSplitter, JsonStreamError };
