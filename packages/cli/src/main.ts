#!/usr/bin/env node
/**
 * @module main
 * Entry point of the `coopsec` command. Global options (`--json`, `--db`) are read by every
 * subcommand through `optsWithGlobals()`.
 */
import { Command, CommanderError } from '@commander-js/extra-typings';
import { registerCommands } from './commands/index.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './exit-codes.ts';

export function buildProgram(): Command {
  const program = new Command('coopsec')
    .description(
      'Assess national information-security systems and run cooperation between national centres',
    )
    .version('0.1.0')
    .option('--json', 'print one JSON document on stdout instead of text')
    .option(
      '--db <path|url>',
      'SQLite file path or postgres:// URL (default: COOPSEC_DB or the per-user data directory)',
    )
    .option(
      '--create',
      'create the SQLite file named by --db if it does not exist (the default database is created on first use; `coopsec init` always creates)',
    )
    .option(
      '--lang <code>',
      'language of human output and reports: en (default) or ru (default: COOPSEC_LANG, else en)',
    )
    .showHelpAfterError('(run with --help for usage)')
    // Every subcommand's help lists --json and --db too (they are accepted everywhere).
    .configureHelp({ showGlobalOptions: true })
    .exitOverride();
  registerCommands(program);
  return program;
}

async function main(): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
        error.code,
      );
      process.exitCode = benign ? EXIT_OK : EXIT_BAD_INPUT;
      return;
    }
    throw error;
  }
}

await main();
