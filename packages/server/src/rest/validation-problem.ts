/**
 * @module rest/validation-problem
 * A schema failure (zod, through fastify-type-provider-zod) as the same BAD_INPUT problem the
 * routes raise themselves: one `errors` entry per field, named by its dotted path inside the
 * part of the request at fault (`year`, `weights.regulatory`); a failure of the whole part
 * (a body that is not an object) names the part (`body`, `querystring`).
 */
import type { Language } from '@coopsec/i18n';
import { CoopsecError } from '@coopsec/model';
import { problemFromError, type Problem } from './problem.ts';

/** The shape Fastify gives a validator's issues (`error.validation`). */
export interface SchemaIssue {
  readonly instancePath?: string;
  readonly message?: string;
}

export function validationProblem(
  issues: readonly SchemaIssue[],
  context: string,
  lang: Language = 'en',
): Problem {
  const details = issues.map((issue) => {
    const path = (issue.instancePath ?? '').split('/').filter((s) => s !== '');
    return {
      field: path.length > 0 ? path.join('.') : context,
      message: issue.message ?? 'is not valid',
    };
  });
  const first = details[0];
  const summary =
    details.length === 1 && first !== undefined
      ? `${first.field}: ${first.message}`
      : `${details.length} problems in the ${context}`;
  return problemFromError(new CoopsecError('BAD_INPUT', summary, { details }), lang);
}
