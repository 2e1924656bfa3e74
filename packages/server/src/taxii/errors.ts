/**
 * @module taxii/errors
 * The one table that turns errors into HTTP statuses and TAXII error messages
 * (TAXII 2.1 §3.6.1 error message: title, description, error_id, error_code, http_status,
 * external_details, details). Every error under /taxii2 goes through {@link toTaxiiError}.
 */
import { randomUUID } from 'node:crypto';
import { CoopsecError, type ErrorCode } from '@coopsec/model';
import { isDatabaseBusy } from '@coopsec/store';
import { HTTP_STATUS } from '../http-status.ts';

/** A CoopsecError that also fixes the HTTP status (406 and 405 have no code of their own). */
export class TaxiiHttpError extends CoopsecError {
  readonly httpStatus: number;
  constructor(options: { code: ErrorCode; httpStatus: number; message: string }) {
    super(options.code, options.message);
    this.httpStatus = options.httpStatus;
  }
}

/** TAXII wording of each code's title; the status comes from the shared HTTP_STATUS table. */
const TAXII_TITLES: Record<ErrorCode, string> = {
  BAD_INPUT: 'Bad request',
  UNAUTHENTICATED: 'Unauthorized',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  TOO_LARGE: 'Request entity too large',
  UNSUPPORTED: 'Unsupported media type',
  UNAVAILABLE: 'Service unavailable',
  INTERNAL: 'Internal server error',
};

const STATUS: Record<ErrorCode, { status: number; title: string }> = Object.fromEntries(
  (Object.keys(TAXII_TITLES) as ErrorCode[]).map((code) => [
    code,
    { status: HTTP_STATUS[code], title: TAXII_TITLES[code] },
  ]),
) as Record<ErrorCode, { status: number; title: string }>;

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

/** Seconds a client should wait before retrying when the database was busy (Retry-After). */
export const BUSY_RETRY_SECONDS = 1;

export function toTaxiiError(error: unknown): {
  status: number;
  body: TaxiiErrorBody;
  internal: boolean;
  /** Set when the request may simply be retried (database busy): the Retry-After value. */
  retryAfter?: number;
} {
  let appError: CoopsecError;
  // A busy database is a temporary refusal, not a fault (RFC 9110 §15.6.4 503, §10.2.3).
  if (isDatabaseBusy(error)) {
    const busy = new CoopsecError(
      'UNAVAILABLE',
      `the database is busy; retry after ${BUSY_RETRY_SECONDS} s`,
      { cause: error },
    );
    return { ...toTaxiiError(busy), retryAfter: BUSY_RETRY_SECONDS };
  }
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
