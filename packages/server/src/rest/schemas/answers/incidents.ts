/**
 * @module rest/schemas/answers/incidents
 * Joint incident cases (routes/incidents.ts, the app's incident use cases), as the dashboard's
 * Incidents pages read them. The whole case is described, its merge clock included: the
 * documented answer is the same document `coopsec incident show --json` prints
 * (cli/src/incident-same-answer.integration.test.ts).
 */
import { z } from 'zod';
import {
  PAP_LEVELS,
  PHASES,
  ROLES,
  SEVERITIES,
  TASK_STATUSES,
  CASE_FIELDS,
} from '@coopsec/incident';
import { TLP_LEVELS } from '@coopsec/stix';
import { list } from './common.ts';

const phase = z.enum(PHASES);
const rsit = z.object({ class: z.string(), type: z.string() });
const stamp = z.object({ at: z.string(), by: z.string() });

export const incidentSummaryAnswer = z.object({
  id: z.string(),
  title: z.string(),
  phase,
  severity: z.enum(SEVERITIES),
  tlp: z.enum(TLP_LEVELS),
  pap: z.enum(PAP_LEVELS),
  rsit,
  role: z.string().meta({ description: "the caller organisation's role on the case" }),
  openTasks: z.int(),
  modified: z.string(),
});

export const incidentsAnswer = z.object({ incidents: list(incidentSummaryAnswer) });

export const timelineEventAnswer = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  kind: z.enum(['opened', 'phase', 'observation', 'action']),
  summary: z.string(),
  phase: phase.optional(),
});

export const caseTaskAnswer = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string(),
  due: z.string().optional(),
  status: z.enum(TASK_STATUSES),
  created: z.string(),
  updated: z.string(),
});

export const caseCommentAnswer = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  text: z.string(),
});

export const incidentAnswer = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  rsit,
  severity: z.enum(SEVERITIES),
  tlp: z.enum(TLP_LEVELS),
  pap: z.enum(PAP_LEVELS),
  participants: list(z.object({ organisation: z.string(), role: z.enum(ROLES) })),
  phase,
  timeline: list(timelineEventAnswer),
  tasks: list(caseTaskAnswer),
  links: list(z.string()).meta({ description: 'STIX ids of the linked objects' }),
  comments: list(caseCommentAnswer),
  created: z.string(),
  modified: z.string(),
  createdBy: z.string(),
  clock: z
    .record(z.enum(CASE_FIELDS), stamp)
    .readonly()
    .meta({ description: 'last write of each field, which the merge between nodes compares' }),
  metrics: z
    .object({
      timeToAcknowledgeMs: z.number().optional(),
      timeToContainMs: z.number().optional(),
      timeToResolveMs: z.number().optional(),
    })
    .meta({ description: 'response times from the timeline, in ms; absent until they happen' }),
});

export type IncidentSummaryAnswer = z.output<typeof incidentSummaryAnswer>;
export type IncidentsAnswer = z.output<typeof incidentsAnswer>;
export type TimelineEventAnswer = z.output<typeof timelineEventAnswer>;
export type CaseTaskAnswer = z.output<typeof caseTaskAnswer>;
export type CaseCommentAnswer = z.output<typeof caseCommentAnswer>;
export type IncidentAnswer = z.output<typeof incidentAnswer>;
