/**
 * @module rest/schemas/incidents
 * Requests of /api/incidents (issue 17). These check the shape only (which fields, text or
 * lists, how long); the values (RSIT class and type, severity, TLP, PAP, phase, role, task
 * status, who may act) are the domain's rules (@coopsec/incident), checked there once and
 * reported with the field they concern.
 */
import { z } from 'zod';
import { body, text } from './common.ts';

/** A STIX id in a path: `incident--…`, `task--…`. */
const stixId = text(200).min(1, 'must not be empty');

export const incidentParam = z.object({ id: stixId });
export const incidentTaskParam = z.object({ id: stixId, task: stixId });

const participant = z.object(
  { organisation: text(128), role: text(32) },
  { error: 'must be an object {organisation, role}' },
);

export const openIncidentBody = body({
  title: text(300),
  description: text(5000).optional(),
  rsitClass: text(100),
  rsitType: text(100),
  severity: text(32),
  tlp: text(32),
  pap: text(32),
  participants: z
    .array(participant, { error: 'must be a list of {organisation, role}' })
    .max(100, 'at most 100 participants')
    .optional(),
});

export const phaseBody = body({ phase: text(32), summary: text(2000).optional() });

export const taskBody = body({ title: text(300), owner: text(128), due: text(40).optional() });

export const taskStatusBody = body({ status: text(32) });

export const commentBody = body({ text: text(10_000) });

export const eventBody = body({ kind: text(32), summary: text(2000), at: text(40).optional() });

export const linksBody = body({
  refs: z.array(text(200), { error: 'must be a list of STIX ids' }).max(1000, 'at most 1000 ids'),
});

export const participantBody = body({ organisation: text(128), role: text(32) });
