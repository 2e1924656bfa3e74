/**
 * @module errors
 * The one way this package refuses input: a CoopsecError BAD_INPUT whose details name each
 * field and reason, so the CLI and REST layers can show them unchanged.
 */
import { CoopsecError, type ErrorDetail } from '@coopsec/model';

/** Throws BAD_INPUT when `problems` is not empty; `what` opens the message. */
export function refuse(what: string, problems: readonly ErrorDetail[]): void {
  if (problems.length === 0) return;
  const summary = problems.map((p) => `${p.field ?? ''} ${p.message}`.trim()).join('; ');
  throw new CoopsecError('BAD_INPUT', `${what}: ${summary}`, { details: problems });
}
