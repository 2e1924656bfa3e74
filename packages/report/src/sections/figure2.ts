/**
 * @module sections/figure2
 * Figure 2: the model diagram (elkjs layout drawn as SVG), with the links as a table of the
 * paper's own words as its text alternative.
 */
import { isComponentId } from '@coopsec/model';
import { drawGraphSvg } from '../graph/draw.ts';
import { mark, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { figure, section, table, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

export function renderFigure2(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.figure2;
  if (!input.modelGraph.available)
    return section({ id: 'figure2', title, body: unavailable(ctx, input.modelGraph.reason) });
  const graph = input.modelGraph.data;
  const name = (id: string): string => {
    if (isComponentId(id)) return m.components[id];
    return m.scenario.nodes[id] ?? graph.nodes.find((n) => n.id === id)?.label ?? id;
  };
  const rows = graph.edges.map((e) => [
    esc(name(e.from)),
    esc(m.figure2.edgeTypes[e.type]),
    esc(name(e.to)),
    `<q>${esc(e.evidence)}</q>`,
  ]);
  const dataTable = table({
    head: [
      esc(m.figure2.from),
      esc(m.figure2.type),
      esc(m.figure2.to),
      `${esc(m.figure2.evidence)}${mark(ctx, [graph.sourceId])}`,
    ],
    rows,
  });
  const caption = `${esc(m.figure2.caption)} ${esc(m.figure2.weightsNote)}${mark(ctx, [graph.sourceId], { locator: graph.location })}`;
  return section({
    id: 'figure2',
    title,
    body: figure(ctx, {
      id: 'figure2',
      svg: drawGraphSvg({ graph, m }),
      caption,
      table: dataTable,
    }),
  });
}
