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
      'Collecting threat information',
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
      'Technology supply-chain safeguards',
      'Supplier service oversight',
      'Cloud service security',
      'Incident response preparation',
      'Event triage',
      'Incident handling',
      'Lessons from incidents',
      'Evidence gathering',
      'Staying secure in a crisis',
      'Technology ready for disruptions',
      'Applicable requirements register',
      'Licensed and protected works',
      'Records protection',
      'Personal data protection',
      'External or impartial security review',
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
      'Working from outside the office',
      'Raising alerts about events',
    ],
  ],
  [
    '7',
    'Physical measures',
    [
      'Site perimeter',
      'Controlled entry points',
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
      'Laptops, phones and workstations',
      'Privileged accounts',
      'Need-to-know limits on data',
      'Source code access',
      'Log-on and authentication',
      'Capacity planning',
      'Anti-malware measures',
      'Technical vulnerability handling',
      'Configuration baselines',
      'Erasing data no longer needed',
      'Hiding sensitive fields',
      'Stopping data exfiltration',
      'Backups',
      'Duplicate processing capacity',
      'Event logs',
      'Watching for anomalous activity',
      'Time synchronisation',
      'Powerful utility programs',
      'Controlled installs on production',
      'Safeguarding networks',
      'Network service assurance',
      'Network segmentation',
      'Blocking harmful websites',
      'Encryption and key use',
      'Security across the build process',
      'Application requirements analysis',
      'Engineering systems securely',
      'Safe programming practice',
      'Testing before release',
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
