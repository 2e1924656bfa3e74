/**
 * @module validate/context
 * The mutable state of one validation run: collected findings, options, the set of SHOULD
 * rules in force, and (inside observed-data `objects`) the local object map that SCO
 * references resolve against (STIX 2.1 §4.14, deprecated embedding).
 */
import type { Finding, ValidateOptions } from './findings.ts';

const FORMAT = [
  'custom-prefix',
  'custom-prefix-lax',
  'open-vocab-format',
  'kill-chain-names',
  'observable-object-keys',
  'observable-dictionary-keys',
  'malware-analysis-product',
  'windows-process-priority-format',
  'hash-length',
];
const APPROVED = [
  'attack-motivation',
  'attack-resource-level',
  'grouping-context',
  'identity-class',
  'implementation-languages',
  'indicator-types',
  'industry-sector',
  'infrastructure-types',
  'malware-types',
  'malware-result',
  'malware-capabilities',
  'processor-architecture',
  'report-types',
  'threat-actor-types',
  'threat-actor-role',
  'threat-actor-sophistication',
  'tool-types',
  'region',
  'indicator-pattern-types',
  'account-type',
  'windows-pebinary-type',
  'marking-definition-type',
  'hash-algo',
  'relationship-types',
  'mime-type',
  'protocols',
  'ipfix',
  'http-request-headers',
  'socket-options',
  'pdf-doc-info',
  'countries',
];

/** SHOULD rules come in two groups that can be switched off together. */
export const RULE_GROUPS: Readonly<Record<string, 'format-checks' | 'approved-values'>> =
  Object.fromEntries([
    ...FORMAT.map((r) => [r, 'format-checks'] as const),
    ...APPROVED.map((r) => [r, 'approved-values'] as const),
  ]);

export interface PendingRef {
  readonly path: string;
  readonly id: string;
  readonly allowed: readonly string[];
}

export class Ctx {
  readonly findings: Finding[] = [];
  readonly options: ValidateOptions;
  /** Local SCO map while validating an observed-data's `objects`. */
  local: Record<string, unknown> | undefined;
  /** References collected for resolution against the surrounding bundle. */
  readonly refs: PendingRef[] = [];
  collectRefs = false;
  /** Path of the object whose type-specific check runs (see `registry/definition.ts`). */
  path = '$';
  private readonly disabled: ReadonlySet<string> | undefined;
  private readonly enabled: ReadonlySet<string> | undefined;

  constructor(options: ValidateOptions = {}) {
    this.options = options;
    this.disabled =
      options.disabled && options.disabled.length > 0 ? new Set(options.disabled) : undefined;
    this.enabled =
      options.enabled && options.enabled.length > 0 ? new Set(options.enabled) : undefined;
  }

  /** CheckContext.report: a finding at `finding.path`, or at the current object. */
  report(finding: Omit<Finding, 'path'> & { path?: string }): void {
    this.findings.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      path: finding.path ?? this.path,
    });
  }

  error(ruleId: string, path: string, message: string): void {
    this.findings.push({ ruleId, severity: 'error', path, message });
  }

  /** Whether a SHOULD rule runs under the options (rule ids or their group names). */
  should(ruleId: string): boolean {
    if (this.options.mustOnly === true) return false;
    const group = RULE_GROUPS[ruleId];
    if (this.enabled !== undefined)
      return this.enabled.has(ruleId) || (group !== undefined && this.enabled.has(group));
    return (
      this.disabled === undefined ||
      !(this.disabled.has(ruleId) || (group !== undefined && this.disabled.has(group)))
    );
  }

  warn(ruleId: string, path: string, message: string): void {
    if (this.should(ruleId)) this.findings.push({ ruleId, severity: 'warning', path, message });
  }
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const plainKeys = new Map<string, boolean>();

/** `$.a` + `b` → `$.a.b`; keys that are not identifiers are quoted (`$.a["x y"]`). */
export function child(path: string, key: string): string {
  let plain = plainKeys.get(key);
  if (plain === undefined) {
    plain = PLAIN_KEY.test(key);
    if (plainKeys.size < 10_000) plainKeys.set(key, plain);
  }
  return plain ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
