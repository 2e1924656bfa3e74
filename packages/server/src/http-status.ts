/**
 * @module http-status
 * The one table from CoopsecError codes to HTTP statuses (STYLE.md §3). The REST layer
 * (problem+json) and the TAXII layer (TAXII 2.1 §3.6.1 error message) both read it; each
 * keeps only its own wording of the titles.
 */
import type { ErrorCode } from '@coopsec/model';

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED: 415,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};
