/**
 * @module rest/problem
 * RFC 9457 problem details for the REST API. The status of every CoopsecError code comes from the
 * one HTTP_STATUS table (STYLE.md §3); nothing else in the REST layer picks a status. Titles are
 * the catalogue's `problem.<code>`, in the language the request asked for.
 *
 * @example
 * reply.code(400).type(PROBLEM_MEDIA_TYPE).send(problemFromError(new CoopsecError('BAD_INPUT', 'year must be a number')));
 */
import { CoopsecError, toCoopsecError, type ErrorDetail } from '@coopsec/model';
import { translator, type Language } from '@coopsec/i18n';
import { HTTP_STATUS } from '../http-status.ts';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://coopsec.org/problems/';

/** One problem+json body. `errors` lists the fields (or rows, paths) at fault. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors: readonly ErrorDetail[];
}

/**
 * The problem for an error, its title in `lang` (RFC 9457 §3.1.3: the title may be localised;
 * `type`, `code` and the field names in `errors` are the same in every language). The detail is
 * the error's own message, which the domain writes in English.
 */
export function problemFromError(error: unknown, lang: Language = 'en'): Problem {
  const e = toCoopsecError(error);
  const { t } = translator(lang);
  // Internal errors are logged with their stack; the caller gets no internals.
  const detail = e.code === 'INTERNAL' ? t('problem.internalDetail') : e.message;
  return {
    type: `${TYPE_BASE}${e.code.toLowerCase().replace(/_/g, '-')}`,
    title: t(`problem.${e.code}`),
    status: HTTP_STATUS[e.code],
    detail,
    code: e.code,
    errors: e.details,
  };
}

/** A problem for a feature another part of the product has not delivered yet (HTTP 501). */
export function notAvailableProblem(feature: string, lang: Language = 'en'): Problem {
  return {
    type: `${TYPE_BASE}not-available-yet`,
    title: translator(lang).t('problem.NOT_AVAILABLE_YET'),
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
