/**
 * @module commands/model-graph.command
 * Names, arguments, options and help of the commands implemented in model-graph.ts, which is loaded
 * only when one of them runs (cheap CLI start: main.ts imports every *.command.ts file).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';
import { HELP_GRAPH_FORMATS } from './choices.ts';

const load = () => import('./model-graph.ts');

export function registerModelGraph(program: Command): void {
  const model = program.command('model').description('the model of the paper (Figure 2) as data');
  model
    .command('graph')
    .description('print the model graph: components, outcome, typed and weighted links')
    .option('--format <format>', `output format (${HELP_GRAPH_FORMATS.join(', ')})`, 'json')
    .action(lazy(load, 'modelGraphAction'));
}
