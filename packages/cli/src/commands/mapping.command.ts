/**
 * @module commands/mapping.command
 * Names, arguments, options and help of the commands implemented in mapping.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';
import { HELP_COMPONENT_IDS, HELP_COVERAGE_FRAMEWORKS } from './choices.ts';

const load = () => import('./mapping.ts');

function registerMap(program: Command): void {
  program
    .command('map')
    .description(
      'legal acts and institutions mapped to ISO/IEC 27001 and NIST CSF (Table 2 of the paper for KGZ)',
    )
    .argument('<country>', 'ISO 3166-1 code or name, e.g. KGZ or KG')
    .action(lazy(load, 'mapAction'));
}

function registerCoverage(program: Command): void {
  program
    .command('coverage')
    .description(
      'coverage matrix of a country\u2019s acts over a framework, uncovered and weak areas, ranked gaps',
    )
    .argument('<country>', 'ISO 3166-1 code or name')
    .option(
      '--framework <framework>',
      `one of ${HELP_COVERAGE_FRAMEWORKS.join(', ')}`,
      HELP_COVERAGE_FRAMEWORKS[0],
    )
    .option(
      '--level <level>',
      'top (functions, domains, themes) or second (categories, controls)',
      'top',
    )
    .action(lazy(load, 'coverageAction'));
}

function registerCrosswalk(program: Command): void {
  program
    .command('crosswalk')
    .description(
      'links of one element to another framework (NIST OLIR relationships, rationale, strength)',
    )
    .argument('<framework>', 'csf-2.0, csf-1.1, iso27001-2013 or iso27001-2022')
    .argument('<id>', 'element id, e.g. A.9.2.3, 5.7, PR.AA, GV')
    .requiredOption('--to <framework>', 'the framework to map to')
    .action(lazy(load, 'crosswalkAction'));
}

function registerRecommend(program: Command): void {
  program
    .command('recommend')
    .description(
      'priority actions from the mapping gaps and the weakest component, by cooperation area',
    )
    .argument('<country>', 'ISO 3166-1 code or name')
    .option(
      '--weakest <component>',
      `override the weakest component (${HELP_COMPONENT_IDS.join(', ')})`,
    )
    .option('--framework <framework>', 'framework whose gaps are used', 'csf-2.0')
    .action(lazy(load, 'recommendAction'));
}

export function registerMapping(program: Command): void {
  registerMap(program);
  registerCoverage(program);
  registerCrosswalk(program);
  registerRecommend(program);
}
