/**
 * @module standards/csf
 * NIST CSF 2.0 (CSWP 29, 2024) as a catalogue: 6 functions, 22 categories, 106 subcategories,
 * generated from NIST's public-domain OSCAL file by scripts/generate-csf.ts. Also the five
 * functions of CSF 1.1 (2018), which the paper's Table 2 uses: GOVERN is new in CSF 2.0.
 *
 * @example
 * csfElement('PR.AA')?.title; // 'Identity Management, Authentication, and Access Control'
 * isWithdrawnCsfId('PR.AC'); // true — CSF 1.1 category withdrawn in 2.0
 */
import data from './data/csf-2.0.json' with { type: 'json' };
import type { CsfCatalogData } from './csf-oscal.ts';
import type { Catalogue, CatalogueElement } from './types.ts';

export const CSF_2_0_DATA: CsfCatalogData = data;

export const CSF_FUNCTION_IDS = ['GV', 'ID', 'PR', 'DE', 'RS', 'RC'] as const;
export type CsfFunctionId = (typeof CSF_FUNCTION_IDS)[number];

const elements: CatalogueElement[] = CSF_2_0_DATA.functions.flatMap((fn) => [
  { id: fn.id, kind: 'function' as const, title: fn.title, statement: fn.statement },
  ...fn.categories.flatMap((cat) => [
    {
      id: cat.id,
      kind: 'category' as const,
      title: cat.title,
      parent: fn.id,
      statement: cat.statement,
    },
    ...cat.subcategories.map((sub) => ({
      id: sub.id,
      kind: 'subcategory' as const,
      title: sub.id,
      parent: cat.id,
      statement: sub.statement,
    })),
  ]),
]);

export const CSF_2_0: Catalogue = {
  framework: 'csf-2.0',
  title: 'NIST Cybersecurity Framework 2.0',
  source: `${CSF_2_0_DATA.source.title}, OSCAL catalogue ${CSF_2_0_DATA.source.file} version ${CSF_2_0_DATA.source.version} (${CSF_2_0_DATA.source.frameworkVersion}); ${CSF_2_0_DATA.source.licence}`,
  elements,
};

/**
 * CSF 1.1 (NIST, 16 April 2018): five functions. Only the function level is catalogued; the
 * CSF 1.1 categories and subcategories that 2.0 dropped are in CSF_WITHDRAWN_IDS.
 */
export const CSF_1_1: Catalogue = {
  framework: 'csf-1.1',
  title: 'NIST Cybersecurity Framework 1.1 (functions)',
  source: 'NIST, Framework for Improving Critical Infrastructure Cybersecurity, Version 1.1, 2018',
  elements: [
    { id: 'ID', kind: 'function', title: 'IDENTIFY' },
    { id: 'PR', kind: 'function', title: 'PROTECT' },
    { id: 'DE', kind: 'function', title: 'DETECT' },
    { id: 'RS', kind: 'function', title: 'RESPOND' },
    { id: 'RC', kind: 'function', title: 'RECOVER' },
  ],
};

/** CSF 1.1 identifiers that the CSF 2.0 OSCAL file marks as withdrawn (generator rule). */
export const CSF_WITHDRAWN_IDS: ReadonlySet<string> = new Set(CSF_2_0_DATA.withdrawn);

const byId = new Map(elements.map((e) => [e.id, e]));

export function csfElement(id: string): CatalogueElement | undefined {
  return byId.get(id);
}

export function isWithdrawnCsfId(id: string): boolean {
  return CSF_WITHDRAWN_IDS.has(id);
}

/** The function a CSF 2.0 id belongs to (`PR.AA-01` → `PR`). */
export function csfFunctionOf(id: string): CsfFunctionId | undefined {
  const fn = id.slice(0, 2);
  return (CSF_FUNCTION_IDS as readonly string[]).includes(fn) && byId.has(id)
    ? (fn as CsfFunctionId)
    : undefined;
}
