/**
 * @module commands/assess.command
 * Names, arguments, options and help of the commands implemented in assess.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./assess.ts');

export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description(
      'show a country\u2019s five components by year, their change, the index with its weights and the weakest component',
    )
    .argument('<country>', 'ISO 3166 alpha-2 or alpha-3 code (KG or KGZ)')
    .option('--from <year>', 'first year (default: first year with data)')
    .option('--to <year>', 'last year (default: last year with data)')
    .option(
      '--weights <list>',
      'index weights, e.g. regulatory=2,infrastructure=1,… (default: equal)',
    )
    .option('--interpolate', 'fill missing years by linear interpolation, labelled as estimated')
    .action(lazy(load, 'assessAction'));
}
