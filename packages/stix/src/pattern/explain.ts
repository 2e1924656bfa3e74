/**
 * @module pattern/explain
 * Renders a pattern's syntax tree as an indented explanation for people (analysts reviewing
 * an indicator before it is shared). Wording follows the terms of STIX 2.1 §9.
 *
 * @example
 * explainPattern(parsePattern("[ipv4-addr:value = '1.2.3.4'] WITHIN 60 SECONDS").ast);
 * // Observation #1: an observed ipv4-addr where
 * //   value is equal to '1.2.3.4'
 * //   qualifier: all within 60 seconds
 */
import type {
  ComparisonExpression,
  Literal,
  ObjectPath,
  ObservationExpression,
  Qualifier,
  ValueOperator,
} from './ast.ts';

const INDENT = '  ';

const OPERATOR_WORDS: Record<ValueOperator, [string, string]> = {
  '=': ['is equal to', 'is not equal to'],
  '!=': ['is not equal to', 'is equal to'],
  '<': ['is less than', 'is not less than'],
  '<=': ['is less than or equal to', 'is not less than or equal to'],
  '>': ['is greater than', 'is not greater than'],
  '>=': ['is greater than or equal to', 'is not greater than or equal to'],
  LIKE: ['is like (SQL wildcards % and _)', 'is not like (SQL wildcards % and _)'],
  MATCHES: ['matches the regular expression', 'does not match the regular expression'],
  ISSUBSET: ['is an address or subnet inside', 'is not an address or subnet inside'],
  ISSUPERSET: ['is a subnet containing', 'is not a subnet containing'],
};

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A constant written back in pattern syntax. */
export function formatLiteral(lit: Literal): string {
  switch (lit.type) {
    case 'string':
      return quote(lit.value);
    case 'int':
    case 'float':
      return lit.type === 'float' && Number.isInteger(lit.value)
        ? lit.value.toFixed(1)
        : String(lit.value);
    case 'bool':
      return String(lit.value);
    case 'timestamp':
      return `t'${lit.value}'`;
    case 'hex':
      return `h'${lit.value}'`;
    case 'binary':
      return `b'${lit.value}'`;
  }
}

/** An object path written back in pattern syntax, without the object type. */
export function formatPath(path: ObjectPath): string {
  let out = '';
  for (const step of path.steps) {
    switch (step.kind) {
      case 'key':
        out +=
          (out === '' ? '' : '.') +
          (/^[A-Za-z_][A-Za-z0-9_]*$/.test(step.name) ? step.name : quote(step.name));
        break;
      case 'index':
        out += `[${step.index}]`;
        break;
      case 'any':
        out += '[*]';
        break;
    }
  }
  return out;
}

function explainQualifier(q: Qualifier): string {
  switch (q.type) {
    case 'within':
      return `all within ${q.seconds} seconds of each other`;
    case 'repeats':
      return `${q.times} times, each on different observations`;
    case 'startstop':
      return `each observed between ${q.start} (inclusive) and ${q.stop} (exclusive)`;
  }
}

function explainComparison(cmp: ComparisonExpression, depth: number, lines: string[]): void {
  const pad = INDENT.repeat(depth);
  switch (cmp.type) {
    case 'and':
    case 'or':
      lines.push(`${pad}${cmp.type === 'and' ? 'ALL of' : 'ANY of'}:`);
      for (const op of cmp.operands) explainComparison(op, depth + 1, lines);
      return;
    case 'exists':
      lines.push(
        `${pad}${cmp.path.objectType}:${formatPath(cmp.path)} is ${cmp.negated ? 'absent' : 'present'}`,
      );
      return;
    case 'in': {
      const values = cmp.values.map(formatLiteral).join(', ');
      lines.push(
        `${pad}${cmp.path.objectType}:${formatPath(cmp.path)} is ${cmp.negated ? 'not ' : ''}one of (${values})`,
      );
      return;
    }
    case 'comparison': {
      const words = OPERATOR_WORDS[cmp.operator][cmp.negated ? 1 : 0];
      lines.push(
        `${pad}${cmp.path.objectType}:${formatPath(cmp.path)} ${words} ${formatLiteral(cmp.value)}`,
      );
      return;
    }
  }
}

function objectTypes(cmp: ComparisonExpression, into: Set<string>): Set<string> {
  switch (cmp.type) {
    case 'and':
    case 'or':
      for (const op of cmp.operands) objectTypes(op, into);
      return into;
    case 'comparison':
    case 'in':
    case 'exists':
      into.add(cmp.path.objectType);
      return into;
  }
}

function explainObservation(ast: ObservationExpression, depth: number, lines: string[]): void {
  const pad = INDENT.repeat(depth);
  switch (ast.type) {
    case 'observation': {
      const types = [...objectTypes(ast.comparison, new Set())].join(' or ');
      lines.push(
        `${pad}Observation #${ast.index + 1}: one observed-data with an SCO of type ${types} where`,
      );
      explainComparison(ast.comparison, depth + 1, lines);
      for (const q of ast.qualifiers)
        lines.push(`${pad}${INDENT}qualifier: ${explainQualifier(q)}`);
      return;
    }
    case 'group':
      if (ast.qualifiers.length === 0) {
        explainObservation(ast.expression, depth, lines);
        return;
      }
      lines.push(`${pad}Group:`);
      explainObservation(ast.expression, depth + 1, lines);
      for (const q of ast.qualifiers)
        lines.push(`${pad}${INDENT}qualifier: ${explainQualifier(q)}`);
      return;
    case 'and':
      lines.push(`${pad}ALL of these, on different observations:`);
      break;
    case 'or':
      lines.push(`${pad}ANY of these:`);
      break;
    case 'followedby':
      lines.push(`${pad}IN THIS ORDER, each observed after the previous one:`);
      break;
  }
  for (const op of ast.operands) explainObservation(op, depth + 1, lines);
}

/** Indented, human-readable explanation of a pattern. */
export function explainPattern(ast: ObservationExpression): string {
  const lines: string[] = [];
  explainObservation(ast, 0, lines);
  return lines.join('\n');
}
