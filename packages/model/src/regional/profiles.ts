/**
 * @module regional/profiles
 * Country profiles for Central Asia (PRODUCT.md A7): GCI by edition with scale and rank as
 * published, 2024 tier, pillars where known, CERT facts and NCSI values, each with its source
 * and confidence. Values that no source gives are `missing`, never filled in.
 *
 * @example
 * const kaz = countryProfile('KAZ');
 * kaz.gci.find((g) => g.edition === 2020)?.score; // 93.15 on the 0–100 scale
 */
import type { Confidence } from '../assessment.ts';
import { CoopsecError } from '../errors.ts';
import { GCI_EDITIONS, GCI_RECORDS } from '../data/gci.ts';
import type { GciAlternative, GciEdition, GciScale, GciTier2024 } from '../data/gci.ts';
import {
  CENTRAL_ASIA,
  CENTRAL_ASIA_NAMES,
  CERT_FACTS,
  GCI_PILLARS,
  NCSI_RECORDS,
  PAPER_GCI_STATEMENTS,
} from './central-asia-facts.ts';
import type {
  CentralAsianCountry,
  CertFact,
  GciPillars,
  NcsiRecord,
  PaperGciStatement,
} from './central-asia-facts.ts';

/** A value no source gives. Kept explicit so that tables show a gap, not a zero. */
export interface MissingValue {
  readonly status: 'missing';
  readonly reason: string;
}

export interface SourcedPillars {
  readonly status: 'known';
  readonly pillars: GciPillars;
  readonly sourceIds: readonly string[];
  readonly confidence: Confidence;
}

/** How a statement of the paper compares with the published record. */
export interface PaperDisagreement {
  readonly field: 'score' | 'rank' | 'participation';
  readonly paper: string;
  readonly published: string;
  readonly agrees: boolean;
}

export interface GciEntry {
  readonly edition: GciEdition;
  readonly scale: GciScale;
  readonly score: number;
  /** Rank as published (global); undefined for 2024, which publishes tiers. */
  readonly rank?: number;
  readonly tier?: GciTier2024;
  readonly sourceIds: readonly string[];
  readonly confidence: Confidence;
  /** Other sources' values for the same field, kept beside the primary one. */
  readonly alternatives: readonly GciAlternative[];
  readonly paperStatement?: PaperGciStatement;
  readonly paperDisagreements: readonly PaperDisagreement[];
  readonly pillars: SourcedPillars | MissingValue;
  readonly note?: string;
}

export interface CountryProfile {
  readonly country: CentralAsianCountry;
  readonly name: string;
  readonly gci: readonly GciEntry[];
  readonly cert: CertFact | MissingValue;
  readonly ncsi: readonly NcsiRecord[] | MissingValue;
}

export function isMissing(value: unknown): value is MissingValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { status?: unknown }).status === 'missing'
  );
}

export function isCentralAsianCountry(value: string): value is CentralAsianCountry {
  return (CENTRAL_ASIA as readonly string[]).includes(value);
}

function formatScore(score: number, scale: GciScale): string {
  return `${score} (${scale})`;
}

/** Compares the paper's 2020 statement with ITU's record, field by field, without rescaling. */
function compareWithPaper(
  statement: PaperGciStatement,
  score: number,
  scale: GciScale,
  rank?: number,
): PaperDisagreement[] {
  const out: PaperDisagreement[] = [];
  if (statement.score !== undefined && statement.scale !== undefined) {
    // Equal only if written on the same scale with the same value: a 0–1 figure for a 0–100
    // edition is a disagreement by itself, whatever the digits.
    out.push({
      field: 'score',
      paper: formatScore(statement.score, statement.scale),
      published: formatScore(score, scale),
      agrees: statement.scale === scale && statement.score === score,
    });
  }
  if (statement.rank !== undefined) {
    out.push({
      field: 'rank',
      paper: String(statement.rank),
      published: rank === undefined ? 'none' : String(rank),
      agrees: statement.rank === rank,
    });
  }
  if (statement.participated === false) {
    out.push({
      field: 'participation',
      paper: 'did not participate',
      published: `scored ${formatScore(score, scale)}${rank === undefined ? '' : `, rank ${rank}`} (ITU scores non-respondents from desk research)`,
      agrees: false,
    });
  }
  return out;
}

function gciEntries(country: CentralAsianCountry): GciEntry[] {
  return GCI_EDITIONS.flatMap((edition) => {
    const record = GCI_RECORDS.find((r) => r.country === country && r.edition === edition);
    if (record === undefined) return [];
    const pillarRecord = GCI_PILLARS.find((p) => p.country === country && p.edition === edition);
    const statement = PAPER_GCI_STATEMENTS.find(
      (s) => s.country === country && s.edition === edition,
    );
    const entry: GciEntry = {
      edition,
      scale: record.scale,
      score: record.score,
      ...(record.rank === undefined ? {} : { rank: record.rank }),
      ...(record.tier === undefined ? {} : { tier: record.tier }),
      sourceIds: record.sourceIds,
      confidence: record.confidence,
      alternatives: record.alternatives,
      ...(statement === undefined ? {} : { paperStatement: statement }),
      paperDisagreements:
        statement === undefined
          ? []
          : compareWithPaper(statement, record.score, record.scale, record.rank),
      pillars:
        pillarRecord === undefined
          ? { status: 'missing', reason: `no source for ${country} GCI ${edition} pillar scores` }
          : {
              status: 'known',
              pillars: pillarRecord.pillars,
              sourceIds: pillarRecord.sourceIds,
              confidence: pillarRecord.confidence,
            },
      ...(record.note === undefined ? {} : { note: record.note }),
    };
    return [entry];
  });
}

/** The profile of one Central Asian country (ISO alpha-3, upper case). */
export function countryProfile(country: string): CountryProfile {
  if (!isCentralAsianCountry(country)) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no regional profile for country "${country}" (known: ${CENTRAL_ASIA.join(', ')})`,
      {
        details: [{ field: 'country', message: `got "${country}"` }],
      },
    );
  }
  const cert = CERT_FACTS.find((c) => c.country === country);
  const ncsi = NCSI_RECORDS.filter((n) => n.country === country);
  return {
    country,
    name: CENTRAL_ASIA_NAMES[country],
    gci: gciEntries(country),
    cert: cert ?? { status: 'missing', reason: `the paper states no CERT facts for ${country}` },
    ncsi:
      ncsi.length > 0
        ? ncsi
        : { status: 'missing', reason: `no published NCSI value known for ${country}` },
  };
}

/** Profiles of the five Central Asian countries, in alpha-3 order. */
export function centralAsiaProfiles(): CountryProfile[] {
  return CENTRAL_ASIA.map((c) => countryProfile(c));
}
