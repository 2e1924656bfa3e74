/**
 * @module @coopsec/model
 * The pure assessment domain: components, countries, assessments, dynamics, claims, standards,
 * regional comparison and scenarios. No I/O.
 */
export * from './errors.ts';
export * from './components.ts';
export * from './assessment.ts';
export * from './data/sources.ts';
export * from './data/gci.ts';
export * from './data/kgz-paper.ts';
export * from './data/paper-table1.ts';
export * from './countries.ts';
export * from './dynamics.ts';
export * from './composite-index.ts';
export * from './maturity.ts';
export * from './interpolation.ts';
export * from './validate-assessments.ts';
export * from './claims/types.ts';
export * from './claims/evaluate.ts';
export * from './claims/evaluate-measured.ts';
export * from './data/paper-claims.ts';
export * from './regional/central-asia-facts.ts';
export * from './regional/profiles.ts';
export * from './regional/compare.ts';
export * from './scenario/graph.ts';
export * from './scenario/graph-export.ts';
export * from './scenario/assumptions.ts';
export * from './scenario/plan.ts';
export * from './scenario/engine.ts';
export * from './scenario/conclusions.ts';
export * from './scenario/prng.ts';
export * from './scenario/sensitivity.ts';
export * from './scenario/trend.ts';
export * from './claims/parse.ts';
export * from './standards/types.ts';
export * from './standards/csf.ts';
export * from './standards/iso27001-2013.ts';
export * from './standards/iso27001-2022.ts';
export * from './standards/catalogue.ts';
export * from './standards/import.ts';
export * from './mapping/olir.ts';
export * from './mapping/crosswalk.ts';
export * from './mapping/policy.ts';
export * from './mapping/kgz-table2.ts';
export * from './mapping/coverage.ts';
export * from './mapping/analysis.ts';
export * from './mapping/parse.ts';
export * from './indicators.ts';
export * from './overview.ts';
export * from './source-record.ts';
export * from './data/starter-indicators.ts';
export * from './cooperation/metrics.ts';
export * from './cooperation/measured.ts';
export * from './csv.ts';
