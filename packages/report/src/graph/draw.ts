/**
 * @module graph/draw
 * Draws a laid-out model graph as inline SVG: nodes as rounded boxes (the central component
 * with a heavy border, the multiplier dashed, outcomes grey), edges as polylines whose colour
 * and dash pattern tell the link type, with a legend. Pure string building, no dependencies.
 */
import { isComponentId } from '@coopsec/model';
import { COMPONENT_COLOURS, EDGE_COLOURS } from '../charts/palette.ts';
import { esc } from '../html/escape.ts';
import { EMBEDDED_FAMILY } from '../html/fonts.ts';
import type { Messages } from '../i18n/messages.ts';
import type { ModelGraphData, ReportEdgeType } from '../input.ts';

export const EDGE_DASH: Readonly<Record<ReportEdgeType, string>> = {
  enables: '',
  maintains: '8 4',
  reinforces: '2 4',
  multiplies: '10 4 2 4',
};

const LEGEND_HEIGHT = 34;
const r1 = (x: number): string => String(Math.round(x * 10) / 10);

/** Splits a label into at most two lines of about `max` characters. */
function wrap(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const words = text.split(' ');
  let first = '';
  while (words.length > 0 && `${first} ${words[0] ?? ''}`.trim().length <= max)
    first = `${first} ${words.shift() ?? ''}`.trim();
  return [first, words.join(' ')];
}

function nodeLabel(m: Messages, node: ModelGraphData['nodes'][number]): string {
  if (isComponentId(node.id)) return m.components[node.id];
  // The model's other nodes: the catalogue's name where it has one, else the model's label.
  return m.scenario.nodes[node.id] ?? node.label;
}

export function drawGraphSvg(options: { graph: ModelGraphData; m: Messages }): string {
  const nameOf = (id: string): string => {
    const node = options.graph.nodes.find((n) => n.id === id);
    return node === undefined ? id : nodeLabel(options.m, node);
  };
  const { graph, m } = options;
  const { layout } = graph;
  const width = Math.max(layout.width, 560);
  const height = layout.height + LEGEND_HEIGHT;
  const types = Object.keys(EDGE_DASH) as ReportEdgeType[];
  const markers = types
    .map(
      (t) =>
        `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${EDGE_COLOURS[t]}"/></marker>`,
    )
    .join('');
  const edges = graph.edges
    .map((e, i) => {
      const laid = layout.edges[i];
      if (laid === undefined || laid.points.length < 2) return '';
      const d = laid.points.map((p, j) => `${j === 0 ? 'M' : 'L'}${r1(p.x)} ${r1(p.y)}`).join(' ');
      const dash = EDGE_DASH[e.type] === '' ? '' : ` stroke-dasharray="${EDGE_DASH[e.type]}"`;
      const label =
        laid.label === undefined
          ? ''
          : `<text x="${r1(laid.label.x + 3)}" y="${r1(laid.label.y + 11)}" class="edge-label" fill="${EDGE_COLOURS[e.type]}">${esc(m.figure2.edgeTypes[e.type])}</text>`;
      return `<g class="edge edge-${e.type}"><title>${esc(`${nameOf(e.from)} → ${nameOf(e.to)}: ${m.figure2.edgeTypes[e.type]}`)}</title><path d="${d}" fill="none" stroke="${EDGE_COLOURS[e.type]}" stroke-width="2"${dash} marker-end="url(#arrow-${e.type})"/>${label}</g>`;
    })
    .join('\n');
  const nodes = graph.nodes
    .map((n) => {
      const box = layout.nodes.find((b) => b.id === n.id);
      if (box === undefined) return '';
      const colour = isComponentId(n.id) ? COMPONENT_COLOURS[n.id] : '#777';
      const strokeWidth = n.role === 'central' ? 4 : 2;
      const dash = n.role === 'multiplier' ? ' stroke-dasharray="6 3"' : '';
      const fill = n.kind === 'outcome' ? '#eeeeee' : '#ffffff';
      const lines = wrap(nodeLabel(m, n), 26);
      const role =
        n.role === 'central'
          ? m.figure2.central
          : n.role === 'multiplier'
            ? m.figure2.multiplier
            : n.kind === 'outcome'
              ? m.figure2.outcome
              : '';
      const cx = box.x + box.width / 2;
      const top = box.y + box.height / 2 - (lines.length - 1) * 7 - (role === '' ? 0 : 6) + 4;
      const text = lines
        .map((line, j) => `<tspan x="${r1(cx)}" y="${r1(top + j * 14)}">${esc(line)}</tspan>`)
        .join('');
      const roleText =
        role === ''
          ? ''
          : `<tspan x="${r1(cx)}" y="${r1(top + lines.length * 14)}" class="role">(${esc(role)})</tspan>`;
      return `<g class="node" data-id="${esc(n.id)}"><rect x="${r1(box.x)}" y="${r1(box.y)}" width="${r1(box.width)}" height="${r1(box.height)}" rx="8" fill="${fill}" stroke="${colour}" stroke-width="${strokeWidth}"${dash}/><text text-anchor="middle" class="node-label">${text}${roleText}</text></g>`;
    })
    .join('\n');
  const legendItems = types
    .map((t, i) => {
      const x = 20 + i * 130;
      const y = layout.height + 16;
      const dash = EDGE_DASH[t] === '' ? '' : ` stroke-dasharray="${EDGE_DASH[t]}"`;
      return `<g class="legend-item"><line x1="${x}" y1="${y}" x2="${x + 36}" y2="${y}" stroke="${EDGE_COLOURS[t]}" stroke-width="2.5"${dash} marker-end="url(#arrow-${t})"/><text x="${x + 42}" y="${y + 4}">${esc(m.figure2.edgeTypes[t])}</text></g>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${r1(width)}" height="${r1(height)}" viewBox="0 0 ${r1(width)} ${r1(height)}" class="model-graph" font-family="${EMBEDDED_FAMILY}, DejaVu Sans, Arial, sans-serif" font-size="12">
<defs>${markers}</defs>
<style>.edge-label{font-size:10px}.node-label{font-size:12px;fill:#222}.role{font-size:10px;fill:#555;font-style:italic}.legend-item text{font-size:11px;fill:#222}</style>
${edges}
${nodes}
<g class="legend" aria-label="${esc(m.figure2.legend)}">${legendItems}</g>
</svg>`;
}
