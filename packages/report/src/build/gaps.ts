/**
 * @module build/gaps
 * Gaps and recommendations: the binding constraint (weakest component), the component that grew
 * least, and the paper's own mapping gaps (Table 2), each tied to one of the paper's five
 * cooperation areas (threat-information exchange, regulatory harmonisation, joint education,
 * joint incident response, technological cooperation).
 */
import type { ComponentId } from '@coopsec/model';
import type { CooperationArea, DynamicsData, GapItem, Table2Data } from '../input.ts';

export const AREA_OF_COMPONENT: Readonly<Record<ComponentId, CooperationArea>> = {
  infrastructure: 'technological-cooperation',
  regulatory: 'regulatory-harmonisation',
  'human-resources': 'joint-education',
  cooperation: 'threat-information-exchange',
  'digital-literacy': 'joint-education',
};

/** Which cooperation area a Table 2 row's CSF functions point to. */
function areaOfFunctions(functions: readonly string[]): CooperationArea {
  if (functions.includes('RS') || functions.includes('RC') || functions.includes('DE'))
    return 'joint-incident-response';
  if (functions.includes('GV')) return 'regulatory-harmonisation';
  return 'regulatory-harmonisation';
}

export function buildGaps(options: { dynamics?: DynamicsData; table2?: Table2Data }): GapItem[] {
  const items: GapItem[] = [];
  const d = options.dynamics;
  if (d?.weakest !== undefined) {
    const year = d.weakest.year;
    for (const component of d.weakest.components) {
      const point = d.series
        .find((s) => s.component === component)
        ?.points.find((p) => p.year === year);
      items.push({
        kind: 'weakest',
        component,
        score: d.weakest.score,
        year,
        area: AREA_OF_COMPONENT[component],
        sourceId: point?.sourceId ?? d.computedSourceId,
      });
    }
  }
  if (d !== undefined && d.changes.length > 0) {
    const least = Math.min(...d.changes.map((c) => c.absolute));
    for (const c of d.changes.filter((x) => x.absolute === least)) {
      if (items.some((i) => i.component === c.component)) continue;
      items.push({
        kind: 'slowest',
        component: c.component,
        score: c.absolute,
        area: AREA_OF_COMPONENT[c.component],
        sourceId: d.computedSourceId,
      });
    }
  }
  for (const row of options.table2?.rows ?? []) {
    items.push({
      kind: 'mapping',
      text: `${row.act}: ${row.gaps}`,
      recommendation: row.priorities,
      area: areaOfFunctions(row.csfFunctions),
      sourceId: options.table2?.sourceId ?? 'paper',
    });
  }
  return items;
}
