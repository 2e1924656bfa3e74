/**
 * @module extensions
 * The extension definitions a case's STIX form uses.
 *
 * Implemented: the OASIS Incident Core Extension **version 2.0** (draft of 10 October 2023,
 * "Incident Extension Suite", oasis-open/cti-stix-common-objects,
 * extension-definition-specifications/incident-core/), which in 2.0 moved events and tasks out
 * of the incident into their own SDOs:
 * - incident: property extension `extension-definition--ef765651-680c-498d-9894-99799f2fa126`
 *   (§2.1: determination, investigation_status, criticality, `events` and `tasks` as lists of
 *   event-entry / task-entry, §3.2 and §3.6);
 * - event: new SDO `extension-definition--4ca6de00-5b0d-45ef-a1dc-ea7279ea910e` (§2.2);
 * - task: new SDO `extension-definition--2074a052-8be4-4932-849e-f5e7798e0030` (§2.4).
 * What Incident Core has no property for (RSIT class and type, PAP, the NIST phase,
 * participants and their roles, task owners and due dates, links, per-field write stamps for
 * the merge) travels in coopsec's own property extension, defined below (STIX 2.1 §7.3).
 */
export const INCIDENT_CORE_EXTENSION_ID =
  'extension-definition--ef765651-680c-498d-9894-99799f2fa126';
export const EVENT_EXTENSION_ID = 'extension-definition--4ca6de00-5b0d-45ef-a1dc-ea7279ea910e';
export const TASK_EXTENSION_ID = 'extension-definition--2074a052-8be4-4932-849e-f5e7798e0030';

/** coopsec's case extension (a fixed random UUID: it names a schema, not content). */
export const CASE_EXTENSION_ID = 'extension-definition--ab69fe5f-1816-4786-91fb-7e82dd5a074f';
/** The identity that publishes coopsec's extension definitions (§7.3 requires created_by_ref). */
export const COOPSEC_IDENTITY_ID = 'identity--c86b0b1e-7714-4b92-9112-532d3a64caae';

const PUBLISHED = '2026-12-01T00:00:00.000Z';

/** The identity and extension-definition objects an exported bundle carries for the case extension. */
export function caseExtensionObjects(): Record<string, unknown>[] {
  return [
    {
      type: 'identity',
      spec_version: '2.1',
      id: COOPSEC_IDENTITY_ID,
      created: PUBLISHED,
      modified: PUBLISHED,
      name: 'coopsec',
      identity_class: 'system',
    },
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: CASE_EXTENSION_ID,
      created_by_ref: COOPSEC_IDENTITY_ID,
      created: PUBLISHED,
      modified: PUBLISHED,
      name: 'coopsec joint incident case',
      description:
        'Joint cross-border incident cases: RSIT classification, PAP, NIST SP 800-61r3 phase, ' +
        'participants with roles, task owners and due dates, linked objects and per-field ' +
        'write stamps used to merge concurrent edits.',
      schema: 'https://coopsec.invalid/schemas/incident-case-extension-1.0.json',
      version: '1.0.0',
      extension_types: ['property-extension'],
    },
  ];
}
