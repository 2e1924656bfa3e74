/**
 * @module build/graph
 * Figure 2 data: the model graph of @coopsec/model (nodes, typed links with the paper's words)
 * and its elkjs layout.
 */
import { MODEL_GRAPH, type ModelGraph } from '@coopsec/model';
import { layoutGraph } from '../graph/layout.ts';
import type { ModelGraphData } from '../input.ts';

export async function buildModelGraph(graph: ModelGraph = MODEL_GRAPH): Promise<ModelGraphData> {
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    kind: n.kind,
    ...(n.role === undefined ? {} : { role: n.role }),
  }));
  const edges = graph.edges.map((e) => ({
    from: e.from,
    to: e.to,
    type: e.type,
    evidence: e.evidence,
  }));
  const layout = await layoutGraph({ nodes, edges });
  return {
    nodes,
    edges,
    sourceId: 'paper',
    location: 'paper.txt line 260 (Figure 2 and its discussion)',
    layout,
  };
}
