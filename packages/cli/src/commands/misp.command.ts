/**
 * @module commands/misp.command
 * Names, arguments, options and help of `coopsec misp …` (implemented in misp.ts, loaded only
 * when one of them runs).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./misp.ts');

export function registerMisp(program: Command): void {
  const misp = program.command('misp').description('MISP events and feeds ↔ STIX 2.1');
  misp
    .command('import <source>')
    .description(
      'import MISP events into a collection as STIX 2.1 (a file, a .gz file, a feed folder or a feed URL); one transaction per event',
    )
    .requiredOption('--collection <id>', 'collection to write into')
    .requiredOption('--org <id>', 'organisation the import is written as (origin of the objects)')
    .option('--user <name>', 'user of that organisation (default: its first user)')
    .action(lazy(load, 'mispImportAction'));
  misp
    .command('export')
    .description('export a collection as MISP events (.json file) or as a MISP feed (folder)')
    .requiredOption('--collection <id>', 'collection to read')
    .requiredOption('--org <id>', 'organisation whose view of the collection is exported')
    .option('--user <name>', 'user of that organisation (default: its first user)')
    .requiredOption('--out <path>', 'a .json file, or a folder for a feed')
    .action(lazy(load, 'mispExportAction'));
  misp
    .command('convert <source>')
    .description('convert MISP events to a STIX 2.1 bundle without a database')
    .option('--out <file>', 'write the bundle to a file instead of stdout')
    .action(lazy(load, 'mispConvertAction'));
}
