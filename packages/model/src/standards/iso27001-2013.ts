/**
 * @module standards/iso27001-2013
 * ISO/IEC 27001:2013 Annex A by identifier: 14 domains (A.5–A.18) and 114 controls, with the
 * per-domain counts of FACTS.md §4. ISO's titles and control text are copyrighted, so every
 * name here is our own short paraphrase label; `paperName` is the domain name as the paper
 * writes it in Table 2 (a short quotation). Users who hold a licence can import the real
 * catalogue (standards/import.ts).
 *
 * @example
 * ISO27001_2013.elements.filter((e) => e.kind === 'control').length; // 114
 */
import type { Catalogue, CatalogueElement } from './types.ts';

/** Domain id → [our label, the paper's/FACTS.md name, control labels in order A.d.x.y]. */
const DOMAINS: readonly (readonly [string, string, string, Readonly<Record<string, string>>])[] = [
  [
    'A.5',
    'Security policy direction',
    'Information security policies',
    {
      '5.1.1': 'Security policy set',
      '5.1.2': 'Periodic policy review',
    },
  ],
  [
    'A.6',
    'Security organisation and mobility',
    'Organisation of information security',
    {
      '6.1.1': 'Security roles assigned',
      '6.1.2': 'Separation of conflicting duties',
      '6.1.3': 'Liaison with public authorities',
      '6.1.4': 'Liaison with specialist communities',
      '6.1.5': 'Security within projects',
      '6.2.1': 'Portable device safeguards',
      '6.2.2': 'Working from outside the office',
    },
  ],
  [
    'A.7',
    'Personnel security across employment',
    'Human resource security',
    {
      '7.1.1': 'Background verification',
      '7.1.2': 'Security terms in employment contracts',
      '7.2.1': "Managers' security duties",
      '7.2.2': 'Staff awareness and training',
      '7.2.3': 'Sanctions for security breaches',
      '7.3.1': 'Duties after leaving or role change',
    },
  ],
  [
    'A.8',
    'Asset inventory, classes and media',
    'Asset management',
    {
      '8.1.1': 'Asset register',
      '8.1.2': 'Named asset owners',
      '8.1.3': 'Rules for using assets',
      '8.1.4': 'Handing back assets',
      '8.2.1': 'Information classes',
      '8.2.2': 'Marking information',
      '8.2.3': 'Handling by class',
      '8.3.1': 'Removable media handling',
      '8.3.2': 'Media destruction',
      '8.3.3': 'Media in transit',
    },
  ],
  [
    'A.9',
    'Access rules, accounts and log-on',
    'Access control',
    {
      '9.1.1': 'Access rules documented',
      '9.1.2': 'Network access limited to what is authorised',
      '9.2.1': 'Account enrolment and removal',
      '9.2.2': 'Granting access',
      '9.2.3': 'Privileged accounts',
      '9.2.4': 'Issuing secret credentials',
      '9.2.5': 'Periodic access review',
      '9.2.6': 'Revoking or adjusting access',
      '9.3.1': "Users' handling of secrets",
      '9.4.1': 'Need-to-know limits on data',
      '9.4.2': 'Sign-in process',
      '9.4.3': 'Password quality enforcement',
      '9.4.4': 'Powerful utility programs',
      '9.4.5': 'Source code access',
    },
  ],
  [
    'A.10',
    'Encryption',
    'Cryptography',
    {
      '10.1.1': 'Encryption rules',
      '10.1.2': 'Key lifecycle',
    },
  ],
  [
    'A.11',
    'Sites, rooms and equipment',
    'Physical and environmental security',
    {
      '11.1.1': 'Site perimeter',
      '11.1.2': 'Controlled entry points',
      '11.1.3': 'Protecting rooms and offices',
      '11.1.4': 'Protection from natural and man-made hazards',
      '11.1.5': 'Rules in protected areas',
      '11.1.6': 'Goods-in areas',
      '11.2.1': 'Placing and shielding equipment',
      '11.2.2': 'Power and utilities',
      '11.2.3': 'Cable protection',
      '11.2.4': 'Maintaining equipment',
      '11.2.5': 'Taking assets off site',
      '11.2.6': 'Equipment outside premises',
      '11.2.7': 'Wiping before disposal or reuse',
      '11.2.8': 'Devices left unattended',
      '11.2.9': 'Tidy desk, locked screen',
    },
  ],
  [
    'A.12',
    'Running systems safely',
    'Operations security',
    {
      '12.1.1': 'Written operating instructions',
      '12.1.2': 'Controlling changes',
      '12.1.3': 'Capacity planning',
      '12.1.4': 'Separate dev, test and live environments',
      '12.2.1': 'Anti-malware measures',
      '12.3.1': 'Backups',
      '12.4.1': 'Event logs',
      '12.4.2': 'Protecting logs',
      '12.4.3': 'Logging privileged operators',
      '12.4.4': 'Time synchronisation',
      '12.5.1': 'Controlled installs on production',
      '12.6.1': 'Technical vulnerability handling',
      '12.6.2': 'User installs restricted',
      '12.7.1': 'Audits with minimal disruption',
    },
  ],
  [
    'A.13',
    'Networks and information transfer',
    'Communications security',
    {
      '13.1.1': 'Safeguarding networks',
      '13.1.2': 'Network service agreements',
      '13.1.3': 'Network segmentation',
      '13.2.1': 'Transfer rules',
      '13.2.2': 'Exchange agreements with parties',
      '13.2.3': 'Protecting e-mail and chat',
      '13.2.4': 'Non-disclosure undertakings',
    },
  ],
  [
    'A.14',
    'Secure building and buying of systems',
    'System acquisition, development and maintenance',
    {
      '14.1.1': 'Defining security needs up front',
      '14.1.2': 'Internet-facing application services',
      '14.1.3': 'Integrity of online transactions',
      '14.2.1': 'Secure development rules',
      '14.2.2': 'Formal change procedure for systems',
      '14.2.3': 'Review after platform changes',
      '14.2.4': 'Limits on package changes',
      '14.2.5': 'Engineering systems securely',
      '14.2.6': 'Safeguarded build environment',
      '14.2.7': 'Outsourced development oversight',
      '14.2.8': 'Testing security during development',
      '14.2.9': 'Sign-off testing before go-live',
      '14.3.1': 'Test data protection',
    },
  ],
  [
    'A.15',
    'Supplier security',
    'Supplier relationships',
    {
      '15.1.1': 'Supplier security policy',
      '15.1.2': 'Security clauses in supplier contracts',
      '15.1.3': 'Technology supply-chain safeguards',
      '15.2.1': 'Supplier service monitoring',
      '15.2.2': 'Supplier service changes',
    },
  ],
  [
    'A.16',
    'Incident handling',
    'Information security incident management',
    {
      '16.1.1': 'Incident roles and procedures',
      '16.1.2': 'Raising alerts about events',
      '16.1.3': 'Flagging observed weaknesses',
      '16.1.4': 'Event triage',
      '16.1.5': 'Incident handling',
      '16.1.6': 'Lessons from incidents',
      '16.1.7': 'Evidence gathering',
    },
  ],
  [
    'A.17',
    'Security in continuity',
    'Information security aspects of business continuity management',
    {
      '17.1.1': 'Continuity plan covers security',
      '17.1.2': 'Continuity measures in place',
      '17.1.3': 'Continuity drills and review',
      '17.2.1': 'Spare processing capacity',
    },
  ],
  [
    'A.18',
    'Legal and policy conformity',
    'Compliance',
    {
      '18.1.1': 'Applicable requirements register',
      '18.1.2': 'Licensed and protected works',
      '18.1.3': 'Records protection',
      '18.1.4': 'Personal data protection',
      '18.1.5': 'Legal limits on encryption',
      '18.2.1': 'External or impartial security review',
      '18.2.2': 'Policy compliance checks',
      '18.2.3': 'Checking systems against standards',
    },
  ],
];

/** FACTS.md §4: controls per domain. */
export const ISO27001_2013_DOMAIN_COUNTS: Readonly<Record<string, number>> = {
  'A.5': 2,
  'A.6': 7,
  'A.7': 6,
  'A.8': 10,
  'A.9': 14,
  'A.10': 2,
  'A.11': 15,
  'A.12': 14,
  'A.13': 7,
  'A.14': 13,
  'A.15': 5,
  'A.16': 7,
  'A.17': 4,
  'A.18': 8,
};

/** The domain names the paper (Table 2) and FACTS.md §4 use, for display beside our labels. */
export const ISO27001_2013_PAPER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  DOMAINS.map(([id, , paperName]) => [id, paperName]),
);

export const ISO27001_2013: Catalogue = {
  framework: 'iso27001-2013',
  title: 'ISO/IEC 27001:2013 Annex A (identifiers; names are coopsec paraphrases)',
  source:
    'Identifiers and structure: ISO/IEC 27001:2013 Annex A (FACTS.md §4). Names: written by coopsec; ISO text is copyrighted and not included.',
  elements: DOMAINS.flatMap(([domain, label, , controls]): CatalogueElement[] => [
    { id: domain, kind: 'domain', title: label },
    ...Object.entries(controls).map(([id, title]) => ({
      id: `A.${id}`,
      kind: 'control' as const,
      title,
      parent: domain,
    })),
  ]),
};
