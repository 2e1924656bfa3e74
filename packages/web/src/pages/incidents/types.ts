/**
 * @module pages/incidents/types
 * Shapes of the /api/incidents answers (issue 17) the Incidents pages read, derived from the
 * server's answer schemas (type-only imports: erased, nothing of the server is bundled).
 */
import type { IncidentAnswer } from '@coopsec/server/schemas';

export type {
  IncidentSummaryAnswer as IncidentSummary,
  IncidentAnswer as IncidentView,
  TimelineEventAnswer as TimelineEvent,
  CaseTaskAnswer as CaseTask,
  CaseCommentAnswer as CaseComment,
} from '@coopsec/server/schemas';

export type Phase = IncidentAnswer['phase'];

/**
 * In order: the case moves forward through these (NIST SP 800-61r3, see @coopsec/incident).
 * A copy of the domain's list, so the domain is not bundled; the check below fails to compile
 * if the two ever differ in members.
 */
export const PHASES = ['detect', 'analyse', 'contain', 'eradicate', 'recover', 'closed'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const phasesMatchTheDomain: Same<(typeof PHASES)[number], Phase> = true;
void phasesMatchTheDomain;
