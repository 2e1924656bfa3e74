/**
 * @module data/paper-claims
 * The paper's statements about its own numbers and about ITU's GCI, as typed claims
 * (PRODUCT.md A4, FACTS.md §1). Each record keeps the exact words, the section and line of
 * `shared/seed/paper.txt` where they stand, and the claim they make.
 *
 * Reading rules, applied the same way to every sentence:
 * - "growth rates", "progress", "development rates" do not say whether growth is counted in
 *   percentage points or relative to the start. Such a sentence ships twice, as an
 *   `absolute` and a `relative` reading, with `reading` saying which; neither is preferred.
 * - A period ("2020–2025", "(2020–2024)") ships as an `endpoints` coverage claim (the weakest
 *   reading: both end years have values); a figure caption also ships the `every-year` reading,
 *   since a chart of "dynamics" over a period suggests more than two points.
 * - GCI scores the paper writes as 0.xx are claims on the 0–1 scale (that is how it writes
 *   them, although the 2020 edition scores 0–100); tolerance is half a unit of the paper's last
 *   decimal (0.005), ranks must match exactly.
 * - "Did not participate in GCI assessments" ships in both senses the data can speak to:
 *   was not scored by ITU (decidable), did not answer the questionnaire (not in our data).
 *
 * Verdicts checked by hand against `kgz-paper.ts` and `gci.ts` (see paper-claims.test.ts):
 * absolute growth 2020→2024 infrastructure +23, regulatory +27, human resources +24,
 * cooperation +23, digital literacy +25 pp; relative regulatory 51.9 %, digital literacy
 * 55.6 %, human resources 50.0 %, infrastructure 41.8 %, cooperation 39.0 %.
 */
import type { ClaimRecord } from '../claims/types.ts';

const ABSTRACT = 'Abstract';
const REGIONAL =
  'Results — Current trends and challenges in international information security (regional paragraphs)';
const FIGURE1 =
  'Results — Peculiarities of forming an information security system in the Kyrgyz Republic (Figure 1 and its discussion)';
const RECOMMENDATIONS =
  'Results — Peculiarities of forming an information security system in the Kyrgyz Republic (recommendations paragraph)';
const DISCUSSION = 'Discussion';
const CONCLUSIONS = 'Conclusions';

const KGZ = 'KGZ';
const P = { from: 2020, to: 2024 } as const;

const paper = (section: string, line: number) => ({ id: 'paper', section, line });

const BOTH_READINGS =
  'The sentence does not say whether growth is absolute (pp) or relative (%); both readings ship.';

export const PAPER_CLAIMS: readonly ClaimRecord[] = [
  // --- Coverage -------------------------------------------------------------------------
  {
    id: 'paper-abstract-coverage-2020-2025',
    quote: 'the Kyrgyz Republic for the period 2020–2025 was conducted',
    source: paper(ABSTRACT, 3),
    reading: 'endpoints: values exist for 2020 and for 2025',
    note: 'The text gives values for 2020 and 2024 only.',
    claim: { kind: 'coverage', country: KGZ, from: 2020, to: 2025, mode: 'endpoints' },
  },
  {
    id: 'paper-conclusions-coverage-2020-2025',
    quote:
      'the Kyrgyz Republic for the period 2020–2025 showed a steady increase in all key components',
    source: paper(CONCLUSIONS, 317),
    reading: 'endpoints: values exist for 2020 and for 2025',
    claim: { kind: 'coverage', country: KGZ, from: 2020, to: 2025, mode: 'endpoints' },
  },
  {
    id: 'paper-figure1-caption-coverage-endpoints',
    quote:
      'Fig 1 | Dynamics of development of information security system elements in the Kyrgyz Republic following international standards ISO/IEC 27000 (2020–2024), %',
    source: paper(FIGURE1, 129),
    reading: 'endpoints: values exist for 2020 and for 2024',
    claim: { kind: 'coverage', country: KGZ, from: 2020, to: 2024, mode: 'endpoints' },
  },
  {
    id: 'paper-figure1-caption-coverage-every-year',
    quote:
      'Fig 1 | Dynamics of development of information security system elements in the Kyrgyz Republic following international standards ISO/IEC 27000 (2020–2024), %',
    source: paper(FIGURE1, 129),
    reading: 'every year: values exist for each year 2020–2024',
    note: 'The text publishes only the 2020 and 2024 values; intermediate years are not published.',
    claim: { kind: 'coverage', country: KGZ, from: 2020, to: 2024, mode: 'every-year' },
  },

  // --- Digital literacy remains the lowest -------------------------------------------------
  {
    id: 'paper-abstract-digital-literacy-lowest',
    quote:
      'the level of digital literacy of the population, despite positive dynamics (growth from 45% to 70%), remains the lowest',
    source: paper(ABSTRACT, 3),
    reading: 'lowest level among the five components in 2024',
    claim: {
      kind: 'level-extreme',
      country: KGZ,
      components: ['digital-literacy'],
      extreme: 'lowest',
      year: 2024,
    },
  },
  {
    id: 'paper-figure1-digital-literacy-lowest',
    quote:
      'Despite an increase from 45% to 70%, the digital literacy rate of the population remains the lowest among all components of the system',
    source: paper(FIGURE1, 139),
    reading: 'lowest level among the five components in 2024',
    claim: {
      kind: 'level-extreme',
      country: KGZ,
      components: ['digital-literacy'],
      extreme: 'lowest',
      year: 2024,
    },
  },
  {
    id: 'paper-conclusions-digital-literacy-lowest',
    quote:
      'the relatively low level of digital literacy of the population (70%), which is the lowest among all components of the system',
    source: paper(CONCLUSIONS, 323),
    reading: 'lowest level among the five components in 2024',
    claim: {
      kind: 'level-extreme',
      country: KGZ,
      components: ['digital-literacy'],
      extreme: 'lowest',
      year: 2024,
    },
  },

  // --- Regulatory framework and technological infrastructure: highest growth ---------------
  {
    id: 'paper-conclusions-highest-growth-absolute',
    quote:
      'the components related to the regulatory framework and technological infrastructure demonstrate the highest growth rates',
    source: paper(CONCLUSIONS, 317),
    reading: 'absolute growth 2020→2024 (pp): these two are the two highest',
    note: BOTH_READINGS,
    claim: {
      kind: 'growth-extreme',
      country: KGZ,
      components: ['regulatory', 'infrastructure'],
      extreme: 'highest',
      measure: 'absolute',
      ...P,
    },
  },
  {
    id: 'paper-conclusions-highest-growth-relative',
    quote:
      'the components related to the regulatory framework and technological infrastructure demonstrate the highest growth rates',
    source: paper(CONCLUSIONS, 317),
    reading: 'relative growth 2020→2024 (%): these two are the two highest',
    note: BOTH_READINGS,
    claim: {
      kind: 'growth-extreme',
      country: KGZ,
      components: ['regulatory', 'infrastructure'],
      extreme: 'highest',
      measure: 'relative',
      ...P,
    },
  },

  // --- International cooperation: most significant progress, 59 → 82 ----------------------
  {
    id: 'paper-figure1-cooperation-59-82',
    quote: 'the indicator has increased from 59% to 82%',
    source: paper(FIGURE1, 135),
    reading: 'the values: 59 in 2020, 82 in 2024',
    note: 'Consistent by construction: the dataset is the paper\u2019s own figures.',
    claim: {
      kind: 'value',
      country: KGZ,
      component: 'cooperation',
      from: 2020,
      to: 2024,
      fromValue: 59,
      toValue: 82,
      tolerance: 0,
    },
  },
  {
    id: 'paper-figure1-cooperation-most-progress-absolute',
    quote:
      'The most significant progress has been made in international cooperation, where the indicator has increased from 59% to 82%',
    source: paper(FIGURE1, 135),
    reading: 'absolute growth 2020→2024 (pp): cooperation is the highest',
    note: BOTH_READINGS,
    claim: {
      kind: 'growth-extreme',
      country: KGZ,
      components: ['cooperation'],
      extreme: 'highest',
      measure: 'absolute',
      ...P,
    },
  },
  {
    id: 'paper-figure1-cooperation-most-progress-relative',
    quote:
      'The most significant progress has been made in international cooperation, where the indicator has increased from 59% to 82%',
    source: paper(FIGURE1, 135),
    reading: 'relative growth 2020→2024 (%): cooperation is the highest',
    note: BOTH_READINGS,
    claim: {
      kind: 'growth-extreme',
      country: KGZ,
      components: ['cooperation'],
      extreme: 'highest',
      measure: 'relative',
      ...P,
    },
  },

  // --- Discussion: cooperation grew more than infrastructure --------------------------------
  {
    id: 'paper-discussion-cooperation-vs-infrastructure-absolute',
    quote:
      'revealed higher growth rates of international cooperation indicators compared to the development of technological infrastructure',
    source: paper(DISCUSSION, 271),
    reading: 'absolute growth 2020→2024 (pp): cooperation > infrastructure',
    note: BOTH_READINGS,
    claim: {
      kind: 'growth-compare',
      country: KGZ,
      greater: 'cooperation',
      lesser: 'infrastructure',
      measure: 'absolute',
      ...P,
    },
  },
  {
    id: 'paper-discussion-cooperation-vs-infrastructure-relative',
    quote:
      'revealed higher growth rates of international cooperation indicators compared to the development of technological infrastructure',
    source: paper(DISCUSSION, 271),
    reading: 'relative growth 2020→2024 (%): cooperation > infrastructure',
    note: BOTH_READINGS,
    claim: {
      kind: 'growth-compare',
      country: KGZ,
      greater: 'cooperation',
      lesser: 'infrastructure',
      measure: 'relative',
      ...P,
    },
  },

  // --- Recommendations: cooperation has the highest development rates ---------------------
  {
    id: 'paper-recommendations-cooperation-highest-rates-absolute',
    quote: 'International cooperation, which demonstrates the highest development rates',
    source: paper(RECOMMENDATIONS, 143),
    reading: 'absolute growth 2020→2024 (pp): cooperation is the highest',
    note: BOTH_READINGS,
    claim: {
      kind: 'growth-extreme',
      country: KGZ,
      components: ['cooperation'],
      extreme: 'highest',
      measure: 'absolute',
      ...P,
    },
  },
  {
    id: 'paper-recommendations-cooperation-highest-rates-relative',
    quote: 'International cooperation, which demonstrates the highest development rates',
    source: paper(RECOMMENDATIONS, 143),
    reading: 'relative growth 2020→2024 (%): cooperation is the highest',
    note: BOTH_READINGS,
    claim: {
      kind: 'growth-extreme',
      country: KGZ,
      components: ['cooperation'],
      extreme: 'highest',
      measure: 'relative',
      ...P,
    },
  },

  // --- Regional paragraph: ITU GCI 2020 -----------------------------------------------------
  {
    id: 'paper-regional-kaz-gci-2020-rank',
    quote: 'Kazakhstan ranked 31st globally in the ITU Global Cybersecurity Index (GCI) 2020',
    source: paper(REGIONAL, 114),
    claim: { kind: 'gci-rank', country: 'KAZ', edition: 2020, rank: 31, tolerance: 0 },
  },
  {
    id: 'paper-regional-kaz-gci-2020-score',
    quote:
      'Kazakhstan ranked 31st globally in the ITU Global Cybersecurity Index (GCI) 2020 with a score of 0.79',
    source: paper(REGIONAL, 114),
    note: 'GCI 2020 scores 0–100. The 0.79 is close to Kazakhstan\u2019s GCI 2018 score (0.778, 0–1 scale), which may be its origin; the evaluation reports the closest value without asserting it.',
    claim: {
      kind: 'gci-score',
      country: 'KAZ',
      edition: 2020,
      value: 0.79,
      scale: '0-1',
      tolerance: 0.005,
    },
  },
  {
    id: 'paper-regional-uzb-gci-2020-rank',
    quote: 'Uzbekistan\u2019s GCI 2020 ranking (64th, score 0.59)',
    source: paper(REGIONAL, 116),
    claim: { kind: 'gci-rank', country: 'UZB', edition: 2020, rank: 64, tolerance: 0 },
  },
  {
    id: 'paper-regional-uzb-gci-2020-score',
    quote: 'Uzbekistan\u2019s GCI 2020 ranking (64th, score 0.59)',
    source: paper(REGIONAL, 116),
    claim: {
      kind: 'gci-score',
      country: 'UZB',
      edition: 2020,
      value: 0.59,
      scale: '0-1',
      tolerance: 0.005,
    },
  },
  {
    id: 'paper-regional-kgz-gci-2020-score',
    quote: 'Kyrgyzstan demonstrates intermediate progress, with a GCI score of 0.59 in 2020',
    source: paper(REGIONAL, 120),
    claim: {
      kind: 'gci-score',
      country: 'KGZ',
      edition: 2020,
      value: 0.59,
      scale: '0-1',
      tolerance: 0.005,
    },
  },
  {
    id: 'paper-regional-tjk-gci-2020-rank',
    quote: 'ranking 106th in GCI 2020 (score 0.33)',
    source: paper(REGIONAL, 120),
    claim: { kind: 'gci-rank', country: 'TJK', edition: 2020, rank: 106, tolerance: 0 },
  },
  {
    id: 'paper-regional-tjk-gci-2020-score',
    quote: 'ranking 106th in GCI 2020 (score 0.33)',
    source: paper(REGIONAL, 120),
    claim: {
      kind: 'gci-score',
      country: 'TJK',
      edition: 2020,
      value: 0.33,
      scale: '0-1',
      tolerance: 0.005,
    },
  },
  {
    id: 'paper-regional-tkm-gci-not-scored',
    quote:
      'Turkmenistan has yet to establish a fully functional national CERT and did not participate in GCI assessments',
    source: paper(REGIONAL, 120),
    reading: 'was not scored in any GCI edition in the data (2017, 2018, 2020, 2024)',
    claim: {
      kind: 'gci-participation',
      country: 'TKM',
      editions: [2017, 2018, 2020, 2024],
      participated: false,
      sense: 'scored',
    },
  },
  {
    id: 'paper-regional-tkm-gci-no-questionnaire',
    quote:
      'Turkmenistan has yet to establish a fully functional national CERT and did not participate in GCI assessments',
    source: paper(REGIONAL, 120),
    reading: 'did not answer the GCI questionnaire (2017, 2018, 2020, 2024)',
    note: 'Questionnaire participation is not in our data; ITU scores non-respondents from desk research.',
    claim: {
      kind: 'gci-participation',
      country: 'TKM',
      editions: [2017, 2018, 2020, 2024],
      participated: false,
      sense: 'answered-questionnaire',
    },
  },
];
