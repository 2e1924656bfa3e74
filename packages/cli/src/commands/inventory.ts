/**
 * @module commands/inventory
 * `coopsec inventory import | list | matches`: thin adapters over the inventory use cases of
 * @coopsec/app. The CSV file (header `cpe_or_purl,version`) is read by the app's
 * `importInventoryCsv`, the same use case as REST's upload. With `--json` each prints the use
 * case's answer.
 */
import { readFile } from 'node:fs/promises';
import { importInventoryCsv, inventoryMatches, listInventory } from '@coopsec/app';
import { CoopsecError } from '@coopsec/model';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, formatTable, show } from '../output.ts';

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CoopsecError('NOT_FOUND', `cannot read ${file}: ${(error as Error).message}`, {
      details: [{ field: '<file>', message: 'no such readable file' }],
    });
  }
}

export const inventoryImportAction = action(
  async (org: string, file: string, _o: unknown, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const csv = await readText(file);
      const done = await importInventoryCsv(store, { orgId: org, csv, name: file });
      show(command, done, `${org}: inventory replaced, ${done.entries} entries`);
    }),
);

export const inventoryListAction = action(async (org: string, _o: unknown, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const list = await listInventory(store, org);
    show(
      command,
      list,
      list.entries.length === 0
        ? `${org} has no inventory. Import one with: coopsec inventory import ${org} <file.csv>`
        : formatTable(
            ['#', 'cpe or purl', 'version'],
            list.entries.map((e) => [e.position, e.identifier, e.version]),
          ),
    );
  }),
);

export const inventoryMatchesAction = action(
  async (
    org: string | undefined,
    o: { advisory?: string; affected?: boolean; collection?: string },
    command: CommandLike,
  ) =>
    withStore(globalOptions(command), async (store) => {
      const found = await inventoryMatches(store, {
        ...(org !== undefined ? { orgId: org } : {}),
        ...(o.advisory !== undefined ? { advisoryId: o.advisory } : {}),
        who: {
          orgId: org ?? 'local',
          ...(o.collection !== undefined ? { collection: o.collection } : {}),
        },
      });
      const answer =
        o.affected === true ? { ...found, matches: found.matches.filter((m) => m.matched) } : found;
      const affected = Object.entries(answer.affected)
        .map(([id, n]) => `${id}: ${n}`)
        .join(', ');
      const problems = answer.problems.map(
        (p) => `  left out: product ${p.productId} of ${p.advisoryId}: ${p.message}`,
      );
      show(
        command,
        answer,
        [
          answer.matches.length === 0
            ? 'No stored advisory says anything about these inventories.'
            : formatTable(
                ['org', 'advisory', 'CVE', 'cpe or purl', 'version', 'status', 'alert'],
                answer.matches.map((m) => [
                  m.orgId,
                  m.trackingId,
                  m.cve,
                  m.identifier,
                  m.version,
                  m.status.replace(/_/g, ' '),
                  m.matched ? 'yes' : 'no',
                ]),
              ),
          `affected entries: ${affected === '' ? 'none' : affected}`,
          ...problems,
        ].join('\n'),
      );
    }),
);
