/**
 * @module commands/advisory
 * `coopsec advisory import | list | show | export`: thin adapters over the advisory use cases
 * of @coopsec/app. With `--json` each prints the use case's answer.
 */
import { readFile } from 'node:fs/promises';
import { exportAdvisory, importAdvisory, listAdvisories, showAdvisory } from '@coopsec/app';
import { alertsLine } from './inventory.ts';
import type { Advisory } from '@coopsec/advisory';
import { CoopsecError } from '@coopsec/model';
import type { Translator } from '@coopsec/i18n';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { cliTranslator } from '../language.ts';
import { action, formatTable, printJson, show } from '../output.ts';
import { writeAtomically } from './data-io.ts';

interface AsOptions {
  org: string;
  collection?: string;
}

const actor = (o: AsOptions) => ({
  orgId: o.org,
  ...(o.collection !== undefined ? { collection: o.collection } : {}),
});

async function readDocument(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CoopsecError('NOT_FOUND', `cannot read ${file}: ${(error as Error).message}`, {
      details: [{ field: '<file>', message: 'no such readable file' }],
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CoopsecError('BAD_INPUT', `${file} is not JSON: ${(error as Error).message}`, {
      details: [{ field: '<file>', message: 'not JSON' }],
    });
  }
}

export const advisoryImportAction = action(
  async (file: string, o: AsOptions, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const tr = cliTranslator(command);
      const done = await importAdvisory(store, await readDocument(file), actor(o));
      show(
        command,
        done,
        done.written === 0
          ? tr.t('cli.advisory.alreadyStored', { id: done.trackingId, version: done.version })
          : tr.t('cli.advisory.stored', {
              id: done.trackingId,
              version: done.version,
              cves: done.cves.length,
              products: done.products,
              written: done.written,
              report: done.id,
              alerts: alertsLine(done.alertsRaised, undefined, tr),
            }),
      );
    }),
);

export const advisoryListAction = action(async (o: AsOptions, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const { t } = cliTranslator(command);
    const list = await listAdvisories(store, actor(o));
    show(
      command,
      list,
      list.advisories.length === 0
        ? t('cli.advisory.none')
        : formatTable(
            [
              t('cli.advisory.column.trackingId'),
              t('cli.advisory.column.version'),
              t('cli.advisory.column.released'),
              t('cli.advisory.column.publisher'),
              'TLP',
              t('cli.advisory.column.cves'),
              t('cli.advisory.column.maxCvss'),
              t('cli.advisory.column.title'),
            ],
            list.advisories.map((a) => [
              a.trackingId,
              a.version,
              a.currentReleaseDate,
              a.publisher,
              a.tlp?.toUpperCase(),
              a.cves.length > 3
                ? `${a.cves.slice(0, 3).join(' ')} +${a.cves.length - 3}`
                : a.cves.join(' '),
              a.maxScore,
              a.title,
            ]),
          ),
    );
  }),
);

/**
 * The advisory as text in `tr`'s language. Its own words (title, publisher, CSAF status and
 * category names, product names) and the CVSS vectors and severities stay as published.
 */
function describe(a: Advisory, { t }: Translator): string {
  const names = new Map(a.products.map((p) => [p.id, p.name]));
  const lines = [
    `${t('cli.advisory.heading', { id: a.trackingId, version: a.version, status: a.status })} · ${a.category} · ${a.publisher.name}`,
    a.title,
    `${t('cli.advisory.released', { initial: a.initialReleaseDate, current: a.currentReleaseDate })}${a.tlp !== undefined ? ` · TLP:${a.tlp.toUpperCase()}` : ''}`,
  ];
  for (const v of a.vulnerabilities) {
    lines.push(
      '',
      `${v.cve ?? v.title ?? t('cli.advisory.noCve')}${v.cwe !== undefined ? ` · ${v.cwe.id}` : ''}`,
    );
    for (const s of v.scores)
      lines.push(
        `  CVSS ${s.version} ${s.baseScore} ${s.severity} ${t('cli.advisory.computed')}  ${s.vector}` +
          (s.publishedScore !== undefined && s.publishedScore !== s.baseScore
            ? `  ${t('cli.advisory.published', { score: s.publishedScore })}`
            : ''),
      );
    for (const [status, ids] of Object.entries(v.status)) {
      const shown = (ids ?? []).slice(0, 5).map((id) => names.get(id) ?? id);
      const more = (ids ?? []).length > 5 ? ` … +${(ids ?? []).length - 5}` : '';
      lines.push(`  ${status}: ${shown.join('; ')}${more}`);
    }
  }
  return lines.join('\n');
}

export const advisoryShowAction = action(async (id: string, o: AsOptions, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const a = await showAdvisory(store, id, actor(o));
    show(command, a, describe(a, cliTranslator(command)));
  }),
);

export const advisoryExportAction = action(
  async (id: string, o: AsOptions & { out?: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const text = `${JSON.stringify(await exportAdvisory(store, id, actor(o)), null, 2)}\n`;
      if (o.out === undefined) return void process.stdout.write(text);
      await writeAtomically(o.out, text);
      if (globalOptions(command).json === true) printJson({ file: o.out });
      else
        process.stdout.write(
          `${cliTranslator(command).t('cli.advisory.wrote', { file: o.out })}\n`,
        );
    }),
);
