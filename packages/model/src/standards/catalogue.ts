/**
 * @module standards/catalogue
 * One lookup over all built-in catalogues, with identifier normalisation: ISO 2013 ids are
 * written `A.9.2.3` (also accepted: `9.2.3`), ISO 2022 ids `8.2` (also accepted: `A.8.2`),
 * CSF ids as NIST writes them (`PR.AA-01`; lower case accepted).
 *
 * @example
 * findElement('iso27001-2013', '9.2.3')?.id; // 'A.9.2.3'
 */
import { CoopsecError } from '../errors.ts';
import { CSF_1_1, CSF_2_0 } from './csf.ts';
import { ISO27001_2013 } from './iso27001-2013.ts';
import { ISO27001_2022 } from './iso27001-2022.ts';
import type { Catalogue, CatalogueElement, FrameworkId } from './types.ts';
import { FRAMEWORK_IDS, isFrameworkId } from './types.ts';

const BUILT_IN: Readonly<Record<FrameworkId, Catalogue>> = {
  'csf-2.0': CSF_2_0,
  'csf-1.1': CSF_1_1,
  'iso27001-2013': ISO27001_2013,
  'iso27001-2022': ISO27001_2022,
};

const indexes = new Map<FrameworkId, Map<string, CatalogueElement>>(
  FRAMEWORK_IDS.map((f) => [f, new Map(BUILT_IN[f].elements.map((e) => [e.id, e]))]),
);

export function getCatalogue(framework: FrameworkId): Catalogue {
  return BUILT_IN[framework];
}

/** Parses a framework name from user input; throws BAD_INPUT listing the known ones. */
export function parseFrameworkId(value: string): FrameworkId {
  const v = value.trim().toLowerCase();
  const aliases: Readonly<Record<string, FrameworkId>> = {
    csf: 'csf-2.0',
    'csf2.0': 'csf-2.0',
    'csf-2': 'csf-2.0',
    'csf1.1': 'csf-1.1',
    iso27001: 'iso27001-2022',
    'iso-27001-2013': 'iso27001-2013',
    'iso-27001-2022': 'iso27001-2022',
    iso2013: 'iso27001-2013',
    iso2022: 'iso27001-2022',
  };
  const id = isFrameworkId(v) ? v : aliases[v];
  if (id === undefined) {
    throw new CoopsecError(
      'BAD_INPUT',
      `unknown framework "${value}" (known: ${FRAMEWORK_IDS.join(', ')})`,
    );
  }
  return id;
}

/** The canonical spelling of an id in a framework (does not check that it exists). */
export function normaliseElementId(framework: FrameworkId, id: string): string {
  const raw = id.trim();
  switch (framework) {
    case 'csf-2.0':
    case 'csf-1.1':
      return raw.toUpperCase();
    case 'iso27001-2013':
      return /^a\./i.test(raw) ? `A.${raw.slice(2)}` : `A.${raw}`;
    case 'iso27001-2022':
      return /^a\./i.test(raw) ? raw.slice(2) : raw;
  }
}

export function findElement(framework: FrameworkId, id: string): CatalogueElement | undefined {
  return indexes.get(framework)?.get(normaliseElementId(framework, id));
}

/** Like findElement, but throws NOT_FOUND naming the framework. */
export function requireElement(framework: FrameworkId, id: string): CatalogueElement {
  const element = findElement(framework, id);
  if (element === undefined)
    throw new CoopsecError('NOT_FOUND', `${framework} has no element "${id}"`);
  return element;
}

/** Direct children of an element, in catalogue order. */
export function childrenOf(framework: FrameworkId, id: string): CatalogueElement[] {
  return BUILT_IN[framework].elements.filter((e) => e.parent === id);
}

/** The element and everything below it. */
export function descendantsOf(framework: FrameworkId, id: string): CatalogueElement[] {
  const out: CatalogueElement[] = [];
  for (const child of childrenOf(framework, id))
    out.push(child, ...descendantsOf(framework, child.id));
  return out;
}

/** The top-level element an element belongs to (CSF function, ISO domain or theme). */
export function topLevelOf(framework: FrameworkId, id: string): CatalogueElement | undefined {
  let element = findElement(framework, id);
  while (element?.parent !== undefined) element = findElement(framework, element.parent);
  return element;
}
