/**
 * @module rest/problem
 * RFC 9457 problem details for the REST API. One table maps every CoopsecError code to its
 * HTTP status and problem type (STYLE.md §3); nothing else in the REST layer picks a status.
 *
 * @example
 * reply.code(400).type(PROBLEM_MEDIA_TYPE).send(problemFromError(new CoopsecError('BAD_INPUT', 'year must be a number')));
 */
import { CoopsecError, toCoopsecError, type ErrorCode, type ErrorDetail } from '@coopsec/model';
import { HTTP_STATUS } from '../http-status.ts';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://coopsec.org/problems/';

/** Code → problem title; the status comes from the shared HTTP_STATUS table. */
const PROBLEM_TITLES: Readonly<Record<ErrorCode, string>> = {
  BAD_INPUT: 'Bad input',
  UNAUTHENTICATED: 'Not signed in',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  TOO_LARGE: 'Too large',
  UNSUPPORTED: 'Unsupported',
  INTERNAL: 'Internal error',
  UNAVAILABLE: 'Unavailable',
};

/** Code → HTTP status and title. Keep in step with ErrorCode (the compiler checks it). */
export const PROBLEM_TABLE: Readonly<
  Record<ErrorCode, { readonly status: number; readonly title: string }>
> = Object.fromEntries(
  (Object.keys(PROBLEM_TITLES) as ErrorCode[]).map((code) => [
    code,
    { status: HTTP_STATUS[code], title: PROBLEM_TITLES[code] },
  ]),
) as Record<ErrorCode, { status: number; title: string }>;

/** One problem+json body. `errors` lists the fields (or rows, paths) at fault. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors: readonly ErrorDetail[];
}

export function problemFromError(error: unknown): Problem {
  const e = toCoopsecError(error);
  const row = PROBLEM_TABLE[e.code];
  // Internal errors are logged with their stack; the caller gets no internals.
  const detail =
    e.code === 'INTERNAL' ? 'an unexpected error occurred; it has been logged' : e.message;
  return {
    type: `${TYPE_BASE}${e.code.toLowerCase().replace(/_/g, '-')}`,
    title: row.title,
    status: row.status,
    detail,
    code: e.code,
    errors: e.details,
  };
}

/** A problem for a feature another part of the product has not delivered yet (HTTP 501). */
export function notAvailableProblem(feature: string): Problem {
  return {
    type: `${TYPE_BASE}not-available-yet`,
    title: 'Not available yet',
    status: 501,
    detail: `${feature} is not available in this build yet`,
    code: 'NOT_AVAILABLE_YET',
    errors: [],
  };
}

/** Thrown by routes for a missing feature; the error handler turns it into a 501 problem. */
export class NotAvailableError extends Error {
  readonly feature: string;
  constructor(feature: string) {
    super(`${feature} is not available yet`);
    this.name = 'NotAvailableError';
    this.feature = feature;
  }
}

/** Shorthand for a BAD_INPUT naming one field. */
export function badInput(field: string, message: string): CoopsecError {
  return new CoopsecError('BAD_INPUT', `${field}: ${message}`, { details: [{ field, message }] });
}
