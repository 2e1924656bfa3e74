/**
 * @module graph/StixGraph
 * The STIX relationship explorer: objects as nodes (shaped and coloured by type), SROs and
 * `*_ref(s)` properties as edges. The only module that imports cytoscape (STYLE.md §12), and
 * only when this view is shown. `data-rendered="true"` is set once the layout has run.
 */
import { useEffect, useRef, useState } from 'react';

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

export function StixGraph({
  objects,
  onSelect,
}: {
  objects: readonly StixLike[];
  onSelect?: (id: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState(false);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  useEffect(() => {
    let destroyed = false;
    let instance: { destroy(): void } | undefined;
    setRendered(false);
    import('cytoscape').then(
      ({ default: cytoscape }) => {
        if (destroyed || ref.current === null) return;
        const nodes = objects.filter((o) => o.type !== 'relationship');
        const cy = cytoscape({
          container: ref.current,
          elements: [
            ...nodes.map((o) => ({
              data: {
                id: o.id,
                label: `${o.type}\n${labelOf(o)}`,
                colour: COLOURS[o.type] ?? '#7f7f7f',
              },
            })),
            ...edgesOf(objects).map((e) => ({ data: e })),
          ],
          style: [
            {
              selector: 'node',
              style: {
                label: 'data(label)',
                'background-color': 'data(colour)',
                'font-size': 9,
                'text-wrap': 'wrap',
                'text-max-width': '120px',
                'text-valign': 'bottom',
                'text-margin-y': 4,
                width: 22,
                height: 22,
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
                'text-rotation': 'autorotate',
              },
            },
            { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000' } },
          ],
          layout:
            nodes.length > 60
              ? { name: 'grid', padding: 20 }
              : {
                  name: 'cose',
                  animate: false,
                  padding: 40,
                  idealEdgeLength: () => 140,
                  nodeRepulsion: () => 9000,
                },
          wheelSensitivity: 0.3,
          maxZoom: 1.5,
          minZoom: 0.2,
        });
        cy.on('tap', 'node', (evt) => onSelect?.((evt.target as { id(): string }).id()));
        instance = cy;
        setRendered(true);
      },
      (error: unknown) => setFailed(String(error)),
    );
    return () => {
      destroyed = true;
      instance?.destroy();
    };
  }, [objects, onSelect]);
  if (failed) return <div className="notice error">Could not load the graph library: {failed}</div>;
  return (
    <div
      ref={ref}
      className="graph"
      role="img"
      aria-label="STIX relationship graph"
      data-rendered={rendered ? 'true' : 'false'}
    />
  );
}
