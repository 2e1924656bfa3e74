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
export * from './data/paper-claims.ts';
