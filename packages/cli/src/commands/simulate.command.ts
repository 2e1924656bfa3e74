/**
 * @module commands/simulate.command
 * Names, arguments, options and help of the commands implemented in simulate.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./simulate.ts');

/** The default horizon, in years after the base year (the paper's 2024 data → 2030). */
export const DEFAULT_HORIZON_YEARS = 6;

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description(
      'project component scores under an effort plan through the model graph, with assumptions and sensitivity',
    )
    .argument('<country>', 'ISO 3166-1 alpha-2 or alpha-3 code')
    .requiredOption(
      '--plan <file>',
      'effort plan (JSON, format coopsec-effort-plan/1; see examples/plans/)',
    )
    .option(
      '--until <year>',
      `horizon year (default: ${DEFAULT_HORIZON_YEARS} years after the country\u2019s latest measured year, e.g. 2030 for KGZ)`,
    )
    .option('--runs <n>', 'sensitivity runs (0 = none)', '1000')
    .option('--seed <s>', 'seed of the sensitivity PRNG', '1')
    .option(
      '--conclusion <text...>',
      'conclusions to test, e.g. "lowest digital-literacy in 2030" "index >= 85 by 2028"',
    )
    .action(lazy(load, 'simulateAction'));
}
