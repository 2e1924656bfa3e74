/**
 * @module commands/init.command
 * Names, arguments, options and help of the commands implemented in init.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./init.ts');

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(
      'create the database and load the bundled data (the paper\u2019s dataset, GCI figures, claims)',
    )
    .action(lazy(load, 'initAction'));
}
