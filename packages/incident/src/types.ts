/**
 * @module types
 * The stored shape of a joint incident case. Ids are STIX ids so that the STIX form
 * (incident, task, event and note objects) keeps them unchanged across nodes.
 */
import type { TlpLevel } from '@coopsec/stix';
import type { RsitClassification } from './classification.ts';
import type { Phase } from './phase.ts';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Permissible Actions Protocol: what a recipient may do with the case (misp-taxonomies PAP). */
export const PAP_LEVELS = ['clear', 'green', 'amber', 'red'] as const;
export type Pap = (typeof PAP_LEVELS)[number];

export const ROLES = ['lead', 'contributor', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const TASK_STATUSES = ['pending', 'in-progress', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Participant {
  /** The organisation's STIX identity id or local organisation id. */
  readonly organisation: string;
  readonly role: Role;
}

/** One entry of the timeline. Phase moves are recorded as kind `phase` with the new phase. */
export interface TimelineEvent {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly kind: 'opened' | 'phase' | 'observation' | 'action';
  readonly summary: string;
  readonly phase?: Phase;
}

export interface CaseTask {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  /** ISO 8601 date or date-time. */
  readonly due?: string;
  readonly status: TaskStatus;
  readonly created: string;
  readonly updated: string;
}

export interface CaseComment {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly text: string;
}

/** The case properties that merge one by one (per-field last writer wins, see merge.ts). */
export const CASE_FIELDS = [
  'title',
  'description',
  'rsit',
  'severity',
  'tlp',
  'pap',
  'phase',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/** When and by whom a field was last written: the merge compares these. */
export interface Stamp {
  readonly at: string;
  readonly by: string;
}

export interface IncidentCase {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rsit: RsitClassification;
  readonly severity: Severity;
  readonly tlp: TlpLevel;
  readonly pap: Pap;
  readonly participants: readonly Participant[];
  readonly phase: Phase;
  readonly timeline: readonly TimelineEvent[];
  readonly tasks: readonly CaseTask[];
  /** STIX ids of linked indicators, observables, sightings, malware, vulnerabilities. */
  readonly links: readonly string[];
  readonly comments: readonly CaseComment[];
  readonly created: string;
  readonly modified: string;
  /** The organisation that opened the case (its first lead). */
  readonly createdBy: string;
  /** Last write of each mergeable field. */
  readonly clock: Readonly<Record<CaseField, Stamp>>;
}

/** Who does a change and when; ids for new parts are supplied by the caller (no I/O here). */
export interface Actor {
  readonly by: string;
  readonly at: string;
}
