/**
 * @module commands/advisory.command
 * Names, arguments, options and help of `coopsec advisory …` (implemented in advisory.ts,
 * loaded only when one of them runs).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./advisory.ts');

export function registerAdvisory(program: Command): void {
  const advisory = program
    .command('advisory')
    .description('vulnerability advisories: CSAF 2.0 in and out, stored and shared as STIX');
  const ORG = ['--org <id>', 'the organisation the stored versions are attributed to'] as const;
  const COLL = [
    '--collection <id>',
    'collection holding advisories (default: advisories)',
  ] as const;
  advisory
    .command('import <file>')
    .description(
      'validate a CSAF 2.0 document (schema and mandatory tests) and store it; the same release twice changes nothing',
    )
    .requiredOption(...ORG)
    .option(...COLL)
    .action(lazy(load, 'advisoryImportAction'));
  advisory
    .command('list')
    .description('stored advisories, newest release first, with CVEs and the highest CVSS score')
    .option('--org <id>', 'the organisation you act as', 'local')
    .option(...COLL)
    .action(lazy(load, 'advisoryListAction'));
  advisory
    .command('show <id>')
    .description(
      'one advisory (report id or CSAF tracking id): vulnerabilities, CVSS, product statuses',
    )
    .option('--org <id>', 'the organisation you act as', 'local')
    .option(...COLL)
    .action(lazy(load, 'advisoryShowAction'));
  advisory
    .command('export <id>')
    .description('write the advisory as a CSAF 2.0 document (stdout, or --out)')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--org <id>', 'the organisation you act as', 'local')
    .option(...COLL)
    .action(lazy(load, 'advisoryExportAction'));
}
