/**
 * @module commands/match.command
 * Names, options and help of `coopsec match`, implemented in match.ts (loaded only when it runs).
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./match.ts');

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description(
      'match sensor logs (Suricata EVE, Zeek, JSON lines, CSV, CEF/syslog, STIX observed-data; gzip accepted) against STIX indicators',
    )
    .argument('<file>', 'log file; - for stdin')
    .requiredOption(
      '--indicators <file>',
      'STIX bundle (.json) or JSON lines (.jsonl) of indicators',
    )
    .option(
      '--format <format>',
      'eve, zeek, jsonl, csv, cef, syslog or stix (default: detect from content)',
    )
    .option(
      '--mapping <file>',
      'field mapping for jsonl/csv: JSON {"fields": {"path.to.field": "ipv4-addr|ipv6-addr|ip|domain-name|url|email-addr|file:hashes.MD5|…"}, "time": "field"}',
    )
    .option(
      '--sightings <file>',
      'write the hits as a STIX bundle of sighting objects, one per indicator',
    )
    .option(
      '--sighted-by <identity>',
      'where_sighted_refs of the sightings: an identity id, or a name for a new identity object',
    )
    .option(
      '--warninglists <lists>',
      'suppress hits on MISP warning lists: "bundled" (all shipped lists), list ids separated by commas, or list.json files',
    )
    .option(
      '--decay <model>',
      'decay indicators (MISP polynomial model): nids-simple, phishing, vishing, or a model .json file; decayed indicators do not alert',
    )
    .action(lazy(load, 'matchAction'));
}
