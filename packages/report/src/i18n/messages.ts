/**
 * @module i18n/messages
 * The report's words in one language: every message comes from that language's catalogue in
 * @coopsec/i18n (ICU MessageFormat), numbers and dates from its Intl formats. Renderers call
 * these typed functions, never hold literal prose. Arguments documented as HTML are citation
 * marks or formatted numbers the renderer built; the messages pass them through as they are.
 * TLP labels (`TLP:CLEAR`, `TLP:AMBER+STRICT`, …) are in no catalogue: they stay untranslated in
 * every language (FIRST TLP 2.0).
 *
 * @example
 * const m = reportMessages(translator('ru'));
 * m.sections.summary; // 'Резюме'
 */
import { translator, type Language, type Translator, type TranslatorOptions } from '@coopsec/i18n';

export function reportMessages(tr: Translator) {
  const { t } = tr;
  return {
    /** BCP 47 language of the document (`<html lang>`). */
    locale: tr.lang,
    report: {
      title: (country: string) => t('report.title', { country }),
      subtitle: t('report.subtitle'),
      generated: (date: string) => t('report.generated', { date }),
      marking: t('report.marking'),
      contents: t('report.contents'),
      notAvailable: t('report.notAvailable'),
      notAvailableReason: (reason: string) => t('report.notAvailableReason', { reason }),
      dataTable: t('report.dataTable'),
      textAlternative: t('report.textAlternative'),
      source: t('report.source'),
      sources: t('report.sources'),
      estimated: t('report.estimated'),
      measured: t('report.measured'),
      missing: t('report.missing'),
      none: t('report.none'),
      noPolicyMapping: (country: string) => t('report.noPolicyMapping', { country }),
      noGci: (country: string) => t('report.noGci', { country }),
    },
    components: {
      infrastructure: t('components.infrastructure'),
      regulatory: t('components.regulatory'),
      'human-resources': t('components.human-resources'),
      cooperation: t('components.cooperation'),
      'digital-literacy': t('components.digital-literacy'),
    },
    sections: {
      summary: t('sections.summary'),
      figure1: t('sections.figure1'),
      figure2: t('sections.figure2'),
      table1: t('sections.table1'),
      table2: t('sections.table2'),
      coverage: t('sections.coverage'),
      regional: t('sections.regional'),
      measured: t('sections.measured'),
      claims: t('sections.claims'),
      scenario: t('sections.scenario'),
      gaps: t('sections.gaps'),
      sources: t('sections.sources'),
      appendixClaims: t('sections.appendixClaims'),
      appendixScenario: t('sections.appendixScenario'),
    },
    summary: {
      intro: (country: string, first: string, last: string) =>
        t('summary.intro', { country, first, last }),
      components: t('summary.components'),
      componentsCaption: (values: string, computed: string) =>
        t('summary.componentsCaption', { values, computed }),
      component: t('summary.component'),
      change: t('summary.change'),
      changePp: t('summary.changePp'),
      relative: t('summary.relative'),
      cagr: t('summary.cagr'),
      stage: t('summary.stage'),
      weakest: t('summary.weakest'),
      fastestAbsolute: t('summary.fastestAbsolute'),
      fastestRelative: t('summary.fastestRelative'),
      composite: t('summary.composite'),
      maturityRule: t('summary.maturityRule'),
      claimsLine: t('summary.claimsLine'),
      verdictCounts: t('summary.verdictCounts'),
      noData: t('summary.noData'),
      gciLatest: t('summary.gciLatest'),
      keyFindings: t('summary.keyFindings'),
    },
    figure1: {
      caption: (country: string, first: string, last: string) =>
        t('figure1.caption', { country, first, last }),
      measuredLegend: t('figure1.measuredLegend'),
      estimatedLegend: t('figure1.estimatedLegend'),
      yAxis: t('figure1.yAxis'),
      year: t('figure1.year'),
      kind: t('figure1.kind'),
      estimatedNote: t('figure1.estimatedNote'),
      noEstimates: t('figure1.noEstimates'),
      measuredSources: (marks: string) => t('figure1.measuredSources', { marks }),
      estimatedSources: (marks: string) => t('figure1.estimatedSources', { marks }),
    },
    figure2: {
      caption: t('figure2.caption'),
      legend: t('figure2.legend'),
      edgeTypes: {
        enables: t('figure2.edgeTypes.enables'),
        maintains: t('figure2.edgeTypes.maintains'),
        reinforces: t('figure2.edgeTypes.reinforces'),
        multiplies: t('figure2.edgeTypes.multiplies'),
      },
      from: t('figure2.from'),
      to: t('figure2.to'),
      type: t('figure2.type'),
      evidence: t('figure2.evidence'),
      central: t('figure2.central'),
      multiplier: t('figure2.multiplier'),
      outcome: t('figure2.outcome'),
      weightsNote: t('figure2.weightsNote'),
    },
    table1: {
      trend: t('table1.trend'),
      challenge: t('table1.challenge'),
      response: t('table1.response'),
      component: t('table1.component'),
      location: t('table1.location'),
    },
    table2: {
      caption: t('table2.caption'),
      levels: {
        none: t('table2.levels.none'),
        'declarative-only': t('table2.levels.declarative-only'),
        partial: t('table2.levels.partial'),
        full: t('table2.levels.full'),
      },
      act: t('table2.act'),
      iso: t('table2.iso'),
      csf: t('table2.csf'),
      gaps: t('table2.gaps'),
      priorities: t('table2.priorities'),
      location: t('table2.location'),
      heatmapCaption: t('table2.heatmapCaption'),
      coverageRules: t('table2.coverageRules'),
      functionHeader: t('table2.functionHeader'),
      covered: t('table2.covered'),
      notCovered: t('table2.notCovered'),
    },
    regional: {
      caption: t('regional.caption'),
      edition: (edition: string) => t('regional.edition', { edition }),
      recordHead: (country: string, edition: string) =>
        t('regional.recordHead', { country, edition }),
      alternative: (field: string, value: string) => t('regional.alternative', { field, value }),
      fields: {
        score: t('regional.fields.score'),
        rank: t('regional.fields.rank'),
      },
      panelOld: t('regional.panelOld'),
      panelNew: t('regional.panelNew'),
      scaleChange: t('regional.scaleChange'),
      country: t('regional.country'),
      editionHeader: t('regional.editionHeader'),
      scale: t('regional.scale'),
      score: t('regional.score'),
      rank: t('regional.rank'),
      tier: t('regional.tier'),
      noRank: t('regional.noRank'),
      notes: t('regional.notes'),
    },
    measured: {
      tag: t('measured.tag'),
      intro: (country: string) => t('measured.intro', { country }),
      caption: t('measured.caption'),
      indicator: t('measured.indicator'),
      value: t('measured.value'),
      period: t('measured.period'),
      source: t('measured.source'),
      confidence: t('measured.confidence'),
      periodValue: (from: string, to: string) => t('measured.periodValue', { from, to }),
      periodStart: t('measured.periodStart'),
      periodEnd: t('measured.periodEnd'),
      sourceValue: t('measured.sourceValue'),
      figures: {
        objectsShared: t('measured.figures.objectsShared'),
        objectsReceived: t('measured.figures.objectsReceived'),
        uniqueIndicators: t('measured.figures.uniqueIndicators'),
        agreementsActive: t('measured.figures.agreementsActive'),
        peersReachable: t('measured.figures.peersReachable'),
        jointCases: t('measured.figures.jointCases'),
        advisoriesExchanged: t('measured.figures.advisoriesExchanged'),
      },
      ratios: {
        'agreements-in-use': t('measured.ratios.agreements-in-use'),
        'partners-reachable': t('measured.ratios.partners-reachable'),
        'sightings-returned': t('measured.ratios.sightings-returned'),
        'joint-response': t('measured.ratios.joint-response'),
        containment: t('measured.ratios.containment'),
      },
      ratioValue: (n: string, total: string, percent: string) =>
        t('measured.ratioValue', { n, total, percent }),
      ratioMissing: t('measured.ratioMissing'),
      scoreHead: t('measured.scoreHead'),
      scoreRule: (rule: string) => t('measured.scoreRule', { rule }),
      scoreMissing: t('measured.scoreMissing'),
      notShown: (reason: string) => t('measured.notShown', { reason }),
      nodeCountryNotSet: t('measured.nodeCountryNotSet'),
      otherCountry: (node: string, country: string) =>
        t('measured.otherCountry', { node, country }),
      sourceCitation: t('measured.sourceCitation'),
      sourceNote: t('measured.sourceNote'),
    },
    claims: {
      intro: t('claims.intro'),
      number: t('claims.number'),
      claim: t('claims.claim'),
      where: (section: string, line: string) =>
        t('claims.where', { section, line: line === '' ? 'none' : line }),
      verdict: t('claims.verdict'),
      claimedHeader: t('claims.claimedHeader'),
      foundHeader: t('claims.foundHeader'),
      why: t('claims.why'),
      verdicts: {
        holds: t('claims.verdicts.holds'),
        'does-not-hold': t('claims.verdicts.does-not-hold'),
        'cannot-be-decided': t('claims.verdicts.cannot-be-decided'),
      },
      noClaims: t('claims.noClaims'),
      noData: t('claims.noData'),
      noDataReason: t('claims.noDataReason'),
      appendixPointer: t('claims.appendixPointer'),
      appendixIntro: t('claims.appendixIntro'),
      extremes: {
        highest: t('claims.extremes.highest'),
        lowest: t('claims.extremes.lowest'),
      },
      what: {
        level: (year: string) => t('claims.what.level', { year }),
        absolute: (from: string, to: string) => t('claims.what.absolute', { from, to }),
        relative: (from: string, to: string) => t('claims.what.relative', { from, to }),
      },
      claimed: {
        ranking: (names: string, extreme: string, what: string, n: number) =>
          t('claims.claimed.ranking', { names, extreme, what, n }),
        compare: (greater: string, lesser: string, what: string) =>
          t('claims.claimed.compare', { greater, lesser, what }),
        value: (component: string, from: string, to: string) =>
          t('claims.claimed.value', { component, from, to }),
        gciScore: (country: string, edition: string, value: string, scale: string) =>
          t('claims.claimed.gciScore', { country, edition, value, scale }),
        gciRank: (country: string, edition: string, rank: string) =>
          t('claims.claimed.gciRank', { country, edition, rank }),
        participation: {
          scoredYes: (country: string, editions: string) =>
            t('claims.claimed.participation.scoredYes', { country, editions }),
          scoredNo: (country: string, editions: string) =>
            t('claims.claimed.participation.scoredNo', { country, editions }),
          answeredYes: (country: string, editions: string) =>
            t('claims.claimed.participation.answeredYes', { country, editions }),
          answeredNo: (country: string, editions: string) =>
            t('claims.claimed.participation.answeredNo', { country, editions }),
        },
        coverageEndpoints: (from: string, to: string) =>
          t('claims.claimed.coverageEndpoints', { from, to }),
        coverageEvery: (from: string, to: string) =>
          t('claims.claimed.coverageEvery', { from, to }),
      },
      found: {
        ranking: (extreme: string, list: string) => t('claims.found.ranking', { extreme, list }),
        missing: (names: string) => t('claims.found.missing', { names }),
        gciScore: (value: string, scale: string) => t('claims.found.gciScore', { value, scale }),
        gciRank: (rank: string) => t('claims.found.gciRank', { rank }),
        tier: (tier: string) => t('claims.found.tier', { tier }),
        scored: (editions: string) => t('claims.found.scored', { editions }),
        notScored: t('claims.found.notScored'),
        coverage: (years: string) => t('claims.found.coverage', { years }),
      },
      reasons: {
        rankingHolds: (names: string, extreme: string, n: number) =>
          t('claims.reasons.rankingHolds', { names, extreme, n }),
        rankPlace: (name: string, place: string, total: string, extreme: string) =>
          t('claims.reasons.rankPlace', { name, place, total, extreme }),
        rankingMissing: (extreme: string) => t('claims.reasons.rankingMissing', { extreme }),
        compareHolds: (greater: string, a: string, b: string) =>
          t('claims.reasons.compareHolds', { greater, a, b }),
        compareEqual: (greater: string, a: string) =>
          t('claims.reasons.compareEqual', { greater, a }),
        compareFails: (lesser: string, b: string, a: string) =>
          t('claims.reasons.compareFails', { lesser, b, a }),
        compareMissing: t('claims.reasons.compareMissing'),
        valueHolds: (tolerance: string) =>
          tolerance === '0'
            ? t('claims.reasons.valueHolds')
            : t('claims.reasons.valueHoldsWithin', { tolerance }),
        valueFails: (tolerance: string) => t('claims.reasons.valueFails', { tolerance }),
        valueMissing: t('claims.reasons.valueMissing'),
        gciMatched: {
          primary: t('claims.reasons.gciMatched.primary'),
          alternative: t('claims.reasons.gciMatched.alternative'),
        },
        gciNoMatch: t('claims.reasons.gciNoMatch'),
        gciRankNoMatch: t('claims.reasons.gciRankNoMatch'),
        gciScale: (claimed: string, edition: string) =>
          t('claims.reasons.gciScale', { claimed, edition }),
        gciClosest: (score: string, edition: string) =>
          t('claims.reasons.gciClosest', { score, edition }),
        gciTiers: (edition: string) => t('claims.reasons.gciTiers', { edition }),
        gciNoRecord: (country: string, edition: string) =>
          t('claims.reasons.gciNoRecord', { country, edition }),
        questionnaire: t('claims.reasons.questionnaire'),
        wasScored: (editions: string) => t('claims.reasons.wasScored', { editions }),
        noRecord: (editions: string) => t('claims.reasons.noRecord', { editions }),
        coverageHolds: t('claims.reasons.coverageHolds'),
        coverageFails: (years: string) => t('claims.reasons.coverageFails', { years }),
      },
      confidence: {
        high: t('claims.confidence.high'),
        medium: t('claims.confidence.medium'),
        low: t('claims.confidence.low'),
      },
      detail: {
        heading: (n: string) => t('claims.detail.heading', { n }),
        statement: t('claims.detail.statement'),
        reading: t('claims.detail.reading'),
        data: t('claims.detail.data'),
        claimed: t('claims.detail.claimed'),
        inData: t('claims.detail.inData'),
        tolerance: t('claims.detail.tolerance'),
        onEditionScale: t('claims.detail.onEditionScale'),
        published: t('claims.detail.published'),
        otherSources: t('claims.detail.otherSources'),
        confidence: t('claims.detail.confidence'),
        closest: (scale: string) => t('claims.detail.closest', { scale }),
        closestValue: (score: string, edition: string, difference: string) =>
          t('claims.detail.closestValue', { score, edition, difference }),
        editions: t('claims.detail.editions'),
        scoredIn: t('claims.detail.scoredIn'),
        scoredEdition: (edition: string, score: string) =>
          t('claims.detail.scoredEdition', { edition, score }),
        scoredEditionRank: (edition: string, score: string, rank: string) =>
          t('claims.detail.scoredEditionRank', { edition, score, rank }),
        noRecordIn: t('claims.detail.noRecordIn'),
        yearsWithData: t('claims.detail.yearsWithData'),
        yearsRequired: t('claims.detail.yearsRequired'),
        yearsWithoutData: t('claims.detail.yearsWithoutData'),
        missing: t('claims.detail.missing'),
        ranking: (what: string) => t('claims.detail.ranking', { what }),
      },
    },
    scenario: {
      simulated: t('scenario.simulated'),
      label: t('scenario.label'),
      defaultPlan: (name: string, file: string) => t('scenario.defaultPlan', { name, file }),
      givenPlan: (name: string) => t('scenario.givenPlan', { name }),
      intro: (from: string, to: string) => t('scenario.intro', { from, to }),
      effort: t('scenario.effort'),
      effortEvery: (units: string) => t('scenario.effortEvery', { units }),
      effortYear: (year: string, units: string) => t('scenario.effortYear', { year, units }),
      effortRest: t('scenario.effortRest'),
      noEffort: t('scenario.noEffort'),
      tableCaption: (name: string, from: string, to: string) =>
        t('scenario.tableCaption', { name, from, to }),
      component: t('scenario.component'),
      start: (year: string) => t('scenario.start', { year }),
      end: (year: string) => t('scenario.end', { year }),
      change: t('scenario.change'),
      index: t('scenario.index'),
      conventions: t('scenario.conventions'),
      assumptions: t('scenario.assumptions'),
      appendixPointer: t('scenario.appendixPointer'),
      appendixIntro: (n: string) => t('scenario.appendixIntro', { n }),
      parameter: t('scenario.parameter'),
      yes: t('scenario.yes'),
      value: t('scenario.value'),
      why: t('scenario.why'),
      range: (min: string, max: string) => t('scenario.range', { min, max }),
      nodes: <Readonly<Record<string, string>>>{
        'institutional-resilience': t('scenario.nodes.institutional-resilience'),
      },
      assumptionNames: {
        stated: <Readonly<Record<string, string>>>{
          'paper-gives-no-link-numbers': t(
            'scenario.assumptionNames.stated.paper-gives-no-link-numbers',
          ),
          'effort-unit': t('scenario.assumptionNames.stated.effort-unit'),
          'growth-law': t('scenario.assumptionNames.stated.growth-law'),
          'link-semantics': t('scenario.assumptionNames.stated.link-semantics'),
          timing: t('scenario.assumptionNames.stated.timing'),
        },
        response: (component: string) => t('scenario.assumptionNames.response', { component }),
        drift: (component: string) => t('scenario.assumptionNames.drift', { component }),
        multiplier: t('scenario.assumptionNames.multiplier'),
        edge: (from: string, to: string) => t('scenario.assumptionNames.edge', { from, to }),
        indexWeight: (component: string) =>
          t('scenario.assumptionNames.indexWeight', { component }),
      },
    },
    gaps: {
      intro: t('gaps.intro'),
      gap: t('gaps.gap'),
      recommendation: t('gaps.recommendation'),
      area: t('gaps.area'),
      areas: {
        'threat-information-exchange': t('gaps.areas.threat-information-exchange'),
        'regulatory-harmonisation': t('gaps.areas.regulatory-harmonisation'),
        'joint-education': t('gaps.areas.joint-education'),
        'joint-incident-response': t('gaps.areas.joint-incident-response'),
        'technological-cooperation': t('gaps.areas.technological-cooperation'),
      },
      weakest: (component: string, score: string, year: string) =>
        t('gaps.weakest', { component, score, year }),
      slowest: (component: string, pp: string) => t('gaps.slowest', { component, pp }),
      recommendationFor: {
        infrastructure: t('gaps.recommendationFor.infrastructure'),
        regulatory: t('gaps.recommendationFor.regulatory'),
        'human-resources': t('gaps.recommendationFor.human-resources'),
        cooperation: t('gaps.recommendationFor.cooperation'),
        'digital-literacy': t('gaps.recommendationFor.digital-literacy'),
      },
    },
    sourcesSection: {
      intro: t('sourcesSection.intro'),
      url: t('sourcesSection.url'),
      doi: t('sourcesSection.doi'),
      noUrl: t('sourcesSection.noUrl'),
      computedNoUrl: t('sourcesSection.computedNoUrl'),
      unknown: t('sourcesSection.unknown'),
      computed: t('sourcesSection.computed'),
      scenario: t('sourcesSection.scenario'),
      scenarioNote: t('sourcesSection.scenarioNote'),
      computedNote: t('sourcesSection.computedNote'),
    },
    format: {
      number: (value: number, digits: number) => tr.number(value, { maxDigits: digits }),
      percent: (value: string) => t('format.percent', { value }),
      pp: (value: string) => t('format.pp', { value }),
      signed: (value: string, negative: boolean) => (negative ? value : `+${value}`),
      date: (iso: string) => tr.date(iso),
      list: (items: readonly string[]) => tr.list(items),
      ordinal: (n: number) => t('format.ordinal', { n }),
    },
  };
}

/** The shape every language's report messages have. */
export type Messages = ReturnType<typeof reportMessages>;

/**
 * The report messages of a language; `catalogue` replaces its catalogue (a pseudo-locale in
 * tests).
 */
export function messagesFor(lang: Language, options: TranslatorOptions = {}): Messages {
  return reportMessages(translator(lang, options));
}
