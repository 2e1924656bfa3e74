/**
 * @module claims/evaluate
 * Verdicts for claims (PRODUCT.md A4): `holds`, `does-not-hold` or `cannot-be-decided`, with an
 * explanation and the figures behind it. A claim whose data is missing cannot be decided: it is
 * never guessed, and a missing year is never filled in to decide it.
 *
 * GCI claims are compared with the primary value of the record and with every alternative value
 * other sources give; the explanation says which one matched, or that none did. When a claimed
 * score is on another scale than the edition's (the paper's "0.79" for the 0–100 edition of
 * 2020), the comparison is made after rescaling and the mismatch of scales is stated; the
 * closest value of the same country in any edition on the claim's scale is reported, so that a
 * reader can see where a number may have come from (without asserting that it did).
 *
 * Figures in `numbers` are rounded to 4 decimals; the verdicts use unrounded values.
 */
import type { Assessment } from '../assessment.ts';
import { COMPONENT_IDS, type ComponentId } from '../components.ts';
import type { GciRecord } from '../data/gci.ts';
import {
  buildSeries,
  change,
  nearlyEqual,
  pointAt,
  rankByGrowth,
  rankByLevel,
  type CountrySeries,
  type Ranking,
} from '../dynamics.ts';
import { evalMeasured, type MeasuredClaimContext } from './evaluate-measured.ts';
import type {
  Claim,
  ClaimEvaluation,
  ClaimFigure,
  ClaimRecord,
  CoverageClaim,
  GciParticipationClaim,
  GciRankClaim,
  GciScoreClaim,
  GrowthCompareClaim,
  GrowthExtremeClaim,
  LevelExtremeClaim,
  ValueClaim,
} from './types.ts';

export interface ClaimContext {
  readonly assessments: readonly Assessment[];
  readonly gci: readonly GciRecord[];
  /** This node's measured cooperation, for `measured` claims; absent: they cannot be decided. */
  readonly measured?: MeasuredClaimContext;
}

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const fmt = (x: number): string => String(Math.round(x * 100) / 100);
const signed = (x: number): string => (x >= 0 ? `+${fmt(x)}` : fmt(x));

function undecided(
  explanation: string,
  numbers: Record<string, ClaimFigure> = {},
): ClaimEvaluation {
  return { verdict: 'cannot-be-decided', explanation, numbers };
}

function seriesOf(ctx: ClaimContext, country: string): CountrySeries | undefined {
  const rows = ctx.assessments.filter((a) => a.country === country);
  return rows.length === 0 ? undefined : buildSeries(rows, { country });
}

/** Rank counted from the bottom: 1 + number of values strictly lower. */
function bottomRank(ranking: Ranking, component: ComponentId): number {
  const mine = ranking.entries.find((e) => e.component === component);
  if (mine === undefined) return Number.NaN;
  return (
    1 +
    ranking.entries.filter((e) => e.value < mine.value && !nearlyEqual(e.value, mine.value)).length
  );
}

function extremeVerdict(
  ranking: Ranking,
  claim: { components: readonly ComponentId[]; extreme: 'highest' | 'lowest' },
  what: string,
  unit: string,
): ClaimEvaluation {
  const values = Object.fromEntries(ranking.entries.map((e) => [e.component, r4(e.value)]));
  const top = Object.fromEntries(ranking.entries.map((e) => [e.component, e.rank]));
  const bottom = Object.fromEntries(
    ranking.entries.map((e) => [e.component, bottomRank(ranking, e.component)]),
  );
  const numbers: Record<string, ClaimFigure> = {
    values,
    rankFromHighest: top,
    rankFromLowest: bottom,
    ties: ranking.ties.map((t) => ({ rank: t.rank, components: [...t.components] })),
  };
  if (ranking.missing.length > 0) {
    return undecided(
      `${what}: no data for ${ranking.missing.join(', ')}, so no component can be called the ${claim.extreme}.`,
      {
        ...numbers,
        missing: [...ranking.missing],
      },
    );
  }
  const n = claim.components.length;
  const ranks = claim.extreme === 'highest' ? top : bottom;
  const listing = ranking.entries
    .map(
      (e) =>
        `${e.component} ${unit === 'pp' ? signed(e.value) : fmt(e.value)}${unit === 'pp' ? ' pp' : unit} (${e.rank})`,
    )
    .join(', ');
  const failing = claim.components.filter((c) => (ranks[c] ?? Infinity) > n);
  const place = n === 1 ? `the ${claim.extreme}` : `among the ${n} ${claim.extreme}`;
  const tieNote =
    ranking.ties.length > 0
      ? ` Ties: ${ranking.ties.map((t) => `${t.components.join(' = ')} share rank ${t.rank}`).join('; ')}.`
      : '';
  if (failing.length === 0) {
    const shared = claim.components.some((c) => ranking.ties.some((t) => t.components.includes(c)))
      ? ' (a shared place)'
      : '';
    return {
      verdict: 'holds',
      explanation: `${what}, ranked highest first: ${listing}. ${claim.components.join(' and ')} ${n === 1 ? 'is' : 'are'} ${place}${shared}.${tieNote}`,
      numbers,
    };
  }
  const actual = ranking.entries
    .filter((e) => (claim.extreme === 'highest' ? e.rank : bottomRank(ranking, e.component)) <= n)
    .map((e) => e.component);
  return {
    verdict: 'does-not-hold',
    explanation: `${what}, ranked highest first: ${listing}. ${failing.map((c) => `${c} is ${claim.extreme === 'highest' ? 'rank' : 'rank from the bottom'} ${ranks[c]}`).join('; ')}; the ${claim.extreme} ${n === 1 ? 'is' : `${n} are`} ${actual.join(', ')}.${tieNote}`,
    numbers: { ...numbers, actual },
  };
}

function growthLabel(measure: 'absolute' | 'relative', from: number, to: number): string {
  return measure === 'absolute'
    ? `Absolute growth ${from}→${to} (percentage points)`
    : `Relative growth ${from}→${to} (%)`;
}

function evalGrowthExtreme(c: GrowthExtremeClaim, ctx: ClaimContext): ClaimEvaluation {
  const series = seriesOf(ctx, c.country);
  if (series === undefined) return undecided(`No assessments of ${c.country} in the data.`);
  const ranking = rankByGrowth(series, { from: c.from, to: c.to, measure: c.measure });
  return extremeVerdict(
    ranking,
    c,
    growthLabel(c.measure, c.from, c.to),
    c.measure === 'absolute' ? 'pp' : '%',
  );
}

function evalLevelExtreme(c: LevelExtremeClaim, ctx: ClaimContext): ClaimEvaluation {
  const series = seriesOf(ctx, c.country);
  if (series === undefined) return undecided(`No assessments of ${c.country} in the data.`);
  return extremeVerdict(rankByLevel(series, c.year), c, `Levels in ${c.year}`, '');
}

function evalGrowthCompare(c: GrowthCompareClaim, ctx: ClaimContext): ClaimEvaluation {
  const series = seriesOf(ctx, c.country);
  if (series === undefined) return undecided(`No assessments of ${c.country} in the data.`);
  const gaps = [c.greater, c.lesser].flatMap((comp) =>
    [c.from, c.to].filter((y) => pointAt(series, comp, y) === undefined).map((y) => `${comp} ${y}`),
  );
  if (gaps.length > 0) return undecided(`Missing values: ${gaps.join(', ')}.`, { missing: gaps });
  const g = change(series, { component: c.greater, from: c.from, to: c.to });
  const l = change(series, { component: c.lesser, from: c.from, to: c.to });
  const a = c.measure === 'absolute' ? g.absolute : g.relative;
  const b = c.measure === 'absolute' ? l.absolute : l.relative;
  if (a === null || b === null)
    return undecided('Relative growth is undefined for a start value of 0.');
  const unit = c.measure === 'absolute' ? ' pp' : ' %';
  const numbers = {
    [c.greater]: { from: g.fromScore, to: g.toScore, growth: r4(a) },
    [c.lesser]: { from: l.fromScore, to: l.toScore, growth: r4(b) },
    difference: r4(a - b),
  };
  const text = `${growthLabel(c.measure, c.from, c.to)}: ${c.greater} ${g.fromScore}→${g.toScore} = ${signed(a)}${unit}, ${c.lesser} ${l.fromScore}→${l.toScore} = ${signed(b)}${unit}`;
  if (nearlyEqual(a, b))
    return {
      verdict: 'does-not-hold',
      explanation: `${text}: equal, so ${c.greater} did not grow more.`,
      numbers,
    };
  return a > b
    ? { verdict: 'holds', explanation: `${text}: ${c.greater} grew more.`, numbers }
    : { verdict: 'does-not-hold', explanation: `${text}: ${c.lesser} grew more.`, numbers };
}

function evalValue(c: ValueClaim, ctx: ClaimContext): ClaimEvaluation {
  const series = seriesOf(ctx, c.country);
  if (series === undefined) return undecided(`No assessments of ${c.country} in the data.`);
  const a = pointAt(series, c.component, c.from);
  const b = pointAt(series, c.component, c.to);
  const missing = [a === undefined ? c.from : undefined, b === undefined ? c.to : undefined].filter(
    (y) => y !== undefined,
  );
  if (a === undefined || b === undefined) {
    return undecided(`No value for ${c.country} ${c.component} in ${missing.join(' and ')}.`, {
      missing,
    });
  }
  const numbers = {
    claimed: [c.fromValue, c.toValue],
    data: [a.score, b.score],
    sources: [a.sourceId, b.sourceId],
    kinds: [a.kind, b.kind],
    tolerance: c.tolerance,
  };
  const ok =
    Math.abs(a.score - c.fromValue) <= c.tolerance && Math.abs(b.score - c.toValue) <= c.tolerance;
  const estimated =
    a.kind === 'estimated' || b.kind === 'estimated' ? ' (the data includes estimated values)' : '';
  return {
    verdict: ok ? 'holds' : 'does-not-hold',
    explanation: `${c.component} ${c.from}→${c.to}: claimed ${c.fromValue}→${c.toValue}, data ${a.score}→${b.score} (sources ${a.sourceId}, ${b.sourceId})${estimated}; ${ok ? 'equal' : 'different'} within ±${c.tolerance}.`,
    numbers,
  };
}

function rescale(value: number, from: '0-1' | '0-100', to: '0-1' | '0-100'): number {
  if (from === to) return value;
  return from === '0-1' ? value * 100 : value / 100;
}

function evalGciScore(c: GciScoreClaim, ctx: ClaimContext): ClaimEvaluation {
  const record = ctx.gci.find((r) => r.country === c.country && r.edition === c.edition);
  if (record === undefined)
    return undecided(`No GCI ${c.edition} record for ${c.country} in the data.`);
  const claimed = rescale(c.value, c.scale, record.scale);
  const tol = rescale(c.tolerance, c.scale, record.scale);
  const candidates = [
    { value: record.score, sourceIds: [...record.sourceIds], role: 'primary' },
    ...record.alternatives
      .filter((a) => a.field === 'score')
      .map((a) => ({ value: a.value, sourceIds: [a.sourceId], role: 'alternative' })),
  ];
  const match = candidates.find((x) => Math.abs(x.value - claimed) <= tol + 1e-12);
  const scaleNote =
    c.scale === record.scale
      ? ''
      : ` The claim gives a ${c.scale} value but the ${c.edition} edition scores ${record.scale}; compared as ${fmt(claimed)} on ${record.scale}.`;
  // Where might the claimed number come from? The same country's values on the claim's own scale.
  const sameScale = ctx.gci
    .filter((r) => r.country === c.country && r.scale === c.scale && r.edition !== c.edition)
    .map((r) => ({
      edition: r.edition,
      score: r.score,
      difference: r4(Math.abs(r.score - c.value)),
    }))
    .sort((x, y) => x.difference - y.difference);
  const closest = sameScale[0];
  const numbers: Record<string, ClaimFigure> = {
    claimed: c.value,
    claimedScale: c.scale,
    claimedOnEditionScale: r4(claimed),
    tolerance: c.tolerance,
    primary: record.score,
    primarySources: [...record.sourceIds],
    editionScale: record.scale,
    alternatives: record.alternatives
      .filter((a) => a.field === 'score')
      .map((a) => ({ value: a.value, source: a.sourceId })),
    confidence: record.confidence,
    ...(closest !== undefined ? { closestOtherEdition: closest } : {}),
  };
  const published = `Published GCI ${c.edition} score of ${c.country}: ${record.score} (${record.scale}; ${record.sourceIds.join(', ')}; confidence ${record.confidence})`;
  if (match !== undefined) {
    return {
      verdict: 'holds',
      explanation: `${published}.${scaleNote} The claimed ${c.value} matches the ${match.role} value ${match.value} (${match.sourceIds.join(', ')}) within ±${c.tolerance}.`,
      numbers: { ...numbers, matched: match.role },
    };
  }
  const mismatch =
    candidates.length > 1
      ? `matches neither the primary value nor the alternative value(s) ${candidates
          .slice(1)
          .map((x) => `${x.value} (${x.sourceIds.join(', ')})`)
          .join(', ')}`
      : 'does not match the published value (no source in the data gives another)';
  const hint =
    closest !== undefined
      ? ` Closest ${c.country} score on the claim's ${c.scale} scale: ${closest.score} in the ${closest.edition} edition (difference ${closest.difference}${closest.difference <= c.tolerance ? ', within tolerance' : ''}).`
      : '';
  return {
    verdict: 'does-not-hold',
    explanation: `${published}.${scaleNote} The claimed ${c.value} ${mismatch}.${hint}`,
    numbers: { ...numbers, matched: 'none' },
  };
}

function evalGciRank(c: GciRankClaim, ctx: ClaimContext): ClaimEvaluation {
  const record = ctx.gci.find((r) => r.country === c.country && r.edition === c.edition);
  if (record === undefined)
    return undecided(`No GCI ${c.edition} record for ${c.country} in the data.`);
  if (record.rank === undefined) {
    return undecided(
      `The GCI ${c.edition} edition publishes no global rank${record.tier !== undefined ? ` (${c.country}: ${record.tier})` : ''}.`,
      { tier: record.tier ?? null },
    );
  }
  const candidates = [
    { value: record.rank, sourceIds: [...record.sourceIds], role: 'primary' },
    ...record.alternatives
      .filter((a) => a.field === 'rank')
      .map((a) => ({ value: a.value, sourceIds: [a.sourceId], role: 'alternative' })),
  ];
  const match = candidates.find((x) => Math.abs(x.value - c.rank) <= c.tolerance);
  const numbers: Record<string, ClaimFigure> = {
    claimed: c.rank,
    tolerance: c.tolerance,
    primary: record.rank,
    primarySources: [...record.sourceIds],
    alternatives: candidates
      .slice(1)
      .map((x) => ({ value: x.value, source: x.sourceIds.join(', ') })),
    score: record.score,
    confidence: record.confidence,
    matched: match?.role ?? 'none',
  };
  const published = `Published GCI ${c.edition} rank of ${c.country}: ${record.rank} (${record.sourceIds.join(', ')}; score ${record.score} on ${record.scale})`;
  const mismatch =
    candidates.length > 1
      ? `matches neither the primary rank nor the alternative rank(s) ${candidates
          .slice(1)
          .map((x) => `${x.value} (${x.sourceIds.join(', ')})`)
          .join(', ')}`
      : 'does not match the published rank (no source in the data gives another)';
  return match !== undefined
    ? {
        verdict: 'holds',
        explanation: `${published}. The claimed rank ${c.rank} matches the ${match.role} value.`,
        numbers,
      }
    : {
        verdict: 'does-not-hold',
        explanation: `${published}. The claimed rank ${c.rank} ${mismatch}.`,
        numbers,
      };
}

function evalGciParticipation(c: GciParticipationClaim, ctx: ClaimContext): ClaimEvaluation {
  const per = c.editions.map((edition) => {
    const r = ctx.gci.find((x) => x.country === c.country && x.edition === edition);
    return { edition, record: r };
  });
  const scored = per.filter((p) => p.record !== undefined);
  const notInData = per.filter((p) => p.record === undefined).map((p) => p.edition);
  const numbers: Record<string, ClaimFigure> = {
    scoredIn: scored.map((p) => ({
      edition: p.edition,
      score: p.record?.score ?? null,
      rank: p.record?.rank ?? null,
      sources: [...(p.record?.sourceIds ?? [])],
    })),
    noRecordIn: notInData,
  };
  const scoredText =
    scored.length > 0
      ? `ITU published scores for ${c.country} in ${scored.map((p) => `${p.edition} (${p.record?.score}${p.record?.rank !== undefined ? `, rank ${p.record.rank}` : ''})`).join(', ')}`
      : `The data holds no GCI score for ${c.country} in ${c.editions.join(', ')}`;
  if (c.sense === 'answered-questionnaire') {
    return undecided(
      `${scoredText}. Whether ${c.country} answered the GCI questionnaire is not in the data: ITU also scores countries that do not answer, from desk research, so being scored does not show participation and its absence is not shown either.`,
      numbers,
    );
  }
  if (c.participated) {
    if (notInData.length > 0)
      return undecided(
        `${scoredText}; no record for ${notInData.join(', ')} in the data (absence of a record is not evidence).`,
        numbers,
      );
    return { verdict: 'holds', explanation: `${scoredText}.`, numbers };
  }
  if (scored.length > 0) {
    return {
      verdict: 'does-not-hold',
      explanation: `${scoredText}: it was assessed (scored) by ITU, whether or not it answered the questionnaire.`,
      numbers,
    };
  }
  return undecided(
    `${scoredText}; absence of a record is not evidence that it was not scored.`,
    numbers,
  );
}

function evalCoverage(c: CoverageClaim, ctx: ClaimContext): ClaimEvaluation {
  const series = seriesOf(ctx, c.country);
  if (series === undefined) return undecided(`No assessments of ${c.country} in the data.`);
  if (c.from > c.to) return undecided(`The period ${c.from}–${c.to} runs backwards.`);
  const components = c.components ?? COMPONENT_IDS;
  const required =
    c.mode === 'endpoints'
      ? [...new Set([c.from, c.to])]
      : Array.from({ length: c.to - c.from + 1 }, (_, i) => c.from + i);
  const gaps: string[] = [];
  const missingYears = new Set<number>();
  for (const comp of components) {
    for (const y of required) {
      if (pointAt(series, comp, y) === undefined) {
        gaps.push(`${comp} ${y}`);
        missingYears.add(y);
      }
    }
  }
  const yearsWithData = [
    ...new Set(components.flatMap((comp) => series.components[comp].map((p) => p.year))),
  ].sort((a, b) => a - b);
  const inPeriod = Array.from({ length: c.to - c.from + 1 }, (_, i) => c.from + i);
  const withoutData = inPeriod.filter((y) => !yearsWithData.includes(y));
  const numbers: Record<string, ClaimFigure> = {
    yearsWithData,
    yearsRequired: required,
    missingYears: [...missingYears].sort((a, b) => a - b),
    yearsInPeriodWithoutData: withoutData,
    components: [...components],
  };
  const what =
    c.mode === 'endpoints' ? `the end years ${c.from} and ${c.to}` : `every year ${c.from}–${c.to}`;
  const context = `${c.country} has values in ${yearsWithData.join(', ') || 'no year'}${withoutData.length > 0 ? `; no values in ${withoutData.join(', ')}` : ''}`;
  return gaps.length === 0
    ? { verdict: 'holds', explanation: `${context}. Coverage of ${what} is complete.`, numbers }
    : {
        verdict: 'does-not-hold',
        explanation: `${context}. The claim needs ${what}; without values: ${gaps.length <= 5 ? gaps.join(', ') : `${[...missingYears].sort((a, b) => a - b).join(', ')} (${gaps.length} component-years)`}.`,
        numbers,
      };
}

/**
 * Evaluates one claim against the data. Never throws for missing data (that is
 * `cannot-be-decided`); it throws only for a claim that is malformed in a way the types allow
 * (e.g. `from` ≥ `to`), as BAD_INPUT.
 *
 * @example
 * evaluateClaim(
 *   { kind: 'growth-compare', country: 'KGZ', greater: 'cooperation', lesser: 'infrastructure', measure: 'absolute', from: 2020, to: 2024 },
 *   { assessments: KGZ_PAPER_ASSESSMENTS, gci: GCI_RECORDS },
 * ).verdict; // 'does-not-hold' (both +23 pp)
 */
export function evaluateClaim(claim: Claim, context: ClaimContext): ClaimEvaluation {
  switch (claim.kind) {
    case 'growth-extreme':
      return evalGrowthExtreme(claim, context);
    case 'level-extreme':
      return evalLevelExtreme(claim, context);
    case 'growth-compare':
      return evalGrowthCompare(claim, context);
    case 'value':
      return evalValue(claim, context);
    case 'gci-score':
      return evalGciScore(claim, context);
    case 'gci-rank':
      return evalGciRank(claim, context);
    case 'gci-participation':
      return evalGciParticipation(claim, context);
    case 'coverage':
      return evalCoverage(claim, context);
    case 'measured':
      return evalMeasured(claim, context.measured);
  }
}

export interface AuditedClaim extends ClaimEvaluation {
  readonly record: ClaimRecord;
}

/**
 * Evaluates a set of claim records (the paper's, or a user's) in order.
 *
 * @example
 * auditClaims(PAPER_CLAIMS, { assessments: KGZ_PAPER_ASSESSMENTS, gci: GCI_RECORDS })
 *   .filter((a) => a.verdict === 'does-not-hold').map((a) => a.record.id);
 */
export function auditClaims(
  records: readonly ClaimRecord[],
  context: ClaimContext,
): AuditedClaim[] {
  return records.map((record) => ({ record, ...evaluateClaim(record.claim, context) }));
}
