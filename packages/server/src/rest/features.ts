/**
 * @module rest/features
 * The model, report and auth features other parts of the product are still delivering, looked
 * up at run time by their exported name. A route that needs one that has not landed answers
 * 501 "not available yet" (and the dashboard says so) instead of failing to start.
 * Once a feature is exported, nothing here needs to change: the lookup finds it.
 */
import * as model from '@coopsec/model';
import { NotAvailableError } from './problem.ts';

const modelExports = model as unknown as Readonly<Record<string, unknown>>;

/** A model export by name, or undefined while it is not exported. */
export function optionalModel<T>(name: string): T | undefined {
  const value = modelExports[name];
  return value === undefined ? undefined : (value as T);
}

/** A model export by name; throws NotAvailableError (→ 501) naming the feature when absent. */
export function requireModel<T>(name: string, feature: string): T {
  const value = optionalModel<T>(name);
  if (value === undefined) throw new NotAvailableError(feature);
  return value;
}

/** True when every named export is present: used by /api/features for the dashboard. */
export function hasModel(...names: string[]): boolean {
  return names.every((n) => modelExports[n] !== undefined);
}

let reportModule: Promise<Readonly<Record<string, unknown>> | undefined> | undefined;

/** The @coopsec/report package, or undefined while it does not exist yet. */
export function loadReport(): Promise<Readonly<Record<string, unknown>> | undefined> {
  // A variable specifier keeps the type-checker from resolving a package that may not exist.
  const specifier = '@coopsec/report';
  reportModule ??= import(specifier).then(
    (m) => m as Readonly<Record<string, unknown>>,
    () => undefined,
  );
  return reportModule;
}
