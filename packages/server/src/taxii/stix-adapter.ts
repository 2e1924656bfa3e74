/**
 * @module taxii/stix-adapter
 * The only place the TAXII server touches STIX rules: validation comes from @coopsec/stix
 * (`validateStixObject`, MUST rules), TLP levels of marking references (TLP 2.0 and the
 * TLP 1.0 definitions built into STIX 2.1 §7.2.1.4), and granular-marking redaction.
 */
import { validateStixObject } from '@coopsec/stix';

/** TLP levels from least to most restrictive; `none` = no TLP marking. */
export type TlpLevel = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
export type StoredTlp = TlpLevel | 'none';

const RANK: Record<TlpLevel, number> = { clear: 0, green: 1, amber: 2, 'amber+strict': 3, red: 4 };

/** marking-definition ids of TLP 2.0 (FIRST, extension 60a3c5c5…) and TLP 1.0 (STIX 2.1 §7.2.1.4). */
const TLP_BY_MARKING: ReadonlyMap<string, TlpLevel> = new Map([
  ['marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', 'clear'],
  ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb', 'green'],
  ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421', 'amber'],
  ['marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003', 'amber+strict'],
  ['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1', 'red'],
  ['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', 'clear'],
  ['marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', 'green'],
  ['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', 'amber'],
  ['marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed', 'red'],
]);

export const TLP_MARKING_IDS: Readonly<Record<TlpLevel, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

export function tlpOfMarking(ref: unknown): TlpLevel | undefined {
  return typeof ref === 'string' ? TLP_BY_MARKING.get(ref) : undefined;
}

export function mostRestrictive(a: TlpLevel | undefined, b: TlpLevel | undefined): TlpLevel | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** Object-level effective TLP: the most restrictive TLP among `object_marking_refs`. */
export function objectTlp(object: Readonly<Record<string, unknown>>): StoredTlp {
  const refs = object.object_marking_refs;
  let level: TlpLevel | undefined;
  if (Array.isArray(refs)) for (const ref of refs) level = mostRestrictive(level, tlpOfMarking(ref));
  return level ?? 'none';
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
    const level = typeof m === 'object' && m !== null ? tlpOfMarking((m as Record<string, unknown>).marking_ref) : undefined;
    const selectors = typeof m === 'object' && m !== null ? (m as Record<string, unknown>).selectors : undefined;
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
    return !Array.isArray(sel) || sel.every((s) => typeof s !== 'string' || !remove.some((r) => s === r || s.startsWith(`${r}.`)));
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
