/**
 * @module pages/incidents/types
 * Shapes of the /api/incidents answers (issue 17) the Incidents page reads; kept here so that
 * no domain code is bundled into the browser (see ../../types.ts for the same choice).
 */
export type Phase = 'detect' | 'analyse' | 'contain' | 'eradicate' | 'recover' | 'closed';

/** In order: the case moves forward through these (NIST SP 800-61r3, see @coopsec/incident). */
export const PHASES: readonly Phase[] = [
  'detect',
  'analyse',
  'contain',
  'eradicate',
  'recover',
  'closed',
];

export interface Rsit {
  readonly class: string;
  readonly type: string;
}

export interface IncidentSummary {
  readonly id: string;
  readonly title: string;
  readonly phase: Phase;
  readonly severity: string;
  readonly tlp: string;
  readonly pap: string;
  readonly rsit: Rsit;
  readonly role: string;
  readonly openTasks: number;
  readonly modified: string;
}

export interface TimelineEvent {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly kind: 'opened' | 'phase' | 'observation' | 'action';
  readonly summary: string;
  readonly phase?: Phase;
}

export interface CaseComment {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly text: string;
}

export interface CaseTask {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly due?: string;
  readonly status: string;
  readonly updated: string;
}

export interface IncidentView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rsit: Rsit;
  readonly severity: string;
  readonly tlp: string;
  readonly pap: string;
  readonly phase: Phase;
  readonly participants: readonly { organisation: string; role: string }[];
  readonly timeline: readonly TimelineEvent[];
  readonly tasks: readonly CaseTask[];
  readonly links: readonly string[];
  readonly comments: readonly CaseComment[];
  readonly created: string;
  readonly modified: string;
  readonly createdBy: string;
  readonly metrics: {
    readonly timeToAcknowledgeMs?: number;
    readonly timeToContainMs?: number;
    readonly timeToResolveMs?: number;
  };
}
