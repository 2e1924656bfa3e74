/**
 * @module case/input
 * What the case report needs: one incident case as a participant sees it (the app layer's
 * `IncidentView` has this shape; it is repeated here so that the report package stays free of
 * @coopsec/incident), plus the names of the linked STIX objects the caller looked up.
 */
import type { Language } from '@coopsec/i18n';

export type CaseTlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
export type CasePhase = 'detect' | 'analyse' | 'contain' | 'eradicate' | 'recover' | 'closed';

export interface CaseReportCase {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rsit: { readonly class: string; readonly type: string };
  readonly severity: 'low' | 'medium' | 'high' | 'critical';
  readonly tlp: CaseTlp;
  readonly pap: 'clear' | 'green' | 'amber' | 'red';
  readonly phase: CasePhase;
  readonly participants: readonly {
    readonly organisation: string;
    readonly role: 'lead' | 'contributor' | 'observer';
  }[];
  readonly timeline: readonly {
    readonly id: string;
    readonly at: string;
    readonly by: string;
    readonly kind: 'opened' | 'phase' | 'observation' | 'action';
    readonly summary: string;
    readonly phase?: CasePhase;
  }[];
  readonly tasks: readonly {
    readonly id: string;
    readonly title: string;
    readonly owner: string;
    readonly due?: string;
    readonly status: 'pending' | 'in-progress' | 'completed' | 'cancelled';
  }[];
  readonly links: readonly string[];
  readonly comments: readonly {
    readonly id: string;
    readonly at: string;
    readonly by: string;
    readonly text: string;
  }[];
  readonly created: string;
  readonly modified: string;
  readonly createdBy: string;
  readonly metrics: {
    readonly timeToAcknowledgeMs?: number;
    readonly timeToContainMs?: number;
    readonly timeToResolveMs?: number;
  };
}

export interface CaseReportOptions {
  readonly lang?: Language;
  /** Names of linked STIX objects by id, where the caller's store has the object. */
  readonly linkedNames?: ReadonlyMap<string, string>;
  /** When the report is made (ISO 8601); default now. */
  readonly generatedAt?: string;
}
