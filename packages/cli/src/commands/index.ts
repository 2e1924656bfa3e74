/**
 * @module commands
 * The list of subcommand modules. Each module exports one `register…(program)` function and
 * owns its own file; add a line here to wire a new one.
 */
import type { Command } from '@commander-js/extra-typings';
import { registerInit } from './init.ts';
import { registerAssess } from './assess.ts';
import { registerDataIo } from './data-io.ts';
import { registerClaims } from './claims.ts';
import { registerMapping } from './mapping.ts';
import { registerRegional } from './regional.ts';
import { registerSimulate } from './simulate.ts';
import { registerModelGraph } from './model-graph.ts';
import { registerStixPattern } from './stix-pattern.ts';
import { registerStixValidate } from './stix-validate.ts';
import { registerReport } from './report.ts';
import { registerExchangeAdmin } from './exchange-admin.ts';
import { registerServe } from './serve.ts';
import { registerTaxiiClient } from './taxii-client.ts';

type Register = (program: Command) => void;

const registrations: Register[] = [
  registerInit,
  registerAssess,
  registerDataIo,
  registerClaims,
  registerMapping,
  registerRegional,
  registerSimulate,
  registerModelGraph,
  registerStixPattern,
  registerStixValidate,
  registerReport,
  registerExchangeAdmin,
  registerServe,
  registerTaxiiClient,
];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
