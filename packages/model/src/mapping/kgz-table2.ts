/**
 * @module mapping/kgz-table2
 * The paper's Table 2 ("Mapping of Kyrgyz legal acts and institutions to ISO/IEC 27001
 * domains and NIST CSF functions, with gaps and priorities"), row for row, as the Kyrgyz
 * policy mapping. Act names, numbers, mapped domains and functions are the paper's; gap and
 * action texts are short quotations of the table. Coverage levels are not in the table: they
 * are our reading of its gap column and of the paragraph after it, each with its basis.
 *
 * Years of adoption are not given in the paper and are left out rather than guessed.
 * The paper names the programme of row 3 "until 2030", while the title of Resolution No. 352
 * (row 4) refers to a "National Development Program … until 2026": kept as printed.
 */
import type { PolicyMapping } from './policy.ts';

const SOURCE = 'paper, Table 2 (compiled by the authors based on refs 13–16)';

export const KGZ_TABLE2: PolicyMapping = {
  country: 'KGZ',
  title:
    'Kyrgyz legal acts and institutions mapped to ISO/IEC 27001:2013 domains and NIST CSF functions',
  source: SOURCE,
  notes: [
    'The paper heads its CSF column "NIST CSF Function (Identify, Protect, Detect, Respond, Recover)": the five functions of CSF 1.1, although it cites CSF 2.0. GOVERN (GV), new in CSF 2.0, is mapped by no row.',
    'ISO/IEC 27001 domains are those of the 2013 edition (A.5–A.18), as the paper prints them.',
    'Coverage levels are coopsec readings of the gap column, not values printed in the paper.',
  ],
  rows: [
    {
      instrument: {
        id: 'kgz-law-107',
        title: 'Law of the Kyrgyz Republic "On Informatisation"',
        number: '107',
        kind: 'law',
        status: 'in-force',
        statusBasis:
          'The paper treats it as the current basic law ("the Kyrgyz legal system provides a fundamental framework … especially through Law … No. 107"); year of adoption not given in the paper.',
      },
      isoFramework: 'iso27001-2013',
      iso: ['A.5', 'A.6'],
      csf: ['ID', 'PR'],
      coverage: 'declarative-only',
      coverageBasis:
        'Gap column: "lacks detailed cybersecurity requirements"; text after the table: "the provisions are still primarily declarative".',
      gap: 'Establishes basic principles for information systems but lacks detailed cybersecurity requirements.',
      actions: ['Update to include AI, IoT, and cloud-specific security provisions.'],
      source: `${SOURCE}, row 1`,
      asPrinted: {
        iso: 'A.5 Information Security Policies; A.6 Organization of Information Security',
        csf: 'Identify/Protect',
      },
    },
    {
      instrument: {
        id: 'kgz-concept-information-policy-2021-2025',
        title:
          'Concept of Information Policy of the Kyrgyz Republic for the Period from 2021 to 2025',
        period: '2021–2025',
        kind: 'policy-concept',
        status: 'period-ended',
        statusBasis:
          'Its title sets the period 2021–2025; adoption date and number not given in the paper.',
      },
      isoFramework: 'iso27001-2013',
      iso: ['A.18', 'A.7'],
      csf: ['ID', 'PR'],
      coverage: 'declarative-only',
      coverageBasis:
        'Gap column: "implementation mechanisms remain vague"; text: strategic documents "lack practical means of carrying them out".',
      gap: 'Sets strategic direction but implementation mechanisms remain vague.',
      actions: ['Introduce enforceable standards and integrate NIST CSF guidance.'],
      source: `${SOURCE}, row 2`,
      asPrinted: { iso: 'A.18 Compliance; A.7 Human Resource Security', csf: 'Identify/Protect' },
    },
    {
      instrument: {
        id: 'kgz-national-development-programme-2030',
        title: 'National Development Program of the Kyrgyz Republic until 2030',
        period: 'until 2030',
        kind: 'programme',
        status: 'in-force',
        statusBasis:
          'Its title as printed runs to 2030 (the title of Resolution No. 352 refers to a programme "until 2026"); adoption date not given in the paper.',
      },
      isoFramework: 'iso27001-2013',
      iso: ['A.14'],
      csf: ['PR'],
      coverage: 'declarative-only',
      coverageBasis: 'Gap column: "no operational security controls".',
      gap: 'Aligns digital transformation goals with IS needs but no operational security controls.',
      actions: ['Link program KPIs to measurable ISO/IEC 27001 and NIST CSF outcomes.'],
      source: `${SOURCE}, row 3`,
      asPrinted: { iso: 'A.14 System Acquisition, Development, and Maintenance', csf: 'Protect' },
    },
    {
      instrument: {
        id: 'kgz-cabinet-resolution-352',
        title:
          'Resolution of the Cabinet of Ministers of the Kyrgyz Republic "On Approval of the Action Plan of the Cabinet of Ministers of the Kyrgyz Republic for the Implementation of the National Development Program of the Kyrgyz Republic until 2026"',
        number: '352',
        kind: 'resolution',
        status: 'unknown',
        statusBasis: 'Year and current status not given in the paper.',
      },
      isoFramework: 'iso27001-2013',
      iso: ['A.15', 'A.16'],
      csf: ['DE', 'RS'],
      coverage: 'partial',
      coverageBasis:
        'Gap column: "Provides project-level initiatives but limited in cybersecurity incident response planning": measures exist, incomplete.',
      gap: 'Provides project-level initiatives but limited in cybersecurity incident response planning.',
      actions: ['Establish national CSIRT protocols consistent with NIST Respond/Recover.'],
      source: `${SOURCE}, row 4`,
      asPrinted: {
        iso: 'A.15 Supplier Relationships; A.16 Information Security Incident Management',
        csf: 'Detect/Respond',
      },
    },
    {
      instrument: {
        id: 'kgz-ncis',
        title: 'National Centre for Information Security of the Kyrgyz Republic',
        kind: 'institution',
        status: 'operating',
        statusBasis: 'The paper: it "handles incident monitoring and response".',
      },
      isoFramework: 'iso27001-2013',
      iso: ['A.12', 'A.16'],
      csf: ['DE', 'RS', 'RC'],
      coverage: 'partial',
      coverageBasis:
        'Gap column: "Handles incident monitoring and response but lacks resources and trained staff".',
      gap: 'Handles incident monitoring and response but lacks resources and trained staff.',
      actions: ['Expand technical capacity, integrate regional intelligence sharing platforms.'],
      source: `${SOURCE}, row 5`,
      asPrinted: {
        iso: 'A.12 Operations Security; A.16 Incident Management',
        csf: 'Detect/Respond/Recover',
      },
    },
    {
      instrument: {
        id: 'kgz-education-institutions',
        title: 'Educational and Training Institutions (universities, IT academies)',
        kind: 'institution-group',
        status: 'operating',
        statusBasis: 'The paper: "Emerging programs exist".',
      },
      isoFramework: 'iso27001-2013',
      iso: ['A.7', 'A.17'],
      csf: ['PR', 'RC'],
      coverage: 'partial',
      coverageBasis:
        'Gap column: "Emerging programs exist but skills gap remains significant"; text: human capital development "still not well institutionalized".',
      gap: 'Emerging programs exist but skills gap remains significant.',
      actions: ['Develop accredited certification programs aligned with ISO/NIST competencies.'],
      source: `${SOURCE}, row 6`,
      asPrinted: {
        iso: 'A.7 Human Resource Security; A.17 Information Security Aspects of Business Continuity',
        csf: 'Protect/Recover',
      },
    },
  ],
};

/** Bundled policy mappings by ISO 3166-1 alpha-3 code. */
export const POLICY_MAPPINGS: Readonly<Record<string, PolicyMapping>> = { KGZ: KGZ_TABLE2 };
