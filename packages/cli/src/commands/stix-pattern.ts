/**
 * @module commands/stix-pattern
 * `coopsec stix pattern "<pattern>"`: parse a STIX 2.1 pattern (§9) and explain it (`--json`
 * prints the syntax tree). `coopsec stix match "<pattern>" <file>`: match it against
 * observed-data read from a file (one object, a bundle, an array or JSON lines; `-` is stdin).
 *
 * Exit codes: 0 parsed / matched, 1 no match, 2 parse error or unreadable input.
 *
 * @example
 * coopsec stix pattern "[ipv4-addr:value = '1.2.3.4'] WITHIN 60 SECONDS"
 * coopsec stix match "[file:hashes.MD5 = '…']" sightings.jsonl
 */
import { readFileSync } from 'node:fs';
import { CoopsecError } from '@coopsec/model';
import { PatternSyntaxError, compilePattern, explainPattern, parsePattern } from '@coopsec/stix';
import type { ObservationExpression, ObservedDataLike, PatternAst } from '@coopsec/stix';
import { globalOptions } from '../options.ts';
import type { CommandLike } from '../options.ts';
import { EXIT_BAD_INPUT, EXIT_NEGATIVE, EXIT_OK } from '../exit-codes.ts';
import { action, formatTable, printJson } from '../output.ts';

/** Prints a pattern syntax error with a caret under the column; returns exit code 2. */
function reportSyntaxError(pattern: string, error: PatternSyntaxError, json: boolean): number {
  if (json) {
    printJson({
      error: {
        code: 'BAD_INPUT',
        ruleId: error.ruleId,
        message: error.message,
        line: error.line,
        column: error.column,
      },
    });
    return EXIT_BAD_INPUT;
  }
  const line = pattern.split(/\r\n|\n|\r/)[error.line - 1] ?? '';
  process.stderr.write(
    `coopsec: pattern error: ${error.message}\n  ${line}\n  ${' '.repeat(Math.max(0, error.column - 1))}^\n`,
  );
  return EXIT_BAD_INPUT;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads observed-data and other objects (SCOs by id) from a JSON / JSON-lines document. */
export function readObservations(text: string): {
  observed: ObservedDataLike[];
  scos: Map<string, unknown>;
} {
  const items: unknown[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isRecord(value) && value.type === 'bundle' && Array.isArray(value.objects))
      value.objects.forEach(add);
    else items.push(value);
  };
  try {
    add(JSON.parse(text));
  } catch {
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        add(JSON.parse(line));
      } catch (error) {
        throw new CoopsecError(
          'BAD_INPUT',
          `line ${i + 1} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
  }
  const observed: ObservedDataLike[] = [];
  const scos = new Map<string, unknown>();
  for (const item of items) {
    if (!isRecord(item)) continue;
    if (item.type === 'observed-data') observed.push(item);
    else if (typeof item.id === 'string') scos.set(item.id, item);
  }
  if (observed.length === 0)
    throw new CoopsecError('BAD_INPUT', 'the input holds no observed-data object');
  return { observed, scos };
}

function observationTexts(ast: PatternAst, pattern: string): Map<number, string> {
  const out = new Map<number, string>();
  const walk = (node: ObservationExpression): void => {
    if (node.type === 'observation')
      out.set(node.index, pattern.slice(node.span.start, node.span.end));
    else if (node.type === 'group') walk(node.expression);
    else node.operands.forEach(walk);
  };
  walk(ast);
  return out;
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new CoopsecError(
      'NOT_FOUND',
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export const patternAction = action((pattern: string, _options: unknown, command: CommandLike) => {
  const json = globalOptions(command).json === true;
  let ast: PatternAst;
  try {
    ast = parsePattern(pattern).ast;
  } catch (error) {
    if (error instanceof PatternSyntaxError) return reportSyntaxError(pattern, error, json);
    throw error;
  }
  if (json) printJson(ast);
  else process.stdout.write(`${explainPattern(ast)}\n`);
  return EXIT_OK;
});

export const matchAction = action(
  (pattern: string, file: string, _options: unknown, command: CommandLike) => {
    const json = globalOptions(command).json === true;
    let compiled;
    try {
      compiled = compilePattern(pattern);
    } catch (error) {
      if (error instanceof PatternSyntaxError) return reportSyntaxError(pattern, error, json);
      throw error;
    }
    const { observed, scos } = readObservations(readInput(file));
    const result = compiled.match(observed, { scos });
    const texts = observationTexts(compiled.ast, pattern);
    const observations = result.observations.map((o) => ({
      observation: o.observation + 1,
      expression: texts.get(o.observation) ?? '',
      observedData: o.observedData.map((d) => d.id ?? `#${d.index + 1}`),
    }));
    if (json) {
      printJson({
        matched: result.matched,
        observations,
        truncated: result.truncated,
        observedDataCount: observed.length,
      });
    } else {
      process.stdout.write(
        `${result.matched ? 'match' : 'no match'} (${observed.length} observed-data)\n`,
      );
      if (result.matched) {
        const rows = observations.map((o) => [
          o.observation,
          o.expression,
          o.observedData.join(', '),
        ]);
        process.stdout.write(`${formatTable(['#', 'observation', 'observed-data'], rows)}\n`);
      }
      if (result.truncated)
        process.stderr.write(
          'coopsec: search stopped at the combination limit; a match may have been missed\n',
        );
    }
    return result.matched ? EXIT_OK : EXIT_NEGATIVE;
  },
);
