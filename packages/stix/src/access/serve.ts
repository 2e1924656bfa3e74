/**
 * @module access/serve
 * What a reader is handed of one object version, given their clearance for it
 * (`access/clearance.ts`): the version withheld, served as stored, or served with the content
 * under granular markings above the clearance removed (STIX 2.1 §7.2.3, `redactForRecipient`).
 *
 * `viewLevel` is computed once when a version is stored and kept beside it, so that a store
 * can filter listings in SQL with the same answer: a version is served (whole or redacted)
 * exactly when the reader's clearance is at least its view level.
 */
import { effectiveTlp } from '../markings/effective.ts';
import { redactForRecipient } from '../markings/redact.ts';
import { TLP_LEVELS, type TlpLevel } from '../markings/tlp.ts';
import { clearedFor } from './clearance.ts';

/** Custom property listing the granular selectors removed for this reader. */
export const REDACTED_PROPERTY = 'x_coopsec_redacted';

/** Object-level TLP (object markings only, most restrictive wins); undefined when unmarked. */
export function objectTlp(object: Readonly<Record<string, unknown>>): TlpLevel | undefined {
  return effectiveTlp(object, { objectOnly: true });
}

function hasGranularMarkings(object: Readonly<Record<string, unknown>>): boolean {
  return Array.isArray(object.granular_markings) && object.granular_markings.length > 0;
}

/**
 * The lowest clearance at which the version is served at all: its object-level TLP (an
 * unmarked object counts as TLP:GREEN, the platform's community default), raised to the
 * lowest clearance at which no granular marking would remove a required property.
 */
export function viewLevel(object: Readonly<Record<string, unknown>>): TlpLevel {
  const base = objectTlp(object) ?? 'green';
  if (!hasGranularMarkings(object)) return base;
  const granularOnly = { ...object, object_marking_refs: undefined };
  for (const level of TLP_LEVELS) {
    if (!clearedFor(level, base)) continue;
    if (
      redactForRecipient(granularOnly, { tlp: level, unknownMarkings: 'allow' }).object !==
      undefined
    )
      return level;
  }
  return 'red';
}

/**
 * The version as `clearance` may receive it, or undefined when it is withheld. `level` is the
 * stored {@link viewLevel}. Non-TLP markings (statements, terms of use) never withhold.
 */
export function serveVersion(
  object: Record<string, unknown>,
  level: TlpLevel,
  clearance: TlpLevel,
): Record<string, unknown> | undefined {
  if (!clearedFor(clearance, level)) return undefined;
  if (!hasGranularMarkings(object)) return object;
  const { object: served, removed } = redactForRecipient(object, {
    tlp: clearance,
    unknownMarkings: 'allow',
  });
  if (served === undefined) return undefined;
  if (removed.length === 0) return served;
  return { ...served, [REDACTED_PROPERTY]: [...new Set(removed.map((r) => r.selector))] };
}
