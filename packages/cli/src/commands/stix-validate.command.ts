/**
 * @module commands/stix-validate.command
 * Names, arguments, options and help of the commands implemented in stix-validate.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';
import { stixCommand } from './stix-group.ts';

const load = () => import('./stix-validate.ts');

export function registerStixValidate(program: Command): void {
  stixCommand(program)
    .command('validate')
    .description(
      'validate a STIX 2.1 bundle, object, array or JSON lines (MUST rules: errors; SHOULD rules: warnings)',
    )
    .argument('<file>', 'JSON or JSON-lines file; - for stdin')
    .option('--strict', 'count SHOULD-rule warnings as failures')
    .option('--must-only', 'check MUST rules only')
    .option('--enforce-refs', 'every reference must resolve inside the bundle')
    .option('--no-patterns', 'do not parse indicator patterns')
    .option('--jsonl', 'the input is JSON lines (one object per line)')
    .option(
      '--disable <rules...>',
      'SHOULD rule ids or groups to skip (e.g. custom-prefix, approved-values)',
    )
    .option('--max-findings <n>', 'list at most n findings (default 10000)')
    .action(lazy(load, 'validateAction'));
}
