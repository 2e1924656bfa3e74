/**
 * @module components
 * The five components of a national information-security system, as the paper defines them
 * (Figure 1, Figure 2). The regulatory framework is the central component; international
 * cooperation multiplies the effect of the other four.
 */

export const COMPONENT_IDS = [
  'infrastructure',
  'regulatory',
  'human-resources',
  'cooperation',
  'digital-literacy',
] as const;

export type ComponentId = (typeof COMPONENT_IDS)[number];

export interface ComponentInfo {
  readonly id: ComponentId;
  readonly name: string;
  /** The role the paper gives the component in its model (Figure 2). */
  readonly role: 'central' | 'multiplier' | 'component';
}

export const COMPONENTS: readonly ComponentInfo[] = [
  { id: 'infrastructure', name: 'Technological infrastructure', role: 'component' },
  { id: 'regulatory', name: 'Regulatory framework', role: 'central' },
  { id: 'human-resources', name: 'Human resources', role: 'component' },
  { id: 'cooperation', name: 'International cooperation', role: 'multiplier' },
  { id: 'digital-literacy', name: 'Digital literacy of the population', role: 'component' },
];

export function isComponentId(value: string): value is ComponentId {
  return (COMPONENT_IDS as readonly string[]).includes(value);
}

export function componentInfo(id: ComponentId): ComponentInfo {
  const info = COMPONENTS.find((c) => c.id === id);
  if (info === undefined) throw new TypeError(`unknown component ${id}`);
  return info;
}
