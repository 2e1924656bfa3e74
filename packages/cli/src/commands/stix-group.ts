/**
 * @module commands/stix-group
 * The shared `coopsec stix` parent command. Several modules add subcommands to it (`stix
 * validate`, `stix pattern`, `stix match`); whichever registers first creates it.
 */
import type { Command } from '@commander-js/extra-typings';

/** Returns the program's `stix` subcommand, creating it on first use. */
export function stixCommand(program: Command): Command {
  const existing = program.commands.find((c) => c.name() === 'stix');
  if (existing !== undefined) return existing as unknown as Command;
  return program
    .command('stix')
    .description('STIX 2.1: validate documents, parse, explain and match patterns');
}
