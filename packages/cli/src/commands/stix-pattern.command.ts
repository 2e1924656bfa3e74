/**
 * @module commands/stix-pattern.command
 * Names, arguments, options and help of the commands implemented in stix-pattern.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';
import { stixCommand } from './stix-group.ts';

const load = () => import('./stix-pattern.ts');

export function registerStixPattern(program: Command): void {
  const stix = stixCommand(program);

  stix
    .command('pattern')
    .description('parse a STIX 2.1 pattern and explain it (--json prints the syntax tree)')
    .argument('<pattern>', 'the pattern, e.g. "[ipv4-addr:value = \'1.2.3.4\']"')
    .action(lazy(load, 'patternAction'));

  stix
    .command('match')
    .description(
      'match a STIX 2.1 pattern against observed-data (exit 0 match, 1 no match, 2 error)',
    )
    .argument('<pattern>', 'the pattern')
    .argument('<file>', 'observed-data: one object, a bundle, an array or JSON lines; - for stdin')
    .action(lazy(load, 'matchAction'));
}
