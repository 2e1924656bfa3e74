/**
 * @module build/claims
 * Claims audit data: the model's verdict on each claim record, with what the claim says and
 * what the data shows as structured facts (`ClaimFacts`), and the sources of the data the
 * verdict was computed from. The model's own explanation is English prose with its internal
 * ids; the report writes its sentences from the message catalogue instead, from these facts.
 */
import {
  auditClaims,
  findCountry,
  type Assessment,
  type AuditedClaim,
  type ClaimFigure,
  type ClaimRecord,
  type ComponentId,
  type GciRecord,
  isComponentId,
} from '@coopsec/model';
import type { ClaimFacts, ClaimGrowth, ClaimRankEntry, ClaimsData, ReportClaim } from '../input.ts';

type Figures = Readonly<Record<string, ClaimFigure>>;

function isFigures(x: ClaimFigure | undefined): x is Figures {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function numberOf(x: ClaimFigure | undefined): number | undefined {
  return typeof x === 'number' ? x : undefined;
}
function stringOf(x: ClaimFigure | undefined): string | undefined {
  return typeof x === 'string' ? x : undefined;
}
function listOf(x: ClaimFigure | undefined): readonly ClaimFigure[] {
  return Array.isArray(x) ? (x as readonly ClaimFigure[]) : [];
}
function numbersOf(x: ClaimFigure | undefined): number[] {
  return listOf(x).flatMap((v) => (typeof v === 'number' ? [v] : []));
}
function componentsOf(x: ClaimFigure | undefined): ComponentId[] {
  return listOf(x).flatMap((v) => (typeof v === 'string' && isComponentId(v) ? [v] : []));
}
function scaleOf(x: ClaimFigure | undefined): '0-1' | '0-100' | undefined {
  return x === '0-1' || x === '0-100' ? x : undefined;
}
function matchedOf(x: ClaimFigure | undefined): 'primary' | 'alternative' | 'none' {
  return x === 'primary' || x === 'alternative' ? x : 'none';
}
function alternativesOf(x: ClaimFigure | undefined): { value: number; sourceId: string }[] {
  return listOf(x).flatMap((a) => {
    if (!isFigures(a)) return [];
    const value = numberOf(a.value);
    const sourceId = stringOf(a.source);
    return value === undefined || sourceId === undefined ? [] : [{ value, sourceId }];
  });
}

function confidenceOf(x: ClaimFigure | undefined): { confidence?: 'high' | 'medium' | 'low' } {
  return x === 'high' || x === 'medium' || x === 'low' ? { confidence: x } : {};
}

function rankEntries(n: Figures): ClaimRankEntry[] {
  const values = isFigures(n.values) ? n.values : {};
  const top = isFigures(n.rankFromHighest) ? n.rankFromHighest : {};
  const bottom = isFigures(n.rankFromLowest) ? n.rankFromLowest : {};
  return Object.entries(values).flatMap(([component, value]) => {
    const high = numberOf(top[component]);
    const low = numberOf(bottom[component]);
    if (!isComponentId(component) || typeof value !== 'number') return [];
    if (high === undefined || low === undefined) return [];
    return [{ component, value, rankFromHighest: high, rankFromLowest: low }];
  });
}

function growthOf(component: ComponentId, x: ClaimFigure | undefined): ClaimGrowth | undefined {
  if (!isFigures(x)) return undefined;
  const from = numberOf(x.from);
  const to = numberOf(x.to);
  const growth = numberOf(x.growth);
  return from === undefined || to === undefined || growth === undefined
    ? undefined
    : { component, from, to, growth };
}

/** The facts of one audited claim; undefined when the data held nothing to compare with. */
export function factsOf(a: AuditedClaim): ClaimFacts | undefined {
  const c = a.record.claim;
  const n = a.numbers;
  switch (c.kind) {
    case 'growth-extreme':
    case 'level-extreme': {
      const entries = rankEntries(n);
      if (entries.length === 0) return undefined;
      return {
        kind: 'ranking',
        measure: c.kind === 'level-extreme' ? 'level' : c.measure,
        ...(c.kind === 'level-extreme' ? { year: c.year } : { from: c.from, to: c.to }),
        extreme: c.extreme,
        named: [...c.components],
        entries,
        missing: componentsOf(n.missing),
      };
    }
    case 'growth-compare': {
      const greater = growthOf(c.greater, n[c.greater]);
      const lesser = growthOf(c.lesser, n[c.lesser]);
      return {
        kind: 'compare',
        measure: c.measure,
        from: c.from,
        to: c.to,
        greater: c.greater,
        lesser: c.lesser,
        ...(greater === undefined || lesser === undefined ? {} : { found: { greater, lesser } }),
      };
    }
    case 'value': {
      const data = numbersOf(n.data);
      const kinds = listOf(n.kinds);
      return {
        kind: 'value',
        component: c.component,
        from: c.from,
        to: c.to,
        claimed: [c.fromValue, c.toValue],
        ...(data.length === 2 ? { found: [data[0] ?? 0, data[1] ?? 0] as const } : {}),
        foundEstimated: kinds.includes('estimated'),
        tolerance: c.tolerance,
      };
    }
    case 'gci-score': {
      const published = numberOf(n.primary);
      const editionScale = scaleOf(n.editionScale);
      const onScale = numberOf(n.claimedOnEditionScale);
      const closest = isFigures(n.closestOtherEdition) ? n.closestOtherEdition : undefined;
      const cEdition = numberOf(closest?.edition);
      const cScore = numberOf(closest?.score);
      const cDiff = numberOf(closest?.difference);
      return {
        kind: 'gci-score',
        country: c.country,
        edition: c.edition,
        claimed: c.value,
        claimedScale: c.scale,
        tolerance: c.tolerance,
        ...(published === undefined || editionScale === undefined || onScale === undefined
          ? {}
          : {
              found: {
                published,
                editionScale,
                claimedOnEditionScale: onScale,
                alternatives: alternativesOf(n.alternatives),
                matched: matchedOf(n.matched),
                ...confidenceOf(n.confidence),
                ...(cEdition === undefined || cScore === undefined || cDiff === undefined
                  ? {}
                  : { closest: { edition: cEdition, score: cScore, difference: cDiff } }),
              },
            }),
      };
    }
    case 'gci-rank': {
      const published = numberOf(n.primary);
      const tier = stringOf(n.tier);
      const hasRecord = published !== undefined || 'tier' in n;
      return {
        kind: 'gci-rank',
        country: c.country,
        edition: c.edition,
        claimed: c.rank,
        tolerance: c.tolerance,
        ...(hasRecord
          ? {
              found: {
                ...(published === undefined ? {} : { published }),
                ...(tier === undefined ? {} : { tier }),
                alternatives: alternativesOf(n.alternatives),
                matched: matchedOf(n.matched),
              },
            }
          : {}),
      };
    }
    case 'gci-participation':
      return {
        kind: 'gci-participation',
        country: c.country,
        editions: [...c.editions],
        participated: c.participated,
        sense: c.sense,
        scored: listOf(n.scoredIn).flatMap((x) => {
          if (!isFigures(x)) return [];
          const edition = numberOf(x.edition);
          const score = numberOf(x.score);
          const rank = numberOf(x.rank);
          return edition === undefined || score === undefined
            ? []
            : [{ edition, score, ...(rank === undefined ? {} : { rank }) }];
        }),
        noRecord: numbersOf(n.noRecordIn),
      };
    case 'coverage': {
      if (!('yearsWithData' in n)) return undefined;
      return {
        kind: 'coverage',
        from: c.from,
        to: c.to,
        mode: c.mode,
        yearsWithData: numbersOf(n.yearsWithData),
        yearsRequired: numbersOf(n.yearsRequired),
        missingYears: numbersOf(n.missingYears),
        yearsWithoutData: numbersOf(n.yearsInPeriodWithoutData),
      };
    }
    // Claims about measured cooperation are not decided in the report yet (the audit here has
    // no node records): the section shows them as undecided, without figures.
    case 'measured':
      return undefined;
  }
}

export function buildClaims(options: {
  records: readonly ClaimRecord[];
  assessments: readonly Assessment[];
  gci: readonly GciRecord[];
}): ClaimsData {
  const audited = auditClaims(options.records, {
    assessments: options.assessments,
    gci: options.gci,
  });
  const claims: ReportClaim[] = audited.map((a) => {
    const { record } = a;
    const c = record.claim;
    const dataSourceIds =
      c.kind === 'gci-score' || c.kind === 'gci-rank' || c.kind === 'gci-participation'
        ? [
            ...new Set(
              options.gci
                .filter(
                  (g) =>
                    g.country === c.country &&
                    (c.kind === 'gci-participation'
                      ? c.editions.includes(g.edition)
                      : g.edition === c.edition),
                )
                .flatMap((g) => [...g.sourceIds, ...g.alternatives.map((x) => x.sourceId)]),
            ),
          ]
        : [
            ...new Set(
              options.assessments.filter((x) => x.country === c.country).map((x) => x.sourceId),
            ),
          ];
    const country = findCountry(c.country);
    const facts = factsOf(a);
    return {
      id: record.id,
      quote: record.quote,
      sourceId: record.source.id,
      where: {
        ...(record.source.section === undefined ? {} : { section: record.source.section }),
        ...(record.source.line === undefined ? {} : { line: record.source.line }),
      },
      ...(record.reading === undefined ? {} : { reading: record.reading }),
      verdict: a.verdict,
      country: { code: c.country, name: country?.commonName ?? country?.name ?? c.country },
      ...(facts === undefined ? {} : { facts }),
      dataSourceIds: dataSourceIds.length > 0 ? dataSourceIds : [record.source.id],
    };
  });
  return { claims };
}
