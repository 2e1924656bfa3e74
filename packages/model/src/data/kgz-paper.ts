/**
 * @module data/kgz-paper
 * The Kyrgyz dataset of the paper (FACTS.md §1; the paper's Figure 1 and its discussion).
 * Only 2020 and 2024 are published; every other year is missing, never filled in here.
 * The paper attributes the percentages to its references 2 and 34 (Maralbaeva, Usmonov).
 */
import type { Assessment } from '../assessment.ts';
import type { ComponentId } from '../components.ts';

const PAPER_VALUES: Readonly<Record<ComponentId, readonly [number, number]>> = {
  infrastructure: [55, 78],
  regulatory: [52, 79],
  'human-resources': [48, 72],
  cooperation: [59, 82],
  'digital-literacy': [45, 70],
};

const EVIDENCE: Readonly<Record<ComponentId, string>> = {
  infrastructure: 'Figure 1; text: "showed a steady increase from 55% to 78% in 2020–2024"',
  regulatory: 'Figure 1; text: "showed an increase from 52% to 79%"',
  'human-resources': 'Figure 1; text: "increased from 48% to 72%"',
  cooperation: 'Figure 1; text: "the indicator has increased from 59% to 82%"',
  'digital-literacy': 'Figure 1; text: "Despite an increase from 45% to 70%"',
};

export const KGZ_PAPER_YEARS = [2020, 2024] as const;

export const KGZ_PAPER_ASSESSMENTS: readonly Assessment[] = (
  Object.entries(PAPER_VALUES) as [ComponentId, readonly [number, number]][]
).flatMap(([component, values]) =>
  KGZ_PAPER_YEARS.map((year, i) => ({
    country: 'KGZ',
    year,
    component,
    score: values[i] ?? Number.NaN,
    sourceId: 'paper',
    evidence: EVIDENCE[component],
    confidence: 'medium' as const,
    kind: 'measured' as const,
  })),
);
