/**
 * @module commands/report.command
 * Names, arguments, options and help of the commands implemented in report.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./report.ts');

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'write the assessment report as one self-contained HTML file, and optionally as PDF',
    )
    .argument('<country>', 'ISO 3166 alpha-2 or alpha-3 code (KG or KGZ)')
    .requiredOption('--out <file>', 'the HTML report to write')
    .option(
      '--pdf <file>',
      'also write a PDF (needs Chromium: COOPSEC_CHROMIUM or /usr/bin/chromium)',
    )
    .option('--plan <file>', 'an effort plan (coopsec-effort-plan/1 JSON) for the scenario section')
    .option('--tlp <label>', 'TLP marking printed on the report (default TLP:CLEAR)')
    .action(lazy(load, 'reportAction'));
}
