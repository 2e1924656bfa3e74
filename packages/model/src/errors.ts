/**
 * @module errors
 * One error type for every layer, one code table (STYLE.md §3). Layers above map codes to
 * CLI exit codes, HTTP problem+json statuses and TAXII error bodies; nothing else decides.
 */

/** Every error code the product raises. Keep in sync with the tables in cli and server. */
export type ErrorCode =
  | 'BAD_INPUT' // the caller's data or arguments are wrong: fix them and try again
  | 'NOT_FOUND' // the named thing does not exist
  | 'CONFLICT' // the data contradicts what is stored (duplicate, version clash)
  | 'UNAUTHENTICATED' // no or wrong credentials
  | 'FORBIDDEN' // credentials fine, grants or markings say no
  | 'TOO_LARGE' // a body or file exceeds a configured limit
  | 'UNSUPPORTED' // a media type, format or option this build does not handle
  | 'UNAVAILABLE' // a dependency (database, Chromium) is missing or unreachable
  | 'INTERNAL'; // a bug: report it

/** Where in the input a problem sits: a row of a file, a JSON path, a field name. */
export interface ErrorLocation {
  readonly row?: number;
  readonly field?: string;
  readonly path?: string;
  readonly record?: string;
}

export interface ErrorDetail extends ErrorLocation {
  readonly message: string;
}

/**
 * @example
 * throw new CoopsecError('BAD_INPUT', 'score must be between 0 and 100', {
 *   details: [{ row: 3, field: 'score', message: 'got 120' }],
 * });
 */
export class CoopsecError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: readonly ErrorDetail[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'CoopsecError';
    this.code = code;
    this.details = options.details ?? [];
  }
}

/** Wraps anything thrown into a CoopsecError, keeping the original as `cause`. */
export function toCoopsecError(error: unknown): CoopsecError {
  if (error instanceof CoopsecError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CoopsecError('INTERNAL', message, { cause: error });
}

/** Formats details as `row 3, field score: got 120` lines for people. */
export function describeDetail(detail: ErrorDetail): string {
  const where = [
    detail.record !== undefined ? `record ${detail.record}` : undefined,
    detail.row !== undefined ? `row ${detail.row}` : undefined,
    detail.field !== undefined ? `field ${detail.field}` : undefined,
    detail.path !== undefined ? `at ${detail.path}` : undefined,
  ].filter((part) => part !== undefined);
  return where.length > 0 ? `${where.join(', ')}: ${detail.message}` : detail.message;
}
