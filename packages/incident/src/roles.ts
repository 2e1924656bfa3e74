/**
 * @module roles
 * Who may change a case: the lead and contributors edit, observers only read and comment, and
 * an organisation not on the case may do nothing (FORBIDDEN, so the caller learns nothing else).
 */
import { CoopsecError } from '@coopsec/model';
import type { IncidentCase, Participant, Role } from './types.ts';

export function participantOf(c: IncidentCase, organisation: string): Participant | undefined {
  return c.participants.find((p) => p.organisation === organisation);
}

export function requireRole(
  c: IncidentCase,
  organisation: string,
  roles: readonly Role[],
): Participant {
  const p = participantOf(c, organisation);
  if (p === undefined)
    throw new CoopsecError('FORBIDDEN', `${organisation} is not a participant of this case`);
  if (!roles.includes(p.role))
    throw new CoopsecError(
      'FORBIDDEN',
      `a ${p.role} may not do this (needs ${roles.join(' or ')})`,
    );
  return p;
}
