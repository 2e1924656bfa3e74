/**
 * @module commands/regional.command
 * Names, arguments, options and help of the commands implemented in regional.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';
import { REGIONS } from './choices.ts';

const load = () => import('./regional.ts');

export function registerRegional(program: Command): void {
  program
    .command('compare')
    .description(
      'compare the countries of a region on ITU GCI (as published), CERT and NCSI, with sources',
    )
    .option('--region <region>', `region to compare (${REGIONS.join(', ')})`, REGIONS[0])
    .option(
      '--edition <year>',
      'one GCI edition (2017, 2018, 2020, 2024); default: all, with changes between them',
    )
    .action(lazy(load, 'compareAction'));
}
