/**
 * @module scenario/graph-export
 * The model graph as JSON, Graphviz DOT and Mermaid text, for reports, the dashboard and the
 * CLI (`coopsec model graph --format …`). The graph is validated first so that no export
 * draws an edge to nowhere.
 *
 * @example
 * exportGraph(MODEL_GRAPH, 'mermaid'); // "flowchart LR\n  regulatory[\"Regulatory framework\"] …"
 */
import { CoopsecError } from '../errors.ts';
import { validateGraph } from './graph.ts';
import type { EdgeType, ModelGraph } from './graph.ts';

export const GRAPH_FORMATS = ['json', 'dot', 'mermaid'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const DOT_STYLE: Readonly<Record<EdgeType, string>> = {
  enables: 'solid',
  maintains: 'dashed',
  reinforces: 'bold',
  multiplies: 'dotted',
};

const MERMAID_ARROW: Readonly<Record<EdgeType, string>> = {
  enables: '-->',
  maintains: '-.->',
  reinforces: '==>',
  multiplies: '-.->',
};

function dotString(s: string): string {
  return `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

// Mermaid node ids may not contain '-'; labels go in quotes with '"' escaped as #quot;.
function mermaidId(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}
function mermaidText(s: string): string {
  return s.replaceAll('"', '#quot;');
}

/** The graph as a JSON-ready object (the data itself plus a note on the weights). */
export function graphToJson(graph: ModelGraph): ModelGraph & { readonly weightsNote: string } {
  validateGraph(graph);
  return {
    ...graph,
    weightsNote:
      'Edge weights are assumptions of coopsec: the paper describes the links in words and gives no numbers.',
  };
}

export function graphToDot(graph: ModelGraph): string {
  validateGraph(graph);
  const lines = [
    `digraph ${dotString(graph.id)} {`,
    `  label=${dotString(graph.title)};`,
    '  rankdir=LR;',
    '  node [fontname="Helvetica"];',
  ];
  for (const n of graph.nodes) {
    const shape = n.kind === 'outcome' ? 'doubleoctagon' : n.role === 'central' ? 'box3d' : 'box';
    lines.push(`  ${dotString(n.id)} [label=${dotString(n.label)}, shape=${shape}];`);
  }
  for (const e of graph.edges) {
    lines.push(
      `  ${dotString(e.from)} -> ${dotString(e.to)} [label=${dotString(`${e.type} ${e.weight}`)}, style=${DOT_STYLE[e.type]}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function graphToMermaid(graph: ModelGraph): string {
  validateGraph(graph);
  const lines = [
    'flowchart LR',
    `  %% ${mermaidText(graph.title)} — weights are assumptions, not paper figures`,
  ];
  for (const n of graph.nodes) {
    const id = mermaidId(n.id);
    const label = mermaidText(n.label);
    lines.push(n.kind === 'outcome' ? `  ${id}(["${label}"])` : `  ${id}["${label}"]`);
  }
  for (const e of graph.edges) {
    lines.push(
      `  ${mermaidId(e.from)} ${MERMAID_ARROW[e.type]}|"${e.type} ${e.weight}"| ${mermaidId(e.to)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Text of the graph in one of the formats (JSON pretty-printed). */
export function exportGraph(graph: ModelGraph, format: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(graphToJson(graph), null, 2)}\n`;
    case 'dot':
      return graphToDot(graph);
    case 'mermaid':
      return graphToMermaid(graph);
    default:
      throw new CoopsecError(
        'BAD_INPUT',
        `unknown graph format "${format}" (known: ${GRAPH_FORMATS.join(', ')})`,
        {
          details: [{ field: 'format', message: `got "${format}"` }],
        },
      );
  }
}
