/**
 * @module commands/inventory.command
 * Names, arguments, options and help of `coopsec inventory …` (implemented in inventory.ts,
 * loaded only when one of them runs).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./inventory.ts');

export function registerInventory(program: Command): void {
  const inventory = program
    .command('inventory')
    .description(
      "organisations' software inventories (CPE or purl with a version) and the advisories that concern them",
    );
  inventory
    .command('import <org> <file>')
    .description(
      "replace the organisation's inventory with a CSV file (header cpe_or_purl,version); one bad row and nothing is written",
    )
    .action(lazy(load, 'inventoryImportAction'));
  inventory
    .command('list <org>')
    .description("the organisation's inventory in file order")
    .action(lazy(load, 'inventoryListAction'));
  inventory
    .command('matches [org]')
    .description(
      'what the stored advisories say about the inventories (one organisation or all): affected, fixed, not affected, under investigation',
    )
    .option('--advisory <id>', 'only this advisory (report id or CSAF tracking id)')
    .option('--affected', 'only the entries that run an affected version')
    .option('--collection <id>', 'collection holding advisories (default: advisories)')
    .action(lazy(load, 'inventoryMatchesAction'));
  inventory
    .command('alerts [org]')
    .description(
      'alerts raised for organisations (one or all) whose inventory a stored advisory affects; an organisation is alerted only of advisories it may read (grant on the advisories collection, TLP)',
    )
    .option('--advisory <id>', 'only this advisory (its STIX report id)')
    .option('--raise', 'first raise what is due now (as the server does every minute)')
    .option('--limit <n>', 'at most this many, newest first (default 200)')
    .action(lazy(load, 'inventoryAlertsAction'));
}
