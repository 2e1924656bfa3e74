/**
 * Test helpers: deterministic STIX ids and a case opened by a lead with two partners.
 */
import { openCase } from '../case.ts';
import type { IncidentCase } from '../types.ts';

/** `type--` + a uuid made from `n`, stable across runs. */
export function sid(type: string, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${type}--00000000-0000-4000-8000-${hex}`;
}

export const LEAD = 'identity--00000000-0000-4000-8000-00000000000a';
export const PARTNER = 'identity--00000000-0000-4000-8000-00000000000b';
export const WATCHER = 'identity--00000000-0000-4000-8000-00000000000c';
export const OUTSIDER = 'identity--00000000-0000-4000-8000-00000000000d';
export const T0 = '2026-03-01T08:00:00.000Z';

/** T0 plus `minutes`. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

export function sampleCase(): IncidentCase {
  return openCase(
    {
      title: 'Phishing wave against two ministries',
      description: 'Credential phishing sent from a shared bulletproof host.',
      rsitClass: 'fraud',
      rsitType: 'phishing',
      severity: 'high',
      tlp: 'amber',
      pap: 'amber',
      participants: [
        { organisation: PARTNER, role: 'contributor' },
        { organisation: WATCHER, role: 'observer' },
      ],
    },
    { id: sid('incident', 1), eventId: sid('event', 1), by: LEAD, at: T0 },
  );
}
