/**
 * @module incidents
 * Joint cross-border incident cases (issue 17): the use cases behind `coopsec incident …` and
 * `/api/incidents`. The rules live in @coopsec/incident; here ids and times are made, the
 * acting organisation is checked against the case, and the case is stored as STIX objects
 * (incident-store.ts). An organisation that is not a participant sees nothing of a case: it
 * is not listed, and showing or changing it answers NOT_FOUND, as for a case that does not
 * exist.
 *
 * @example
 * const c = await openIncident(store, { title: 'Phishing wave', rsitClass: 'fraud',
 *   rsitType: 'phishing', severity: 'high', tlp: 'amber', pap: 'amber' }, { orgId: 'cert-lu' });
 * await changeIncidentPhase(store, { id: c.id, phase: 'analyse' }, { orgId: 'cert-lu' });
 */
import { randomUUID } from 'node:crypto';
import {
  addComment,
  addEvent,
  addParticipant,
  addTask,
  caseExtensionObjects,
  caseMetrics,
  caseToStix,
  changePhase,
  linkObjects,
  openCase,
  participantOf,
  setTaskStatus,
  type CaseMetrics,
  type IncidentCase,
  type OpenCaseInput,
} from '@coopsec/incident';
import { CoopsecError } from '@coopsec/model';
import { TLP2_MARKINGS, validateBundle } from '@coopsec/stix';
import type { Store } from '@coopsec/store';
import {
  changeCase,
  createCase,
  notFound,
  readAllCases,
  readObjectNames,
  requireOrgs,
  visibleTo,
  type IncidentActor,
} from './incident-store.ts';

export { INCIDENT_COLLECTION, type IncidentActor } from './incident-store.ts';

const newId = (type: string): string => `${type}--${randomUUID()}`;
const actorOf = (who: IncidentActor) => ({ by: who.orgId, at: new Date().toISOString() });

/** A case with its response times, as shown to a participant. */
export type IncidentView = IncidentCase & { readonly metrics: CaseMetrics };

const view = (c: IncidentCase): IncidentView => ({ ...c, metrics: caseMetrics(c) });

export interface IncidentSummary {
  readonly id: string;
  readonly title: string;
  readonly phase: IncidentCase['phase'];
  readonly severity: IncidentCase['severity'];
  readonly tlp: IncidentCase['tlp'];
  readonly pap: IncidentCase['pap'];
  readonly rsit: IncidentCase['rsit'];
  readonly role: string;
  readonly openTasks: number;
  readonly modified: string;
}

export async function openIncident(
  store: Store,
  input: OpenCaseInput,
  who: IncidentActor,
): Promise<IncidentView> {
  await requireOrgs(store, [
    { field: 'org', id: who.orgId },
    ...(input.participants ?? []).map((p, i) => ({
      field: `participants[${i}].organisation`,
      id: p.organisation,
    })),
  ]);
  const c = openCase(input, { ...actorOf(who), id: newId('incident'), eventId: newId('event') });
  await createCase(store, c, who);
  return view(c);
}

/** The cases `who.orgId` takes part in, most recently changed first. */
export async function listIncidents(
  store: Store,
  who: IncidentActor,
): Promise<{ incidents: IncidentSummary[] }> {
  const cases = (await readAllCases(store, who)).filter((c) => visibleTo(c, who.orgId));
  cases.sort((a, b) => Date.parse(b.modified) - Date.parse(a.modified) || (a.id < b.id ? -1 : 1));
  return {
    incidents: cases.map((c) => ({
      id: c.id,
      title: c.title,
      phase: c.phase,
      severity: c.severity,
      tlp: c.tlp,
      pap: c.pap,
      rsit: c.rsit,
      role: participantOf(c, who.orgId)?.role ?? '',
      openTasks: c.tasks.filter((t) => t.status === 'pending' || t.status === 'in-progress').length,
      modified: c.modified,
    })),
  };
}

async function visibleCase(store: Store, id: string, who: IncidentActor): Promise<IncidentCase> {
  const c = (await readAllCases(store, who)).find((x) => x.id === id);
  if (c === undefined || !visibleTo(c, who.orgId)) throw notFound(id);
  return c;
}

export async function showIncident(
  store: Store,
  input: { id: string },
  who: IncidentActor,
): Promise<IncidentView> {
  return view(await visibleCase(store, input.id, who));
}

/**
 * What the case report shows: the case exactly as `showIncident` gives it (same visibility:
 * NOT_FOUND for a non-participant) and the names of its linked objects found with the cases.
 */
export async function incidentReportData(
  store: Store,
  input: { id: string },
  who: IncidentActor,
): Promise<{ incident: IncidentView; linkedNames: Record<string, string> }> {
  const incident = await showIncident(store, input, who);
  return { incident, linkedNames: await readObjectNames(store, who, incident.links) };
}

export async function changeIncidentPhase(
  store: Store,
  input: { id: string; phase: string; summary?: string },
  who: IncidentActor,
): Promise<IncidentView> {
  return view(
    await changeCase(store, input.id, who, (c) =>
      changePhase(c, input.phase, {
        ...actorOf(who),
        eventId: newId('event'),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
      }),
    ),
  );
}

export async function addIncidentTask(
  store: Store,
  input: { id: string; title: string; owner: string; due?: string },
  who: IncidentActor,
): Promise<IncidentView> {
  const task = {
    id: newId('task'),
    title: input.title,
    owner: input.owner,
    ...(input.due !== undefined ? { due: input.due } : {}),
  };
  return view(await changeCase(store, input.id, who, (c) => addTask(c, task, actorOf(who))));
}

export async function setIncidentTaskStatus(
  store: Store,
  input: { id: string; task: string; status: string },
  who: IncidentActor,
): Promise<IncidentView> {
  return view(
    await changeCase(store, input.id, who, (c) =>
      setTaskStatus(c, input.task, input.status, actorOf(who)),
    ),
  );
}

export async function addIncidentEvent(
  store: Store,
  input: { id: string; kind: string; summary: string; at?: string },
  who: IncidentActor,
): Promise<IncidentView> {
  if (input.kind !== 'observation' && input.kind !== 'action')
    throw new CoopsecError(
      'BAD_INPUT',
      `kind: must be observation or action, got "${input.kind}"`,
      { details: [{ field: 'kind', message: 'must be observation or action' }] },
    );
  const event = {
    id: newId('event'),
    kind: input.kind === 'action' ? ('action' as const) : ('observation' as const),
    summary: input.summary,
    ...(input.at !== undefined ? { at: input.at } : {}),
  };
  return view(await changeCase(store, input.id, who, (c) => addEvent(c, event, actorOf(who))));
}

export async function addIncidentComment(
  store: Store,
  input: { id: string; text: string },
  who: IncidentActor,
): Promise<IncidentView> {
  return view(
    await changeCase(store, input.id, who, (c) =>
      addComment(c, { id: newId('note'), text: input.text }, actorOf(who)),
    ),
  );
}

export async function linkIncidentObjects(
  store: Store,
  input: { id: string; refs: readonly string[] },
  who: IncidentActor,
): Promise<IncidentView> {
  return view(
    await changeCase(store, input.id, who, (c) => linkObjects(c, input.refs, actorOf(who))),
  );
}

export async function addIncidentParticipant(
  store: Store,
  input: { id: string; organisation: string; role: string },
  who: IncidentActor,
): Promise<IncidentView> {
  await requireOrgs(store, [{ field: 'organisation', id: input.organisation }]);
  return view(
    await changeCase(store, input.id, who, (c) =>
      addParticipant(c, { organisation: input.organisation, role: input.role }, actorOf(who)),
    ),
  );
}

/**
 * The case as a STIX 2.1 bundle: its objects, the TLP marking definition and coopsec's case
 * extension definition, checked by the STIX validator before it is handed out.
 */
export async function exportIncident(
  store: Store,
  input: { id: string },
  who: IncidentActor,
): Promise<Record<string, unknown>> {
  const c = await visibleCase(store, input.id, who);
  const bundle = {
    type: 'bundle',
    id: `bundle--${randomUUID()}`,
    objects: [TLP2_MARKINGS[c.tlp], ...caseExtensionObjects(), ...caseToStix(c)],
  };
  const result = validateBundle(bundle);
  if (!result.valid)
    throw new CoopsecError('INTERNAL', 'the exported case is not valid STIX', {
      details: result.findings.map((f) => ({ path: f.path, message: f.message })),
    });
  return bundle;
}
