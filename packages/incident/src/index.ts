/**
 * @module @coopsec/incident
 * Joint cross-border incident cases (issue 17): the pure domain (phases, tasks, timeline,
 * participants, response times) and its STIX 2.1 form. No I/O.
 */
export { RSIT_CLASSES, RSIT_VERSION } from './rsit-taxonomy.ts';
export { rsitClasses, rsitProblems, isRsitClass } from './classification.ts';
export type { RsitClass, RsitClassification } from './classification.ts';
export { PHASES, TRANSITIONS, canMove, isPhase } from './phase.ts';
export type { Phase } from './phase.ts';
export { SEVERITIES, PAP_LEVELS, ROLES, TASK_STATUSES } from './types.ts';
export type {
  Severity,
  Pap,
  Role,
  TaskStatus,
  Participant,
  TimelineEvent,
  CaseTask,
  CaseComment,
  IncidentCase,
  Actor,
} from './types.ts';
export { openCase, changePhase, nextModified, isStixId } from './case.ts';
export type { OpenCaseInput } from './case.ts';
export {
  addParticipant,
  addTask,
  setTaskStatus,
  addEvent,
  addComment,
  linkObjects,
} from './activity.ts';
export type { NewTask } from './activity.ts';
export { participantOf, requireRole } from './roles.ts';
export { caseMetrics } from './metrics.ts';
export type { CaseMetrics } from './metrics.ts';
