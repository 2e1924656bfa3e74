/** A case with something of everything: tasks, events, comments, links, a phase history. */
import { addComment, addEvent, addTask, linkObjects, setTaskStatus } from '../activity.ts';
import { changePhase } from '../case.ts';
import type { IncidentCase } from '../types.ts';
import { at, LEAD, PARTNER, sampleCase, sid, WATCHER } from './fixtures.ts';

export function busyCase(): IncidentCase {
  let c = sampleCase();
  c = changePhase(c, 'analyse', { eventId: sid('event', 2), by: LEAD, at: at(10) });
  c = addTask(
    c,
    { id: sid('task', 1), title: 'Take down the host', owner: PARTNER, due: '2026-03-03' },
    { by: LEAD, at: at(11) },
  );
  c = addTask(
    c,
    { id: sid('task', 2), title: 'Warn ministries', owner: LEAD },
    { by: LEAD, at: at(12) },
  );
  c = setTaskStatus(c, sid('task', 1), 'in-progress', { by: PARTNER, at: at(13) });
  c = addEvent(
    c,
    { id: sid('event', 3), kind: 'observation', summary: 'Second wave seen', at: at(5) },
    { by: PARTNER, at: at(14) },
  );
  c = addComment(
    c,
    { id: sid('note', 1), text: 'Same kit as last spring.' },
    { by: WATCHER, at: at(15) },
  );
  c = linkObjects(c, [sid('indicator', 1), sid('malware', 1)], { by: PARTNER, at: at(16) });
  return changePhase(c, 'contain', { eventId: sid('event', 4), by: PARTNER, at: at(20) });
}
