/**
 * @module commands/inventory
 * `coopsec inventory import | list | matches`: thin adapters over the inventory use cases of
 * @coopsec/app. The CSV file has the header `cpe_or_purl,version` (RFC 4180; `version` may be
 * empty when the CPE or purl carries it). With `--json` each prints the use case's answer.
 */
import { readFile } from 'node:fs/promises';
import { importInventory, inventoryMatches, listInventory } from '@coopsec/app';
import { readInventory } from '@coopsec/advisory';
import { CoopsecError, type ErrorDetail } from '@coopsec/model';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { parseCsv } from '../formats/csv.ts';
import { action, formatTable, show } from '../output.ts';

const COLUMNS = ['cpe_or_purl', 'version'] as const;

async function readItems(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CoopsecError('NOT_FOUND', `cannot read ${file}: ${(error as Error).message}`, {
      details: [{ field: '<file>', message: 'no such readable file' }],
    });
  }
  const table = parseCsv(text, file);
  const missing = COLUMNS.filter((h) => !table.headers.includes(h));
  if (missing.length > 0)
    throw new CoopsecError('BAD_INPUT', `${file} lacks column(s): ${missing.join(', ')}`, {
      details: missing.map((field) => ({
        row: 1,
        field,
        message: 'column missing from the header',
      })),
    });
  const items = table.records.map((r) => ({
    line: r.line,
    identifier: r.values.cpe_or_purl ?? '',
    version: r.values.version ?? '',
  }));
  if (table.problems.length > 0) {
    // Name the lines the CSV reader could not split together with the rows that are wrong.
    const details: ErrorDetail[] = [...table.problems];
    try {
      readInventory(items);
    } catch (error) {
      if (!(error instanceof CoopsecError)) throw error;
      details.push(...error.details);
    }
    details.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new CoopsecError('BAD_INPUT', `${file}: ${details.length} line(s) cannot be imported`, {
      details,
    });
  }
  return items;
}

export const inventoryImportAction = action(
  async (org: string, file: string, _o: unknown, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const done = await importInventory(store, { orgId: org, items: await readItems(file) });
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
