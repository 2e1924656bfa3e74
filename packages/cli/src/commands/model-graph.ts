/**
 * @module commands/model-graph
 * `coopsec model graph --format json|dot|mermaid`: the model of the paper's Figure 2 as data,
 * for Graphviz, Mermaid or scripts. Weights are assumptions and the output says so.
 */
import { MODEL_GRAPH, exportGraph, graphToJson } from '@coopsec/model';
import { globalOptions, type CommandLike } from '../options.ts';
import { action, printJson } from '../output.ts';

export const modelGraphAction = action((opts: { format: string }, command: CommandLike) => {
  const text = exportGraph(MODEL_GRAPH, opts.format); // validates the format first
  if (globalOptions(command).json === true) {
    printJson(opts.format === 'json' ? graphToJson(MODEL_GRAPH) : { format: opts.format, text });
    return;
  }
  process.stdout.write(text);
});
