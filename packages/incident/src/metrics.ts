/**
 * @module metrics
 * Response times computed from the timeline alone, so every node that holds the same case
 * computes the same numbers. Measured from the `opened` event (detection, CSF DE):
 * - acknowledge: first move out of detect (the case is taken up, RS.MA);
 * - contain: first move from contain to eradicate (containment achieved, RS.MI);
 * - resolve: first move to closed (RC.RP done).
 * A time is undefined until its event happens. Milliseconds.
 */
import type { IncidentCase, TimelineEvent } from './types.ts';

export interface CaseMetrics {
  readonly timeToAcknowledgeMs?: number;
  readonly timeToContainMs?: number;
  readonly timeToResolveMs?: number;
}

export function caseMetrics(c: Pick<IncidentCase, 'timeline'>): CaseMetrics {
  const events = [...c.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const opened = events.find((e) => e.kind === 'opened');
  if (opened === undefined) return {};
  const start = Date.parse(opened.at);
  const phases = events.filter(
    (e): e is TimelineEvent & { phase: NonNullable<TimelineEvent['phase']> } =>
      e.kind === 'phase' && e.phase !== undefined,
  );
  let previous = 'detect';
  let acknowledged: number | undefined;
  let contained: number | undefined;
  let resolved: number | undefined;
  for (const e of phases) {
    const at = Date.parse(e.at);
    if (acknowledged === undefined && previous === 'detect') acknowledged = at;
    if (contained === undefined && previous === 'contain' && e.phase === 'eradicate')
      contained = at;
    if (resolved === undefined && e.phase === 'closed') resolved = at;
    previous = e.phase;
  }
  return {
    ...(acknowledged !== undefined ? { timeToAcknowledgeMs: acknowledged - start } : {}),
    ...(contained !== undefined ? { timeToContainMs: contained - start } : {}),
    ...(resolved !== undefined ? { timeToResolveMs: resolved - start } : {}),
  };
}
