/**
 * @module regional/central-asia-facts
 * Facts about the five Central Asian countries that are not in the GCI table: GCI pillar
 * scores, CERT facts stated by the paper, NCSI values, and the GCI figures the paper itself
 * quotes (which mostly disagree with ITU's published figures — kept, never merged).
 * Every value carries its source and a confidence (FACTS.md preamble). Line numbers refer to
 * the seed paper as shipped in shared/seed/paper.txt.
 */
import type { Confidence } from '../assessment.ts';
import type { GciEdition } from '../data/gci.ts';

export const CENTRAL_ASIA = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;
export type CentralAsianCountry = (typeof CENTRAL_ASIA)[number];

export const CENTRAL_ASIA_NAMES: Readonly<Record<CentralAsianCountry, string>> = {
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  TJK: 'Tajikistan',
  TKM: 'Turkmenistan',
  UZB: 'Uzbekistan',
};

/** GCI pillars, each at most 20 in the 0–100 editions (FACTS.md §2). */
export interface GciPillars {
  readonly legal: number;
  readonly technical: number;
  readonly organisational: number;
  readonly capacityDevelopment: number;
  readonly cooperation: number;
}

export interface PillarRecord {
  readonly country: CentralAsianCountry;
  readonly edition: GciEdition;
  readonly pillars: GciPillars;
  readonly sourceIds: readonly string[];
  readonly confidence: Confidence;
}

/** Only Kazakhstan's pillars are known to us; every other country/edition is missing. */
export const GCI_PILLARS: readonly PillarRecord[] = [
  {
    country: 'KAZ',
    edition: 2020,
    pillars: {
      legal: 20,
      technical: 19.54,
      organisational: 18.46,
      capacityDevelopment: 15.15,
      cooperation: 20,
    },
    sourceIds: ['itu-gci-2020', 'astanatimes-baigenews'],
    confidence: 'high',
  },
  {
    country: 'KAZ',
    edition: 2024,
    pillars: {
      legal: 20,
      technical: 19.38,
      organisational: 18.3,
      capacityDevelopment: 16.36,
      cooperation: 20,
    },
    sourceIds: ['inform-kz', 'astanatimes-baigenews'],
    confidence: 'high',
  },
];

export type CertStatus = 'operational' | 'not-fully-functional' | 'described-without-date';

/** A CERT fact as the paper states it. `established` is missing where the paper gives no year. */
export interface CertFact {
  readonly country: CentralAsianCountry;
  readonly status: CertStatus;
  readonly established?: number;
  /** Incidents handled per year, as stated ("over 14,000" is stored as 14000 with `atLeast`). */
  readonly incidentsPerYear?: {
    readonly value: number;
    readonly atLeast: boolean;
    readonly year: number;
  };
  readonly maturity?: string;
  readonly sourceId: 'paper';
  /** Where in the paper, with its words. */
  readonly evidence: string;
  readonly confidence: Confidence;
}

// The paper is a secondary source for these facts and cites no primary for the years, hence
// `medium` (Kazakhstan, Uzbekistan, Tajikistan) or `low` (statements without a date).
export const CERT_FACTS: readonly CertFact[] = [
  {
    country: 'KAZ',
    status: 'operational',
    established: 2010,
    incidentsPerYear: { value: 14000, atLeast: true, year: 2020 },
    maturity: 'functional maturity by 2020',
    sourceId: 'paper',
    evidence:
      'paper.txt line 114 (Results, comparison of Kazakhstan and Uzbekistan): "Kazakhstan launched its first national Computer Emergency Response Teams (CERT) in 2010, which by 2020 had achieved functional maturity, handling over 14,000 incidents annually."',
    confidence: 'medium',
  },
  {
    country: 'UZB',
    status: 'operational',
    established: 2018,
    maturity: 'intermediate maturity stage',
    sourceId: 'paper',
    evidence:
      'paper.txt line 116: "The Computer Emergency Response Team of Uzbekistan was created later, in 2018, and is still at an intermediate maturity stage" (the paper cites its ref. 30)',
    confidence: 'medium',
  },
  {
    country: 'TJK',
    status: 'operational',
    established: 2020,
    maturity: 'limited operational scope',
    sourceId: 'paper',
    evidence:
      'paper.txt line 120 (regional paragraph): "Tajikistan only recently established a national CERT (2020) with limited operational scope"',
    confidence: 'medium',
  },
  {
    country: 'TKM',
    status: 'not-fully-functional',
    sourceId: 'paper',
    evidence:
      'paper.txt line 120 (regional paragraph): "Turkmenistan has yet to establish a fully functional national CERT"',
    confidence: 'medium',
  },
  {
    // The paper gives no CERT date for Kyrgyzstan; it only describes the national centre in Table 2.
    country: 'KGZ',
    status: 'described-without-date',
    maturity: 'handles incident monitoring and response but lacks resources and trained staff',
    sourceId: 'paper',
    evidence:
      'paper.txt lines 188–191 (Table 2, row "National Centre for Information Security of the Kyrgyz Republic"): "Handles incident monitoring and response but lacks resources and trained staff." No establishment year is stated.',
    confidence: 'low',
  },
];

export interface NcsiRecord {
  readonly country: CentralAsianCountry;
  readonly year: number;
  /** Points achieved / maximum points, % (FACTS.md §3). */
  readonly percent: number;
  readonly sourceId: string;
  readonly confidence: Confidence;
}

export const NCSI_RECORDS: readonly NcsiRecord[] = [
  { country: 'KAZ', year: 2023, percent: 48.05, sourceId: 'ncsi-kz-2023', confidence: 'high' },
  { country: 'UZB', year: 2022, percent: 36.36, sourceId: 'ncsi-uz-2022', confidence: 'high' },
];

/**
 * What the paper says about GCI 2020 (paper.txt lines 114–120). ITU's 2020 edition scores
 * 0–100, so the paper's 0–1 style figures match neither the scale nor, mostly, the values;
 * they are kept as statements of the paper, beside the published record.
 */
export interface PaperGciStatement {
  readonly country: CentralAsianCountry;
  readonly edition: 2020;
  /** As written; `scale` is the scale the figure is written on, not ITU's scale for the edition. */
  readonly score?: number;
  readonly scale?: '0-1';
  readonly rank?: number;
  readonly participated?: boolean;
  readonly quote: string;
  readonly sourceId: 'paper';
  readonly confidence: Confidence;
}

export const PAPER_GCI_STATEMENTS: readonly PaperGciStatement[] = [
  {
    country: 'KAZ',
    edition: 2020,
    score: 0.79,
    scale: '0-1',
    rank: 31,
    quote:
      'line 114: "ranked 31st globally in the ITU Global Cybersecurity Index (GCI) 2020 with a score of 0.79"',
    sourceId: 'paper',
    confidence: 'low',
  },
  {
    country: 'UZB',
    edition: 2020,
    score: 0.59,
    scale: '0-1',
    rank: 64,
    quote: 'line 116: "Uzbekistan\u2019s GCI 2020 ranking (64th, score 0.59)"',
    sourceId: 'paper',
    confidence: 'low',
  },
  {
    country: 'KGZ',
    edition: 2020,
    score: 0.59,
    scale: '0-1',
    quote: 'line 120: "a GCI score of 0.59 in 2020 (similar to Uzbekistan)"',
    sourceId: 'paper',
    confidence: 'low',
  },
  {
    country: 'TJK',
    edition: 2020,
    score: 0.33,
    scale: '0-1',
    rank: 106,
    quote: 'line 120: "ranking 106th in GCI 2020 (score 0.33)"',
    sourceId: 'paper',
    confidence: 'low',
  },
  {
    country: 'TKM',
    edition: 2020,
    participated: false,
    quote: 'line 120: "did not participate in GCI assessments"',
    sourceId: 'paper',
    confidence: 'low',
  },
];
