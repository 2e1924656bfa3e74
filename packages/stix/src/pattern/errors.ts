/**
 * @module pattern/errors
 * The one error a pattern can raise while being parsed: where (line, column from 1) and what.
 * The message ends with the position, e.g. `expected ']' at 1:23`, so it reads well alone.
 *
 * @example
 * try { parsePattern('[file:name = ') } catch (e) { if (e instanceof PatternSyntaxError) e.column }
 */

export interface PatternPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** Line and column (both from 1) of an offset in `text`; `\r\n`, `\n` and `\r` end lines. */
export function positionOf(text: string, offset: number): PatternPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

export class PatternSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** The message without the position suffix. */
  readonly reason: string;
  /** Machine-readable rule that failed: `syntax` or one of the §9 MUST rules. */
  readonly ruleId: string;

  constructor(options: { reason: string; position: PatternPosition; ruleId?: string }) {
    const { reason, position } = options;
    // A syntax error is about the pattern text, not about our call stack, and capturing a
    // stack costs ~25 µs under a source-map-aware loader: parsing a feed full of broken
    // patterns would spend most of its time there. Capture none (restored synchronously).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(`${reason} at ${position.line}:${position.column}`);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.name = 'PatternSyntaxError';
    this.reason = reason;
    this.line = position.line;
    this.column = position.column;
    this.offset = position.offset;
    this.ruleId = options.ruleId ?? 'stix-pattern-syntax';
  }
}
