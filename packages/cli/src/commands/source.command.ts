/**
 * @module commands/source.command
 * Names, arguments, options and help of `coopsec source add|list` (implemented in source.ts,
 * loaded only when one of them runs).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./source.ts');

export function registerSource(program: Command): void {
  const source = program
    .command('source')
    .description('the sources that assessments cite (your own surveys, reports, datasets)');
  source
    .command('add <id>')
    .description('add your own source; assessments cite it by id (the "source" column of import)')
    .requiredOption('--title <title>', 'title of the publication or dataset')
    .option('--publisher <name>', 'who published it (a ministry, an agency)')
    .option('--url <url>', 'where to find it (http or https)')
    .option('--doi <doi>', 'its DOI, e.g. 10.1234/abc')
    .option('--date <date>', 'publication date: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--licence <licence>', 'licence of the data, e.g. CC-BY-4.0')
    .option('--note <text>', 'anything a reader should know (method, coverage)')
    .option('--replace', 'update your source of the same id')
    .action(lazy(load, 'sourceAddAction'));
  source
    .command('list')
    .description('list sources, the bundled ones and yours')
    .option('--mine', 'only the sources you added')
    .action(lazy(load, 'sourceListAction'));
}
