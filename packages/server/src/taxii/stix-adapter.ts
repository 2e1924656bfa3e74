/**
 * @module taxii/stix-adapter
 * How the TAXII server checks a posted object: the same MUST rules as `coopsec stix validate`,
 * STIX patterning included, and a refusal that names the rules only — never the values the
 * object contained (a status resource must not repeat posted content).
 */
import { stixPatternHook, TLP2_IDS, validateStixObject, type TlpLevel } from '@coopsec/stix';

export type { TlpLevel };
/** marking-definition ids of the TLP 2.0 levels (FIRST, extension 60a3c5c5…). */
export const TLP_MARKING_IDS: Readonly<Record<TlpLevel, string>> = TLP2_IDS;

export interface IngestCheck {
  readonly ok: boolean;
  /** The rule ids the object breaks, for the status's failure message. */
  readonly rules: readonly string[];
}

/** STIX 2.1 MUST rules only (SHOULD findings never refuse an object), patterns included. */
export function checkStixObject(object: unknown): IngestCheck {
  const result = validateStixObject(object, {
    mustOnly: true,
    validatePatternHook: stixPatternHook,
  });
  if (result.valid) return { ok: true, rules: [] };
  const rules = [
    ...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)),
  ];
  return { ok: false, rules };
}
