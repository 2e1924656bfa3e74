/**
 * @module pages/ModelGraph
 * The model of the paper's Figure 2 as an interactive graph: nodes can be dragged, the view
 * zoomed, hovering highlights a node's links, clicking shows each link's type, assumed weight
 * and the paper's words for it. Edge types are told apart by colour, line style and label.
 */
import { useT } from '../i18n/context.tsx';
import { useCallback, useMemo, useState } from 'react';
import type { PageProps } from '../App.tsx';
import { Chart } from '../charts/Chart.tsx';
import type { ChartOption } from '../charts/echarts-setup.ts';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import type { GraphAnswer } from '@coopsec/server/schemas';

type GraphEdge = GraphAnswer['graph']['edges'][number];

export const EDGE_STYLE: Readonly<
  Record<string, { color: string; type: 'solid' | 'dashed' | 'dotted' }>
> = {
  enables: { color: '#d62728', type: 'solid' },
  maintains: { color: '#2ca02c', type: 'solid' },
  reinforces: { color: '#ff7f0e', type: 'dotted' },
  multiplies: { color: '#9467bd', type: 'dashed' },
};

const POSITIONS: Readonly<Record<string, [number, number]>> = {
  regulatory: [300, 200],
  infrastructure: [80, 60],
  cooperation: [560, 60],
  'human-resources': [80, 360],
  'digital-literacy': [560, 360],
  'institutional-resilience': [780, 460],
};

function graphOption(data: GraphAnswer): ChartOption {
  const categories = ['central', 'multiplier', 'component', 'outcome'];
  return {
    tooltip: {
      formatter: (p: unknown) => {
        const x = p as {
          dataType: string;
          data: { name?: string; edge?: GraphEdge; fullName?: string };
        };
        if (x.dataType === 'edge' && x.data.edge)
          return `${x.data.edge.from} → ${x.data.edge.to}<br/><b>${x.data.edge.type}</b>, weight ${x.data.edge.weight} (assumed)`;
        return x.data.fullName ?? x.data.name ?? '';
      },
    },
    legend: { data: categories, top: 0 },
    series: [
      {
        type: 'graph',
        layout: 'none',
        // Room for the labels under the lowest and outermost nodes (a uniform zoom: side
        // paddings would scale x and y apart and squash the circles).
        zoom: 0.88,
        roam: true,
        draggable: true,
        categories: categories.map((name) => ({ name })),
        // A label that breaks onto two lines needs its line height, or ECharts draws both lines
        // at the same place; overlapping edge labels are hidden (the tooltip still has them).
        label: {
          show: true,
          position: 'bottom',
          fontSize: 12,
          lineHeight: 15,
          width: 120,
          overflow: 'break',
        },
        labelLayout: { hideOverlap: true },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 10,
        emphasis: { focus: 'adjacency', lineStyle: { width: 5 } },
        data: data.graph.nodes.map((n) => {
          const [x, y] = POSITIONS[n.id] ?? [400, 250];
          const role = n.kind === 'outcome' ? 'outcome' : (n.role ?? 'component');
          return {
            id: n.id,
            name: n.id,
            fullName: `${n.label} (${role})`,
            x,
            y,
            category: categories.indexOf(role),
            symbolSize: role === 'central' ? 70 : role === 'outcome' ? 50 : 56,
            symbol: n.kind === 'outcome' ? 'roundRect' : 'circle',
            label: { formatter: n.label },
          };
        }),
        links: data.graph.edges.map((e) => {
          const style = EDGE_STYLE[e.type] ?? { color: '#666', type: 'solid' as const };
          return {
            source: e.from,
            target: e.to,
            edge: e,
            lineStyle: {
              color: style.color,
              type: style.type,
              width: 1 + e.weight * 3,
              curveness: e.type === 'multiplies' ? 0.2 : 0.05,
            },
            // Edge types are in the legend above and the table below; drawn on hover only, so
            // that they never sit on a node's label.
            label: { show: false, formatter: e.type, fontSize: 10, color: style.color },
            emphasis: { label: { show: true } },
          };
        }),
      },
    ],
  };
}

export default function ModelGraph(_props: PageProps) {
  const { t } = useT();
  const loaded = useApi<GraphAnswer>('/api/model/graph');
  return (
    <section>
      <h1>{t('web.model.heading')}</h1>
      <Show loaded={loaded} what={t('web.model.what')}>
        {(data) => <GraphView data={data} />}
      </Show>
    </section>
  );
}

function GraphView({ data }: { data: GraphAnswer }) {
  const { t } = useT();
  const option = useMemo(() => graphOption(data), [data]);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const onClick = useCallback((p: { dataType?: string; name?: string; data?: unknown }) => {
    if (p.dataType === 'node') setSelected((p.data as { id?: string } | undefined)?.id);
  }, []);
  const edges = data.graph.edges.filter(
    (e) => selected === undefined || e.from === selected || e.to === selected,
  );
  return (
    <>
      <p className="muted">
        <span translate="no">{data.graph.title}</span>. {t('web.model.source')}{' '}
        <span translate="no">{data.graph.source}</span>. {t('web.model.howTo')}
      </p>
      <p className="legend-note">
        {Object.entries(EDGE_STYLE).map(([type, s]) => (
          <span key={type} style={{ marginRight: '1rem' }} translate="no">
            <span
              className={`swatch ${s.type === 'solid' ? 'solid' : 'dashed'}`}
              style={{ borderTopColor: s.color, borderTopStyle: s.type }}
            />{' '}
            {type}
          </span>
        ))}
        {t('web.model.lineWidth')}
      </p>
      <Chart
        option={option}
        label={t('web.model.chartLabel')}
        height={520}
        dataOnly
        onClick={onClick}
      />
      <h2>
        {selected ? t('web.model.linksOf', { node: selected }) : t('web.model.links')}{' '}
        {selected && (
          <button type="button" className="secondary" onClick={() => setSelected(undefined)}>
            {t('web.model.showAll')}
          </button>
        )}
      </h2>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('web.model.from')}</th>
            <th>{t('web.model.type')}</th>
            <th>{t('web.model.to')}</th>
            <th>{t('web.model.weight')}</th>
            <th>{t('web.model.range')}</th>
            <th>{t('web.model.paperWords')}</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e) => (
            <tr key={`${e.from}-${e.to}`} translate="no">
              <td>{e.from}</td>
              <td>
                <span style={{ color: EDGE_STYLE[e.type]?.color }}>{e.type}</span>
              </td>
              <td>{e.to}</td>
              <td className="estimated-cell">{e.weight}</td>
              <td>
                {data.edgeTypes[e.type]
                  ? `${data.edgeTypes[e.type]?.min}–${data.edgeTypes[e.type]?.max}`
                  : ''}
              </td>
              <td>{e.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('web.model.assumptions')}</h2>
      <ul translate="no">
        {data.assumptions.map((a) => (
          <li key={a.id}>
            <b>{a.id}</b>: {String(a.value)} — {a.why}
          </li>
        ))}
      </ul>
    </>
  );
}
