/**
 * @module stream/splitter
 * Incremental JSON splitter for STIX documents arriving in chunks. It walks the top level of
 * the document only: for a bundle it hands out each element of `objects` as soon as its last
 * byte arrives (parsed by the native `JSON.parse`), and keeps the other top-level properties
 * (the envelope). A top-level array is split the same way. Memory stays bounded by the largest
 * single object plus one chunk, so a 1 GB bundle validates in constant space.
 *
 * Scanning is one tight `charCodeAt` loop per value that tracks depth and string state, and
 * resumes where it stopped when a value spans chunks.
 */

export class JsonStreamError extends Error {
  /** Character offset in the document where the problem was found. */
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(`${message} (at character ${offset})`);
    this.name = 'JsonStreamError';
    this.offset = offset;
  }
}

type State =
  | 'start' // before the top-level value
  | 'key' // in the top-level object, expecting a key or '}'
  | 'colon'
  | 'value' // expecting a top-level property value
  | 'afterValue' // expecting ',' or '}'
  | 'elements' // inside the split array, expecting an element or ']'
  | 'afterElement' // expecting ',' or ']'
  | 'end';

const DELIM = /[\s,\]}]/g;

export interface SplitResult {
  readonly objects: unknown[];
}

export class JsonDocumentSplitter {
  private buf = '';
  private pos = 0;
  private consumed = 0; // characters dropped from the front of buf so far
  private state: State = 'start';
  private key = '';
  private afterComma = false;
  /** Top-level properties other than the split array. */
  readonly envelope: Record<string, unknown> = {};
  /** 'object' for `{…}` documents, 'array' for `[…]`. */
  shape: 'object' | 'array' | undefined;
  /** Whether the top-level object had an `objects` array that was split. */
  sawObjectsArray = false;
  // scan state of the value being captured
  private valueStart = -1;
  private depth = 0;
  private scanPos = 0;
  private inString = false;
  private escaped = false;

  /** Feeds the next chunk; returns the array elements completed by it. */
  push(chunk: string): unknown[] {
    if ((this.valueStart >= 0 ? this.valueStart : this.pos) > 65536) this.compact();
    this.buf += chunk;
    const out: unknown[] = [];
    this.run(out, false);
    return out;
  }

  /** Signals the end of input; throws if the document is incomplete. */
  end(): unknown[] {
    const out: unknown[] = [];
    this.run(out, true);
    this.skipWs();
    if (this.state !== 'end') throw new JsonStreamError('unexpected end of input', this.offset());
    if (this.pos < this.buf.length)
      throw new JsonStreamError('unexpected data after the document', this.offset());
    return out;
  }

  private offset(): number {
    return this.consumed + this.pos;
  }

  /** Drops what has been consumed (keeping a value still being captured). */
  private compact(): void {
    const cut = this.valueStart >= 0 ? this.valueStart : this.pos;
    this.buf = this.buf.slice(cut);
    this.consumed += cut;
    this.pos -= cut;
    if (this.valueStart >= 0) {
      this.valueStart -= cut;
      this.scanPos -= cut;
    }
  }

  private skipWs(): void {
    const b = this.buf;
    let p = this.pos;
    for (; p < b.length; p++) {
      const c = b.charCodeAt(p);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
    this.pos = p;
  }

  private fail(what: string): never {
    throw new JsonStreamError(what, this.offset());
  }

  private run(out: unknown[], final: boolean): void {
    for (;;) {
      this.skipWs();
      if (this.pos >= this.buf.length && this.valueStart < 0) return;
      const c = this.buf[this.pos];
      switch (this.state) {
        case 'start':
          if (c === '{') {
            this.shape = 'object';
            this.state = 'key';
            this.pos++;
          } else if (c === '[') {
            this.shape = 'array';
            this.state = 'elements';
            this.pos++;
          } else this.fail('a STIX document must be a JSON object or array');
          break;
        case 'key':
          if (c === '}' && !this.afterComma) {
            this.state = 'end';
            this.pos++;
            break;
          }
          this.afterComma = false;
          if (c !== '"') this.fail('expected a property name');
          {
            const value = this.capture(final);
            if (value === undefined) return;
            this.key = value as string;
            this.state = 'colon';
          }
          break;
        case 'colon':
          if (c !== ':') this.fail("expected ':'");
          this.pos++;
          this.state = 'value';
          break;
        case 'value':
          if (this.key === 'objects' && c === '[' && this.valueStart < 0) {
            this.pos++;
            this.sawObjectsArray = true;
            this.state = 'elements';
            break;
          }
          {
            const value = this.capture(final);
            if (value === undefined) return;
            this.envelope[this.key] = value === NULL ? null : value;
            this.state = 'afterValue';
          }
          break;
        case 'afterValue':
          if (c === ',') {
            this.pos++;
            this.state = 'key';
            this.afterComma = true;
          } else if (c === '}') {
            this.pos++;
            this.state = 'end';
          } else this.fail("expected ',' or '}'");
          break;
        case 'elements':
          if (c === ']' && this.valueStart < 0 && !this.afterComma) {
            this.pos++;
            this.state = this.shape === 'array' ? 'end' : 'afterValue';
            break;
          }
          {
            this.afterComma = false;
            const value = this.capture(final);
            if (value === undefined) return;
            out.push(value === NULL ? null : value);
            this.state = 'afterElement';
          }
          break;
        case 'afterElement':
          if (c === ',') {
            this.pos++;
            this.state = 'elements';
            this.afterComma = true;
          } else if (c === ']') {
            this.pos++;
            this.state = this.shape === 'array' ? 'end' : 'afterValue';
          } else this.fail("expected ',' or ']'");
          break;
        case 'end':
          return;
      }
    }
  }

  /** Captures one complete JSON value starting at pos; undefined if it is not complete yet. */
  private capture(final: boolean): unknown {
    const b = this.buf;
    if (this.valueStart < 0) {
      this.valueStart = this.pos;
      this.scanPos = this.pos;
      this.depth = 0;
      this.inString = false;
      this.escaped = false;
    }
    const first = b.charCodeAt(this.valueStart);
    let endIndex = -1;
    if (first === 123 || first === 91 || first === 34) {
      // One pass over the characters, resumable at a chunk boundary (depth and string state kept).
      const n = b.length;
      let p = this.scanPos;
      let depth = this.depth;
      let inString = this.inString;
      let escaped = this.escaped;
      for (; p < n; p++) {
        const ch = b.charCodeAt(p);
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === 92) escaped = true;
          else if (ch === 34) {
            inString = false;
            if (depth === 0) {
              endIndex = p + 1;
              break;
            }
          }
        } else if (ch === 34) inString = true;
        else if (ch === 123 || ch === 91) depth++;
        else if (ch === 125 || ch === 93) {
          depth--;
          if (depth === 0) {
            endIndex = p + 1;
            break;
          }
        }
      }
      this.scanPos = endIndex >= 0 ? endIndex : p;
      this.depth = depth;
      this.inString = endIndex >= 0 ? false : inString;
      this.escaped = endIndex >= 0 ? false : escaped;
    } else {
      DELIM.lastIndex = this.valueStart;
      const m = DELIM.exec(b);
      if (m !== null) endIndex = m.index;
      else if (final) endIndex = b.length;
    }
    if (endIndex < 0) {
      if (final) this.fail('unexpected end of input inside a value');
      return undefined;
    }
    const text = b.slice(this.valueStart, endIndex);
    this.pos = endIndex;
    this.valueStart = -1;
    try {
      const value: unknown = JSON.parse(text);
      return value === null ? NULL : value;
    } catch (error) {
      this.pos -= text.length;
      this.fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Stand-in for a parsed `null`, so that undefined can mean "not complete yet". */
const NULL = Symbol('null');
