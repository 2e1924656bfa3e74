/**
 * @module taxii/errors
 * The one table that turns errors into HTTP statuses and TAXII error messages
 * (TAXII 2.1 §3.6.1 error message: title, description, error_id, error_code, http_status,
 * external_details, details). Every error under /taxii2 goes through {@link toTaxiiError}.
 */
import { randomUUID } from 'node:crypto';
import { CoopsecError, type ErrorCode } from '@coopsec/model';

/** A CoopsecError that also fixes the HTTP status (406 and 405 have no code of their own). */
export class TaxiiHttpError extends CoopsecError {
  readonly httpStatus: number;
  constructor(options: { code: ErrorCode; httpStatus: number; message: string }) {
    super(options.code, options.message);
    this.httpStatus = options.httpStatus;
  }
}

const STATUS: Record<ErrorCode, { status: number; title: string }> = {
  BAD_INPUT: { status: 400, title: 'Bad request' },
  UNAUTHENTICATED: { status: 401, title: 'Unauthorized' },
  FORBIDDEN: { status: 403, title: 'Forbidden' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  CONFLICT: { status: 409, title: 'Conflict' },
  TOO_LARGE: { status: 413, title: 'Request entity too large' },
  UNSUPPORTED: { status: 415, title: 'Unsupported media type' },
  UNAVAILABLE: { status: 503, title: 'Service unavailable' },
  INTERNAL: { status: 500, title: 'Internal server error' },
};

const TITLES: Record<number, string> = { 405: 'Method not allowed', 406: 'Not acceptable' };

export interface TaxiiErrorBody {
  readonly title: string;
  readonly description: string;
  readonly error_id: string;
  readonly error_code: string;
  readonly http_status: string;
  readonly details?: Record<string, unknown>;
}

/** Fastify's own errors carry a statusCode and an FST_ code; map them onto ours. */
function fromFramework(error: {
  statusCode?: number;
  code?: string;
  message: string;
}): CoopsecError | undefined {
  switch (error.statusCode) {
    case 413:
      return new CoopsecError('TOO_LARGE', 'the request body is larger than max_content_length');
    case 415:
      return new CoopsecError(
        'UNSUPPORTED',
        `unsupported Content-Type; use ${'application/taxii+json;version=2.1'}`,
      );
    case 400:
      return new CoopsecError('BAD_INPUT', error.message);
    case 404:
      return new CoopsecError('NOT_FOUND', error.message);
    case undefined:
    default:
      return undefined;
  }
}

export function toTaxiiError(error: unknown): {
  status: number;
  body: TaxiiErrorBody;
  internal: boolean;
} {
  let appError: CoopsecError;
  if (error instanceof CoopsecError) appError = error;
  else if (
    typeof error === 'object' &&
    error !== null &&
    'statusCode' in error &&
    error instanceof Error
  ) {
    appError =
      fromFramework(error as Error & { statusCode?: number; code?: string }) ??
      new CoopsecError('INTERNAL', 'internal error', { cause: error });
  } else appError = new CoopsecError('INTERNAL', 'internal error', { cause: error });
  const entry = STATUS[appError.code];
  const status = appError instanceof TaxiiHttpError ? appError.httpStatus : entry.status;
  const internal = appError.code === 'INTERNAL';
  const body: TaxiiErrorBody = {
    title: TITLES[status] ?? entry.title,
    // Internal errors say nothing about the internals (they are logged instead).
    description: internal
      ? 'the server failed to process the request; the error was logged'
      : appError.message,
    error_id: randomUUID(),
    error_code: appError.code,
    http_status: String(status),
    ...(appError.details.length > 0 ? { details: { problems: appError.details } } : {}),
  };
  return { status, body, internal };
}
