/**
 * @module commands/exchange-admin.command
 * Names, arguments, options and help of the commands implemented in exchange-admin.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./exchange-admin.ts');

export function registerExchangeAdmin(program: Command): void {
  const org = program
    .command('org')
    .description('organisations (national centres and their clients)');
  org
    .command('add <id>')
    .description('add an organisation')
    .requiredOption('--name <name>', 'display name')
    .option('--parent <org>', 'make it a client of this organisation (receives its TLP:AMBER)')
    .action(lazy(load, 'orgAddAction'));
  org.command('list').description('list organisations').action(lazy(load, 'orgListAction'));

  const key = program.command('key').description('API keys');
  key
    .command('create')
    .description(
      'create an API key for a user of an organisation (the user is created if new); prints the key once',
    )
    .requiredOption('--org <id>', 'organisation')
    .option('--user <name>', 'user name (default: <org>-api)')
    .option('--admin', 'make a new user a platform administrator')
    .action(lazy(load, 'keyCreateAction'));
  key
    .command('list')
    .description('list API keys with their user and organisation (never the secrets)')
    .action(lazy(load, 'keyListAction'));
  key
    .command('revoke <keyId>')
    .description('revoke an API key (the id shown by key list); servers refuse it within a second')
    .action(lazy(load, 'keyRevokeAction'));

  const collection = program.command('collection').description('TAXII collections and grants');
  collection
    .command('add <id>')
    .description('add a TAXII collection')
    .requiredOption('--title <title>', 'title')
    .option('--description <text>', 'description')
    .option('--owner <org>', 'owner organisation (may always read and write it)')
    .option('--api-root <name>', 'API root', 'default')
    .action(lazy(load, 'collectionAddAction'));
  collection
    .command('grant <collection>')
    .description('set what an organisation may do with a collection')
    .requiredOption('--org <id>', 'organisation')
    .option('--read', 'may read')
    .option('--write', 'may write')
    .action(lazy(load, 'collectionGrantAction'));
  collection
    .command('list')
    .description('list collections with their grants')
    .action(lazy(load, 'collectionListAction'));

  const agreement = program
    .command('agreement')
    .description('sharing agreements between organisations');
  agreement
    .command('add')
    .description(
      'let an organisation receive TLP levels of what another contributes to a collection',
    )
    .requiredOption('--from <org>', 'contributing organisation')
    .requiredOption('--to <org>', 'receiving organisation')
    .requiredOption('--collection <id>', 'collection')
    .requiredOption('--tlp <levels>', 'comma-separated: clear, green, amber, amber+strict')
    .action(lazy(load, 'agreementAddAction'));
  agreement
    .command('list')
    .description('list sharing agreements')
    .option('--collection <id>', 'only this collection')
    .action(lazy(load, 'agreementListAction'));

  program
    .command('audit')
    .description('show the latest audit log entries')
    .option('--limit <n>', 'how many', '50')
    .option('--org <id>', 'only this organisation')
    .action(lazy(load, 'auditAction'));
}
