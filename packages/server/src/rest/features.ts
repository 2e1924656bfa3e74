/**
 * @module rest/features
 * Features other parts of the product deliver, looked up at run time by their exported name, so
 * that the server starts and answers 501 "not available yet" (and the dashboard says so) when
 * one is missing from a build, instead of failing to start. Once a feature is exported,
 * nothing here needs to change: the lookup finds it.
 */
import * as model from '@coopsec/model';

const modelExports = model as unknown as Readonly<Record<string, unknown>>;

/** True when every named export is present: used by /api/features for the dashboard. */
export function hasModel(...names: string[]): boolean {
  return names.every((n) => modelExports[n] !== undefined);
}

let reportModule: Promise<Readonly<Record<string, unknown>> | undefined> | undefined;

/**
 * The @coopsec/report package, loaded on the first report request (it brings ECharts SSR,
 * elkjs and playwright-core, which the server need not load to start), or undefined when the
 * build does not have it.
 */
export function loadReport(): Promise<Readonly<Record<string, unknown>> | undefined> {
  // A literal specifier, so that a bundler (the CLI's esbuild bundle) keeps one copy of it.
  reportModule ??= import('@coopsec/report').then(
    (m) => m as Readonly<Record<string, unknown>>,
    () => undefined,
  );
  return reportModule;
}
