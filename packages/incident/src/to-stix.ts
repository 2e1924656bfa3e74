/**
 * @module to-stix
 * A case as STIX 2.1 objects: one `incident` (Incident Core 2.0 plus coopsec's case extension),
 * one `event` per timeline entry, one `task` per task and one `note` (§4.13) per comment, all
 * under the case's TLP 2.0 marking. Each object keeps its id across versions and carries its
 * own `modified`, so a case travels over TAXII like any object (STIX 2.1 §3.6 versioning).
 */
import { TLP2_IDS } from '@coopsec/stix';
import {
  CASE_EXTENSION_ID,
  EVENT_EXTENSION_ID,
  INCIDENT_CORE_EXTENSION_ID,
  TASK_EXTENSION_ID,
} from './extensions.ts';
import type { Phase } from './phase.ts';
import type {
  CaseComment,
  CaseTask,
  IncidentCase,
  Severity,
  TaskStatus,
  TimelineEvent,
} from './types.ts';

type StixObject = Record<string, unknown>;

/** Incident Core 2.0 Appendix B, "5 qualitative" scale: the value for each of our severities. */
export const CRITICALITY: Readonly<Record<Severity, number>> = {
  low: 15,
  medium: 40,
  high: 70,
  critical: 95,
};

/** incident-investigation-ov (§4): new until work starts, closed when done, open between. */
export function investigationStatus(phase: Phase): 'new' | 'open' | 'closed' {
  return phase === 'detect' ? 'new' : phase === 'closed' ? 'closed' : 'open';
}

/** Task outcome enum of the task SDO (§2.4) for each task status. */
export const OUTCOME: Readonly<Record<TaskStatus, string>> = {
  pending: 'pending',
  'in-progress': 'ongoing',
  completed: 'successful',
  cancelled: 'cancelled',
};

const common = (
  c: IncidentCase,
  type: string,
  v: { id: string; created: string; modified: string },
) => ({
  type,
  spec_version: '2.1',
  id: v.id,
  created: v.created,
  modified: v.modified,
  object_marking_refs: [TLP2_IDS[c.tlp]],
});

export function incidentObject(c: IncidentCase): StixObject {
  return {
    ...common(c, 'incident', c),
    name: c.title,
    ...(c.description !== '' ? { description: c.description } : {}),
    // MISP machine tags, so MISP-minded tools see the classification without our extension.
    labels: [`rsit:${c.rsit.class}="${c.rsit.type}"`, `PAP:${c.pap.toUpperCase()}`],
    extensions: {
      [INCIDENT_CORE_EXTENSION_ID]: {
        extension_type: 'property-extension',
        // §2.1: SHOULD stay suspected until a well-researched result; coopsec records none yet.
        determination: 'suspected',
        investigation_status: investigationStatus(c.phase),
        criticality: CRITICALITY[c.severity],
        ...(c.timeline.length > 0 ? { events: c.timeline.map((e) => ({ event_ref: e.id })) } : {}),
        ...(c.tasks.length > 0 ? { tasks: c.tasks.map((t) => ({ task_ref: t.id })) } : {}),
      },
      [CASE_EXTENSION_ID]: {
        extension_type: 'property-extension',
        rsit_class: c.rsit.class,
        rsit_type: c.rsit.type,
        severity: c.severity,
        pap: c.pap,
        phase: c.phase,
        opened_by: c.createdBy,
        participants: c.participants.map((p) => ({ organisation: p.organisation, role: p.role })),
        ...(c.links.length > 0 ? { linked_refs: [...c.links] } : {}),
        // Notes point at the incident (§4.13 object_refs); listing them here lets a reader
        // fetch a case by its references alone, like events and tasks.
        ...(c.comments.length > 0 ? { note_refs: c.comments.map((n) => n.id) } : {}),
        field_stamps: Object.fromEntries(
          Object.entries(c.clock).map(([f, s]) => [f, { at: s.at, by: s.by }]),
        ),
      },
    },
  };
}

export function eventObject(c: IncidentCase, e: TimelineEvent): StixObject {
  return {
    ...common(c, 'event', { id: e.id, created: e.at, modified: e.at }),
    name: e.summary,
    status: 'occurred',
    start_time: e.at,
    event_types: [e.kind === 'phase' ? `phase-${e.phase ?? 'unknown'}` : e.kind],
    extensions: {
      [EVENT_EXTENSION_ID]: { extension_type: 'new-sdo' },
      [CASE_EXTENSION_ID]: {
        extension_type: 'property-extension',
        organisation: e.by,
        kind: e.kind,
        ...(e.phase !== undefined ? { phase: e.phase } : {}),
      },
    },
  };
}

export function taskObject(c: IncidentCase, t: CaseTask): StixObject {
  return {
    ...common(c, 'task', { id: t.id, created: t.created, modified: t.updated }),
    name: t.title,
    outcome: OUTCOME[t.status],
    extensions: {
      [TASK_EXTENSION_ID]: { extension_type: 'new-sdo' },
      [CASE_EXTENSION_ID]: {
        extension_type: 'property-extension',
        owner: t.owner,
        status: t.status,
        ...(t.due !== undefined ? { due: t.due } : {}),
      },
    },
  };
}

export function noteObject(c: IncidentCase, n: CaseComment): StixObject {
  return {
    ...common(c, 'note', { id: n.id, created: n.at, modified: n.at }),
    content: n.text,
    authors: [n.by],
    object_refs: [c.id],
  };
}

/** Every STIX object of the case: the incident first, then events, tasks and notes. */
export function caseToStix(c: IncidentCase): StixObject[] {
  return [
    incidentObject(c),
    ...c.timeline.map((e) => eventObject(c, e)),
    ...c.tasks.map((t) => taskObject(c, t)),
    ...c.comments.map((n) => noteObject(c, n)),
  ];
}
