/**
 * @module catalogues/edges-en
 * Messages of the edges that are not the dashboard or the report: the REST API's problem titles
 * (keys `problem.…`, one per error code; RFC 9457 §3.1.3: the title is for people and may be
 * localised, while `type` and `code` stay the same in every language) and the CLI's human output
 * (keys `cli.…`), and the model's own rule texts (keys `rules.…`: the English is the model's
 * text word for word, checked by the CLI's language test). Spread into the English catalogue.
 */
export const EDGES_EN = {
  'problem.BAD_INPUT': 'Bad input',
  'problem.UNAUTHENTICATED': 'Not signed in',
  'problem.FORBIDDEN': 'Forbidden',
  'problem.NOT_FOUND': 'Not found',
  'problem.CONFLICT': 'Conflict',
  'problem.TOO_LARGE': 'Too large',
  'problem.UNSUPPORTED': 'Unsupported',
  'problem.INTERNAL': 'Internal error',
  'problem.UNAVAILABLE': 'Unavailable',
  'problem.NOT_AVAILABLE_YET': 'Not available yet',
  'problem.internalDetail': 'an unexpected error occurred; it has been logged',
  'cli.error.more': '… and {n, plural, one {# more} other {# more}}',
  'cli.assess.heading': '{name} ({code}) — five components, {from}–{to}',
  'cli.assess.sources': 'Sources: {sources}',
  'cli.assess.estimatedNote':
    '; values marked * are ESTIMATED (linear interpolation), not published, and enter no computed figure',
  'cli.assess.column.component': 'Component',
  'cli.assess.column.yearStage': '{year} (stage)',
  'cli.assess.column.deltaPp': 'Δ pp',
  'cli.assess.column.deltaPercent': 'Δ %',
  'cli.assess.column.cagr': 'CAGR %',
  'cli.assess.column.rankPp': 'growth rank pp',
  'cli.assess.column.rankPercent': 'growth rank %',
  'cli.assess.central': '{name} (central)',
  'cli.assess.multiplier': '{name} (multiplier)',
  'cli.assess.missing': 'missing',
  'cli.assess.index': 'Composite index (weights: {weights})',
  'cli.assess.notComputable': 'not computable — {reason}',
  'cli.assess.weakest': 'Weakest component {year}: {names} ({score})',
  'cli.assess.and': '{a} and {b}',
  'cli.assess.provisional': '; provisional, missing {missing}',
  'cli.assess.missingYears':
    'Missing years (no published values): {years}. --interpolate shows labelled linear estimates.',
  'cli.assess.measuredNotShown': 'Measured cooperation: not shown ({reason}).',
  'cli.assess.measuredHead':
    'Measured cooperation on this node, {from} to {to} (MEASURED from {citation}, confidence {confidence}; beside, not instead of, the reported score):',
  'cli.assess.measuredFigures':
    '{shared} objects shared, {received} received, {indicators} unique indicators, {agreements} agreements, {peers} peers reachable, {cases} joint incident cases, {advisories} advisories',
  'cli.assess.measuredScore': 'Measured score ({rule}): {score}',
  'cli.assess.measuredScoreMissing': 'missing (no ratio the records can give)',
  'cli.assess.ranks': 'Ranks: {rule}',
  'cli.assess.stages': 'Stages: {rule}',
  'cli.metrics.heading':
    'Cooperation measured from {citation}, {from} to {to} (confidence {confidence})',
  'cli.metrics.beginning': 'the beginning',
  'cli.metrics.now': 'now',
  'cli.metrics.byOrganisation': 'By organisation (what it contributed here):',
  'cli.metrics.column.organisation': 'organisation',
  'cli.metrics.column.shared': 'shared',
  'cli.metrics.column.byTlp': 'by TLP',
  'cli.metrics.column.indicators': 'indicators',
  'cli.metrics.column.sightingsReturned': 'sightings returned',
  'cli.metrics.column.perIndicator': 'per indicator',
  'cli.metrics.column.agreements': 'agreements',
  'cli.metrics.column.casesLed': 'cases (led)',
  'cli.metrics.column.advisories': 'advisories',
  'cli.metrics.byPartner':
    'By partner node (what it sent here; {reachable} of {partners} reachable):',
  'cli.metrics.column.peer': 'peer',
  'cli.metrics.column.for': 'for',
  'cli.metrics.column.received': 'received',
  'cli.metrics.column.medianTimeToShare': 'median time to share',
  'cli.metrics.column.p90': 'p90',
  'cli.metrics.column.lastSync': 'last sync',
  'cli.metrics.never': 'never',
  'cli.metrics.days': '{value} d',
  'cli.metrics.hours': '{value} h',
  'cli.metrics.incidents':
    'Joint incident response: {cases} cases opened ({joint} with more than one organisation), {contained} contained, {resolved} resolved; time to contain median {median}, p90 {p90} ({samples} cases)',
  'cli.metrics.advisories':
    'Advisories: {published} published here, {received} received from partner nodes',
  'cli.metrics.rules': 'Rules:',
  'rules.cooperation.shared':
    'shared: object versions a local organisation contributed here (not received from a peer), by type and TLP',
  'rules.cooperation.received':
    'received: object versions that arrived from a partner node, by type and TLP',
  'rules.cooperation.timeToShare':
    'time to share: arrival here minus the object’s created time; median and p90 by nearest rank',
  'rules.cooperation.sightingsReturned':
    'sightings returned: sightings of an organisation’s indicators contributed by another organisation or node',
  'rules.cooperation.peersReachable': 'peers reachable: enabled peers whose last sync succeeded',
  'rules.cooperation.incidentCases':
    'incident cases: cases opened in the period (their created time); joint: more than one participating organisation',
  'rules.cooperation.timeToContain':
    'time to contain / resolve: from each case’s own timeline (opened → out of contain; opened → closed); median and p90 by nearest rank over the cases that got there',
  'rules.cooperation.advisories':
    'advisories: distinct advisory reports in the advisories collection, published here or received from a partner node',
  'cli.claims.verdict.holds': 'HOLDS',
  'cli.claims.verdict.does-not-hold': 'DOES NOT HOLD',
  'cli.claims.verdict.cannot-be-decided': 'CANNOT BE DECIDED',
  'cli.claims.none': 'No claims.',
  'cli.claims.noneInSet': 'No claims in set "{set}".',
  'cli.claims.reading': 'reading: {reading}',
  'cli.claims.numbers': 'numbers: {numbers}',
  'cli.claims.summary':
    '{total} claims: {holds} hold, {doesNotHold} do not hold, {cannotBeDecided} cannot be decided from the data.',
  'cli.claims.stored':
    'Stored {n} claim(s) in set "{set}". Audit them with: coopsec claims --source {set}',
  'cli.inventory.imported': '{org}: inventory replaced, {entries} entries; {alerts}',
  'cli.inventory.noNewAlerts': 'no new alerts',
  'cli.inventory.newAlerts':
    '{n, plural, one {# new alert} other {# new alerts}} (coopsec inventory alerts{org})',
  'cli.inventory.empty':
    '{org} has no inventory. Import one with: coopsec inventory import {org} <file.csv>',
  'cli.inventory.column.identifier': 'cpe or purl',
  'cli.inventory.column.version': 'version',
  'cli.inventory.column.org': 'org',
  'cli.inventory.column.advisory': 'advisory',
  'cli.inventory.column.status': 'status',
  'cli.inventory.column.alert': 'alert',
  'cli.inventory.column.raised': 'raised',
  'cli.inventory.yes': 'yes',
  'cli.inventory.no': 'no',
  'cli.inventory.noMatches': 'No stored advisory says anything about these inventories.',
  'cli.inventory.affected': 'affected entries: {affected}',
  'cli.inventory.affectedNone': 'none',
  'cli.inventory.leftOut': 'left out: product {product} of {advisory}: {message}',
  'cli.inventory.raisedNow': 'raised now: {n}',
  'cli.inventory.noAlerts':
    'No inventory alerts. An organisation is alerted when a stored advisory it may read affects its inventory (grant it read on the advisories collection).',
  'cli.advisory.alreadyStored': '{id} version {version} is already stored: nothing written',
  'cli.advisory.stored':
    'stored {id} version {version} ({cves} CVEs, {products} products): {written} STIX objects, report {report}; {alerts}',
  'cli.advisory.none':
    'No advisories. Import a CSAF 2.0 document with: coopsec advisory import <file> --org <id>',
  'cli.advisory.column.trackingId': 'tracking id',
  'cli.advisory.column.version': 'version',
  'cli.advisory.column.released': 'released',
  'cli.advisory.column.publisher': 'publisher',
  'cli.advisory.column.cves': 'CVEs',
  'cli.advisory.column.maxCvss': 'max CVSS',
  'cli.advisory.column.title': 'title',
  'cli.advisory.heading': '{id} version {version} ({status})',
  'cli.advisory.released': 'released {initial}, current {current}',
  'cli.advisory.noCve': '(no CVE)',
  'cli.advisory.computed': '(computed)',
  'cli.advisory.published': '— the advisory says {score}',
  'cli.advisory.wrote': 'wrote {file}',
  'rules.rank':
    'Competition ranking ("1224"): the highest value is rank 1; equal values (relative difference ≤ 1e-9) share the best rank and are listed as a tie; the next value skips the shared places. Components without data are listed as missing, not ranked.',
  'rules.maturity.equal-20-point-bands':
    'Equal 20-point bands: 0 ≤ s < 20 Start-up, 20 ≤ s < 40 Formative, 40 ≤ s < 60 Established, 60 ≤ s < 80 Strategic, 80 ≤ s ≤ 100 Dynamic. The Oxford CMM names its stages but has no composite score; this score-to-stage mapping is a coopsec assumption, not part of the CMM.',
} as const;
