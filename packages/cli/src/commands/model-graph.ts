/**
 * @module commands/model-graph
 * `coopsec model graph --format json|dot|mermaid`: the model of the paper's Figure 2 as data,
 * for Graphviz, Mermaid or scripts. Weights are assumptions and the output says so.
 */
import type { Command } from '@commander-js/extra-typings';
import { GRAPH_FORMATS, MODEL_GRAPH, exportGraph, graphToJson } from '@coopsec/model';
import { globalOptions, type CommandLike } from '../context.ts';
import { action, printJson } from '../output.ts';

export function registerModelGraph(program: Command): void {
  const model = program.command('model').description('the model of the paper (Figure 2) as data');
  model
    .command('graph')
    .description('print the model graph: components, outcome, typed and weighted links')
    .option('--format <format>', `output format (${GRAPH_FORMATS.join(', ')})`, 'json')
    .action(
      action((opts: { format: string }, command: CommandLike) => {
        const text = exportGraph(MODEL_GRAPH, opts.format); // validates the format first
        if (globalOptions(command).json === true) {
          printJson(
            opts.format === 'json' ? graphToJson(MODEL_GRAPH) : { format: opts.format, text },
          );
          return;
        }
        process.stdout.write(text);
      }),
    );
}
