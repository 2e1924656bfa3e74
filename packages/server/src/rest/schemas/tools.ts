/**
 * @module rest/schemas/tools
 * Requests of the CLI's jobs over HTTP: assessment import, sources, crosswalk, STIX checks.
 * Rows, sources and STIX documents are only required to be there: the app and stix packages
 * judge their content row by row, field by field.
 */
import { z } from 'zod';
import { FRAMEWORK_IDS } from '@coopsec/model';
import { body, bool, oneOf, queryBool, text } from './common.ts';

const rowsOrSources = (what: string) =>
  z.array(z.unknown(), {
    error: (i) => (i.input === undefined ? `an array of ${what} is required` : 'must be an array'),
  });

export const importBody = body({
  rows: rowsOrSources('assessment rows'),
  sources: rowsOrSources('sources').optional(),
  replace: bool.optional(),
});

/** The source's own fields are checked by the app's `addSource`. */
export const sourceBody = z.looseObject(
  { replace: bool.optional() },
  { error: 'must be a JSON object' },
);

const framework = oneOf(FRAMEWORK_IDS);

export const crosswalkQuery = z.object({
  from: framework,
  to: framework,
  id: text(64).min(1, 'must not be empty'),
  expand: queryBool.optional(),
});

export const stixValidateBody = body({
  document: z
    .unknown()
    .refine((d) => d !== undefined, 'a STIX bundle, object or array of objects is required'),
  strict: bool.optional(),
});

export const stixPatternBody = body({ pattern: text(100_000).min(1, 'must not be empty') });
