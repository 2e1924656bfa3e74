/**
 * @module regional/compare
 * Comparison tables and rankings of the Central Asian GCI figures per edition, and the change
 * between editions per country. Scales are never silently mixed: 2017/2018 score 0–1,
 * 2020/2024 score 0–100, and 2024 publishes tiers instead of ranks (FACTS.md §2). Where a
 * rescaled view is offered it is labelled a rescaling and an estimate.
 *
 * @example
 * const t = compareEdition(2020);
 * t.rows.map((r) => [r.country, r.score, r.publishedRank, r.regionalRank]);
 */
import type { Confidence } from '../assessment.ts';
import { CoopsecError } from '../errors.ts';
import { GCI_EDITIONS } from '../data/gci.ts';
import type { GciAlternative, GciEdition, GciScale, GciTier2024 } from '../data/gci.ts';
import type { CentralAsianCountry } from './central-asia-facts.ts';
import { centralAsiaProfiles } from './profiles.ts';
import type { CountryProfile, PaperDisagreement } from './profiles.ts';

/** The rule every computed rank in this module follows; printed with every table. */
export const TIE_RULE =
  'standard competition ranking ("1224"): higher score first; scores equal as published (compared exactly, not rounded) share the better rank and the next rank is skipped; within a tie rows are listed by alpha-3 code, which does not affect the rank';

export interface EditionRow {
  readonly country: CentralAsianCountry;
  readonly name: string;
  readonly score: number;
  readonly scale: GciScale;
  /** Global rank as published by ITU (absent in 2024). */
  readonly publishedRank?: number;
  readonly tier?: GciTier2024;
  /** Rank among the five, computed by TIE_RULE. */
  readonly regionalRank: number;
  readonly sourceIds: readonly string[];
  readonly confidence: Confidence;
  readonly alternatives: readonly GciAlternative[];
  readonly paperDisagreements: readonly PaperDisagreement[];
}

export interface EditionComparison {
  readonly region: 'central-asia';
  readonly edition: GciEdition;
  readonly scale: GciScale;
  /** What ITU published as position: a global rank, or (2024) a tier. */
  readonly positionKind: 'global-rank' | 'tier';
  readonly tieRule: string;
  readonly rows: readonly EditionRow[];
  readonly notes: readonly string[];
}

/** Competition ranks ("1224") of `scores`, higher first. Pure and exported for tests. */
export function scoreCompetitionRanks(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((other) => other > s).length);
}

function assertEdition(edition: number, place: string): asserts edition is GciEdition {
  if (!(GCI_EDITIONS as readonly number[]).includes(edition)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `unknown GCI edition ${edition} (known: ${GCI_EDITIONS.join(', ')})`,
      {
        details: [{ field: place, message: `got ${edition}` }],
      },
    );
  }
}

/** Table of one edition, rows ordered by computed regional rank, then alpha-3. */
export function compareEdition(
  edition: number,
  profiles: readonly CountryProfile[] = centralAsiaProfiles(),
): EditionComparison {
  assertEdition(edition, 'edition');
  const present = profiles.flatMap((p) => {
    const g = p.gci.find((e) => e.edition === edition);
    return g === undefined ? [] : [{ p, g }];
  });
  const scales = new Set(present.map((x) => x.g.scale));
  const [scale] = scales;
  if (scale === undefined || scales.size !== 1) {
    // One edition has one scale; anything else means the data table is wrong.
    throw new CoopsecError(
      'INTERNAL',
      `GCI ${edition}: expected one scale, found ${[...scales].join(', ') || 'none'}`,
    );
  }
  const ranks = scoreCompetitionRanks(present.map((x) => x.g.score));
  const rows: EditionRow[] = present.map(({ p, g }, i) => ({
    country: p.country,
    name: p.name,
    score: g.score,
    scale: g.scale,
    ...(g.rank === undefined ? {} : { publishedRank: g.rank }),
    ...(g.tier === undefined ? {} : { tier: g.tier }),
    regionalRank: ranks[i] ?? Number.NaN,
    sourceIds: g.sourceIds,
    confidence: g.confidence,
    alternatives: g.alternatives,
    paperDisagreements: g.paperDisagreements,
  }));
  rows.sort((a, b) => a.regionalRank - b.regionalRank || a.country.localeCompare(b.country));
  const positionKind = edition === 2024 ? 'tier' : 'global-rank';
  const notes = [
    `GCI ${edition} scores on a ${scale} scale.`,
    positionKind === 'tier'
      ? 'GCI 2024 publishes no global rank, only tiers (Tier 1 ≥95 inferred, Tier 2 85–95, Tier 3 55–85, Tier 4 20–55, Tier 5 0–20).'
      : 'Published ranks are global ranks among all ITU members, as published (with ties in 2020).',
    `Regional rank: computed among the five by ${TIE_RULE}.`,
  ];
  if (rows.some((r) => r.paperDisagreements.some((d) => !d.agrees))) {
    notes.push(
      'The paper quotes other GCI 2020 figures for some countries; they are kept beside the published ones and marked as disagreeing.',
    );
  }
  if (rows.some((r) => r.alternatives.length > 0)) {
    notes.push(
      'Some sources give other values; they are listed as alternatives with their sources.',
    );
  }
  return { region: 'central-asia', edition, scale, positionKind, tieRule: TIE_RULE, rows, notes };
}

export type ScoreChange =
  | { readonly kind: 'difference'; readonly value: number; readonly unit: string }
  | {
      readonly kind: 'not-comparable';
      readonly reason: string;
      /** An optional rescaled view: the 0–1 score ×100. A rescaling, hence an estimate. */
      readonly rescaled: {
        readonly kind: 'estimated';
        readonly method: 'rescaling-x100';
        readonly fromRescaled: number;
        readonly difference: number;
        readonly label: string;
      };
    };

export type PositionChange =
  | { readonly kind: 'difference'; readonly places: number; readonly meaning: string }
  | { readonly kind: 'not-comparable'; readonly reason: string };

export interface EditionPoint {
  readonly edition: GciEdition;
  readonly score: number;
  readonly scale: GciScale;
  readonly publishedRank?: number;
  readonly tier?: GciTier2024;
  readonly regionalRank: number;
}

export interface CountryChange {
  readonly country: CentralAsianCountry;
  readonly from: EditionPoint;
  readonly to: EditionPoint;
  readonly scaleChanged: boolean;
  readonly score: ScoreChange;
  readonly publishedPosition: PositionChange;
  /** Change of the computed regional rank; positive = moved up. Ordinal within the five, so it survives the scale change. */
  readonly regionalRankChange: number;
}

export interface EditionsComparison {
  readonly from: GciEdition;
  readonly to: GciEdition;
  readonly scaleChanged: boolean;
  readonly tieRule: string;
  readonly changes: readonly CountryChange[];
  readonly notes: readonly string[];
}

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

function point(row: EditionRow, edition: GciEdition): EditionPoint {
  return {
    edition,
    score: row.score,
    scale: row.scale,
    ...(row.publishedRank === undefined ? {} : { publishedRank: row.publishedRank }),
    ...(row.tier === undefined ? {} : { tier: row.tier }),
    regionalRank: row.regionalRank,
  };
}

function scoreChange(from: EditionPoint, to: EditionPoint): ScoreChange {
  if (from.scale === to.scale) {
    return {
      kind: 'difference',
      value: round(to.score - from.score),
      unit: `points on the ${to.scale} scale`,
    };
  }
  // Only 0–1 → 0–100 (or back) occurs. The methodology changed with the scale, so the
  // difference is not a measured change; the ×100 view is offered only as a labelled estimate.
  const fromRescaled = from.scale === '0-1' ? from.score * 100 : from.score;
  const toRescaled = to.scale === '0-1' ? to.score * 100 : to.score;
  return {
    kind: 'not-comparable',
    reason: `scale changed from ${from.scale} (GCI ${from.edition}) to ${to.scale} (GCI ${to.edition}) together with ITU's questionnaire and weighting`,
    rescaled: {
      kind: 'estimated',
      method: 'rescaling-x100',
      fromRescaled: round(from.scale === '0-1' ? fromRescaled : toRescaled),
      difference: round(toRescaled - fromRescaled),
      label: 'rescaled: the 0–1 score ×100 — an estimate for orientation, not an ITU figure',
    },
  };
}

function positionChange(from: EditionPoint, to: EditionPoint): PositionChange {
  if (from.publishedRank !== undefined && to.publishedRank !== undefined) {
    return {
      kind: 'difference',
      places: from.publishedRank - to.publishedRank,
      meaning: 'global places gained (positive = moved up)',
    };
  }
  return {
    kind: 'not-comparable',
    reason: `GCI ${from.publishedRank === undefined ? from.edition : to.edition} publishes ${from.tier ?? to.tier ?? 'no rank'} instead of a global rank; ranks and tiers are not comparable`,
  };
}

/** Change between two editions for every country present in both. */
export function compareEditions(
  from: number,
  to: number,
  profiles: readonly CountryProfile[] = centralAsiaProfiles(),
): EditionsComparison {
  assertEdition(from, 'from');
  assertEdition(to, 'to');
  if (from >= to) {
    throw new CoopsecError(
      'BAD_INPUT',
      `edition range must go forward in time: got ${from} → ${to}`,
      {
        details: [{ field: 'to', message: `${to} is not after ${from}` }],
      },
    );
  }
  const a = compareEdition(from, profiles);
  const b = compareEdition(to, profiles);
  const changes: CountryChange[] = a.rows.flatMap((ra) => {
    const rb = b.rows.find((r) => r.country === ra.country);
    if (rb === undefined) return [];
    const pa = point(ra, from);
    const pb = point(rb, to);
    return [
      {
        country: ra.country,
        from: pa,
        to: pb,
        scaleChanged: pa.scale !== pb.scale,
        score: scoreChange(pa, pb),
        publishedPosition: positionChange(pa, pb),
        regionalRankChange: pa.regionalRank - pb.regionalRank,
      },
    ];
  });
  changes.sort((x, y) => x.country.localeCompare(y.country));
  const scaleChanged = a.scale !== b.scale;
  const notes = [
    scaleChanged
      ? `Scale changes between editions: GCI ${from} scores ${a.scale}, GCI ${to} scores ${b.scale}. Score differences are not computed; a ×100 rescaled view is shown and labelled an estimate.`
      : `Both editions score on the ${a.scale} scale; differences are in points on that scale.`,
    a.positionKind !== b.positionKind
      ? `GCI ${from} publishes global ranks, GCI ${to} tiers: published positions are not compared.`
      : 'Published positions are global ranks in both editions.',
    `Regional ranks are computed by ${TIE_RULE}; being ordinal, they are compared across editions.`,
  ];
  return { from, to, scaleChanged, tieRule: TIE_RULE, changes, notes };
}

/** Every edition's table, and the change between consecutive editions. */
export function compareRegion(profiles: readonly CountryProfile[] = centralAsiaProfiles()): {
  readonly editions: readonly EditionComparison[];
  readonly changes: readonly EditionsComparison[];
} {
  const editions = GCI_EDITIONS.map((e) => compareEdition(e, profiles));
  const changes = GCI_EDITIONS.slice(1).map((to, i) =>
    compareEditions(GCI_EDITIONS[i] ?? to, to, profiles),
  );
  return { editions, changes };
}
