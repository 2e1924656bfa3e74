/**
 * @module taxii/stix-adapter
 * The only place the TAXII server touches STIX rules. From @coopsec/stix: validation
 * (`validateStixObject`, MUST rules), TLP of marking references and the effective object TLP
 * (`tlpOfMarking`, `effectiveTlp`). Granular redaction is done here rather than with
 * `redactForRecipient`, because that takes one TLP ceiling while a reader's clearance here is
 * per level and per origin (a client may be cleared for AMBER from one partner without being
 * cleared for community GREEN), so it is not a ceiling.
 */
import {
  effectiveTlp,
  TLP2_IDS,
  tlpOfMarking as stixTlpOfMarking,
  validateStixObject,
  type TlpLevel,
} from '@coopsec/stix';

export type { TlpLevel };
export type StoredTlp = TlpLevel | 'none';

/** marking-definition ids of the TLP 2.0 levels (FIRST, extension 60a3c5c5…), from @coopsec/stix. */
export const TLP_MARKING_IDS: Readonly<Record<TlpLevel, string>> = TLP2_IDS;

/** The TLP level a marking reference names (TLP 2.0, or TLP 1.0 mapped to 2.0), else undefined. */
export function tlpOfMarking(ref: unknown): TlpLevel | undefined {
  return typeof ref === 'string' ? stixTlpOfMarking(ref) : undefined;
}

/** Object-level effective TLP (object markings only, most restrictive wins); `none` when unmarked. */
export function objectTlp(object: Readonly<Record<string, unknown>>): StoredTlp {
  return effectiveTlp(object, { objectOnly: true }) ?? 'none';
}

export interface IngestCheck {
  readonly ok: boolean;
  readonly reason: string;
}

/** STIX 2.1 MUST rules only: SHOULD findings never refuse an object. */
export function checkStixObject(object: unknown): IngestCheck {
  const result = validateStixObject(object, { mustOnly: true });
  if (result.valid) return { ok: true, reason: '' };
  const errors = result.findings.filter((f) => f.severity === 'error');
  const text = errors
    .slice(0, 3)
    .map((f) => `${f.path}: ${f.message}`)
    .join('; ');
  return { ok: false, reason: errors.length > 3 ? `${text}; and ${errors.length - 3} more` : text };
}

const PROTECTED = new Set(['id', 'type', 'spec_version', 'created', 'modified']);

/**
 * STIX 2.1 §7.2.3 granular markings: removes every property or list item selected by a TLP
 * granular marking the reader is not cleared for, and the marking entries that named them.
 * Returns undefined when a protected property (id, type, spec_version, created, modified)
 * would have to go: such an object is withheld entirely.
 */
export function redactGranular(
  object: Record<string, unknown>,
  cleared: (level: TlpLevel) => boolean,
): Record<string, unknown> | undefined {
  const markings = object.granular_markings;
  if (!Array.isArray(markings)) return object;
  const remove: string[] = [];
  const keep: unknown[] = [];
  for (const m of markings) {
    const level =
      typeof m === 'object' && m !== null
        ? tlpOfMarking((m as Record<string, unknown>).marking_ref)
        : undefined;
    const selectors =
      typeof m === 'object' && m !== null ? (m as Record<string, unknown>).selectors : undefined;
    if (level !== undefined && !cleared(level) && Array.isArray(selectors)) {
      for (const s of selectors) if (typeof s === 'string') remove.push(s);
    } else keep.push(m);
  }
  if (remove.length === 0) return object;
  if (remove.some((s) => PROTECTED.has(s.split('.')[0] ?? ''))) return undefined;
  const copy = structuredClone(object);
  // Delete deepest selectors first, list items from the highest index down, so that earlier
  // deletions do not shift the positions later selectors name.
  const ordered = [...new Set(remove)].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const selector of ordered) deleteSelected(copy, selector);
  const remaining = keep.filter((m) => {
    const sel = (m as Record<string, unknown>).selectors;
    return (
      !Array.isArray(sel) ||
      sel.every(
        (s) => typeof s !== 'string' || !remove.some((r) => s === r || s.startsWith(`${r}.`)),
      )
    );
  });
  if (remaining.length > 0) copy.granular_markings = remaining;
  else delete copy.granular_markings;
  copy.x_coopsec_redacted = [...new Set(remove)];
  return copy;
}

function deleteSelected(root: Record<string, unknown>, selector: string): void {
  const steps = selector.split('.').map((s) => {
    const m = /^\[(\d+)\]$/.exec(s);
    return m?.[1] !== undefined ? Number(m[1]) : s;
  });
  let current: unknown = root;
  for (const step of steps.slice(0, -1)) {
    if (current === null || typeof current !== 'object') return;
    current = (current as Record<string | number, unknown>)[step];
  }
  const lastStep = steps[steps.length - 1];
  if (lastStep === undefined || current === null || typeof current !== 'object') return;
  if (Array.isArray(current) && typeof lastStep === 'number') current.splice(lastStep, 1);
  else if (typeof lastStep === 'string') delete (current as Record<string, unknown>)[lastStep];
}
