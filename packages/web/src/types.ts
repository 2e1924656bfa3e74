/**
 * @module types
 * Shapes of the REST answers the dashboard reads, derived from the server's answer schemas
 * (@coopsec/server/schemas, the same ones /api/openapi.json shows). Type-only imports: they
 * are erased, so neither zod, Fastify nor model code is bundled into the browser.
 */
export type {
  ComponentIdAnswer as ComponentId,
  PrincipalAnswer as Principal,
  ComponentInfoAnswer as ComponentInfo,
  ValueAnswer as Value,
  RankingAnswer as Ranking,
  ChangeAnswer as Change,
  IndexPointAnswer as IndexPoint,
  OverviewAnswer as Overview,
} from '@coopsec/server/schemas';
import type { ComponentIdAnswer as ComponentId } from '@coopsec/server/schemas';

export const COMPONENT_COLOURS: Readonly<Record<ComponentId, string>> = {
  infrastructure: '#1f77b4',
  regulatory: '#d62728',
  'human-resources': '#2ca02c',
  cooperation: '#9467bd',
  'digital-literacy': '#ff7f0e',
};

export const COMPONENT_NAMES: Readonly<Record<ComponentId, string>> = {
  infrastructure: 'Technological infrastructure',
  regulatory: 'Regulatory framework',
  'human-resources': 'Human resources',
  cooperation: 'International cooperation',
  'digital-literacy': 'Digital literacy',
};

export const COMPONENT_ORDER: readonly ComponentId[] = [
  'infrastructure',
  'regulatory',
  'human-resources',
  'cooperation',
  'digital-literacy',
];
