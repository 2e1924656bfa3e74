/**
 * @module commands/incident
 * `coopsec incident …`: thin adapters over the incident use cases of @coopsec/app. With
 * `--json` each prints the same document as the matching `/api/incidents` route.
 */
import {
  addIncidentComment,
  addIncidentEvent,
  addIncidentTask,
  changeIncidentPhase,
  exportIncident,
  incidentReportData,
  linkIncidentObjects,
  listIncidents,
  openIncident,
  setIncidentTaskStatus,
  showIncident,
  type IncidentActor,
  type IncidentView,
} from '@coopsec/app';
import { CoopsecError } from '@coopsec/model';
import { caseReportPdfMarking, renderCaseReportHtml, renderReportPdf } from '@coopsec/report';
import { OrgRepository, type Store } from '@coopsec/store';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { cliLanguage } from '../language.ts';
import { action, formatTable, printJson, show } from '../output.ts';
import { writeAtomically } from './data-io.ts';
import { checkWritable, writeAtomically as writeReportFile } from './report.ts';

interface AsOptions {
  org: string;
  user?: string;
  collection?: string;
}

async function actorOf(store: Store, o: AsOptions): Promise<IncidentActor> {
  let userId: string | undefined;
  if (o.user !== undefined) {
    const user = await new OrgRepository(store).findUserByName(o.user);
    if (user === undefined || user.orgId !== o.org)
      throw new CoopsecError('BAD_INPUT', `no user ${o.user} in organisation ${o.org}`, {
        details: [{ field: '--user', message: 'unknown user of that organisation' }],
      });
    userId = user.id;
  }
  return {
    orgId: o.org,
    ...(userId !== undefined ? { userId } : {}),
    ...(o.collection !== undefined ? { collection: o.collection } : {}),
  };
}

const minutes = (ms: number | undefined): string =>
  ms === undefined ? '—' : `${Math.round(ms / 60_000)} min`;

function describeCase(c: IncidentView): string {
  const lines = [
    `${c.id}  ${c.title}`,
    `phase ${c.phase} · ${c.rsit.class}/${c.rsit.type} · severity ${c.severity} · TLP:${c.tlp.toUpperCase()} · PAP:${c.pap.toUpperCase()}`,
    `participants: ${c.participants.map((p) => `${p.organisation} (${p.role})`).join(', ')}`,
    `time to acknowledge ${minutes(c.metrics.timeToAcknowledgeMs)}, contain ${minutes(c.metrics.timeToContainMs)}, resolve ${minutes(c.metrics.timeToResolveMs)}`,
    '',
    'timeline:',
    ...c.timeline.map((e) => `  ${e.at}  ${e.by}  ${e.summary}`),
  ];
  if (c.tasks.length > 0)
    lines.push(
      '',
      'tasks:',
      formatTable(
        ['id', 'title', 'owner', 'due', 'status'],
        c.tasks.map((t) => [t.id, t.title, t.owner, t.due, t.status]),
      ),
    );
  if (c.comments.length > 0)
    lines.push('', 'comments:', ...c.comments.map((n) => `  ${n.at}  ${n.by}: ${n.text}`));
  if (c.links.length > 0) lines.push('', 'linked objects:', ...c.links.map((l) => `  ${l}`));
  return lines.join('\n');
}

/** Runs `work` as the acting organisation and shows the resulting case. */
const caseAction = <TArgs extends unknown[]>(
  work: (store: Store, who: IncidentActor, ...args: TArgs) => Promise<IncidentView>,
) =>
  action(async (...args: [...TArgs, AsOptions, CommandLike]) => {
    const command = args.at(-1) as CommandLike;
    const options = args.at(-2) as AsOptions;
    const rest = args.slice(0, -2) as TArgs;
    await withStore(globalOptions(command), async (store) => {
      const c = await work(store, await actorOf(store, options), ...rest);
      show(command, c, describeCase(c));
    });
  });

interface OpenOptions extends AsOptions {
  title: string;
  description?: string;
  rsit: string;
  severity: string;
  tlp: string;
  pap: string;
  participant?: string[];
}

export const incidentOpenAction = action(async (o: OpenOptions, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const [rsitClass = '', rsitType = ''] = o.rsit.split('/');
    const participants = (o.participant ?? []).map((p) => {
      const at = p.lastIndexOf(':');
      return at < 0
        ? { organisation: p, role: '' }
        : { organisation: p.slice(0, at), role: p.slice(at + 1) };
    });
    const c = await openIncident(
      store,
      {
        title: o.title,
        ...(o.description !== undefined ? { description: o.description } : {}),
        rsitClass,
        rsitType,
        severity: o.severity,
        tlp: o.tlp,
        pap: o.pap,
        participants,
      },
      await actorOf(store, o),
    );
    show(command, c, `opened ${c.id}\n${describeCase(c)}`);
  }),
);

export const incidentListAction = action(async (o: AsOptions, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const list = await listIncidents(store, await actorOf(store, o));
    show(
      command,
      list,
      list.incidents.length === 0
        ? `No cases for ${o.org}. Open one with: coopsec incident open --org ${o.org} --title …`
        : formatTable(
            ['id', 'title', 'phase', 'severity', 'role', 'open tasks', 'modified'],
            list.incidents.map((c) => [
              c.id,
              c.title,
              c.phase,
              c.severity,
              c.role,
              c.openTasks,
              c.modified,
            ]),
          ),
    );
  }),
);

export const incidentShowAction = caseAction((store, who, id: string) =>
  showIncident(store, { id }, who),
);

export const incidentPhaseAction = action(
  async (id: string, phase: string, o: AsOptions & { summary?: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const c = await changeIncidentPhase(
        store,
        { id, phase, ...(o.summary !== undefined ? { summary: o.summary } : {}) },
        await actorOf(store, o),
      );
      show(command, c, describeCase(c));
    }),
);

export const incidentTaskAddAction = action(
  async (
    id: string,
    o: AsOptions & { title: string; owner: string; due?: string },
    command: CommandLike,
  ) =>
    withStore(globalOptions(command), async (store) => {
      const c = await addIncidentTask(
        store,
        { id, title: o.title, owner: o.owner, ...(o.due !== undefined ? { due: o.due } : {}) },
        await actorOf(store, o),
      );
      show(command, c, describeCase(c));
    }),
);

export const incidentTaskStatusAction = action(
  async (id: string, task: string, o: AsOptions & { to: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const c = await setIncidentTaskStatus(
        store,
        { id, task, status: o.to },
        await actorOf(store, o),
      );
      show(command, c, describeCase(c));
    }),
);

export const incidentCommentAction = caseAction((store, who, id: string, text: string) =>
  addIncidentComment(store, { id, text }, who),
);

export const incidentEventAction = action(
  async (
    id: string,
    summary: string,
    o: AsOptions & { kind: string; at?: string },
    command: CommandLike,
  ) =>
    withStore(globalOptions(command), async (store) => {
      const c = await addIncidentEvent(
        store,
        { id, summary, kind: o.kind, ...(o.at !== undefined ? { at: o.at } : {}) },
        await actorOf(store, o),
      );
      show(command, c, describeCase(c));
    }),
);

export const incidentLinkAction = caseAction((store, who, id: string, refs: string[]) =>
  linkIncidentObjects(store, { id, refs }, who),
);

export const incidentExportAction = action(
  async (id: string, o: AsOptions & { out?: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const bundle = await exportIncident(store, { id }, await actorOf(store, o));
      const text = `${JSON.stringify(bundle, null, 2)}\n`;
      if (o.out === undefined) return void process.stdout.write(text);
      await writeAtomically(o.out, text);
      if (globalOptions(command).json === true)
        printJson({ exported: (bundle.objects as unknown[]).length, file: o.out });
      else process.stdout.write(`wrote ${o.out}\n`);
    }),
);

/**
 * `coopsec incident report <id> [--html FILE] [--pdf FILE] [--lang ru]`: the case as
 * `showIncident` gives it, rendered before anything is written (a missing Chromium leaves no
 * file), each file written atomically.
 */
export const incidentReportAction = action(
  async (id: string, o: AsOptions & { html?: string; pdf?: string }, command: CommandLike) => {
    if (o.html === undefined && o.pdf === undefined)
      throw new CoopsecError('BAD_INPUT', 'give --html FILE, --pdf FILE or both', {
        details: [{ field: '--html', message: 'required unless --pdf is given' }],
      });
    const lang = cliLanguage(command);
    if (o.html !== undefined) checkWritable(o.html, '--html');
    if (o.pdf !== undefined) checkWritable(o.pdf, '--pdf');
    const { incident, linkedNames } = await withStore(globalOptions(command), async (store) =>
      incidentReportData(store, { id }, await actorOf(store, o)),
    );
    const html = renderCaseReportHtml(incident, {
      lang,
      linkedNames: new Map(Object.entries(linkedNames)),
    });
    const pdf =
      o.pdf === undefined
        ? undefined
        : await renderReportPdf(html, { marking: caseReportPdfMarking(incident) });
    if (o.html !== undefined) writeReportFile(o.html, html, '--html');
    if (o.pdf !== undefined && pdf !== undefined) writeReportFile(o.pdf, pdf, '--pdf');
    if (globalOptions(command).json === true)
      printJson({ id, lang, html: o.html ?? null, pdf: o.pdf ?? null });
    else
      for (const file of [o.html, o.pdf])
        if (file !== undefined) process.stdout.write(`wrote ${file}\n`);
  },
);
