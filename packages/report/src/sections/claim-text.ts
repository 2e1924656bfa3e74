/**
 * @module sections/claim-text
 * The words of the claims audit, written from a claim's structured facts and the message
 * catalogue: what the claim says, what the data shows, a one-line reason for the verdict, and
 * the labelled figures of the appendix. Every function returns escaped HTML.
 */
import type { ComponentId } from '@coopsec/model';
import { mark, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import type { ClaimFacts, ClaimRankEntry, ReportClaim } from '../input.ts';

type Ranking = Extract<ClaimFacts, { kind: 'ranking' }>;

function names(ctx: RenderContext, ids: readonly ComponentId[]): string {
  return ctx.m.format.list(ids.map((id) => ctx.m.components[id]));
}

function years(ctx: RenderContext, list: readonly number[]): string {
  return list.length === 0 ? ctx.m.report.none : ctx.m.format.list(list.map(String));
}

function scale(s: '0-1' | '0-100'): string {
  return s === '0-1' ? '0–1' : '0–100';
}

/** A ranking value as text: a level, or growth in pp or %. */
function rankValue(ctx: RenderContext, f: Ranking, value: number): string {
  if (f.measure === 'level') return num(ctx, value, { digits: 1 });
  return num(ctx, value, {
    digits: 1,
    signed: true,
    unit: f.measure === 'absolute' ? 'pp' : 'percent',
  });
}

function what(ctx: RenderContext, f: Ranking): string {
  const w = ctx.m.claims.what;
  if (f.measure === 'level') return w.level(String(f.year ?? ''));
  const span = [String(f.from ?? ''), String(f.to ?? '')] as const;
  return f.measure === 'absolute' ? w.absolute(...span) : w.relative(...span);
}

function rankOf(f: Ranking, e: ClaimRankEntry): number {
  return f.extreme === 'highest' ? e.rankFromHighest : e.rankFromLowest;
}

/** The components that are in fact the n highest (lowest), n = the number the claim names. */
function actual(f: Ranking): ClaimRankEntry[] {
  return f.entries.filter((e) => rankOf(f, e) <= f.named.length);
}

function growth(ctx: RenderContext, measure: 'absolute' | 'relative', value: number): string {
  return num(ctx, value, {
    digits: 1,
    signed: true,
    unit: measure === 'absolute' ? 'pp' : 'percent',
  });
}

/** What the claim says, short. */
export function claimedText(ctx: RenderContext, c: ReportClaim): string {
  const { m } = ctx;
  const t = m.claims.claimed;
  const f = c.facts;
  if (f === undefined) return esc(c.reading ?? c.quote);
  switch (f.kind) {
    case 'ranking':
      return esc(
        t.ranking(names(ctx, f.named), m.claims.extremes[f.extreme], what(ctx, f), f.named.length),
      );
    case 'compare':
      return esc(
        t.compare(
          m.components[f.greater],
          m.components[f.lesser],
          f.measure === 'absolute'
            ? m.claims.what.absolute(String(f.from), String(f.to))
            : m.claims.what.relative(String(f.from), String(f.to)),
        ),
      );
    case 'value':
      return t.value(
        esc(m.components[f.component]),
        `${num(ctx, f.claimed[0])} (${String(f.from)})`,
        `${num(ctx, f.claimed[1])} (${String(f.to)})`,
      );
    case 'gci-score':
      return t.gciScore(
        esc(c.country.name),
        String(f.edition),
        num(ctx, f.claimed, { digits: 3 }),
        scale(f.claimedScale),
      );
    case 'gci-rank':
      return t.gciRank(esc(c.country.name), String(f.edition), num(ctx, f.claimed, { digits: 0 }));
    case 'gci-participation': {
      const eds = years(ctx, f.editions);
      const key =
        `${f.sense === 'scored' ? 'scored' : 'answered'}${f.participated ? 'Yes' : 'No'}` as const;
      return esc(t.participation[key](c.country.name, eds));
    }
    case 'coverage':
      return esc(
        f.mode === 'endpoints'
          ? t.coverageEndpoints(String(f.from), String(f.to))
          : t.coverageEvery(String(f.from), String(f.to)),
      );
  }
}

/** What the data shows, short, with the citation mark of the data's sources. */
export function foundText(ctx: RenderContext, c: ReportClaim): string {
  const { m } = ctx;
  const t = m.claims.found;
  const f = c.facts;
  const cited = (html: string): string => `${html}${mark(ctx, c.dataSourceIds)}`;
  if (f === undefined) return esc(m.claims.noData);
  switch (f.kind) {
    case 'ranking': {
      if (f.missing.length > 0) return cited(esc(t.missing(names(ctx, f.missing))));
      const list = actual(f).map(
        (e) => `${esc(m.components[e.component])} ${rankValue(ctx, f, e.value)}`,
      );
      return cited(t.ranking(esc(m.claims.extremes[f.extreme]), list.join('; ')));
    }
    case 'compare':
      if (f.found === undefined) return esc(m.claims.noData);
      return cited(
        `${esc(m.components[f.greater])} ${growth(ctx, f.measure, f.found.greater.growth)}; ${esc(m.components[f.lesser])} ${growth(ctx, f.measure, f.found.lesser.growth)}`,
      );
    case 'value':
      if (f.found === undefined) return esc(m.claims.noData);
      return cited(
        `${num(ctx, f.found[0], { estimated: f.foundEstimated })} → ${num(ctx, f.found[1], { estimated: f.foundEstimated })}`,
      );
    case 'gci-score':
      if (f.found === undefined) return esc(m.claims.noData);
      return cited(
        t.gciScore(num(ctx, f.found.published, { digits: 3 }), scale(f.found.editionScale)),
      );
    case 'gci-rank':
      if (f.found === undefined) return esc(m.claims.noData);
      if (f.found.published === undefined) return cited(esc(t.tier(f.found.tier ?? m.report.none)));
      return cited(t.gciRank(num(ctx, f.found.published, { digits: 0 })));
    case 'gci-participation':
      if (f.scored.length === 0) return esc(t.notScored);
      return cited(
        esc(
          t.scored(
            years(
              ctx,
              f.scored.map((s) => s.edition),
            ),
          ),
        ),
      );
    case 'coverage':
      return cited(esc(t.coverage(years(ctx, f.yearsWithData))));
  }
}

/** One line: why the verdict is what it is. */
export function reasonText(ctx: RenderContext, c: ReportClaim): string {
  const { m } = ctx;
  const r = m.claims.reasons;
  const f = c.facts;
  if (f === undefined) return esc(m.claims.noDataReason);
  switch (f.kind) {
    case 'ranking': {
      if (f.missing.length > 0) return esc(r.rankingMissing(m.claims.extremes[f.extreme]));
      const total = f.entries.length;
      const failing = f.named.flatMap((id) => {
        const e = f.entries.find((x) => x.component === id);
        return e !== undefined && rankOf(f, e) > f.named.length ? [e] : [];
      });
      if (failing.length === 0)
        return esc(
          r.rankingHolds(names(ctx, f.named), m.claims.extremes[f.extreme], f.named.length),
        );
      return esc(
        failing
          .map((e) =>
            r.rankPlace(
              m.components[e.component],
              m.format.ordinal(rankOf(f, e)),
              String(total),
              m.claims.extremes[f.extreme],
            ),
          )
          .join(' '),
      );
    }
    case 'compare': {
      if (f.found === undefined) return esc(r.compareMissing);
      const a = f.found.greater.growth;
      const b = f.found.lesser.growth;
      const ga = growth(ctx, f.measure, a);
      const gb = growth(ctx, f.measure, b);
      if (Math.abs(a - b) < 1e-9) return r.compareEqual(esc(m.components[f.greater]), ga);
      return a > b
        ? r.compareHolds(esc(m.components[f.greater]), ga, gb)
        : r.compareFails(esc(m.components[f.lesser]), gb, ga);
    }
    case 'value':
      if (f.found === undefined) return esc(r.valueMissing);
      return esc(
        c.verdict === 'holds'
          ? r.valueHolds(m.format.number(f.tolerance, 2))
          : r.valueFails(m.format.number(f.tolerance, 2)),
      );
    case 'gci-score': {
      if (f.found === undefined) return esc(r.gciNoRecord(c.country.name, String(f.edition)));
      if (f.found.matched !== 'none') return esc(r.gciMatched[f.found.matched]);
      const scaleNote =
        f.claimedScale === f.found.editionScale
          ? ''
          : ` ${r.gciScale(scale(f.claimedScale), scale(f.found.editionScale))}`;
      const close =
        f.found.closest === undefined
          ? ''
          : ` ${r.gciClosest(m.format.number(f.found.closest.score, 3), String(f.found.closest.edition))}`;
      return esc(`${r.gciNoMatch}${scaleNote}${close}`);
    }
    case 'gci-rank':
      if (f.found === undefined) return esc(r.gciNoRecord(c.country.name, String(f.edition)));
      if (f.found.published === undefined) return esc(r.gciTiers(String(f.edition)));
      return esc(f.found.matched === 'none' ? r.gciRankNoMatch : r.gciMatched[f.found.matched]);
    case 'gci-participation': {
      if (f.sense === 'answered-questionnaire') return esc(r.questionnaire);
      const scored = years(
        ctx,
        f.scored.map((s) => s.edition),
      );
      if (!f.participated && f.scored.length > 0) return esc(r.wasScored(scored));
      if (f.noRecord.length > 0) return esc(r.noRecord(years(ctx, f.noRecord)));
      return esc(r.wasScored(scored));
    }
    case 'coverage':
      return esc(
        f.missingYears.length === 0 ? r.coverageHolds : r.coverageFails(years(ctx, f.missingYears)),
      );
  }
}

/** Labelled figures for the appendix: [label, value HTML] pairs. */
export function detailRows(ctx: RenderContext, c: ReportClaim): { rows: [string, string][] } {
  const { m } = ctx;
  const d = m.claims.detail;
  const f = c.facts;
  const src = mark(ctx, c.dataSourceIds);
  if (f === undefined) return { rows: [[esc(d.data), esc(m.claims.noData)]] };
  switch (f.kind) {
    case 'ranking': {
      // One line, highest first: "1. International cooperation 82 · 2. …"; the statement's
      // components in bold, shared places with the same rank.
      const list = f.entries
        .map((e) => {
          const item = `${String(e.rankFromHighest)}. ${esc(m.components[e.component])} ${rankValue(ctx, f, e.value)}`;
          return f.named.includes(e.component) ? `<strong>${item}</strong>` : item;
        })
        .join(' · ');
      const missing: [string, string][] =
        f.missing.length > 0 ? [[esc(d.missing), esc(names(ctx, f.missing))]] : [];
      return { rows: [[esc(d.ranking(what(ctx, f))), `${list}${src}`], ...missing] };
    }
    case 'compare': {
      if (f.found === undefined) return { rows: [[esc(d.data), esc(m.claims.noData)]] };
      const row = (g: {
        component: ComponentId;
        from: number;
        to: number;
        growth: number;
      }): [string, string] => [
        esc(m.components[g.component]),
        `${num(ctx, g.from)} (${String(f.from)}) → ${num(ctx, g.to)} (${String(f.to)}): ${growth(ctx, f.measure, g.growth)}${src}`,
      ];
      return { rows: [row(f.found.greater), row(f.found.lesser)] };
    }
    case 'value':
      return {
        rows: [
          [
            esc(d.claimed),
            `${num(ctx, f.claimed[0])} (${String(f.from)}) → ${num(ctx, f.claimed[1])} (${String(f.to)})`,
          ],
          [
            esc(d.inData),
            f.found === undefined
              ? esc(m.claims.noData)
              : `${num(ctx, f.found[0], { estimated: f.foundEstimated })} → ${num(ctx, f.found[1], { estimated: f.foundEstimated })}${src}`,
          ],
          [esc(d.tolerance), esc(`±${m.format.number(f.tolerance, 2)}`)],
        ],
      };
    case 'gci-score': {
      const rows: [string, string][] = [
        [esc(d.claimed), `${num(ctx, f.claimed, { digits: 3 })} (${scale(f.claimedScale)})`],
      ];
      if (f.found === undefined) return { rows: [...rows, [esc(d.inData), esc(m.claims.noData)]] };
      const x = f.found;
      if (f.claimedScale !== x.editionScale)
        rows.push([
          esc(d.onEditionScale),
          `${num(ctx, x.claimedOnEditionScale, { digits: 3 })} (${scale(x.editionScale)})`,
        ]);
      rows.push([
        esc(d.published),
        `${num(ctx, x.published, { digits: 3 })} (${scale(x.editionScale)})${src}`,
      ]);
      rows.push([
        esc(d.otherSources),
        x.alternatives.length === 0
          ? esc(m.report.none)
          : x.alternatives
              .map((a) => `${num(ctx, a.value, { digits: 3 })}${mark(ctx, [a.sourceId])}`)
              .join('; '),
      ]);
      if (x.confidence !== undefined)
        rows.push([esc(d.confidence), esc(m.claims.confidence[x.confidence])]);
      if (x.closest !== undefined)
        rows.push([
          esc(d.closest(scale(f.claimedScale))),
          esc(
            d.closestValue(
              m.format.number(x.closest.score, 3),
              String(x.closest.edition),
              m.format.number(x.closest.difference, 4),
            ),
          ),
        ]);
      rows.push([esc(d.tolerance), esc(`±${m.format.number(f.tolerance, 3)}`)]);
      return { rows };
    }
    case 'gci-rank': {
      const rows: [string, string][] = [[esc(d.claimed), num(ctx, f.claimed, { digits: 0 })]];
      if (f.found === undefined) return { rows: [...rows, [esc(d.inData), esc(m.claims.noData)]] };
      rows.push([
        esc(d.published),
        f.found.published === undefined
          ? `${esc(m.claims.found.tier(f.found.tier ?? m.report.none))}${src}`
          : `${num(ctx, f.found.published, { digits: 0 })}${src}`,
      ]);
      rows.push([
        esc(d.otherSources),
        f.found.alternatives.length === 0
          ? esc(m.report.none)
          : f.found.alternatives
              .map((a) => `${num(ctx, a.value, { digits: 0 })}${mark(ctx, [a.sourceId])}`)
              .join('; '),
      ]);
      rows.push([esc(d.tolerance), esc(`±${m.format.number(f.tolerance, 0)}`)]);
      return { rows };
    }
    case 'gci-participation':
      return {
        rows: [
          [esc(d.editions), esc(years(ctx, f.editions))],
          [
            esc(d.scoredIn),
            f.scored.length === 0
              ? esc(m.report.none)
              : `${f.scored
                  .map((s) =>
                    s.rank === undefined
                      ? esc(d.scoredEdition(String(s.edition), m.format.number(s.score, 3)))
                      : esc(
                          d.scoredEditionRank(
                            String(s.edition),
                            m.format.number(s.score, 3),
                            String(s.rank),
                          ),
                        ),
                  )
                  .join('; ')}${src}`,
          ],
          [esc(d.noRecordIn), esc(years(ctx, f.noRecord))],
        ],
      };
    case 'coverage':
      return {
        rows: [
          [esc(d.yearsWithData), `${esc(years(ctx, f.yearsWithData))}${src}`],
          [esc(d.yearsRequired), esc(years(ctx, f.yearsRequired))],
          [esc(d.yearsWithoutData), esc(years(ctx, f.yearsWithoutData))],
        ],
      };
  }
}
