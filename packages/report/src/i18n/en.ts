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
    appendixClaims: 'Appendix A — The claims in detail',
    appendixScenario: 'Appendix B — Scenario assumptions',
  },
  summary: {
    intro: (country: string, first: string, last: string) =>
      `This report assesses the information-security system of ${country} on the five components of the seed paper’s model, from ${first} to ${last}.`,
    components: 'Component scores (0–100)',
    /** Arguments are citation marks (HTML). */
    componentsCaption: (values: string, computed: string) =>
      `Component scores (0–100)${values}; changes, CAGR and maturity stages computed from them${computed}`,
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
    /** Arguments are citation marks (HTML). */
    measuredSources: (marks: string) => `Measured values: ${marks}.`,
    estimatedSources: (marks: string) => `Estimated values: ${marks}.`,
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
    caption:
      'Legal acts and institutions mapped to ISO/IEC 27001 and NIST CSF, as the paper prints them',
    levels: {
      none: 'coverage: none',
      'declarative-only': 'coverage: declarative only',
      partial: 'coverage: partial',
      full: 'coverage: full',
    },
    act: 'Legal act or institution',
    iso: 'ISO/IEC 27001:2013 domains',
    csf: 'NIST CSF functions',
    gaps: 'Coverage and gaps',
    priorities: 'Priority actions',
    location: 'Location in the paper',
    heatmapCaption:
      'Coverage of the NIST CSF 2.0 functions by each legal act or institution, as an ordinal scale: 0 none, 0.33 declarative only, 0.67 partial, 1 full. Levels are coopsec readings of the paper’s gap column, not values printed in the paper.',
    coverageRules:
      'How a level is read: an act mapped to the function itself keeps the level of its mapping; an act that reaches the function only through a broader element, a crosswalk or the function’s own categories is capped at partial; a crosswalk that relates nothing gives none.',
    functionHeader: 'Function',
    covered: 'covered',
    notCovered: 'not covered',
  },
  regional: {
    caption:
      'ITU Global Cybersecurity Index of the five Central Asian countries by edition, as published. The scale changes between editions: 2017 and 2018 score 0–1, 2020 and 2024 score 0–100; the two panels are not comparable.',
    edition: (edition: string) => `GCI ${edition}`,
    recordHead: (country: string, edition: string) => `${country}, GCI ${edition}:`,
    alternative: (field: string, value: string) => `another source gives ${field} ${value}.`,
    fields: { score: 'score', rank: 'rank' },
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
      'Each statement is checked against the dataset and sourced facts. Verdicts: holds, does not hold, cannot be decided from the data. Claimed: what the statement says; found: what the data shows.',
    number: 'No.',
    claim: 'Statement',
    where: (section: string, line: string) =>
      [section, line === '' ? '' : `line ${line}`].filter((x) => x !== '').join(', '),
    verdict: 'Verdict',
    claimedHeader: 'Claimed',
    foundHeader: 'Found',
    why: 'Why',
    verdicts: {
      holds: 'holds',
      'does-not-hold': 'does not hold',
      'cannot-be-decided': 'cannot be decided',
    },
    noClaims: 'No claims were given for this country.',
    noData: 'no data',
    noDataReason: 'The data holds nothing to check this statement against.',
    appendixPointer:
      'Each number in the first column leads to the statement in full, with every figure behind its verdict, in Appendix A.',
    appendixIntro:
      'Each statement in full, where it stands, how it was read, and the figures the verdict was computed from.',
    extremes: { highest: 'highest', lowest: 'lowest' },
    what: {
      level: (year: string) => `level in ${year}`,
      absolute: (from: string, to: string) => `growth ${from}–${to} in percentage points`,
      relative: (from: string, to: string) => `relative growth ${from}–${to}`,
    },
    claimed: {
      ranking: (names: string, extreme: string, what: string, n: number) =>
        n === 1 ? `${names}: the ${extreme} ${what}` : `${names}: the ${n} ${extreme} ${what}`,
      compare: (greater: string, lesser: string, what: string) =>
        `${greater} grew more than ${lesser} (${what})`,
      /** Values are HTML. */
      value: (component: string, from: string, to: string) => `${component}: ${from} → ${to}`,
      gciScore: (country: string, edition: string, value: string, scale: string) =>
        `${country}, GCI ${edition}: score ${value} (${scale})`,
      gciRank: (country: string, edition: string, rank: string) =>
        `${country}, GCI ${edition}: rank ${rank}`,
      participation: {
        scoredYes: (country: string, editions: string) => `${country} scored in GCI ${editions}`,
        scoredNo: (country: string, editions: string) => `${country} not scored in GCI ${editions}`,
        answeredYes: (country: string, editions: string) =>
          `${country} answered the GCI questionnaire (${editions})`,
        answeredNo: (country: string, editions: string) =>
          `${country} did not answer the GCI questionnaire (${editions})`,
      },
      coverageEndpoints: (from: string, to: string) => `values for ${from} and for ${to}`,
      coverageEvery: (from: string, to: string) => `values for every year ${from}–${to}`,
    },
    found: {
      /** `list` is HTML. */
      ranking: (extreme: string, list: string) => `${extreme}: ${list}`,
      missing: (names: string) => `no values for ${names}`,
      gciScore: (value: string, scale: string) => `published ${value} (${scale})`,
      gciRank: (rank: string) => `published rank ${rank}`,
      tier: (tier: string) => `no rank published; ${tier}`,
      scored: (editions: string) => `scored in ${editions}`,
      notScored: 'no GCI score in the data',
      coverage: (years: string) => `values in ${years} only`,
    },
    reasons: {
      rankingHolds: (names: string, extreme: string, n: number) =>
        n === 1 ? `${names} is the ${extreme}.` : `${names} are the ${n} ${extreme}.`,
      rankPlace: (name: string, place: string, total: string, extreme: string) =>
        `${name} is ${place} of ${total} counted from the ${extreme}.`,
      rankingMissing: (extreme: string) =>
        `Values are missing, so no component can be called the ${extreme}.`,
      /** Arguments are HTML. */
      compareHolds: (greater: string, a: string, b: string) =>
        `${greater} grew more (${a} against ${b}).`,
      compareEqual: (greater: string, a: string) =>
        `Both grew by ${a}: ${greater} did not grow more.`,
      compareFails: (lesser: string, b: string, a: string) =>
        `${lesser} grew more (${b} against ${a}).`,
      compareMissing: 'A value needed for the comparison is missing.',
      valueHolds: (tolerance: string) =>
        tolerance === '0'
          ? 'The data gives exactly these values.'
          : `The data gives the same values (within ±${tolerance}).`,
      valueFails: (tolerance: string) =>
        `The data gives different values (more than ±${tolerance} apart).`,
      valueMissing: 'The data has no value for one of the two years.',
      gciMatched: {
        primary: 'Matches the published value.',
        alternative: 'Matches the value another source gives, not the primary one.',
      },
      gciNoMatch: 'Matches neither the published score nor any other source’s.',
      gciRankNoMatch: 'Matches neither the published rank nor any other source’s.',
      gciScale: (claimed: string, edition: string) =>
        `The statement uses the ${claimed} scale; this edition scores ${edition}.`,
      gciClosest: (score: string, edition: string) =>
        `Closest score on the statement’s scale: ${score} (GCI ${edition}).`,
      gciTiers: (edition: string) => `GCI ${edition} publishes tiers, not ranks.`,
      gciNoRecord: (country: string, edition: string) =>
        `The data has no GCI ${edition} record for ${country}.`,
      questionnaire:
        'ITU also scores countries that do not answer its questionnaire, from desk research; the data does not say who answered.',
      wasScored: (editions: string) => `ITU published a score for it in ${editions}.`,
      noRecord: (editions: string) =>
        `No record for ${editions}; a missing record is not evidence either way.`,
      coverageHolds: 'Every year needed has values for all the components.',
      coverageFails: (years: string) => `No values for ${years}.`,
    },
    confidence: { high: 'high', medium: 'medium', low: 'low' },
    detail: {
      heading: (n: string) => `Statement ${n}`,
      statement: 'Statement',
      reading: 'Read as',
      data: 'In the data',
      claimed: 'Claimed',
      inData: 'In the data',
      tolerance: 'Accepted difference',
      onEditionScale: 'Claimed value on the edition’s scale',
      published: 'Published',
      otherSources: 'Other sources',
      confidence: 'Confidence in the published value',
      closest: (scale: string) => `Closest score of the same country on the ${scale} scale`,
      closestValue: (score: string, edition: string, difference: string) =>
        `${score} in GCI ${edition} (difference ${difference})`,
      editions: 'Editions',
      scoredIn: 'Scored in',
      scoredEdition: (edition: string, score: string) => `GCI ${edition}: ${score}`,
      scoredEditionRank: (edition: string, score: string, rank: string) =>
        `GCI ${edition}: ${score}, rank ${rank}`,
      noRecordIn: 'No record in',
      yearsWithData: 'Years with values',
      yearsRequired: 'Years the statement needs',
      yearsWithoutData: 'Years of the period without values',
      missing: 'Missing values',
      ranking: (what: string) => `Ranking by ${what}, highest first`,
    },
  },
  scenario: {
    simulated: 'simulated',
    label:
      'Simulated projection: the values after the base year are estimates of a model whose every parameter is an assumption of coopsec (the paper gives no numbers for its links). They are not measurements and not a forecast.',
    defaultPlan: (name: string, file: string) =>
      `No plan was given, so the report runs the documented default plan “${name}” (${file}).`,
    givenPlan: (name: string) => `Plan: “${name}”.`,
    intro: (from: string, to: string) =>
      `Scores start from the measured values of ${from} and are projected year by year to ${to} through the links of the model (Figure 2).`,
    effort: 'Effort (units a year):',
    effortEvery: (units: string) => `${units} in every projected year`,
    effortYear: (year: string, units: string) => `${units} in ${year}`,
    effortRest: 'No additional effort elsewhere.',
    noEffort: 'none (no additional effort anywhere).',
    tableCaption: (name: string, from: string, to: string) =>
      `Simulated scores under “${name}”, ${from} (measured) to ${to} (projected, estimated)`,
    component: 'Component',
    start: (year: string) => `${year} (measured)`,
    end: (year: string) => `${year} (projected)`,
    change: 'Change (pp)',
    index: 'Composite index (equal weights)',
    conventions: 'Conventions the projection rests on',
    assumptions:
      'Every parameter of the projection, with the range a sensitivity analysis explores',
    appendixPointer: 'Every numeric parameter, with its range and reason, is listed in Appendix B.',
    appendixIntro: (n: string) =>
      `The projection’s ${n} numeric parameters (its conventions are in the Scenario section). None comes from the paper; each is a coopsec assumption with the reason given.`,
    parameter: 'Assumption',
    yes: 'yes',
    value: 'Value',
    why: 'Why',
    range: (min: string, max: string) => `(range ${min}–${max})`,
    nodes: {
      'institutional-resilience': 'Institutional resilience',
    } as Readonly<Record<string, string>>,
    assumptionNames: {
      stated: {
        'paper-gives-no-link-numbers': 'The paper gives no numbers for its links',
        'effort-unit': 'Effort unit',
        'growth-law': 'Growth law',
        'link-semantics': 'What a link does',
        timing: 'Timing',
      } as Readonly<Record<string, string>>,
      response: (component: string) => `Response of ${component} to effort`,
      drift: (component: string) => `Change of ${component} without effort`,
      multiplier: 'Strength of the cooperation multiplier',
      edge: (from: string, to: string) => `Link weight ${from} → ${to}`,
      indexWeight: (component: string) => `Composite index weight of ${component}`,
    },
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
        'Run public awareness and digital literacy programmes, shared across the region.',
    },
  },
  sourcesSection: {
    intro:
      'Each citation mark in this report ([1], [2] …) refers to the numbered entry below. Where the source data records no URL or DOI for a publication, the entry says so; none is made up.',
    url: 'URL:',
    doi: 'DOI:',
    noUrl: 'No URL or DOI recorded in the source data.',
    computedNoUrl: 'Computed by coopsec for this report; no external publication, so no URL.',
    unknown: 'Source not described in the data',
    computed: 'Computed by coopsec from the cited values',
    scenario:
      'Simulated by the coopsec scenario engine under the plan and the assumptions in the Scenario section and Appendix B',
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
    // No-break spaces: a number never parts from its unit at a line end.
    percent: (value: string) => `${value}\u00a0%`,
    pp: (value: string) => `${value}\u00a0pp`,
    signed: (value: string, negative: boolean) => (negative ? value : `+${value}`),
    date: (iso: string) => iso.slice(0, 10),
    list: (items: readonly string[]) => items.join(', '),
    ordinal: (n: number) => {
      const tens = n % 100;
      const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
      return `${String(n)}${suffix}`;
    },
  },
} as const;

/** The shape every translation implements. */
export type Messages = Widen<typeof catalogue>;

export const EN: Messages = catalogue;
