/**
 * @module commands/incident.command
 * Names, arguments, options and help of `coopsec incident …` (implemented in incident.ts,
 * loaded only when one of them runs). Every command acts as one organisation (`--org`): an
 * organisation that is not on a case sees nothing of it.
 */
import type { Command } from '@commander-js/extra-typings';
import { lazy } from '../lazy.ts';

const load = () => import('./incident.ts');
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerIncident(program: Command): void {
  const incident = program
    .command('incident')
    .description('joint cross-border incident cases, shared as STIX (incident, event, task, note)');
  // Every command acts as one organisation; these three options go on each of them.
  const ORG = ['--org <id>', 'the organisation you act as (a participant of the case)'] as const;
  const USER = ['--user <name>', 'the user the new versions are attributed to'] as const;
  const COLL = ['--collection <id>', 'collection holding the cases (default: incidents)'] as const;
  incident
    .command('open')
    .description('open a case; you are its lead')
    .requiredOption('--title <text>', 'a short title')
    .option('--description <text>', 'what happened, for the participants')
    .requiredOption('--rsit <class/type>', 'RSIT classification, e.g. fraud/phishing')
    .requiredOption('--severity <level>', 'low, medium, high or critical')
    .requiredOption('--tlp <level>', 'TLP 2.0: clear, green, amber, amber+strict or red')
    .requiredOption('--pap <level>', 'PAP: clear, green, amber or red')
    .option(
      '--participant <org:role>',
      'another organisation and its role (lead, contributor, observer); repeatable',
      collect,
    )
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentOpenAction'));
  incident
    .command('list')
    .description('the cases your organisation takes part in')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentListAction'));
  incident
    .command('show <id>')
    .description('one case: participants, timeline, tasks, comments, response times')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentShowAction'));
  incident
    .command('phase <id> <phase>')
    .description(
      'move the case: detect → analyse → contain → eradicate → recover → closed (or back to analyse)',
    )
    .option('--summary <text>', 'why, for the timeline')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentPhaseAction'));
  const task = incident
    .command('task')
    .description('tasks of a case, each owned by one participant');
  task
    .command('add <id>')
    .description('add a task to a case')
    .requiredOption('--title <text>', 'what is to be done')
    .requiredOption('--owner <org>', 'the participant organisation that does it')
    .option('--due <date>', 'due date, YYYY-MM-DD')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentTaskAddAction'));
  task
    .command('status <id> <task>')
    .description('set the status of a task')
    .requiredOption('--to <status>', 'pending, in-progress, completed or cancelled')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentTaskStatusAction'));
  incident
    .command('comment <id> <text>')
    .description('comment on a case (observers too)')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentCommentAction'));
  incident
    .command('event <id> <summary>')
    .description('add an event to the timeline')
    .option('--kind <kind>', 'observation or action', 'observation')
    .option('--at <time>', 'when it happened (UTC timestamp; default now)')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentEventAction'));
  incident
    .command('link <id> <refs...>')
    .description('link STIX objects (indicators, sightings, malware…) to a case')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentLinkAction'));
  incident
    .command('export <id>')
    .description('the case as a STIX 2.1 bundle (validated)')
    .option('--out <file>', 'write the bundle to a file instead of stdout')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentExportAction'));
  incident
    .command('report <id>')
    .description("the case report: self-contained HTML and/or PDF, marked with the case's TLP")
    .option('--html <file>', 'write the HTML report')
    .option('--pdf <file>', 'write a PDF (needs Chromium: COOPSEC_CHROMIUM or /usr/bin/chromium)')
    .requiredOption(...ORG)
    .option(...USER)
    .option(...COLL)
    .action(lazy(load, 'incidentReportAction'));
}
