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
    .action(lazy(load, 'matchAction'));
}
