/**
 * @module catalogues/edges-en
 * Messages of the edges that are not the dashboard or the report: the REST API's problem titles
 * (keys `problem.…`, one per error code; RFC 9457 §3.1.3: the title is for people and may be
 * localised, while `type` and `code` stay the same in every language) and the CLI's human output
 * (keys `cli.…`). Spread into the English catalogue.
 */
export const EDGES_EN = {
  'problem.BAD_INPUT': 'Bad input',
  'problem.UNAUTHENTICATED': 'Not signed in',
  'problem.FORBIDDEN': 'Forbidden',
  'problem.NOT_FOUND': 'Not found',
  'problem.CONFLICT': 'Conflict',
  'problem.TOO_LARGE': 'Too large',
  'problem.UNSUPPORTED': 'Unsupported',
  'problem.INTERNAL': 'Internal error',
  'problem.UNAVAILABLE': 'Unavailable',
  'problem.NOT_AVAILABLE_YET': 'Not available yet',
  'problem.internalDetail': 'an unexpected error occurred; it has been logged',
  'cli.error.more': '… and {n, plural, one {# more} other {# more}}',
} as const;
