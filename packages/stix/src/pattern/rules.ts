/**
 * @module pattern/rules
 * §9 MUST rules checked on a parsed tree (those the parser cannot see while reading):
 * comparison expressions joined by AND inside one `[…]` must all be about the same object
 * type, because an AND is evaluated against a single SCO (STIX 2.1 §9.5, AND; the OASIS
 * python-stix2 library enforces the same rule). OR may mix types.
 *
 * @example
 * checkRules(parsePattern("[file:name = 'a' OR url:value = 'b']").ast); // []
 */
import type { ComparisonExpression, ObservationExpression } from './ast.ts';

/** A broken rule at an offset of the pattern text. */
export interface PatternIssueAt {
  readonly ruleId: string;
  readonly reason: string;
  readonly offset: number;
}

/** The object types a comparison expression can be true for. */
function objectTypes(cmp: ComparisonExpression, into: Set<string>): Set<string> {
  switch (cmp.type) {
    case 'comparison':
    case 'in':
    case 'exists':
      into.add(cmp.path.objectType);
      return into;
    case 'and':
    case 'or':
      for (const op of cmp.operands) objectTypes(op, into);
      return into;
  }
}

function checkComparison(cmp: ComparisonExpression, issues: PatternIssueAt[]): void {
  if (cmp.type !== 'and' && cmp.type !== 'or') return;
  for (const op of cmp.operands) checkComparison(op, issues);
  if (cmp.type !== 'and') return;
  const types = objectTypes(cmp, new Set());
  if (types.size > 1) {
    issues.push({
      ruleId: 'stix-pattern-and-object-type',
      reason: `comparisons joined by AND inside one [...] must use the same object type (found ${[...types].map((t) => `'${t}'`).join(', ')})`,
      offset: cmp.span.start,
    });
  }
}

export function checkRules(
  ast: ObservationExpression,
  issues: PatternIssueAt[] = [],
): PatternIssueAt[] {
  switch (ast.type) {
    case 'observation':
      checkComparison(ast.comparison, issues);
      break;
    case 'group':
      checkRules(ast.expression, issues);
      break;
    case 'and':
    case 'or':
    case 'followedby':
      for (const op of ast.operands) checkRules(op, issues);
      break;
  }
  return issues;
}
