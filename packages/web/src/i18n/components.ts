/**
 * @module i18n/components
 * The five components' names in the dashboard's language (the dashboard's short forms:
 * "Digital literacy", not the report's "… of the population").
 */
import { useMemo } from 'react';
import { COMPONENT_ORDER, type ComponentId } from '../types.ts';
import { useT } from './context.tsx';

export function useComponentNames(): Readonly<Record<ComponentId, string>> {
  const { t } = useT();
  return useMemo(
    () =>
      Object.fromEntries(COMPONENT_ORDER.map((c) => [c, t(`web.component.${c}`)])) as Record<
        ComponentId,
        string
      >,
    [t],
  );
}
