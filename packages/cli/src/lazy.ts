/**
 * @module lazy
 * Command actions whose implementation module is imported only when the command runs, so that
 * `coopsec --help` or `coopsec stix validate` never load the store, the server or ECharts. Each
 * `commands/X.command.ts` declares its commands (names, options, help: cheap and static) and
 * points every action at a handler exported by `commands/X.ts`.
 *
 * @example
 * const load = () => import('./assess.ts');
 * program.command('assess').argument('<country>').action(lazy(load, 'assessAction'));
 */

// `never[]` parameters accept a handler of any parameter list (parameters are contravariant).
type Handler = (...args: never[]) => unknown;

export function lazy<M extends Record<K, Handler>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): (...args: Parameters<M[K]>) => Promise<void> {
  return async (...args) => {
    const handler = (await load())[name] as (...a: Parameters<M[K]>) => unknown;
    await handler(...args);
  };
}
