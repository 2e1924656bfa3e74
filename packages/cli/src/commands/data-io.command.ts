/**
 * @module commands/data-io.command
 * Names, arguments, options and help of the commands implemented in data-io.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./data-io.ts');

export function registerDataIo(program: Command): void {
  program
    .command('import')
    .description('import assessments from a CSV or JSON file (all rows or none)')
    .argument(
      '<file>',
      'CSV (header: country,year,component,score,source,evidence,confidence,kind) or JSON; - for stdin',
    )
    .option('--format <format>', 'csv or json (default: from the file name)')
    .option('--replace', 'overwrite stored values for the same country, year and component')
    .option(
      '--sources <file>',
      'a CSV sheet of your own sources (id,title,publisher,url,doi,date,licence,note) added with the rows; a JSON file may hold {"sources": [...], "assessments": [...]} instead',
    )
    .option('--replace-sources', 'update your sources of the same ids from the sheet')
    .action(lazy(load, 'importAction'));

  program
    .command('export')
    .description(
      'export assessments as CSV or JSON; `export suricata|zeek` writes indicators for those engines',
    )
    .argument('[engine]', 'suricata or zeek (indicator files); omitted: assessments')
    .option('--country <code>', 'only this country (alpha-2 or alpha-3)')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file instead of stdout (a directory for an engine)')
    .option(
      '--indicators <file>',
      'engine exports: STIX bundle (.json) or JSON lines of indicators',
    )
    .option('--source <name>', 'zeek: meta.source of every line (default coopsec)')
    .action(lazy(() => import('./engine-export.ts'), 'exportDispatch'));
}
