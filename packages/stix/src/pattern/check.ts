/**
 * @module pattern/check
 * Non-throwing pattern check for the STIX validator: an indicator with `pattern_type: 'stix'`
 * hands its `pattern` here and gets a list of problems (empty when the pattern is valid).
 * A syntax error is reported alone (nothing after it can be trusted); otherwise every broken
 * §9 MUST rule is listed.
 *
 * @example
 * checkPattern("[file:name = 'a' AND url:value = 'b']");
 * // [{ ruleId: 'stix-pattern-and-object-type', message: '… at 1:2', line: 1, column: 2 }]
 */
import { PatternSyntaxError, positionOf } from './errors.ts';
import { parseWithIssues } from './parser.ts';

export interface PatternIssue {
  readonly ruleId: string;
  /** Human-readable, ending with `at line:column`. */
  readonly message: string;
  /** Where in the enclosing object; the validator sets it (e.g. `pattern`). */
  readonly path?: string;
  readonly line: number;
  readonly column: number;
}

/** Checks a STIX pattern; returns its problems, or [] when it is valid. Never throws for bad input. */
export function checkPattern(text: string, options: { path?: string } = {}): PatternIssue[] {
  const path = options.path;
  const withPath = (issue: Omit<PatternIssue, 'path'>): PatternIssue =>
    path === undefined ? issue : { ...issue, path };
  if (typeof text !== 'string') {
    return [
      withPath({
        ruleId: 'stix-pattern-syntax',
        message: 'pattern must be a string',
        line: 1,
        column: 1,
      }),
    ];
  }
  try {
    const { issues } = parseWithIssues(text);
    return issues.map((i) => {
      const p = positionOf(text, i.offset);
      return withPath({
        ruleId: i.ruleId,
        message: `${i.reason} at ${p.line}:${p.column}`,
        line: p.line,
        column: p.column,
      });
    });
  } catch (error) {
    if (error instanceof PatternSyntaxError) {
      return [
        withPath({
          ruleId: error.ruleId,
          message: error.message,
          line: error.line,
          column: error.column,
        }),
      ];
    }
    throw error;
  }
}

/**
 * `checkPattern` in the shape of the validator's `validatePatternHook` (messages only).
 * @example
 * validateStixObject(indicator, { validatePatternHook: stixPatternHook });
 */
export function stixPatternHook(pattern: string): string[] {
  return checkPattern(pattern).map((issue) => `${issue.message} (${issue.ruleId})`);
}
