/**
 * @module commands/taxii-client.command
 * Names, arguments, options and help of the commands implemented in taxii-client.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./taxii-client.ts');

export function registerTaxiiClient(program: Command): void {
  program
    .command('push <bundle>')
    .description('add the objects of a STIX bundle (or - for stdin) to a TAXII 2.1 collection')
    .requiredOption(
      '--url <url>',
      "a collection's objects URL, or an API root URL with --collection",
    )
    .option('--collection <id>', 'collection id when --url is an API root')
    .option('--key <key>', 'API key (default: COOPSEC_KEY)')
    .option(
      '--user <name>',
      'send the key as Basic password for this user (servers that only speak Basic)',
    )
    .option('--chunk <n>', 'objects per request', '1000')
    .action(lazy(load, 'pushAction'));

  program
    .command('pull')
    .description('get objects from a TAXII 2.1 collection, resumably')
    .requiredOption(
      '--url <url>',
      "a collection's objects URL, or an API root URL with --collection",
    )
    .option('--collection <id>', 'collection id when --url is an API root')
    .option('--key <key>', 'API key (default: COOPSEC_KEY)')
    .option(
      '--user <name>',
      'send the key as Basic password for this user (servers that only speak Basic)',
    )
    .option('--added-after <timestamp>', 'only objects added after this time')
    .option('--limit <n>', 'page size to ask for', '1000')
    .option('--out <file>', 'write a STIX bundle here (.jsonl/.ndjson: JSON lines); default stdout')
    .option('--state <file>', 'resume state file (default <out>.state.json)')
    .action(lazy(load, 'pullAction'));
}
