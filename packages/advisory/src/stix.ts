/**
 * @module stix
 * An advisory as STIX 2.1: a `report` (report_types `vulnerability`) for the document, one
 * `vulnerability` per CSAF vulnerability (CVE and CWE as external references, STIX 2.1
 * §4.18 / §10.3), and an `identity` for the publisher. What STIX has no property for (CVSS
 * vectors and scores, product statuses with the affected products' CPE and purl, VEX flags,
 * threats, remediations) travels in coopsec's advisory property extension (§7.3).
 * Ids are derived from the publisher namespace and tracking id (UUIDv5), and `modified` is the
 * document's current release date: importing the same advisory twice makes the same versions,
 * and a newer release of it makes new versions of the same objects.
 */
import { v5 as uuidv5 } from 'uuid';
import { CoopsecError } from '@coopsec/model';
import { TLP2_IDS, objectTlp } from '@coopsec/stix';
import type { Advisory, AdvisoryProduct, AdvisoryVulnerability } from './types.ts';

/** coopsec's advisory extension (a fixed random UUID: it names a schema, not content). */
export const ADVISORY_EXTENSION_ID = 'extension-definition--3bdee12a-2f9f-490b-a977-79cb8ebd668f';
const NAMESPACE = '1d99f0c6-43b8-455f-ad73-e14d5798c6ac';
/** The publisher identity is made by coopsec, not by the publisher: fixed timestamps, one version. */
const IDENTITY_TIME = '2026-12-01T00:00:00.000Z';

type Obj = Record<string, unknown>;

const COOPSEC_IDENTITY_ID = 'identity--c86b0b1e-7714-4b92-9112-532d3a64caae';

/** The identity and extension-definition objects an exported bundle carries (§7.3). */
export function advisoryExtensionObjects(): Obj[] {
  return [
    {
      type: 'identity',
      spec_version: '2.1',
      id: COOPSEC_IDENTITY_ID,
      created: IDENTITY_TIME,
      modified: IDENTITY_TIME,
      name: 'coopsec',
      identity_class: 'system',
    },
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: ADVISORY_EXTENSION_ID,
      created_by_ref: COOPSEC_IDENTITY_ID,
      created: IDENTITY_TIME,
      modified: IDENTITY_TIME,
      name: 'coopsec vulnerability advisory',
      description:
        'What a CSAF 2.0 advisory says that STIX has no property for: CVSS vectors and scores, ' +
        "product statuses (VEX among them) with the affected products' CPE and purl, flags, " +
        'threats and remediations.',
      schema: 'https://coopsec.invalid/schemas/advisory-extension-1.0.json',
      version: '1.0.0',
      extension_types: ['property-extension'],
    },
  ];
}

const stamp = (value: string, field: string): string => {
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new CoopsecError('BAD_INPUT', `${field}: "${value}" is not a date`, {
      details: [{ field, message: 'not a date' }],
    });
  return new Date(ms).toISOString();
};

const idFor = (type: string, ...parts: string[]) =>
  `${type}--${uuidv5(parts.join('\u0000'), NAMESPACE)}`;

export const advisoryReportId = (a: Pick<Advisory, 'publisher' | 'trackingId'>): string =>
  idFor('report', a.publisher.namespace, a.trackingId);

const vulnerabilityKey = (v: AdvisoryVulnerability, i: number): string =>
  v.cve ?? v.ids[0]?.text ?? v.title ?? `#${i}`;

/** The products a vulnerability names in its statuses, scores and statements. */
function productsOf(v: AdvisoryVulnerability, products: ReadonlyMap<string, AdvisoryProduct>) {
  const ids = new Set<string>();
  for (const list of Object.values(v.status)) for (const id of list ?? []) ids.add(id);
  for (const s of v.scores) for (const id of s.productIds) ids.add(id);
  for (const s of [...v.threats, ...v.remediations, ...v.flags])
    for (const id of s.productIds ?? []) ids.add(id);
  return [...ids].flatMap((id) => {
    const p = products.get(id);
    return p === undefined ? [] : [p];
  });
}

/** The STIX objects of `advisory`: publisher identity, vulnerabilities, and the report last. */
export function advisoryToStix(advisory: Advisory): Obj[] {
  const created = stamp(advisory.initialReleaseDate, '/document/tracking/initial_release_date');
  const modified = stamp(advisory.currentReleaseDate, '/document/tracking/current_release_date');
  if (modified < created)
    throw new CoopsecError('BAD_INPUT', 'the current release date is before the initial one', {
      details: [
        {
          field: '/document/tracking/current_release_date',
          message: 'before initial_release_date',
        },
      ],
    });
  const markings =
    advisory.tlp !== undefined ? { object_marking_refs: [TLP2_IDS[advisory.tlp]] } : {};
  const identity = {
    type: 'identity',
    spec_version: '2.1',
    id: idFor('identity', advisory.publisher.namespace, advisory.publisher.name),
    created: IDENTITY_TIME,
    modified: IDENTITY_TIME,
    name: advisory.publisher.name,
    identity_class: 'organization',
    contact_information: advisory.publisher.namespace,
  };
  const common = {
    spec_version: '2.1',
    created,
    modified,
    created_by_ref: identity.id,
    ...markings,
  };
  const products = new Map(advisory.products.map((p) => [p.id, p]));
  const vulnerabilities = advisory.vulnerabilities.map((v, i) => {
    const description = v.notes.find(
      (n) => n.category === 'description' || n.category === 'summary',
    );
    const references = [
      ...(v.cve !== undefined
        ? [
            {
              source_name: 'cve',
              external_id: v.cve,
              url: `https://www.cve.org/CVERecord?id=${v.cve}`,
            },
          ]
        : []),
      ...(v.cwe !== undefined ? [{ source_name: 'cwe', external_id: v.cwe.id }] : []),
      ...v.references
        .filter((r) => r.url !== undefined && r.url !== '')
        .map((r) => ({ source_name: r.category, url: r.url, description: r.text })),
    ];
    return {
      type: 'vulnerability',
      id: idFor(
        'vulnerability',
        advisory.publisher.namespace,
        advisory.trackingId,
        vulnerabilityKey(v, i),
      ),
      ...common,
      name: v.cve ?? v.title ?? vulnerabilityKey(v, i),
      ...(description !== undefined ? { description: description.text } : {}),
      ...(references.length > 0 ? { external_references: references } : {}),
      extensions: {
        [ADVISORY_EXTENSION_ID]: {
          extension_type: 'property-extension',
          vulnerability: v,
          products: productsOf(v, products),
        },
      },
    };
  });
  const report = {
    type: 'report',
    id: advisoryReportId(advisory),
    ...common,
    name: advisory.title,
    published: modified,
    report_types: ['vulnerability'],
    object_refs: [identity.id, ...vulnerabilities.map((v) => v.id)],
    extensions: {
      [ADVISORY_EXTENSION_ID]: {
        extension_type: 'property-extension',
        advisory: { ...advisory, vulnerabilities: undefined },
      },
    },
  };
  return [identity, ...vulnerabilities, report];
}

/** The advisory whose report is `reportId`, read back from its STIX objects. */
export function advisoryFromStix(objects: readonly Obj[], reportId: string): Advisory {
  const byId = new Map(objects.map((o) => [String(o.id), o]));
  const extOf = (o: Obj | undefined): Obj | undefined =>
    ((o?.extensions ?? {}) as Record<string, Obj | undefined>)[ADVISORY_EXTENSION_ID];
  const report = byId.get(reportId);
  const header = extOf(report)?.advisory as Omit<Advisory, 'vulnerabilities'> | undefined;
  if (report === undefined || header === undefined)
    throw new CoopsecError('NOT_FOUND', `no advisory ${reportId}`, {
      details: [{ field: 'id', message: 'no such advisory report' }],
    });
  const vulnerabilities = ((report.object_refs ?? []) as string[]).flatMap((id) => {
    const v = extOf(byId.get(id))?.vulnerability as AdvisoryVulnerability | undefined;
    return v === undefined ? [] : [v];
  });
  const tlp = objectTlp(report);
  const { tlp: _ignored, ...rest } = header;
  return { ...rest, ...(tlp !== undefined ? { tlp } : {}), vulnerabilities };
}
