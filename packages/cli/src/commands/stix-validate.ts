/**
 * @module commands/stix-validate
 * `coopsec stix validate <file|->`: validates a STIX 2.1 bundle, a single object, a JSON array
 * of objects, or JSON lines (`--jsonl`, or a .jsonl/.ndjson file) against STIX 2.1 — MUST
 * rules as errors, SHOULD rules as warnings. The input is streamed, so large bundles validate
 * in bounded memory. Indicator patterns are checked by the patterning module.
 *
 * Exit codes: 0 valid, 1 invalid, 2 unreadable input or not JSON.
 *
 * @example
 * coopsec stix validate bundle.json
 * coopsec stix validate --strict --json - < bundle.json
 */
import { createReadStream } from 'node:fs';
import { CoopsecError } from '@coopsec/model';
import {
  readJsonLines,
  stixPatternHook,
  validateBundleStream,
  validateStixObject,
  type Finding,
  type StreamValidateOptions,
} from '@coopsec/stix';
import { globalOptions, type CommandLike } from '../options.ts';
import { EXIT_NEGATIVE, EXIT_OK } from '../exit-codes.ts';
import { action, printJson } from '../output.ts';

interface ValidateFlags {
  strict?: boolean;
  mustOnly?: boolean;
  enforceRefs?: boolean;
  patterns?: boolean;
  jsonl?: boolean;
  disable?: string[];
  maxFindings?: string;
}

interface Outcome {
  valid: boolean;
  kind: string;
  objectCount: number;
  findings: Finding[];
}

const source = (file: string): AsyncIterable<string | Uint8Array> =>
  file === '-'
    ? (process.stdin as AsyncIterable<Uint8Array>)
    : createReadStream(file, { highWaterMark: 1 << 20 });

async function validateJsonLines(file: string, options: StreamValidateOptions): Promise<Outcome> {
  const findings: Finding[] = [];
  let count = 0;
  let valid = true;
  for await (const object of readJsonLines(source(file))) {
    const r = validateStixObject(object, options);
    for (const f of r.findings) findings.push({ ...f, path: f.path.replace(/^\$/, `$[${count}]`) });
    valid &&= r.valid;
    count++;
  }
  return { valid, kind: 'jsonl', objectCount: count, findings };
}

async function run(file: string, flags: ValidateFlags): Promise<Outcome> {
  const options: StreamValidateOptions = {
    ...(flags.strict === true ? { strict: true } : {}),
    ...(flags.mustOnly === true ? { mustOnly: true } : {}),
    ...(flags.enforceRefs === true ? { enforceRefs: true } : {}),
    ...(flags.patterns !== false ? { validatePatternHook: stixPatternHook } : {}),
    ...(flags.disable && flags.disable.length > 0
      ? { disabled: flags.disable.flatMap((d) => d.split(',')) }
      : {}),
    ...(flags.maxFindings !== undefined ? { maxFindings: Number(flags.maxFindings) } : {}),
  };
  const jsonl = flags.jsonl === true || /\.(jsonl|ndjson)$/i.test(file);
  try {
    if (jsonl) return await validateJsonLines(file, options);
    const result = await validateBundleStream(source(file), options);
    const syntax = result.findings.find((f) => f.ruleId === 'json-syntax');
    if (syntax !== undefined)
      throw new CoopsecError(
        'BAD_INPUT',
        `${file === '-' ? 'stdin' : file} is not valid JSON: ${syntax.message}`,
      );
    return result;
  } catch (error) {
    if (error instanceof CoopsecError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    const what =
      typeof code === 'string' && /^E[A-Z]+$/.test(code) ? 'cannot be read:' : 'is not valid JSON:';
    throw new CoopsecError('BAD_INPUT', `${file === '-' ? 'stdin' : file} ${what} ${message}`, {
      cause: error,
    });
  }
}

/** `coopsec stix validate big.json | head` closes stdout early: that is not an error. */
function ignoreClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

function printHuman(file: string, outcome: Outcome): void {
  ignoreClosedPipe();
  const errors = outcome.findings.filter((f) => f.severity === 'error');
  const warnings = outcome.findings.filter((f) => f.severity === 'warning');
  const what =
    outcome.kind === 'object'
      ? 'object'
      : `${outcome.kind} with ${outcome.objectCount} object${outcome.objectCount === 1 ? '' : 's'}`;
  const name = file === '-' ? 'stdin' : file;
  process.stdout.write(
    `${outcome.valid ? 'valid' : 'INVALID'}: ${name} (${what}): ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}\n`,
  );
  const shown = [...errors, ...warnings].slice(0, 200);
  for (const f of shown)
    process.stdout.write(
      `  ${f.severity === 'error' ? 'error  ' : 'warning'} ${f.ruleId.padEnd(24)} ${f.path}: ${f.message}\n`,
    );
  if (outcome.findings.length > shown.length)
    process.stdout.write(
      `  … and ${outcome.findings.length - shown.length} more (use --json for all)\n`,
    );
}

export const validateAction = action(
  async (file: string, flags: ValidateFlags, command: CommandLike) => {
    const json = globalOptions(command).json === true;
    const outcome = await run(file, flags);
    if (json) {
      const errors = outcome.findings.filter((f) => f.severity === 'error').length;
      printJson({
        file,
        valid: outcome.valid,
        kind: outcome.kind,
        objectCount: outcome.objectCount,
        errors,
        warnings: outcome.findings.length - errors,
        findings: outcome.findings,
      });
    } else printHuman(file, outcome);
    return outcome.valid ? EXIT_OK : EXIT_NEGATIVE;
  },
);
