/**
 * @module charts/palette
 * Colours of the five components, shared by every chart and the model diagram so that a
 * component looks the same everywhere. Chosen to stay distinct in greyscale print as well.
 */
import type { ComponentId } from '@coopsec/model';

export const COMPONENT_COLOURS: Readonly<Record<ComponentId, string>> = {
  infrastructure: '#1f77b4',
  regulatory: '#d62728',
  'human-resources': '#2ca02c',
  cooperation: '#9467bd',
  'digital-literacy': '#ff7f0e',
};

export const COUNTRY_COLOURS: readonly string[] = [
  '#4e79a7',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#f28e2b',
];

export const EDGE_COLOURS: Readonly<
  Record<'enables' | 'maintains' | 'reinforces' | 'multiplies', string>
> = {
  enables: '#d62728',
  maintains: '#2ca02c',
  reinforces: '#ff7f0e',
  multiplies: '#9467bd',
};
