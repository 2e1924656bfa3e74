/**
 * @module commands
 * The list of subcommand declarations. Each `X.command.ts` exports one `register…(program)`
 * function that declares names, arguments, options and help, and points each action at a
 * handler of `X.ts` through `lazy()`, so that only the command that runs loads its code (and
 * its packages). Add a line here to wire a new one; never import an `X.ts` here.
 */
import type { Command } from '@commander-js/extra-typings';
import { registerInit } from './init.command.ts';
import { registerAssess } from './assess.command.ts';
import { registerDataIo } from './data-io.command.ts';
import { registerClaims } from './claims.command.ts';
import { registerMapping } from './mapping.command.ts';
import { registerRegional } from './regional.command.ts';
import { registerSimulate } from './simulate.command.ts';
import { registerModelGraph } from './model-graph.command.ts';
import { registerStixPattern } from './stix-pattern.command.ts';
import { registerStixValidate } from './stix-validate.command.ts';
import { registerReport } from './report.command.ts';
import { registerExchangeAdmin } from './exchange-admin.command.ts';
import { registerServe } from './serve.command.ts';
import { registerTaxiiClient } from './taxii-client.command.ts';
import { registerPeer } from './peer.command.ts';
import { registerMatch } from './match.command.ts';
import { registerMisp } from './misp.command.ts';
import { registerSource } from './source.command.ts';
import { registerMetrics } from './metrics.command.ts';
import { registerIncident } from './incident.command.ts';
import { registerAdvisory } from './advisory.command.ts';
import { registerInventory } from './inventory.command.ts';

type Register = (program: Command) => void;

const registrations: Register[] = [
  registerInit,
  registerAssess,
  registerDataIo,
  registerSource,
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
  registerPeer,
  registerMatch,
  registerMisp,
  registerMetrics,
  registerIncident,
  registerAdvisory,
  registerInventory,
];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
