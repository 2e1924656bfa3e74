/**
 * @module exit-codes
 * Exit codes of `coopsec`. Scripts rely on them, so they never change meaning.
 *   0 success
 *   1 the command ran and its answer is negative (e.g. `stix validate`: invalid document)
 *   2 bad input or usage: the user can fix the arguments or data
 *   3 failure: a dependency or the program itself failed (database unreachable, bug)
 */
import type { ErrorCode } from '@coopsec/model';

export const EXIT_OK = 0;
export const EXIT_NEGATIVE = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_FAILURE = 3;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'BAD_INPUT':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'TOO_LARGE':
    case 'UNSUPPORTED':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return EXIT_BAD_INPUT;
    case 'UNAVAILABLE':
    case 'INTERNAL':
      return EXIT_FAILURE;
  }
}
