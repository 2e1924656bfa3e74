/**
 * @module data/gci
 * ITU Global Cybersecurity Index figures for Central Asia, as published, each with its
 * sources (FACTS.md §2, shared/data/gci/central-asia.csv). Where sources disagree, the
 * alternative value is kept with its source; nothing is averaged or corrected.
 *
 * Scales differ by edition: 2017 and 2018 score 0–1; 2020 and 2024 score 0–100. 2024 has no
 * global rank, only tiers.
 */
import type { Confidence } from '../assessment.ts';

export type GciEdition = 2017 | 2018 | 2020 | 2024;
export const GCI_EDITIONS: readonly GciEdition[] = [2017, 2018, 2020, 2024];

export type GciScale = '0-1' | '0-100';

/** GCI 2024 tiers (FACTS.md §2). Tier 1's lower bound of 95 is inferred, not published. */
export type GciTier2024 =
  | 'Tier 1 Role-modelling'
  | 'Tier 2 Advancing'
  | 'Tier 3 Establishing'
  | 'Tier 4 Evolving'
  | 'Tier 5 Building';

/** A value another source gives for the same field. */
export interface GciAlternative {
  readonly field: 'score' | 'rank';
  readonly value: number;
  readonly sourceId: string;
}

export interface GciRecord {
  readonly country: string; // ISO alpha-3
  readonly edition: GciEdition;
  readonly scale: GciScale;
  readonly score: number;
  /** Rank as published; undefined for 2024, which publishes tiers instead. */
  readonly rank?: number;
  readonly tier?: GciTier2024;
  /** Sources of the primary values, most authoritative first. */
  readonly sourceIds: readonly string[];
  readonly alternatives: readonly GciAlternative[];
  readonly confidence: Confidence;
  readonly note?: string;
}

export const GCI_RECORDS: readonly GciRecord[] = [
  // Kazakhstan
  {
    country: 'KAZ',
    edition: 2017,
    scale: '0-1',
    score: 0.352,
    rank: 83,
    sourceIds: ['news-tj'],
    alternatives: [{ field: 'rank', value: 82, sourceId: 'sspi-csv' }],
    confidence: 'medium',
  },
  {
    country: 'KAZ',
    edition: 2018,
    scale: '0-1',
    score: 0.778,
    rank: 40,
    sourceIds: ['sspi-csv', 'astanatimes-baigenews'],
    alternatives: [],
    confidence: 'high',
  },
  {
    country: 'KAZ',
    edition: 2020,
    scale: '0-100',
    score: 93.15,
    rank: 31,
    sourceIds: ['itu-gci-2020', 'astanatimes-baigenews'],
    alternatives: [],
    confidence: 'high',
    note: 'Pillars: legal 20, technical 19.54, organisational 18.46, capacity development 15.15, cooperation 20.',
  },
  {
    country: 'KAZ',
    edition: 2024,
    scale: '0-100',
    score: 94.04,
    tier: 'Tier 2 Advancing',
    sourceIds: ['inform-kz', 'astanatimes-baigenews'],
    alternatives: [],
    confidence: 'high',
    note: 'Pillars: legal 20, technical 19.38, organisational 18.3, capacity development 16.36, cooperation 20.',
  },
  // Uzbekistan
  {
    country: 'UZB',
    edition: 2017,
    scale: '0-1',
    score: 0.277,
    rank: 93,
    sourceIds: ['news-tj'],
    alternatives: [{ field: 'rank', value: 92, sourceId: 'sspi-csv' }],
    confidence: 'medium',
  },
  {
    country: 'UZB',
    edition: 2018,
    scale: '0-1',
    score: 0.666,
    rank: 52,
    sourceIds: ['sspi-csv'],
    alternatives: [],
    confidence: 'medium',
  },
  {
    country: 'UZB',
    edition: 2020,
    scale: '0-100',
    score: 71.11,
    rank: 70,
    sourceIds: ['ncsi-uz-2022', 'kun-uz', 'sspi-csv'],
    alternatives: [],
    confidence: 'high',
  },
  {
    country: 'UZB',
    edition: 2024,
    scale: '0-100',
    score: 89.2,
    tier: 'Tier 2 Advancing',
    sourceIds: ['itu-cis-2025-01-14', 'kun-uz'],
    alternatives: [],
    confidence: 'high',
  },
  // Kyrgyzstan
  {
    country: 'KGZ',
    edition: 2017,
    scale: '0-1',
    score: 0.27,
    rank: 97,
    sourceIds: ['news-tj'],
    alternatives: [{ field: 'rank', value: 96, sourceId: 'sspi-csv' }],
    confidence: 'medium',
  },
  {
    country: 'KGZ',
    edition: 2018,
    scale: '0-1',
    score: 0.254,
    rank: 111,
    sourceIds: ['24-kg', 'sspi-csv'],
    alternatives: [],
    confidence: 'high',
  },
  {
    country: 'KGZ',
    edition: 2020,
    scale: '0-100',
    score: 49.64,
    rank: 92,
    sourceIds: ['24-kg', 'sspi-csv', 'kglabs'],
    alternatives: [],
    confidence: 'high',
  },
  {
    country: 'KGZ',
    edition: 2024,
    scale: '0-100',
    score: 65.58,
    tier: 'Tier 3 Establishing',
    sourceIds: ['sspi-csv', 'itu-cis-2025-01-14'],
    alternatives: [{ field: 'score', value: 65.59, sourceId: 'kglabs' }],
    confidence: 'high',
    note: 'The tier comes from the ITU CIS office news item.',
  },
  // Tajikistan
  {
    country: 'TJK',
    edition: 2017,
    scale: '0-1',
    score: 0.292,
    rank: 91,
    sourceIds: ['news-tj'],
    alternatives: [{ field: 'rank', value: 90, sourceId: 'sspi-csv' }],
    confidence: 'medium',
  },
  {
    country: 'TJK',
    edition: 2018,
    scale: '0-1',
    score: 0.263,
    rank: 107,
    sourceIds: ['sspi-csv'],
    alternatives: [],
    confidence: 'low',
    note: 'One secondary source only.',
  },
  {
    country: 'TJK',
    edition: 2020,
    scale: '0-100',
    score: 17.1,
    rank: 138,
    sourceIds: ['sspi-csv'],
    alternatives: [],
    confidence: 'medium',
    note: 'One secondary source; the ITU CIS office confirms a score below 20 in 2020.',
  },
  {
    country: 'TJK',
    edition: 2024,
    scale: '0-100',
    score: 25.36,
    tier: 'Tier 4 Evolving',
    sourceIds: ['sspi-csv', 'itu-cis-2025-01-14'],
    alternatives: [],
    confidence: 'medium',
    note: 'The ITU CIS office confirms the tier (20–55).',
  },
  // Turkmenistan
  {
    country: 'TKM',
    edition: 2017,
    scale: '0-1',
    score: 0.133,
    rank: 132,
    sourceIds: ['news-tj'],
    alternatives: [{ field: 'rank', value: 131, sourceId: 'sspi-csv' }],
    confidence: 'medium',
  },
  {
    country: 'TKM',
    edition: 2018,
    scale: '0-1',
    score: 0.115,
    rank: 143,
    sourceIds: ['sspi-csv'],
    alternatives: [],
    confidence: 'low',
    note: 'One secondary source only.',
  },
  {
    country: 'TKM',
    edition: 2020,
    scale: '0-100',
    score: 14.48,
    rank: 144,
    sourceIds: ['sspi-csv'],
    alternatives: [],
    confidence: 'medium',
    note: 'One secondary source; the ITU CIS office confirms a score below 20 in 2020. ITU scores non-respondents from desk research.',
  },
  {
    country: 'TKM',
    edition: 2024,
    scale: '0-100',
    score: 25.85,
    tier: 'Tier 4 Evolving',
    sourceIds: ['sspi-csv', 'itu-cis-2025-01-14'],
    alternatives: [],
    confidence: 'medium',
    note: 'The ITU CIS office confirms the tier (20–55).',
  },
];

export function gciRecord(country: string, edition: GciEdition): GciRecord | undefined {
  return GCI_RECORDS.find((r) => r.country === country && r.edition === edition);
}
