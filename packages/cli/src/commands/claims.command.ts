/**
 * @module commands/claims.command
 * Names, arguments, options and help of the commands implemented in claims.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./claims.ts');

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description(
      'audit claims (the paper\u2019s or your own) against the data: holds, does not hold, cannot be decided',
    )
    .option('--source <name>', 'only claims of this set (the paper\u2019s are "paper")')
    .action(lazy(load, 'claimsAction'));

  program
    .command('claims-add')
    .description(
      'add (or replace) a set of your own claims from a JSON file, then audit them with claims --source <set>',
    )
    .argument('<file>', 'JSON: a list of claim records or {"claims": [...]}; - for stdin')
    .requiredOption(
      '--set <name>',
      'name of your claim set (replaces any earlier claims of that set)',
    )
    .action(lazy(load, 'claimsAddAction'));
}
