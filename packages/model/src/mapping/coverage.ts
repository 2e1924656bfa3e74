/**
 * @module mapping/coverage
 * Coverage of a framework by a country's policy mapping: one cell per act and framework
 * element, and the combined coverage per element over all acts.
 *
 * Rules, in order (a cell keeps the highest level any rule gives it):
 *   1. direct     — the row maps to the element itself: the row's level.
 *   2. inherited  — the row maps to an ancestor (e.g. a CSF function for a category, an ISO
 *                   domain for a control): the row's level capped at `partial`, because a
 *                   claim about the whole does not say which parts it meets.
 *   3. inferred   — reached across a crosswalk from the row's other framework (ISO → CSF,
 *                   ISO 2013 → 2022) by the OLIR rules of mapping/olir.ts (equal keeps the
 *                   level, other relationships cap it at partial).
 *   4. rollup     — an element nothing reached but some of whose descendants were: the best
 *                   descendant level capped at `partial`.
 * Combined coverage of an element = the highest cell over all acts.
 *
 * @example
 * coverageMatrix({ mapping: KGZ_TABLE2, framework: 'csf-2.0', level: 'top' }).uncovered; // ['GV']
 */
import {
  childrenOf,
  descendantsOf,
  getCatalogue,
  normaliseElementId,
} from '../standards/catalogue.ts';
import type { CatalogueElement, FrameworkId } from '../standards/types.ts';
import { inferCoverage } from './crosswalk.ts';
import type { CoverageLevel } from './olir.ts';
import { coverageRank, minLevel } from './olir.ts';
import type { PolicyMapping, PolicyMappingRow } from './policy.ts';

export const COVERAGE_FRAMEWORKS = ['csf-2.0', 'iso27001-2013', 'iso27001-2022'] as const;
export type CoverageFramework = (typeof COVERAGE_FRAMEWORKS)[number];

export type CellHow = 'direct' | 'inherited' | 'inferred' | 'rollup';

export interface CoverageCell {
  readonly level: CoverageLevel;
  /** Absent when level is none. */
  readonly how?: CellHow;
}

export interface CoverageColumn {
  readonly id: string;
  readonly title: string;
}

export interface CoverageMatrix {
  readonly country: string;
  readonly framework: CoverageFramework;
  /** `top`: CSF functions, ISO 2013 domains, ISO 2022 themes; `second`: categories or controls. */
  readonly level: 'top' | 'second';
  readonly columns: readonly CoverageColumn[];
  readonly rows: readonly {
    readonly instrument: string;
    readonly title: string;
    readonly cells: readonly CoverageCell[];
  }[];
  /** Highest level per column over all acts, with how it was reached. */
  readonly combined: readonly CoverageCell[];
  /** Columns no act reaches. */
  readonly uncovered: readonly string[];
  /** Columns reached only at declarative-only, or only without a direct mapping. */
  readonly weak: readonly string[];
  readonly rules: readonly string[];
}

export const COVERAGE_RULES: readonly string[] = [
  'direct: the act is mapped to the element itself → its level',
  'inherited: the act is mapped to an ancestor → its level capped at partial',
  'inferred: reached across a crosswalk (equal keeps the level; subset/superset/intersects cap at partial; not-related gives none)',
  'rollup: only descendants are reached → best descendant level capped at partial',
  'combined: highest level over all acts; weak = best level declarative-only, or reached with no direct mapping',
];

const HOW_ORDER: readonly CellHow[] = ['rollup', 'inferred', 'inherited', 'direct'];

function better(a: CoverageCell | undefined, b: CoverageCell): boolean {
  if (a === undefined) return true;
  const d = coverageRank(b.level) - coverageRank(a.level);
  if (d !== 0) return d > 0;
  return HOW_ORDER.indexOf(b.how ?? 'rollup') > HOW_ORDER.indexOf(a.how ?? 'rollup');
}

class CellMap {
  readonly cells = new Map<string, CoverageCell>();
  offer(id: string, cell: CoverageCell): void {
    if (cell.level === 'none') return;
    if (better(this.cells.get(id), cell)) this.cells.set(id, cell);
  }
}

/** Rules 1 and 2 inside one framework. */
function directAndInherited(
  framework: FrameworkId,
  targets: readonly string[],
  level: CoverageLevel,
  into: CellMap,
) {
  for (const raw of targets) {
    const id = normaliseElementId(framework, raw);
    into.offer(id, { level, how: 'direct' });
    for (const d of descendantsOf(framework, id))
      into.offer(d.id, { level: minLevel(level, 'partial'), how: 'inherited' });
  }
}

/** Levels of the leaves (controls / categories) a row reaches in its own ISO framework. */
function isoControlLevels(row: PolicyMappingRow): Map<string, CoverageLevel> {
  const cells = new CellMap();
  directAndInherited(row.isoFramework, row.iso, row.coverage, cells);
  const out = new Map<string, CoverageLevel>();
  for (const [id, cell] of cells.cells) {
    const hasChildren = childrenOf(row.isoFramework, id).length > 0;
    if (!hasChildren) out.set(id, cell.level);
  }
  return out;
}

/** Every rule for one act and one framework. */
export function actCoverage(
  row: PolicyMappingRow,
  framework: CoverageFramework,
): Map<string, CoverageCell> {
  const cells = new CellMap();
  if (framework === 'csf-2.0') {
    directAndInherited('csf-2.0', row.csf, row.coverage, cells);
    const inferred = inferCoverage({
      from: row.isoFramework,
      to: 'csf-2.0',
      levels: isoControlLevels(row),
    });
    for (const [id, level] of inferred) cells.offer(id, { level, how: 'inferred' });
  } else if (framework === row.isoFramework) {
    directAndInherited(framework, row.iso, row.coverage, cells);
  } else {
    const inferred = inferCoverage({
      from: row.isoFramework,
      to: framework,
      levels: isoControlLevels(row),
    });
    for (const [id, level] of inferred) cells.offer(id, { level, how: 'inferred' });
  }
  // Rule 4: roll up to every ancestor nothing reached directly.
  const catalogue = getCatalogue(framework);
  for (const element of [...catalogue.elements].reverse()) {
    if (cells.cells.has(element.id)) continue;
    const reached = descendantsOf(framework, element.id)
      .map((d) => cells.cells.get(d.id))
      .filter((c): c is CoverageCell => c !== undefined);
    if (reached.length === 0) continue;
    const best = reached.reduce((a, b) => (coverageRank(b.level) > coverageRank(a.level) ? b : a));
    cells.offer(element.id, { level: minLevel(best.level, 'partial'), how: 'rollup' });
  }
  return cells.cells;
}

/** The columns of a matrix: top-level elements, or the level below them. */
export function coverageColumns(
  framework: CoverageFramework,
  level: 'top' | 'second',
): CatalogueElement[] {
  const elements = getCatalogue(framework).elements;
  const top = elements.filter((e) => e.parent === undefined);
  return level === 'top' ? top : top.flatMap((t) => childrenOf(framework, t.id));
}

export function coverageMatrix(options: {
  mapping: PolicyMapping;
  framework: CoverageFramework;
  level?: 'top' | 'second';
}): CoverageMatrix {
  const level = options.level ?? 'top';
  const columns = coverageColumns(options.framework, level);
  const rows = options.mapping.rows.map((row) => {
    const cells = actCoverage(row, options.framework);
    return {
      instrument: row.instrument.id,
      title: row.instrument.title,
      cells: columns.map((c): CoverageCell => cells.get(c.id) ?? { level: 'none' }),
    };
  });
  const combined = columns.map((_, i) =>
    rows.reduce<CoverageCell>(
      (best, r) => {
        const cell = r.cells[i] ?? { level: 'none' };
        return cell.level !== 'none' && better(best.level === 'none' ? undefined : best, cell)
          ? cell
          : best;
      },
      { level: 'none' },
    ),
  );
  const uncovered = columns.filter((_, i) => combined[i]?.level === 'none').map((c) => c.id);
  const weak = columns
    .filter((_, i) => {
      const c = combined[i];
      if (c === undefined || c.level === 'none') return false;
      return c.level === 'declarative-only' || !rows.some((r) => r.cells[i]?.how === 'direct');
    })
    .map((c) => c.id);
  return {
    country: options.mapping.country,
    framework: options.framework,
    level,
    columns: columns.map((c) => ({ id: c.id, title: c.title })),
    rows,
    combined,
    uncovered,
    weak,
    rules: COVERAGE_RULES,
  };
}
