/**
 * @module scenario/graph
 * The model of the paper's Figure 2 as data: the five components, one outcome node and typed,
 * weighted edges. The paper states the links in words only (paper.txt line 260); it gives no
 * numbers for them, so every weight here is an assumption (see `assumptions.ts`), and
 * `validateGraph` refuses malformed graphs before the engine compiles them.
 *
 * @example
 * validateGraph(MODEL_GRAPH); // returns the graph, or throws CoopsecError BAD_INPUT naming the edge
 */
import { COMPONENTS } from '../components.ts';
import { CoopsecError } from '../errors.ts';
import type { ErrorDetail } from '../errors.ts';

export const EDGE_TYPES = ['enables', 'maintains', 'reinforces', 'multiplies'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export type NodeKind = 'component' | 'outcome';

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** For components: the role the paper gives them (central, multiplier, component). */
  readonly role?: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly type: EdgeType;
  /** 0–1. An assumption: the paper gives no numbers for its links. */
  readonly weight: number;
  /** The paper's words for this link. */
  readonly evidence: string;
}

export interface ModelGraph {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Weight bounds every edge must respect. Weights are fractions of an effect, so 0–1. */
export const EDGE_WEIGHT_RANGE = { min: 0, max: 1 } as const;

/** Default weight and the range sensitivity analysis explores, per edge type. */
export const EDGE_TYPE_DEFAULTS: Readonly<
  Record<
    EdgeType,
    { readonly weight: number; readonly min: number; readonly max: number; readonly why: string }
  >
> = {
  enables: {
    weight: 0.3,
    min: 0.1,
    max: 0.6,
    why: 'share of the effort on the source that also acts on the target; "enables and aligns" suggests a strong but partial link',
  },
  maintains: {
    weight: 0.2,
    min: 0.05,
    max: 0.5,
    why: 'share of the effort on human resources that also acts on infrastructure and regulation ("maintaining and improving"); weaker than enabling',
  },
  reinforces: {
    weight: 1,
    min: 0.5,
    max: 1,
    why: 'weight of the source in the outcome it reinforces (a weighted mean; with a single incoming edge the weight cancels out)',
  },
  multiplies: {
    weight: 1,
    min: 0.5,
    max: 1,
    why: 'how fully the multiplier reaches each target; scaled by the multiplier strength',
  },
};

const PAPER_LINE = 'paper.txt line 260 (discussion of Figure 2)';

export const OUTCOME_RESILIENCE = 'institutional-resilience';

/** Figure 2 of the paper. Weights are the type defaults (assumptions, not paper figures). */
export const MODEL_GRAPH: ModelGraph = {
  id: 'paper-figure-2',
  title: 'Contextualised information security cooperation model for developing countries',
  source: `the paper, Figure 2 and its discussion (${PAPER_LINE}); the paper gives no numbers for the links`,
  nodes: [
    ...COMPONENTS.map((c) => ({
      id: c.id,
      label: c.name,
      kind: 'component' as const,
      role: c.role,
    })),
    { id: OUTCOME_RESILIENCE, label: 'Institutional resilience', kind: 'outcome' },
  ],
  edges: [
    {
      from: 'regulatory',
      to: 'infrastructure',
      type: 'enables',
      weight: 0.3,
      evidence:
        '"The regulatory framework enables and aligns both technological infrastructure and international cooperation."',
    },
    {
      from: 'regulatory',
      to: 'cooperation',
      type: 'enables',
      weight: 0.3,
      evidence:
        '"The regulatory framework enables and aligns both technological infrastructure and international cooperation."',
    },
    {
      from: 'human-resources',
      to: 'infrastructure',
      type: 'maintains',
      weight: 0.2,
      evidence:
        '"Human resources are essential for maintaining and improving both the infrastructure and the regulatory framework."',
    },
    {
      from: 'human-resources',
      to: 'regulatory',
      type: 'maintains',
      weight: 0.2,
      evidence:
        '"Human resources are essential for maintaining and improving both the infrastructure and the regulatory framework."',
    },
    {
      from: 'digital-literacy',
      to: OUTCOME_RESILIENCE,
      type: 'reinforces',
      weight: 1,
      evidence:
        '"Digital literacy reinforces institutional resilience, reducing the risk of human-factor vulnerabilities."',
    },
    ...(['infrastructure', 'regulatory', 'human-resources', 'digital-literacy'] as const).map(
      (to) => ({
        from: 'cooperation',
        to,
        type: 'multiplies' as const,
        weight: 1,
        evidence:
          '"International cooperation acts as a multiplier, enhancing the effectiveness of the other four components"',
      }),
    ),
  ],
};

/** `regulatory->infrastructure (enables)`: how errors and parameter ids name an edge. */
export function edgeLabel(edge: {
  readonly from: string;
  readonly to: string;
  readonly type: string;
}): string {
  return `${edge.from}->${edge.to} (${edge.type})`;
}

/** Parameter id of an edge's weight: `edge.regulatory->infrastructure`. */
export function edgeParameterId(edge: { readonly from: string; readonly to: string }): string {
  return `edge.${edge.from}->${edge.to}`;
}

/**
 * Checks a graph: nodes unique, edges between known nodes, known types, weights in 0–1,
 * no duplicate (from, to) pair, no self-loops, outcomes only as targets, multipliers and
 * effort links only between components. Throws one BAD_INPUT with a detail per problem.
 */
export function validateGraph(graph: ModelGraph): ModelGraph {
  const details: ErrorDetail[] = [];
  const nodes = new Map<string, GraphNode>();
  graph.nodes.forEach((node, i) => {
    if (nodes.has(node.id))
      details.push({
        path: `nodes[${i}]`,
        record: node.id,
        message: `duplicate node "${node.id}"`,
      });
    nodes.set(node.id, node);
  });
  const seen = new Set<string>();
  graph.edges.forEach((edge, i) => {
    const where = { path: `edges[${i}]`, record: edgeLabel(edge) };
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (from === undefined)
      details.push({ ...where, field: 'from', message: `edge from missing node "${edge.from}"` });
    if (to === undefined)
      details.push({ ...where, field: 'to', message: `edge to missing node "${edge.to}"` });
    if (!(EDGE_TYPES as readonly string[]).includes(edge.type)) {
      details.push({
        ...where,
        field: 'type',
        message: `unknown edge type "${String(edge.type)}" (known: ${EDGE_TYPES.join(', ')})`,
      });
    }
    if (
      typeof edge.weight !== 'number' ||
      !(edge.weight >= EDGE_WEIGHT_RANGE.min && edge.weight <= EDGE_WEIGHT_RANGE.max)
    ) {
      details.push({
        ...where,
        field: 'weight',
        message: `weight must be within ${EDGE_WEIGHT_RANGE.min}–${EDGE_WEIGHT_RANGE.max}, got ${String(edge.weight)}`,
      });
    }
    if (edge.from === edge.to) details.push({ ...where, message: 'self-loop' });
    const key = `${edge.from}\u0000${edge.to}`;
    // One link per ordered pair: two typed links between the same nodes would double-count.
    if (seen.has(key))
      details.push({ ...where, message: `duplicate edge ${edge.from}->${edge.to}` });
    seen.add(key);
    if (from?.kind === 'outcome')
      details.push({
        ...where,
        field: 'from',
        message: 'outcome nodes are results, not sources of links',
      });
    if (to?.kind === 'outcome' && edge.type !== 'reinforces') {
      details.push({
        ...where,
        field: 'type',
        message: `only "reinforces" edges may point to an outcome, got "${edge.type}"`,
      });
    }
    if (to?.kind === 'component' && edge.type === 'reinforces') {
      details.push({
        ...where,
        field: 'type',
        message:
          '"reinforces" edges point to outcomes; between components use enables, maintains or multiplies',
      });
    }
  });
  if (details.length > 0) {
    const first = details[0];
    const head =
      first === undefined ? '' : `: ${first.record ?? first.path ?? ''} — ${first.message}`;
    throw new CoopsecError(
      'BAD_INPUT',
      `invalid model graph (${details.length} problem(s))${head}`,
      { details },
    );
  }
  return graph;
}
