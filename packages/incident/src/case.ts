/**
 * @module case
 * Opening a case and moving it through its phases. Every operation returns a new case with
 * `modified` bumped (a new STIX version of the same id) and refuses bad input with BAD_INPUT
 * naming the field, before anything changes.
 *
 * @example
 * const c = openCase(input, { id: 'incident--…', eventId: 'event--…', by: 'identity--…', at });
 * const next = changePhase(c, 'analyse', { eventId: 'event--…', by: c.createdBy, at: later });
 */
import type { ErrorDetail } from '@coopsec/model';
import { TLP_LEVELS, type TlpLevel } from '@coopsec/stix';
import { rsitProblems, type RsitClass } from './classification.ts';
import { refuse } from './errors.ts';
import { normalizeCase } from './normalize.ts';
import { canMove, isPhase, TRANSITIONS, type Phase } from './phase.ts';
import { requireRole } from './roles.ts';
import {
  PAP_LEVELS,
  ROLES,
  SEVERITIES,
  CASE_FIELDS,
  type Actor,
  type CaseField,
  type IncidentCase,
  type Pap,
  type Participant,
  type Severity,
} from './types.ts';

export interface OpenCaseInput {
  readonly title: string;
  readonly description?: string;
  readonly rsitClass: string;
  readonly rsitType: string;
  readonly severity: string;
  readonly tlp: string;
  readonly pap: string;
  /** Further organisations; the opener is always the lead. */
  readonly participants?: readonly { organisation: string; role: string }[];
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const STIX_ID = /^[a-z][a-z0-9-]*--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isTimestamp(value: string): boolean {
  return TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

export function isStixId(value: string, type?: string): boolean {
  return STIX_ID.test(value) && (type === undefined || value.startsWith(`${type}--`));
}

/** Problems with an actor, or with an id that must be a STIX id of `type`. */
export function actorProblems(actor: Actor): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (actor.by.trim() === '') problems.push({ field: 'by', message: 'must name an organisation' });
  if (!isTimestamp(actor.at))
    problems.push({ field: 'at', message: `must be an RFC 3339 UTC timestamp, got "${actor.at}"` });
  return problems;
}

export function idProblems(field: string, id: string, type: string): ErrorDetail[] {
  return isStixId(id, type)
    ? []
    : [{ field, message: `must be a ${type}--<uuid> id, got "${id}"` }];
}

const oneOf = <T extends string>(values: readonly T[], v: string): v is T =>
  (values as readonly string[]).includes(v);

/**
 * A STIX version must be later than the one it replaces (STIX 2.1 §3.6): when two changes fall
 * in the same millisecond, or a clock lags, the new version is one millisecond after the last.
 */
export function nextModified(previous: string, at: string): string {
  const prev = Date.parse(previous);
  return Date.parse(at) > prev ? at : new Date(prev + 1).toISOString();
}

export function openCase(
  input: OpenCaseInput,
  ctx: Actor & { readonly id: string; readonly eventId: string },
): IncidentCase {
  const problems: ErrorDetail[] = [...actorProblems(ctx)];
  problems.push(
    ...idProblems('id', ctx.id, 'incident'),
    ...idProblems('eventId', ctx.eventId, 'event'),
  );
  if (input.title.trim() === '') problems.push({ field: 'title', message: 'must not be empty' });
  problems.push(...rsitProblems(input.rsitClass, input.rsitType));
  if (!oneOf(SEVERITIES, input.severity))
    problems.push({
      field: 'severity',
      message: `must be one of ${SEVERITIES.join(', ')}, got "${input.severity}"`,
    });
  if (!oneOf(TLP_LEVELS, input.tlp))
    problems.push({
      field: 'tlp',
      message: `must be one of ${TLP_LEVELS.join(', ')}, got "${input.tlp}"`,
    });
  if (!oneOf(PAP_LEVELS, input.pap))
    problems.push({
      field: 'pap',
      message: `must be one of ${PAP_LEVELS.join(', ')}, got "${input.pap}"`,
    });
  const participants: Participant[] = [{ organisation: ctx.by, role: 'lead' }];
  for (const [i, p] of (input.participants ?? []).entries()) {
    const field = `participants[${i}]`;
    if (!oneOf(ROLES, p.role))
      problems.push({
        field: `${field}.role`,
        message: `must be one of ${ROLES.join(', ')}, got "${p.role}"`,
      });
    else if (p.organisation.trim() === '')
      problems.push({ field: `${field}.organisation`, message: 'must name an organisation' });
    else if (participants.some((q) => q.organisation === p.organisation))
      problems.push({
        field: `${field}.organisation`,
        message: `${p.organisation} is already on the case`,
      });
    else participants.push({ organisation: p.organisation, role: p.role });
  }
  refuse('cannot open the case', problems);
  return {
    id: ctx.id,
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    rsit: { class: input.rsitClass as RsitClass, type: input.rsitType },
    severity: input.severity as Severity,
    tlp: input.tlp as TlpLevel,
    pap: input.pap as Pap,
    participants,
    phase: 'detect',
    timeline: [
      {
        id: ctx.eventId,
        at: ctx.at,
        by: ctx.by,
        kind: 'opened',
        summary: 'case opened',
        phase: 'detect',
      },
    ],
    tasks: [],
    links: [],
    comments: [],
    created: ctx.at,
    modified: ctx.at,
    createdBy: ctx.by,
    clock: Object.fromEntries(CASE_FIELDS.map((f) => [f, { at: ctx.at, by: ctx.by }])) as Record<
      CaseField,
      { at: string; by: string }
    >,
  };
}

/** Moves the case to `to` (see phase.ts for the legal moves) and records it on the timeline. */
export function changePhase(
  c: IncidentCase,
  to: string,
  ctx: Actor & { readonly eventId: string; readonly summary?: string },
): IncidentCase {
  const problems = [...actorProblems(ctx), ...idProblems('eventId', ctx.eventId, 'event')];
  if (!isPhase(to)) problems.push({ field: 'phase', message: `unknown phase "${to}"` });
  else if (!canMove(c.phase, to))
    problems.push({
      field: 'phase',
      message: `cannot move from ${c.phase} to ${to} (allowed: ${TRANSITIONS[c.phase].join(', ')})`,
    });
  refuse('cannot change the phase', problems);
  requireRole(c, ctx.by, ['lead', 'contributor']);
  const phase = to as Phase;
  return normalizeCase({
    ...c,
    phase,
    timeline: [
      ...c.timeline,
      {
        id: ctx.eventId,
        at: ctx.at,
        by: ctx.by,
        kind: 'phase',
        summary: ctx.summary ?? `phase ${phase}`,
        phase,
      },
    ],
    clock: { ...c.clock, phase: { at: ctx.at, by: ctx.by } },
    modified: nextModified(c.modified, ctx.at),
  });
}

export interface CaseEdit {
  readonly title?: string;
  readonly description?: string;
  readonly rsitClass?: string;
  readonly rsitType?: string;
  readonly severity?: string;
  readonly tlp?: string;
  readonly pap?: string;
}

/** Changes the descriptive fields (lead or contributor); the RSIT pair is checked together. */
export function editCase(c: IncidentCase, edit: CaseEdit, actor: Actor): IncidentCase {
  const problems = actorProblems(actor);
  if (edit.title?.trim() === '') problems.push({ field: 'title', message: 'must not be empty' });
  const rsitClass = edit.rsitClass ?? c.rsit.class;
  const rsitType = edit.rsitType ?? (edit.rsitClass !== undefined ? '' : c.rsit.type);
  problems.push(...rsitProblems(rsitClass, rsitType));
  if (edit.severity !== undefined && !oneOf(SEVERITIES, edit.severity))
    problems.push({
      field: 'severity',
      message: `must be one of ${SEVERITIES.join(', ')}, got "${edit.severity}"`,
    });
  if (edit.tlp !== undefined && !oneOf(TLP_LEVELS, edit.tlp))
    problems.push({
      field: 'tlp',
      message: `must be one of ${TLP_LEVELS.join(', ')}, got "${edit.tlp}"`,
    });
  if (edit.pap !== undefined && !oneOf(PAP_LEVELS, edit.pap))
    problems.push({
      field: 'pap',
      message: `must be one of ${PAP_LEVELS.join(', ')}, got "${edit.pap}"`,
    });
  refuse('cannot edit the case', problems);
  requireRole(c, actor.by, ['lead', 'contributor']);
  const stamp = { at: actor.at, by: actor.by };
  const clock = { ...c.clock };
  const next: { -readonly [K in keyof IncidentCase]: IncidentCase[K] } = { ...c };
  if (edit.title !== undefined) [next.title, clock.title] = [edit.title.trim(), stamp];
  if (edit.description !== undefined)
    [next.description, clock.description] = [edit.description.trim(), stamp];
  if (edit.rsitClass !== undefined || edit.rsitType !== undefined)
    [next.rsit, clock.rsit] = [{ class: rsitClass as RsitClass, type: rsitType }, stamp];
  if (edit.severity !== undefined)
    [next.severity, clock.severity] = [edit.severity as Severity, stamp];
  if (edit.tlp !== undefined) [next.tlp, clock.tlp] = [edit.tlp as TlpLevel, stamp];
  if (edit.pap !== undefined) [next.pap, clock.pap] = [edit.pap as Pap, stamp];
  return { ...next, clock, modified: nextModified(c.modified, actor.at) };
}
