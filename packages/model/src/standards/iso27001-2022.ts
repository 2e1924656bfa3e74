/**
 * @module standards/iso27001-2022
 * ISO/IEC 27001:2022 Annex A by identifier: 4 themes, 93 controls (organisational 37,
 * people 8, physical 14, technological 34; FACTS.md §4). Names are our own short labels,
 * never ISO's wording (copyright); a licensed catalogue can be imported (standards/import.ts).
 *
 * @example
 * ISO27001_2022_NEW.includes('5.7'); // true — threat intelligence is new in 2022
 */
import type { Catalogue, CatalogueElement } from './types.ts';

const THEMES: readonly (readonly [string, string, readonly string[]])[] = [
  [
    '5',
    'Organisational measures',
    [
      'Security policy set',
      'Security roles assigned',
      'Separation of conflicting duties',
      "Management's security duties",
      'Liaison with public authorities',
      'Liaison with specialist communities',
      'Threat intelligence gathering',
      'Security within projects',
      'Register of information and assets',
      'Rules for using information and assets',
      'Handing back assets',
      'Information classes',
      'Marking information',
      'Moving information between parties',
      'Access rules',
      'Identity lifecycle',
      'Secret credential handling',
      'Granting, reviewing and revoking access',
      'Supplier security policy',
      'Security clauses in supplier contracts',
      'ICT supply chain security',
      'Supplier service oversight',
      'Cloud service security',
      'Incident response preparation',
      'Event triage',
      'Incident handling',
      'Lessons from incidents',
      'Evidence gathering',
      'Security during disruption',
      'ICT continuity readiness',
      'Applicable requirements register',
      'Intellectual property',
      'Records protection',
      'Personal data protection',
      'Independent security review',
      'Compliance checks against policy',
      'Written operating instructions',
    ],
  ],
  [
    '6',
    'People measures',
    [
      'Background verification',
      'Security terms in employment contracts',
      'Staff awareness and training',
      'Sanctions for security breaches',
      'Duties after leaving or role change',
      'Non-disclosure undertakings',
      'Teleworking rules',
      'Reporting security events',
    ],
  ],
  [
    '7',
    'Physical measures',
    [
      'Site perimeter',
      'Entry controls',
      'Protecting rooms and offices',
      'Physical surveillance',
      'Protection from natural and man-made hazards',
      'Rules in protected areas',
      'Tidy desk, locked screen',
      'Placing and shielding equipment',
      'Assets outside premises',
      'Media handling',
      'Power and utilities',
      'Cable protection',
      'Maintaining equipment',
      'Wiping before disposal or reuse',
    ],
  ],
  [
    '8',
    'Technology measures',
    [
      'End-user devices',
      'Privileged accounts',
      'Restricting information access',
      'Source code access',
      'Log-on and authentication',
      'Capacity planning',
      'Anti-malware measures',
      'Technical vulnerability handling',
      'Configuration baselines',
      'Deleting information',
      'Masking data',
      'Leak prevention',
      'Backups',
      'Redundant processing facilities',
      'Event logs',
      'Watching for anomalous activity',
      'Time synchronisation',
      'Powerful utility programs',
      'Software installation on live systems',
      'Network protection',
      'Network service assurance',
      'Network segmentation',
      'Filtering web access',
      'Encryption and key use',
      'Secure development lifecycle',
      'Application requirements analysis',
      'Secure engineering principles',
      'Coding securely',
      'Security and acceptance testing',
      'Outsourced development oversight',
      'Separate dev, test and live environments',
      'Controlling changes',
      'Test data protection',
      'Audits with minimal disruption',
    ],
  ],
];

/** FACTS.md §4: controls per theme. */
export const ISO27001_2022_THEME_COUNTS: Readonly<Record<string, number>> = {
  '5': 37,
  '6': 8,
  '7': 14,
  '8': 34,
};

/** FACTS.md §4: controls with no predecessor in the 2013 edition. */
export const ISO27001_2022_NEW: readonly string[] = [
  '5.7',
  '5.23',
  '5.30',
  '7.4',
  '8.9',
  '8.10',
  '8.11',
  '8.12',
  '8.16',
  '8.23',
  '8.28',
];

export const ISO27001_2022: Catalogue = {
  framework: 'iso27001-2022',
  title: 'ISO/IEC 27001:2022 Annex A (identifiers; names are coopsec paraphrases)',
  source:
    'Identifiers and structure: ISO/IEC 27001:2022 Annex A (FACTS.md §4). Names: written by coopsec; ISO text is copyrighted and not included.',
  elements: THEMES.flatMap(([theme, label, controls]): CatalogueElement[] => [
    { id: theme, kind: 'theme', title: label },
    ...controls.map((title, i) => ({
      id: `${theme}.${i + 1}`,
      kind: 'control' as const,
      title,
      parent: theme,
    })),
  ]),
};
