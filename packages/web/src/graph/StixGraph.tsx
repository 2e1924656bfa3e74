/**
 * @module graph/StixGraph
 * The STIX relationship explorer: objects as nodes (shaped and coloured by type), SROs and
 * `*_ref(s)` properties as edges, the border in the object's TLP colour, with a legend of both.
 * The only module that imports cytoscape (STYLE.md §12), and only when this view is shown.
 * Positions come from elkjs's layered layout, the engine the report uses for its graphs (nodes
 * sized with their labels, so that no label is drawn over another); cytoscape only draws.
 * `data-rendered="true"` is set once drawn; the container carries the instance as `cy` so that
 * the Chromium tests can read label boxes off the canvas.
 */
import { useT } from '../i18n/context.tsx';
import { useEffect, useRef, useState } from 'react';
import { tlpOf } from '../ui/tlp.tsx';

export interface StixLike {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly value?: string;
  readonly source_ref?: string;
  readonly target_ref?: string;
  readonly relationship_type?: string;
  readonly [key: string]: unknown;
}

const COLOURS: Readonly<Record<string, string>> = {
  indicator: '#d62728',
  malware: '#8c564b',
  'threat-actor': '#9467bd',
  'intrusion-set': '#9467bd',
  campaign: '#e377c2',
  'attack-pattern': '#ff7f0e',
  vulnerability: '#bcbd22',
  identity: '#1f77b4',
  sighting: '#17becf',
  incident: '#d62728',
};

export function labelOf(o: StixLike): string {
  if (typeof o.name === 'string') return o.name;
  if (o.type === 'relationship')
    return `${(o.source_ref ?? '?').split('--')[0] ?? ''} ${o.relationship_type ?? 'related-to'} ${(o.target_ref ?? '?').split('--')[0] ?? ''}`;
  if (typeof o.value === 'string') return o.value;
  if (typeof o.pattern === 'string')
    return o.pattern.length > 40 ? `${o.pattern.slice(0, 38)}…` : o.pattern;
  return o.type;
}

/** Edges of the graph: relationship objects, plus every *_ref / *_refs property. */
export function edgesOf(
  objects: readonly StixLike[],
): { id: string; source: string; target: string; label: string }[] {
  const ids = new Set(objects.map((o) => o.id));
  const out: { id: string; source: string; target: string; label: string }[] = [];
  for (const o of objects) {
    if (o.type === 'relationship') {
      if (
        typeof o.source_ref === 'string' &&
        typeof o.target_ref === 'string' &&
        ids.has(o.source_ref) &&
        ids.has(o.target_ref)
      ) {
        out.push({
          id: o.id,
          source: o.source_ref,
          target: o.target_ref,
          label: o.relationship_type ?? 'related-to',
        });
      }
      continue;
    }
    for (const [key, value] of Object.entries(o)) {
      if (key === 'created_by_ref' || key === 'object_marking_refs') continue;
      const targets =
        key.endsWith('_ref') && typeof value === 'string'
          ? [value]
          : key.endsWith('_refs') && Array.isArray(value)
            ? value.filter((v): v is string => typeof v === 'string')
            : [];
      for (const t of targets)
        if (ids.has(t))
          out.push({
            id: `${o.id}|${key}|${t}`,
            source: o.id,
            target: t,
            label: key.replace(/_refs?$/, ''),
          });
    }
  }
  return out;
}

/** TLP 2.0 colours (FIRST, "Colours in RGB"), drawn as the node's border. */
const TLP_COLOURS: Readonly<Record<string, string>> = {
  'TLP:CLEAR': '#9aa4ae',
  'TLP:WHITE': '#9aa4ae',
  'TLP:GREEN': '#33ff00',
  'TLP:AMBER': '#ffc000',
  'TLP:AMBER+STRICT': '#ffc000',
  'TLP:RED': '#ff2b2b',
};
const NO_TLP = 'no TLP';

const FONT_PX = 9;
const CHAR_PX = FONT_PX * 0.6;
const LINE_PX = FONT_PX * 1.25;
const NODE_PX = 22;
const LABEL_MAX_PX = 130;
const MAX_LAID_OUT = 400;

interface Box {
  readonly width: number;
  readonly height: number;
}

/** The box a node takes with its label below it (label lines wrap at LABEL_MAX_PX). */
function boxOf(label: string): Box {
  const lines = label
    .split('\n')
    .flatMap((line) =>
      Array.from(
        { length: Math.max(1, Math.ceil((line.length * CHAR_PX) / LABEL_MAX_PX)) },
        () => line,
      ),
    );
  const widest = Math.max(
    ...label.split('\n').map((l) => Math.min(LABEL_MAX_PX, l.length * CHAR_PX)),
  );
  return { width: Math.max(NODE_PX, widest) + 8, height: NODE_PX + 4 + lines.length * LINE_PX + 4 };
}

interface Laid {
  readonly positions: ReadonlyMap<string, { x: number; y: number }>;
}

/** Node centres from elkjs's layered algorithm (left to right, edge labels given room). */
async function layOut(
  nodes: readonly { id: string; label: string }[],
  edges: readonly { id: string; source: string; target: string; label: string }[],
): Promise<Laid> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const boxes = new Map(nodes.map((n) => [n.id, boxOf(n.label)]));
  const out = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '24',
      'elk.spacing.edgeLabel': '6',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    },
    children: nodes.map((n) => ({ id: n.id, ...(boxes.get(n.id) ?? boxOf(n.label)) })),
    edges: edges.map((e) => ({
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      labels: [{ text: e.label, width: e.label.length * 8 * 0.6 + 6, height: 12 }],
    })),
  });
  const positions = new Map<string, { x: number; y: number }>();
  for (const c of out.children ?? []) {
    const box = boxes.get(c.id);
    if (box === undefined) continue;
    // cytoscape positions a node by its centre; the label hangs below the circle.
    positions.set(c.id, { x: (c.x ?? 0) + box.width / 2, y: (c.y ?? 0) + NODE_PX / 2 + 4 });
  }
  return { positions };
}

export function StixGraph({
  objects,
  onSelect,
}: {
  objects: readonly StixLike[];
  onSelect?: (id: string) => void;
}) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState(false);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const nodes = objects.filter((o) => o.type !== 'relationship');
  const types = [...new Set(nodes.map((o) => o.type))].sort();
  const tlps = [
    ...new Set(nodes.map((o) => tlpOf(o.object_marking_refs as string[] | undefined) ?? NO_TLP)),
  ];
  useEffect(() => {
    let destroyed = false;
    let instance: { destroy(): void } | undefined;
    setRendered(false);
    const shown = objects.filter((o) => o.type !== 'relationship');
    const elements = shown.map((o) => {
      const tlp = tlpOf(o.object_marking_refs as string[] | undefined);
      return {
        id: o.id,
        label: `${o.type}\n${labelOf(o)}`,
        colour: COLOURS[o.type] ?? '#7f7f7f',
        tlp: tlp === undefined ? '#c8cdd2' : (TLP_COLOURS[tlp] ?? '#c8cdd2'),
        border: tlp === undefined ? 'dashed' : 'solid',
      };
    });
    const edges = edgesOf(objects);
    const draw = async () => {
      const [{ default: cytoscape }, laid] = await Promise.all([
        import('cytoscape'),
        shown.length <= MAX_LAID_OUT ? layOut(elements, edges) : Promise.resolve(undefined),
      ]);
      if (destroyed || ref.current === null) return;
      const cy = cytoscape({
        container: ref.current,
        elements: [
          ...elements.map((data) => ({
            data,
            ...(laid?.positions.get(data.id) ? { position: laid.positions.get(data.id) } : {}),
          })),
          ...edges.map((e) => ({ data: e })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'background-color': 'data(colour)',
              'border-color': 'data(tlp)',
              'border-width': 3,
              'border-style': 'data(border)' as 'solid',
              'font-size': FONT_PX,
              'text-wrap': 'wrap',
              'text-max-width': `${LABEL_MAX_PX}px`,
              'text-valign': 'bottom',
              'text-margin-y': 4,
              width: NODE_PX,
              height: NODE_PX,
            },
          },
          {
            selector: 'edge',
            style: {
              label: 'data(label)',
              'font-size': 8,
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
              width: 1.5,
              'line-color': '#9aa4ae',
              'target-arrow-color': '#9aa4ae',
              color: '#555',
              'text-background-color': '#fff',
              'text-background-opacity': 0.8,
            },
          },
          { selector: ':selected', style: { 'border-width': 4, 'border-color': '#000' } },
        ],
        layout:
          laid === undefined
            ? { name: 'grid', padding: 20 }
            : { name: 'preset', fit: true, padding: 20 },
        wheelSensitivity: 0.3,
        maxZoom: 1.5,
        minZoom: 0.2,
      });
      cy.on('tap', 'node', (evt) => onSelect?.((evt.target as { id(): string }).id()));
      Object.assign(ref.current, { cy });
      instance = cy;
      setRendered(true);
    };
    draw().catch((error: unknown) => setFailed(String(error)));
    return () => {
      destroyed = true;
      instance?.destroy();
    };
  }, [objects, onSelect]);
  if (failed)
    return <div className="notice error">{t('web.graph.failed', { reason: failed })}</div>;
  return (
    <figure className="graph-figure">
      <div
        ref={ref}
        className="graph"
        role="img"
        aria-label={t('web.graph.label')}
        data-rendered={rendered ? 'true' : 'false'}
      />
      <figcaption className="legend" data-testid="graph-legend">
        {/* STIX type names and TLP labels are the standards' own. */}
        {types.map((type) => (
          <span key={type} className="legend-item" translate="no">
            <span className="swatch" style={{ background: COLOURS[type] ?? '#7f7f7f' }} /> {type}
          </span>
        ))}
        <span className="legend-sep">{t('web.graph.border')}</span>
        {tlps.map((tlp) => (
          <span key={tlp} className="legend-item" {...(tlp === NO_TLP ? {} : { translate: 'no' })}>
            <span
              className="swatch ring"
              style={{
                borderColor: TLP_COLOURS[tlp] ?? '#c8cdd2',
                borderStyle: tlp === NO_TLP ? 'dashed' : 'solid',
              }}
            />{' '}
            {tlp === NO_TLP ? t('web.tlp.none') : tlp}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
