/**
 * @module data/paper-table1
 * Table 1 of the paper as data: key trends in international information security (2020–2024),
 * the challenge each brings and the response mechanism the paper names (FACTS.md §1). The
 * cells are the paper's own words (short quotations); `location` points into the seed text
 * (`shared/seed/paper.txt`), and `discussion` to the paragraph that develops the row.
 * The paper compiled the table from its reference 63 (Admass et al.); it gives no numbers.
 *
 * @example
 * PAPER_TABLE1.rows.map((r) => r.trend); // ['The development of artificial intelligence', …]
 */
import type { ComponentId } from '../components.ts';

export interface Table1Row {
  /** Stable id, e.g. `ai`. */
  readonly id: string;
  readonly trend: string;
  readonly challenge: string;
  readonly response: string;
  /** Where the row stands in the seed text: `paper.txt lines 67–69`. */
  readonly location: string;
  /** Where the paper discusses the row in prose, when it does. */
  readonly discussion?: string;
  /**
   * The model component the response mechanism mainly strengthens. Our reading, not the
   * paper's: the paper does not link Table 1 to the five components.
   */
  readonly component: ComponentId;
}

export interface Table1 {
  readonly title: string;
  readonly sourceId: string;
  /** The paper's own source line under the table. */
  readonly compiledFrom: string;
  readonly location: string;
  readonly componentNote: string;
  readonly rows: readonly Table1Row[];
}

export const PAPER_TABLE1: Table1 = {
  title: 'Key trends and challenges in international information security (2020–2024)',
  sourceId: 'paper',
  compiledFrom: 'Source: Compiled by the authors based on Admass et al. (the paper’s reference 63)',
  location: 'paper.txt lines 58–93 (Table 1 and its source line)',
  componentNote:
    'The component column is a coopsec reading of each response mechanism; the paper does not link Table 1 to the five components.',
  rows: [
    {
      id: 'ai',
      trend: 'The development of artificial intelligence',
      challenge: 'Using artificial intelligence (AI) for cyberattacks',
      response: 'Implementation of intelligent security systems',
      location: 'paper.txt lines 67–69',
      discussion: 'paper.txt line 106',
      component: 'infrastructure',
    },
    {
      id: 'iot',
      trend: 'The spread of the Internet of Things',
      challenge: 'Vulnerabilities in IoT devices',
      response: 'Development of IoT security standards',
      location: 'paper.txt lines 72–74',
      discussion: 'paper.txt line 110',
      component: 'regulatory',
    },
    {
      id: 'cloud',
      trend: 'Cloud technologies',
      challenge: 'Risks of data leakage',
      response: 'Strengthening encryption mechanisms',
      location: 'paper.txt lines 77–79',
      discussion: 'paper.txt line 108',
      component: 'infrastructure',
    },
    {
      id: 'mobile',
      trend: 'Mobile technologies',
      challenge: 'Mobile threats',
      response: 'Developing mobile security',
      location: 'paper.txt lines 82–84',
      discussion: 'paper.txt line 110',
      component: 'infrastructure',
    },
    {
      id: 'social',
      trend: 'Social media',
      challenge: 'Social engineering',
      response: 'Improving digital literacy',
      location: 'paper.txt lines 87–89',
      discussion: 'paper.txt line 112',
      component: 'digital-literacy',
    },
  ],
};
