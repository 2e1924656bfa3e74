/**
 * @module validate/findings
 * What validation reports. A finding names the rule it comes from (stable ids, used by
 * callers to filter and by the corpus tests), its severity (`error` = a MUST of STIX 2.1,
 * `warning` = a SHOULD), where it sits as a JSON path (`$.objects[2].created`) and why.
 */

export type Severity = 'error' | 'warning';

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly path: string;
  readonly message: string;
}

export interface ValidationResult {
  /** No error findings (warnings count only when `strict` is set). */
  readonly valid: boolean;
  readonly findings: Finding[];
}

/**
 * Checks an indicator's pattern. Return problems as messages (empty or nothing = fine).
 * The patterning module's `parsePattern` is wired in through this hook.
 */
export type PatternHook = (
  pattern: string,
  indicator: Readonly<Record<string, unknown>>,
) => readonly string[] | void;

export interface ValidateOptions {
  /** Validates `pattern` when `pattern_type` is `stix`; without it only a non-empty string is required. */
  readonly validatePatternHook?: PatternHook;
  /** Count warnings (SHOULD rules) as failures for `valid`. Default false. */
  readonly strict?: boolean;
  /** SHOULD rule ids to skip (e.g. `custom-prefix`, `extensions-use`, `uuid-check`). */
  readonly disabled?: readonly string[];
  /** If given, only these SHOULD rule ids run. */
  readonly enabled?: readonly string[];
  /** Skip all SHOULD rules (faster; MUST rules only). */
  readonly mustOnly?: boolean;
  /** Ids known to exist with their types (e.g. other objects of the bundle) for reference checks. */
  readonly knownTypes?: ReadonlyMap<string, string>;
  /** Every reference must resolve in `knownTypes` (like a self-contained bundle). */
  readonly enforceRefs?: boolean;
}

export function isValid(findings: readonly Finding[], strict = false): boolean {
  for (const f of findings) if (f.severity === 'error' || strict) return false;
  return true;
}
