/**
 * @module commands/peer.command
 * Names, options and help of `coopsec peer …` and `coopsec sync`, implemented in peer.ts
 * (loaded only when one of them runs).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./peer.ts');
const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerPeer(program: Command): void {
  const peer = program
    .command('peer')
    .description(
      'partner nodes this node exchanges with over TAXII 2.1 (credentials sealed with COOPSEC_SECRET_KEY)',
    );
  peer
    .command('add <name>')
    .description(
      'add a partner: its API root, the key this node uses there, and the collections linked',
    )
    .requiredOption(
      '--url <api-root>',
      "the partner's TAXII API root, e.g. https://kz.example/taxii2/default/",
    )
    .option('--key <key>', 'API key this node uses at the partner (default: COOPSEC_PEER_KEY)')
    .option(
      '--user <name>',
      'send the key as Basic password for this user (servers that only speak Basic)',
    )
    .requiredOption(
      '--org <org>',
      'local organisation that stands for the partner: its sharing agreements decide what the partner receives',
    )
    .option(
      '--link <local[=remote][:pull|push|both][@seconds]>',
      'a linked collection (repeatable); default direction both, schedule 300 s',
      collect,
    )
    .option('--hop-limit <n>', 'most nodes a version may pass through, its origin included', '4')
    .action(lazy(load, 'peerAddAction'));
  peer
    .command('list')
    .description('list partners and their last status')
    .action(lazy(load, 'peerListAction'));
  peer
    .command('status <name>')
    .description(
      "a partner's links, cursors and recent runs (objects in and out, refusals, duration)",
    )
    .option('--runs <n>', 'how many recent runs to show', '10')
    .action(lazy(load, 'peerStatusAction'));
  peer
    .command('remove <name>')
    .description('remove a partner and its links')
    .action(lazy(load, 'peerRemoveAction'));

  program
    .command('provenance <collection> <object-id>')
    .description(
      'where the versions of an object came from: the peer that delivered each, when, and the nodes on its path',
    )
    .action(lazy(load, 'provenanceAction'));

  program
    .command('sync <peer>')
    .description(
      'synchronise with a partner once now: pull, then push, for every linked collection',
    )
    .option('--direction <pull|push|both>', 'only this direction', 'both')
    .option('--reset', 'start again from the beginning (after a new agreement, say)')
    .action(lazy(load, 'syncAction'));
}
