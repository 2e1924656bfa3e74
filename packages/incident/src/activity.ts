/**
 * @module activity
 * The work on a case besides its phase: participants, tasks, timeline events, comments and
 * links to STIX objects. Each returns a new version of the case or throws before changing it.
 */
import type { ErrorDetail } from '@coopsec/model';
import { actorProblems, idProblems, isStixId, isTimestamp, nextModified } from './case.ts';
import { refuse } from './errors.ts';
import { normalizeCase } from './normalize.ts';
import { participantOf, requireRole } from './roles.ts';
import {
  ROLES,
  TASK_STATUSES,
  type Actor,
  type CaseTask,
  type IncidentCase,
  type Role,
  type TaskStatus,
  type TimelineEvent,
} from './types.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EDITORS: readonly Role[] = ['lead', 'contributor'];

function bump(c: IncidentCase, at: string, change: Partial<IncidentCase>): IncidentCase {
  return normalizeCase({ ...c, ...change, modified: nextModified(c.modified, at) });
}

/** Adds an organisation with a role; only the lead invites. */
export function addParticipant(
  c: IncidentCase,
  p: { organisation: string; role: string },
  actor: Actor,
): IncidentCase {
  const problems = actorProblems(actor);
  if (p.organisation.trim() === '')
    problems.push({ field: 'organisation', message: 'must name an organisation' });
  else if (participantOf(c, p.organisation) !== undefined)
    problems.push({ field: 'organisation', message: `${p.organisation} is already on the case` });
  if (!(ROLES as readonly string[]).includes(p.role))
    problems.push({
      field: 'role',
      message: `must be one of ${ROLES.join(', ')}, got "${p.role}"`,
    });
  refuse('cannot add the participant', problems);
  requireRole(c, actor.by, ['lead']);
  return bump(c, actor.at, {
    participants: [...c.participants, { organisation: p.organisation, role: p.role as Role }],
  });
}

export interface NewTask {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly due?: string;
}

export function addTask(c: IncidentCase, task: NewTask, actor: Actor): IncidentCase {
  const problems = [...actorProblems(actor), ...idProblems('id', task.id, 'task')];
  if (c.tasks.some((t) => t.id === task.id))
    problems.push({ field: 'id', message: `${task.id} exists` });
  if (task.title.trim() === '') problems.push({ field: 'title', message: 'must not be empty' });
  if (participantOf(c, task.owner) === undefined)
    problems.push({ field: 'owner', message: `${task.owner} is not a participant of this case` });
  if (
    task.due !== undefined &&
    !(DATE.test(task.due) ? !Number.isNaN(Date.parse(task.due)) : isTimestamp(task.due))
  )
    problems.push({
      field: 'due',
      message: `must be a date (YYYY-MM-DD) or UTC timestamp, got "${task.due}"`,
    });
  refuse('cannot add the task', problems);
  requireRole(c, actor.by, EDITORS);
  const added: CaseTask = {
    id: task.id,
    title: task.title.trim(),
    owner: task.owner,
    ...(task.due !== undefined ? { due: task.due } : {}),
    status: 'pending',
    created: actor.at,
    updated: actor.at,
  };
  return bump(c, actor.at, { tasks: [...c.tasks, added] });
}

/** Sets a task's status; the owner organisation or the lead may do it. */
export function setTaskStatus(
  c: IncidentCase,
  taskId: string,
  status: string,
  actor: Actor,
): IncidentCase {
  const problems: ErrorDetail[] = actorProblems(actor);
  const task = c.tasks.find((t) => t.id === taskId);
  if (task === undefined)
    problems.push({ field: 'task', message: `no task ${taskId} on this case` });
  if (!(TASK_STATUSES as readonly string[]).includes(status))
    problems.push({
      field: 'status',
      message: `must be one of ${TASK_STATUSES.join(', ')}, got "${status}"`,
    });
  refuse('cannot update the task', problems);
  const p = requireRole(c, actor.by, EDITORS);
  if (p.role !== 'lead' && task?.owner !== actor.by) requireRole(c, actor.by, ['lead']);
  return bump(c, actor.at, {
    tasks: c.tasks.map((t) =>
      t.id === taskId ? { ...t, status: status as TaskStatus, updated: actor.at } : t,
    ),
  });
}

export function addEvent(
  c: IncidentCase,
  event: { id: string; kind: 'observation' | 'action'; summary: string; at?: string },
  actor: Actor,
): IncidentCase {
  const at = event.at ?? actor.at;
  const problems = [...actorProblems(actor), ...idProblems('id', event.id, 'event')];
  if (c.timeline.some((e) => e.id === event.id))
    problems.push({ field: 'id', message: `${event.id} exists` });
  if (event.summary.trim() === '')
    problems.push({ field: 'summary', message: 'must not be empty' });
  if (!isTimestamp(at))
    problems.push({ field: 'at', message: `must be a UTC timestamp, got "${at}"` });
  refuse('cannot add the event', problems);
  requireRole(c, actor.by, EDITORS);
  const added: TimelineEvent = {
    id: event.id,
    at,
    by: actor.by,
    kind: event.kind,
    summary: event.summary.trim(),
  };
  return bump(c, actor.at, { timeline: [...c.timeline, added] });
}

/** Any participant, observers included, may comment. */
export function addComment(
  c: IncidentCase,
  comment: { id: string; text: string },
  actor: Actor,
): IncidentCase {
  const problems = [...actorProblems(actor), ...idProblems('id', comment.id, 'note')];
  if (comment.text.trim() === '') problems.push({ field: 'text', message: 'must not be empty' });
  refuse('cannot add the comment', problems);
  requireRole(c, actor.by, ROLES);
  return bump(c, actor.at, {
    comments: [
      ...c.comments,
      { id: comment.id, at: actor.at, by: actor.by, text: comment.text.trim() },
    ],
  });
}

/** Links STIX objects (indicators, observables, sightings, malware, vulnerabilities…). */
export function linkObjects(c: IncidentCase, ids: readonly string[], actor: Actor): IncidentCase {
  const problems = actorProblems(actor);
  ids.forEach((id, i) => {
    if (!isStixId(id)) problems.push({ field: `links[${i}]`, message: `not a STIX id: "${id}"` });
  });
  if (ids.length === 0) problems.push({ field: 'links', message: 'name at least one STIX id' });
  refuse('cannot link the objects', problems);
  requireRole(c, actor.by, EDITORS);
  return bump(c, actor.at, { links: [...c.links, ...ids] });
}
