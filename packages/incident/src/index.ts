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
export { SEVERITIES, PAP_LEVELS, ROLES, TASK_STATUSES, CASE_FIELDS } from './types.ts';
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
  CaseField,
  Stamp,
} from './types.ts';
export { openCase, changePhase, editCase, nextModified, isStixId } from './case.ts';
export type { OpenCaseInput, CaseEdit } from './case.ts';
export { normalizeCase } from './normalize.ts';
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
export { mergeCases } from './merge.ts';
export {
  caseToStix,
  incidentObject,
  eventObject,
  taskObject,
  noteObject,
  CRITICALITY,
  OUTCOME,
  investigationStatus,
} from './to-stix.ts';
export { caseFromStix } from './from-stix.ts';
export {
  INCIDENT_CORE_EXTENSION_ID,
  EVENT_EXTENSION_ID,
  TASK_EXTENSION_ID,
  CASE_EXTENSION_ID,
  COOPSEC_IDENTITY_ID,
  caseExtensionObjects,
} from './extensions.ts';
