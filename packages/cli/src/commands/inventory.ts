/**
 * @module commands/inventory
 * `coopsec inventory import | list | matches | alerts`: thin adapters over the inventory use cases of
 * @coopsec/app. The CSV file (header `cpe_or_purl,version`) is read by the app's
 * `importInventoryCsv`, the same use case as REST's upload. With `--json` each prints the use
 * case's answer.
 */
import { readFile } from 'node:fs/promises';
import {
  importInventoryCsv,
  inventoryMatches,
  listInventory,
  listInventoryAlerts,
  raiseInventoryAlerts,
} from '@coopsec/app';
import { CoopsecError } from '@coopsec/model';
import { translator, type Translator } from '@coopsec/i18n';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { cliTranslator } from '../language.ts';
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
      const tr = cliTranslator(command);
      const csv = await readText(file);
      const done = await importInventoryCsv(store, { orgId: org, csv, name: file });
      show(
        command,
        done,
        tr.t('cli.inventory.imported', {
          org,
          entries: done.entries,
          alerts: alertsLine(done.alertsRaised, org, tr),
        }),
      );
    }),
);

/** What an import raised, and where to look. */
export function alertsLine(
  raised: number,
  org?: string,
  tr: Translator = translator('en'),
): string {
  return raised === 0
    ? tr.t('cli.inventory.noNewAlerts')
    : tr.t('cli.inventory.newAlerts', { n: raised, org: org !== undefined ? ` ${org}` : '' });
}

export const inventoryListAction = action(async (org: string, _o: unknown, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const { t } = cliTranslator(command);
    const list = await listInventory(store, org);
    show(
      command,
      list,
      list.entries.length === 0
        ? t('cli.inventory.empty', { org })
        : formatTable(
            ['#', t('cli.inventory.column.identifier'), t('cli.inventory.column.version')],
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
      const { t } = cliTranslator(command);
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
        (p) =>
          `  ${t('cli.inventory.leftOut', { product: p.productId, advisory: p.advisoryId, message: p.message })}`,
      );
      show(
        command,
        answer,
        [
          answer.matches.length === 0
            ? t('cli.inventory.noMatches')
            : formatTable(
                [
                  t('cli.inventory.column.org'),
                  t('cli.inventory.column.advisory'),
                  'CVE',
                  t('cli.inventory.column.identifier'),
                  t('cli.inventory.column.version'),
                  t('cli.inventory.column.status'),
                  t('cli.inventory.column.alert'),
                ],
                answer.matches.map((m) => [
                  m.orgId,
                  m.trackingId,
                  m.cve,
                  m.identifier,
                  m.version,
                  m.status.replace(/_/g, ' '),
                  m.matched ? t('cli.inventory.yes') : t('cli.inventory.no'),
                ]),
              ),
          t('cli.inventory.affected', {
            affected: affected === '' ? t('cli.inventory.affectedNone') : affected,
          }),
          ...problems,
        ].join('\n'),
      );
    }),
);

export const inventoryAlertsAction = action(
  async (
    org: string | undefined,
    o: { advisory?: string; raise?: boolean; limit?: string },
    command: CommandLike,
  ) =>
    withStore(globalOptions(command), async (store) => {
      const { t } = cliTranslator(command);
      const limit = o.limit === undefined ? 200 : Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
        throw new CoopsecError('BAD_INPUT', `--limit must be a whole number from 1 to 10000`, {
          details: [{ field: '--limit', message: `got "${o.limit ?? ''}"` }],
        });
      const raised =
        o.raise === true
          ? await raiseInventoryAlerts(store, org !== undefined ? { orgId: org } : {})
          : [];
      const list = await listInventoryAlerts(store, {
        ...(org !== undefined ? { orgId: org } : {}),
        ...(o.advisory !== undefined ? { advisoryId: o.advisory } : {}),
        limit,
      });
      show(
        command,
        { ...list, ...(o.raise === true ? { raised: raised.length } : {}) },
        [
          ...(o.raise === true ? [t('cli.inventory.raisedNow', { n: raised.length })] : []),
          list.alerts.length === 0
            ? t('cli.inventory.noAlerts')
            : formatTable(
                [
                  t('cli.inventory.column.raised'),
                  t('cli.inventory.column.org'),
                  t('cli.inventory.column.advisory'),
                  'TLP',
                  'CVE',
                  t('cli.inventory.column.identifier'),
                  t('cli.inventory.column.version'),
                  t('cli.inventory.column.status'),
                ],
                list.alerts.map((a) => [
                  a.createdAt,
                  a.orgId,
                  a.trackingId,
                  a.tlp ?? '',
                  a.cve ?? '',
                  a.identifier,
                  a.version,
                  a.status.replace(/_/g, ' '),
                ]),
              ),
        ].join('\n'),
      );
    }),
);
