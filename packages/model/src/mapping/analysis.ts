/**
 * @module mapping/analysis
 * From a policy mapping to a ranked gap list and recommendations (PRODUCT.md A6, A9).
 *
 * Gap ranking rule (stated; `rankGaps`): an element of the chosen framework is a gap when its
 * combined coverage is below `full`. Gaps are ordered by
 *   1. severity: none (3) before declarative-only (2) before partial (1);
 *   2. then elements no act maps directly (reached only by inheritance, inference or roll-up)
 *      before directly mapped ones;
 *   3. then fewer acts reaching the element first;
 *   4. then catalogue order.
 *
 * Recommendations (`recommend`): every gap belongs to one of the paper's five cooperation
 * areas (by the CSF category or ISO domain it concerns, table AREA_OF below); one
 * recommendation per area with gaps, ordered by the best-ranked gap in it. The weakest
 * component (an input, e.g. the lowest score of the latest year) adds a first recommendation
 * in the area that builds that component.
 *
 * @example
 * recommend({ mapping: KGZ_TABLE2, weakest: 'digital-literacy' })[0].area; // 'joint-education'
 */
import type { ComponentId } from '../components.ts';
import { componentInfo } from '../components.ts';
import { getCatalogue, topLevelOf } from '../standards/catalogue.ts';
import type { CoverageFramework, CoverageMatrix } from './coverage.ts';
import { coverageMatrix } from './coverage.ts';
import type { CoverageLevel } from './olir.ts';
import type { PolicyMapping } from './policy.ts';

/** The paper's five areas of international cooperation ("Key Recommendations…" section). */
export const COOPERATION_AREAS = [
  'threat-information-exchange',
  'regulatory-harmonisation',
  'joint-education',
  'joint-incident-response',
  'technological-cooperation',
] as const;
export type CooperationArea = (typeof COOPERATION_AREAS)[number];

export const COOPERATION_AREA_NAMES: Readonly<Record<CooperationArea, string>> = {
  'threat-information-exchange': 'Exchange of information on cyber threats',
  'regulatory-harmonisation': 'Harmonisation of the regulatory framework',
  'joint-education': 'Joint educational programmes and training of specialists',
  'joint-incident-response': 'Joint mechanisms for responding to incidents',
  'technological-cooperation': 'Technological cooperation and joint research',
};

/** Which area and component a framework element concerns. Keys: CSF categories/functions, ISO domains/themes. */
const AREA_OF: Readonly<Record<string, readonly [CooperationArea, ComponentId]>> = {
  GV: ['regulatory-harmonisation', 'regulatory'],
  'GV.SC': ['technological-cooperation', 'infrastructure'],
  ID: ['threat-information-exchange', 'cooperation'],
  'ID.AM': ['technological-cooperation', 'infrastructure'],
  'ID.RA': ['threat-information-exchange', 'cooperation'],
  'ID.IM': ['joint-incident-response', 'cooperation'],
  PR: ['technological-cooperation', 'infrastructure'],
  'PR.AT': ['joint-education', 'human-resources'],
  DE: ['threat-information-exchange', 'infrastructure'],
  RS: ['joint-incident-response', 'cooperation'],
  RC: ['joint-incident-response', 'infrastructure'],
  'A.5': ['regulatory-harmonisation', 'regulatory'],
  'A.6': ['regulatory-harmonisation', 'regulatory'],
  'A.7': ['joint-education', 'human-resources'],
  'A.8': ['technological-cooperation', 'infrastructure'],
  'A.9': ['technological-cooperation', 'infrastructure'],
  'A.10': ['technological-cooperation', 'infrastructure'],
  'A.11': ['technological-cooperation', 'infrastructure'],
  'A.12': ['threat-information-exchange', 'infrastructure'],
  'A.13': ['technological-cooperation', 'infrastructure'],
  'A.14': ['technological-cooperation', 'infrastructure'],
  'A.15': ['technological-cooperation', 'infrastructure'],
  'A.16': ['joint-incident-response', 'cooperation'],
  'A.17': ['joint-incident-response', 'infrastructure'],
  'A.18': ['regulatory-harmonisation', 'regulatory'],
  '5': ['regulatory-harmonisation', 'regulatory'],
  '6': ['joint-education', 'human-resources'],
  '7': ['technological-cooperation', 'infrastructure'],
  '8': ['technological-cooperation', 'infrastructure'],
};

/** The area that builds each component (paper, Figure 2 and the recommendations section). */
export const AREA_FOR_COMPONENT: Readonly<Record<ComponentId, CooperationArea>> = {
  infrastructure: 'technological-cooperation',
  regulatory: 'regulatory-harmonisation',
  'human-resources': 'joint-education',
  cooperation: 'threat-information-exchange',
  'digital-literacy': 'joint-education',
};

export function areaOf(
  framework: CoverageFramework,
  id: string,
): readonly [CooperationArea, ComponentId] {
  const own = AREA_OF[id];
  if (own !== undefined) return own;
  const top = topLevelOf(framework, id)?.id ?? id;
  return AREA_OF[top] ?? ['regulatory-harmonisation', 'regulatory'];
}

export interface Gap {
  readonly rank: number;
  readonly framework: CoverageFramework;
  readonly id: string;
  readonly title: string;
  readonly level: CoverageLevel;
  readonly severity: 1 | 2 | 3;
  /** True when some act is mapped to the element itself. */
  readonly direct: boolean;
  /** Acts that reach the element at all. */
  readonly acts: readonly string[];
  readonly area: CooperationArea;
  readonly component: ComponentId;
}

export const GAP_RANKING_RULE =
  'severity (none 3 > declarative-only 2 > partial 1), then elements no act maps directly, then fewer acts reaching it, then catalogue order';

const SEVERITY: Readonly<Record<CoverageLevel, 0 | 1 | 2 | 3>> = {
  none: 3,
  'declarative-only': 2,
  partial: 1,
  full: 0,
};

/** Gaps of one coverage matrix, ranked by GAP_RANKING_RULE. */
export function rankGaps(matrix: CoverageMatrix): Gap[] {
  const gaps = matrix.columns.flatMap((column, i) => {
    const level = matrix.combined[i]?.level ?? 'none';
    const severity = SEVERITY[level];
    if (severity === 0) return [];
    const acts = matrix.rows
      .filter((r) => (r.cells[i]?.level ?? 'none') !== 'none')
      .map((r) => r.instrument);
    const direct = matrix.rows.some((r) => r.cells[i]?.how === 'direct');
    const [area, component] = areaOf(matrix.framework, column.id);
    return [
      {
        order: i,
        framework: matrix.framework,
        id: column.id,
        title: column.title,
        level,
        severity,
        direct,
        acts,
        area,
        component,
      },
    ];
  });
  gaps.sort(
    (a, b) =>
      b.severity - a.severity ||
      Number(a.direct) - Number(b.direct) ||
      a.acts.length - b.acts.length ||
      a.order - b.order,
  );
  return gaps.map(({ order: _order, ...gap }, i) => ({ ...gap, rank: i + 1 }));
}

/** CSF 2.0 functions and categories that no row maps directly or by inheritance (e.g. GOVERN). */
export function csfLeftOut(
  mapping: PolicyMapping,
): { readonly id: string; readonly title: string }[] {
  const named = new Set(mapping.rows.flatMap((r) => r.csf.map((id) => id.toUpperCase())));
  return getCatalogue('csf-2.0')
    .elements.filter((e) => e.kind !== 'subcategory')
    .filter((e) => ![e.id, e.parent ?? '', e.id.slice(0, 2)].some((x) => named.has(x)))
    .map((e) => ({ id: e.id, title: e.title }));
}

export interface Recommendation {
  readonly priority: number;
  readonly area: CooperationArea;
  readonly areaName: string;
  readonly component: ComponentId;
  readonly title: string;
  readonly rationale: string;
  /** Gap element ids the recommendation answers (empty for the weakest-component one). */
  readonly gaps: readonly string[];
  /** The mapping's own priority actions of rows whose own targets fall in this area. */
  readonly relatedActions: readonly string[];
}

const AREA_ACTION: Readonly<Record<CooperationArea, string>> = {
  'threat-information-exchange':
    'Connect the national centre to a regional threat-information exchange (STIX 2.1 over TAXII 2.1, TLP 2.0 markings) and an early-warning service shared with neighbours',
  'regulatory-harmonisation':
    'Harmonise legal acts with CSF 2.0 and ISO/IEC 27001 outcomes together with partner states: turn declarative provisions into enforceable, measurable requirements',
  'joint-education':
    'Run joint education with partner countries: shared curricula, accredited certification of specialists and public awareness campaigns',
  'joint-incident-response':
    'Agree joint incident-response protocols with neighbouring CSIRTs: contact points, case exchange, exercises and cross-border coordination of response and recovery',
  'technological-cooperation':
    'Pursue technological cooperation: joint research, shared security tooling and common technical baselines for protecting systems and supply chains',
};

const COMPONENT_ACTION: Readonly<Record<ComponentId, string>> = {
  'digital-literacy':
    'public digital-literacy and awareness programmes built with partner countries',
  'human-resources': 'joint training and certification of information-security specialists',
  regulatory: 'regulatory harmonisation with partner states and international standards',
  infrastructure: 'shared technology and joint research to strengthen the technical infrastructure',
  cooperation:
    'more partners and more information actually exchanged, measured by the exchange itself',
};

/**
 * Recommendations from the gaps of `framework` (default CSF 2.0 categories) and the weakest
 * component. Priority 1 is the weakest component's; the rest follow the best-ranked gap of
 * each area.
 */
export function recommend(options: {
  mapping: PolicyMapping;
  weakest: ComponentId;
  framework?: CoverageFramework;
  level?: 'top' | 'second';
}): Recommendation[] {
  const framework = options.framework ?? 'csf-2.0';
  const gaps = rankGaps(
    coverageMatrix({ mapping: options.mapping, framework, level: options.level ?? 'second' }),
  );
  // A row's actions relate to an area when one of the row's own targets (not inferred ones)
  // falls in that area, e.g. A.7 → joint education, A.16 or RS → joint incident response.
  const rowAreas = new Map(
    options.mapping.rows.map((r) => [
      r,
      new Set([
        ...r.iso.map((id) => areaOf(r.isoFramework, id)[0]),
        ...r.csf.map((id) => areaOf('csf-2.0', id.toUpperCase())[0]),
      ]),
    ]),
  );
  const actionsFor = (area: CooperationArea) => [
    ...new Set(
      options.mapping.rows
        .filter((r) => rowAreas.get(r)?.has(area) === true)
        .flatMap((r) => r.actions),
    ),
  ];
  const byArea = new Map<CooperationArea, Gap[]>();
  for (const gap of gaps) byArea.set(gap.area, [...(byArea.get(gap.area) ?? []), gap]);
  const weakArea = AREA_FOR_COMPONENT[options.weakest];
  // The weakest component's area comes first and absorbs that area's gaps, if any.
  const weakGaps = byArea.get(weakArea) ?? [];
  const out: Omit<Recommendation, 'priority'>[] = [
    {
      area: weakArea,
      areaName: COOPERATION_AREA_NAMES[weakArea],
      component: options.weakest,
      title: `Raise the weakest component, ${componentInfo(options.weakest).name.toLowerCase()}: ${COMPONENT_ACTION[options.weakest]}`,
      rationale:
        `${componentInfo(options.weakest).name} is the weakest component (the binding constraint of the five-component model): investment elsewhere is held back by it.` +
        (weakGaps.length > 0
          ? ` Gaps in ${framework} in this area: ${weakGaps.map((g) => g.id).join(', ')}.`
          : ''),
      gaps: weakGaps.map((g) => g.id),
      relatedActions: actionsFor(weakArea),
    },
  ];
  const areas = [...byArea.entries()]
    .filter(([area]) => area !== weakArea)
    .sort((a, b) => (a[1][0]?.rank ?? 0) - (b[1][0]?.rank ?? 0));
  for (const [area, list] of areas) {
    const counts = (['none', 'declarative-only', 'partial'] as const)
      .map((lvl) => [lvl, list.filter((g) => g.level === lvl).length] as const)
      .filter(([, n]) => n > 0)
      .map(([lvl, n]) => `${n} ${lvl}`)
      .join(', ');
    out.push({
      area,
      areaName: COOPERATION_AREA_NAMES[area],
      component: list[0]?.component ?? options.weakest,
      title: AREA_ACTION[area],
      rationale: `Gaps in ${framework}: ${list.map((g) => g.id).join(', ')} (${counts}); best-ranked gap #${list[0]?.rank ?? '?'} ${list[0]?.id ?? ''}.`,
      gaps: list.map((g) => g.id),
      relatedActions: actionsFor(area),
    });
  }
  return out.map((r, i) => ({ priority: i + 1, ...r }));
}
