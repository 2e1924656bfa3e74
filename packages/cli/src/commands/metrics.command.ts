/**
 * @module commands/metrics.command
 * Names, options and help of `coopsec metrics` (implemented in metrics.ts, loaded only when it
 * runs).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./metrics.ts');

export function registerMetrics(program: Command): void {
  program
    .command('metrics')
    .description(
      'cooperation measured from the exchange records: shared, received, time to share, sightings returned, agreements, peers',
    )
    .option('--from <date>', 'start of the period (ISO date, inclusive)')
    .option('--to <date>', 'end of the period (ISO date, exclusive)')
    .option('--org <id>', 'one organisation only')
    .action(lazy(load, 'metricsAction'));
}
