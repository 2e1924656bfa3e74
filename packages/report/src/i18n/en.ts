/**
 * @module i18n/en
 * Every user-facing string of the report, in English. A translation is another object of type
 * `Messages` (same keys, same function signatures); renderers never hold literal prose.
 * TLP labels (`TLP:CLEAR`, `TLP:AMBER+STRICT`, …) are not in the catalogue: they stay
 * untranslated in every language (FACTS.md §5).
 *
 * @example
 * const m: Messages = EN;
 * m.summary.weakest('Digital literacy', '70'); // 'The weakest component …'
 */

/** Turns literal string types into `string`, keeping functions and nesting. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer TArgs) => string
    ? (...args: TArgs) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

const catalogue = {
  locale: 'en',
  report: {
    title: (country: string) => `Information-security assessment: ${country}`,
    subtitle:
      'Five-component model of a national information-security system (the seed paper’s contextualised information security cooperation model)',
    generated: (date: string) => `Generated ${date} by coopsec`,
    marking: 'Marking',
    contents: 'Contents',
    notAvailable: 'Not available in this build',
    notAvailableReason: (reason: string) => `Not available in this build: ${reason}`,
    dataTable: 'Data table',
    textAlternative: 'Text alternative',
    source: 'Source',
    sources: 'Sources',
    estimated: 'estimated',
    measured: 'measured',
    missing: 'missing',
    none: 'none',
  },
  components: {
    infrastructure: 'Technological infrastructure',
    regulatory: 'Regulatory framework',
    'human-resources': 'Human resources',
    cooperation: 'International cooperation',
    'digital-literacy': 'Digital literacy of the population',
  },
  sections: {
    summary: 'Summary',
    figure1: 'Figure 1 — Dynamics of the five components',
    figure2: 'Figure 2 — The model',
    table1: 'Table 1 — Trends, challenges and response mechanisms',
    table2: 'Table 2 — Policy mapping to ISO/IEC 27001 and NIST CSF',
    coverage: 'Coverage of NIST CSF functions by legal act',
    regional: 'Regional comparison — ITU Global Cybersecurity Index',
    claims: 'Claims audit',
    scenario: 'Scenario',
    gaps: 'Gaps and recommendations',
    sources: 'Sources',
  },
  summary: {
    intro: (country: string, first: string, last: string) =>
      `This report assesses the information-security system of ${country} on the five components of the seed paper’s model, from ${first} to ${last}.`,
    components: 'Component scores (0–100)',
    component: 'Component',
    change: 'Change',
    changePp: 'Change (pp)',
    relative: 'Relative change',
    cagr: 'CAGR',
    stage: 'Maturity stage',
    weakest: 'Weakest component (binding constraint)',
    fastestAbsolute: 'Highest growth in percentage points',
    fastestRelative: 'Highest relative growth',
    composite: 'Composite index (equal weights)',
    maturityRule: 'Maturity stages follow this rule:',
    claimsLine: 'Claims audited',
    verdictCounts: 'Verdicts',
    noData: 'No assessment values for this country.',
    gciLatest: 'Latest ITU GCI',
    keyFindings: 'Key findings',
  },
  figure1: {
    caption: (country: string, first: string, last: string) =>
      `Scores of the five components of ${country}, ${first}–${last}, % (0–100). Filled markers: measured values. Dashed segments and hollow markers: estimated by linear interpolation between measured values — not published values.`,
    measuredLegend: 'measured (published)',
    estimatedLegend: 'estimated — linear interpolation, not published',
    yAxis: 'Score, %',
    year: 'Year',
    kind: 'Kind',
    estimatedNote:
      'Estimated values are computed by coopsec on request; the source publishes no value for those years.',
    noEstimates: 'Only published values are shown; no estimates were needed.',
  },
  figure2: {
    caption:
      'The contextualised information security cooperation model: the regulatory framework is central; international cooperation multiplies the effect of the other four components. Drawn from the paper’s description with a layered layout.',
    legend: 'Edge types',
    edgeTypes: {
      enables: 'enables',
      maintains: 'maintains',
      reinforces: 'reinforces',
      multiplies: 'multiplies',
    },
    from: 'From',
    to: 'To',
    type: 'Link',
    evidence: 'The paper’s words',
    central: 'central',
    multiplier: 'multiplier',
    outcome: 'outcome',
    weightsNote:
      'The paper states the links in words only; it gives no numbers for their strength.',
  },
  table1: {
    trend: 'Trend',
    challenge: 'Challenge',
    response: 'Response mechanism',
    component: 'Component strengthened (our reading)',
    location: 'Location in the paper',
  },
  table2: {
    act: 'Legal act or institution',
    iso: 'ISO/IEC 27001:2013 domains',
    csf: 'NIST CSF functions',
    gaps: 'Coverage and gaps',
    priorities: 'Priority actions',
    location: 'Location in the paper',
    heatmapCaption:
      'Coverage of the NIST CSF 2.0 functions by each legal act or institution, as an ordinal scale: 0 none, 0.33 declarative only, 0.67 partial, 1 full. Levels are coopsec readings of the paper’s gap column, not values printed in the paper.',
    functionHeader: 'Function',
    covered: 'covered',
    notCovered: 'not covered',
  },
  regional: {
    caption:
      'ITU Global Cybersecurity Index of the five Central Asian countries by edition, as published. The scale changes between editions: 2017 and 2018 score 0–1, 2020 and 2024 score 0–100; the two panels are not comparable.',
    edition: (edition: string) => `GCI ${edition}`,
    otherSources: (list: string) => `other sources: ${list}`,
    recordNote: (country: string, edition: string, text: string) =>
      `${country} GCI ${edition}: ${text}`,
    panelOld: 'GCI 2017, 2018 — score 0–1',
    panelNew: 'GCI 2020, 2024 — score 0–100',
    scaleChange: 'scale changes here',
    country: 'Country',
    editionHeader: 'Edition',
    scale: 'Scale',
    score: 'Score',
    rank: 'Global rank (published)',
    tier: 'Tier (2024)',
    noRank: 'no rank published',
    notes: 'Notes',
  },
  claims: {
    intro:
      'Each statement is checked against the dataset and sourced facts. Verdicts: holds, does not hold, cannot be decided from the data.',
    claim: 'Statement',
    where: 'Where',
    verdict: 'Verdict',
    why: 'Why',
    numbers: 'Numbers behind the verdict',
    verdicts: {
      holds: 'holds',
      'does-not-hold': 'does not hold',
      'cannot-be-decided': 'cannot be decided',
    },
    reading: (reading: string) => `Reading: ${reading}`,
    noClaims: 'No claims were given for this country.',
  },
  scenario: {
    intro: (name: string, from: string, to: string) =>
      `Projection under the plan “${name}” from ${from} to ${to}. Projected values are estimates of a model with assumed parameters, not measurements.`,
    component: 'Component',
    start: 'Start',
    end: 'Projected',
    change: 'Change (pp)',
    assumptions: 'Assumptions',
    parameter: 'Parameter',
    value: 'Value',
    why: 'Why',
    noPlan: 'No plan was given: run with --plan plan.json to include a scenario.',
    projected: 'projected',
  },
  gaps: {
    intro:
      'Gaps found in the data and the paper’s mapping, each tied to one of the paper’s five cooperation areas.',
    gap: 'Gap',
    recommendation: 'Recommendation',
    area: 'Cooperation area',
    areas: {
      'threat-information-exchange': 'threat-information exchange',
      'regulatory-harmonisation': 'regulatory harmonisation',
      'joint-education': 'joint education',
      'joint-incident-response': 'joint incident response',
      'technological-cooperation': 'technological cooperation',
    },
    weakest: (component: string, score: string, year: string) =>
      `${component} is the weakest component (${score} in ${year}).`,
    slowest: (component: string, pp: string) =>
      `${component} grew least (${pp} percentage points).`,
    recommendationFor: {
      infrastructure:
        'Extend national monitoring and incident-response capacity; share technology and tooling with partner centres.',
      regulatory:
        'Harmonise national legislation with ISO/IEC 27001 and NIST CSF; add enforceable requirements.',
      'human-resources':
        'Build accredited training and certification with partner countries’ programmes.',
      cooperation:
        'Join or build threat-information exchange (STIX/TAXII) and early warning with regional centres.',
      'digital-literacy':
        'Run public awareness and digital-literacy programmes, shared across the region.',
    },
  },
  sourcesSection: {
    intro: 'Every figure and number in this report links here. Citations are URL-free.',
    computed: 'Computed by coopsec from the cited values',
    scenario:
      'Projected by the coopsec scenario engine under the plan given and the assumptions listed',
    scenarioNote:
      'A model projection with assumed parameters (the paper gives no numbers for its links); not a measurement.',
    computedNote:
      'Changes, ranks, CAGR, composite index and maturity stages are computed from the values whose sources are listed here.',
  },
  format: {
    number: (value: number, digits: number) =>
      value.toLocaleString('en-GB', {
        minimumFractionDigits: 0,
        maximumFractionDigits: digits,
      }),
    percent: (value: string) => `${value} %`,
    pp: (value: string) => `${value} pp`,
    signed: (value: string, negative: boolean) => (negative ? value : `+${value}`),
    date: (iso: string) => iso.slice(0, 10),
  },
} as const;

/** The shape every translation implements. */
export type Messages = Widen<typeof catalogue>;

export const EN: Messages = catalogue;
