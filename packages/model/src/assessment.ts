/**
 * @module assessment
 * Assessments: one score per country, year and component, always with its source.
 */
import type { ComponentId } from './components.ts';

/** How sure we are of a value: `high` for a primary publication, `low` for a secondary echo. */
export type Confidence = 'high' | 'medium' | 'low';

/** `measured` values come from a source; `estimated` ones were computed (interpolated, projected). */
export type ValueKind = 'measured' | 'estimated';

/** A publication or dataset a value comes from. Citations are URL-free (FACTS.md). */
export interface Source {
  readonly id: string;
  readonly citation: string;
  readonly note?: string;
}

export interface Assessment {
  /** ISO 3166-1 alpha-3, upper case. */
  readonly country: string;
  readonly year: number;
  readonly component: ComponentId;
  /** 0–100. */
  readonly score: number;
  readonly sourceId: string;
  readonly evidence: string;
  readonly confidence: Confidence;
  readonly kind: ValueKind;
}
