/**
 * @module graph/layout
 * Lays out the model graph (Figure 2) with elkjs's layered algorithm: the only place that
 * imports elkjs. Asynchronous because elkjs is; the result is plain data (`GraphLayout`) that
 * travels in the report input, so that rendering the HTML stays synchronous.
 */
import elkModule from 'elkjs/lib/elk.bundled.js';
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { GraphLayout, ModelGraphData } from '../input.ts';

// elkjs is CommonJS: under NodeNext the default import is `module.exports`, whose `default`
// may or may not be set depending on the loader; take whichever is the constructor.
type ElkConstructor = new () => ELK;
const ElkCtor = ((elkModule as unknown as { default?: ElkConstructor }).default ??
  elkModule) as unknown as ElkConstructor;

export const NODE_SIZE = { width: 200, height: 54 } as const;
const LABEL_CHAR_WIDTH = 6.2;
const LABEL_HEIGHT = 14;

/**
 * @example
 * const layout = await layoutGraph(graph); // { width, height, nodes: [{ id, x, y, … }], edges: [{ points }] }
 */
export async function layoutGraph(
  graph: Pick<ModelGraphData, 'nodes' | 'edges'>,
): Promise<GraphLayout> {
  const elk = new ElkCtor();
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.spacing.nodeNode': '50',
      'elk.spacing.edgeNode': '20',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    },
    children: graph.nodes.map((n) => ({
      id: n.id,
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
    })),
    edges: graph.edges.map((e, i): ElkExtendedEdge => ({
      id: `e${i}`,
      sources: [e.from],
      targets: [e.to],
      labels: [{ text: e.type, width: e.type.length * LABEL_CHAR_WIDTH + 6, height: LABEL_HEIGHT }],
    })),
  };
  const out = await elk.layout(root);
  const nodes = (out.children ?? []).map((n) => ({
    id: n.id,
    x: n.x ?? 0,
    y: n.y ?? 0,
    width: n.width ?? NODE_SIZE.width,
    height: n.height ?? NODE_SIZE.height,
  }));
  const edges = graph.edges.map((e, i) => {
    const laid = (out.edges ?? []).find((x) => x.id === `e${i}`);
    const section = laid?.sections?.[0];
    const points =
      section === undefined
        ? []
        : [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
            x: p.x,
            y: p.y,
          }));
    const label = laid?.labels?.[0];
    return {
      from: e.from,
      to: e.to,
      points,
      ...(label?.x === undefined || label.y === undefined
        ? {}
        : { label: { x: label.x, y: label.y } }),
    };
  });
  return { width: out.width ?? 0, height: out.height ?? 0, nodes, edges };
}
