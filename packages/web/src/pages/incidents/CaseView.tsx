/**
 * @module pages/incidents/CaseView
 * One incident case: its phase among the NIST SP 800-61r3 phases, classification and handling
 * levels, participants, response times, and one timeline in which events, phase moves and
 * comments are read in the order they happened; below it, the forms that work on the case
 * (CaseActions.tsx), the same as `coopsec incident …` and the REST API.
 */
import { CaseReport } from './CaseReport.tsx';
import { useState } from 'react';
import { href } from '../../router.ts';
import { Show } from '../../ui/status.tsx';
import { useApi } from '../../use-api.ts';
import { CaseActions } from './CaseActions.tsx';
import { duration, Level, when } from './format.tsx';
import { PHASES, type IncidentView } from './types.ts';
import { useT } from '../../i18n/context.tsx';

interface Entry {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly kind: string;
  readonly text: string;
}

/** Events and comments in time order; ties keep events before comments, then by id. */
export function timelineOf(c: IncidentView): Entry[] {
  const events: Entry[] = c.timeline.map((e) => ({
    id: e.id,
    at: e.at,
    by: e.by,
    kind: e.kind === 'phase' ? `phase → ${e.phase ?? ''}` : e.kind,
    text: e.summary,
  }));
  const comments: Entry[] = c.comments.map((n) => ({
    id: n.id,
    at: n.at,
    by: n.by,
    kind: 'comment',
    text: n.text,
  }));
  return [...events, ...comments].sort(
    (a, b) =>
      Date.parse(a.at) - Date.parse(b.at) ||
      Number(a.kind === 'comment') - Number(b.kind === 'comment') ||
      (a.id < b.id ? -1 : 1),
  );
}

export function CaseView({ id }: { id: string }) {
  const { t } = useT();
  const [version, setVersion] = useState(0);
  const loaded = useApi<IncidentView>(`/api/incidents/${encodeURIComponent(id)}`, version);
  return (
    <section>
      <p>
        <a href={href('incidents')}>← {t('web.case.all')}</a>
      </p>
      <Show loaded={loaded} what={t('web.case.theCase')}>
        {(c) => (
          <>
            <Case c={c} />
            <CaseReport id={c.id} />
            <CaseActions c={c} onChanged={() => setVersion((v) => v + 1)} />
          </>
        )}
      </Show>
    </section>
  );
}

function Case({ c }: { c: IncidentView }) {
  const { t } = useT();
  const reached = PHASES.indexOf(c.phase);
  const m = c.metrics;
  return (
    <article className="incident" data-incident={c.id}>
      <h1 translate="no">{c.title}</h1>
      {c.description !== '' && <p translate="no">{c.description}</p>}
      {/* NIST SP 800-61r3 phase names are the standard's own. */}
      <ol className="phases" aria-label={t('web.incidents.phase')} translate="no">
        {PHASES.map((p, i) => (
          <li
            key={p}
            className={i === reached ? 'current' : i < reached ? 'done' : ''}
            {...(i === reached ? { 'aria-current': 'step' as const } : {})}
          >
            {p}
          </li>
        ))}
      </ol>
      <div className="cards">
        <div className="card">
          <h3>{t('web.case.classification')}</h3>
          <p translate="no">
            <span className={`severity severity-${c.severity}`}>{c.severity}</span> · RSIT{' '}
            {c.rsit.class} / {c.rsit.type}
          </p>
          <p>
            <Level kind="tlp" level={c.tlp} /> <Level kind="pap" level={c.pap} />
          </p>
        </div>
        <div className="card">
          <h3>{t('web.case.participants')}</h3>
          {c.participants.map((p) => (
            <p key={p.organisation} translate="no">
              {p.organisation} <span className="muted">{p.role}</span>
            </p>
          ))}
        </div>
        <div className="card" data-testid="metrics">
          <h3>{t('web.case.responseTimes')}</h3>
          <p>
            {t('web.case.acknowledged')}{' '}
            {m.timeToAcknowledgeMs !== undefined ? duration(m.timeToAcknowledgeMs, t) : '—'}
          </p>
          <p>
            {t('web.case.contained')}{' '}
            {m.timeToContainMs !== undefined ? duration(m.timeToContainMs, t) : '—'}
          </p>
          <p>
            {t('web.case.resolved')}{' '}
            {m.timeToResolveMs !== undefined ? duration(m.timeToResolveMs, t) : '—'}
          </p>
        </div>
      </div>
      <p className="muted">
        {t('web.case.openedBy', {
          by: c.createdBy,
          created: when(c.created),
          modified: when(c.modified),
        })}
      </p>
      <h2>{t('web.case.timeline')}</h2>
      <ol className="timeline">
        {timelineOf(c).map((e) => (
          <li key={e.id} className={`entry entry-${e.kind.split(' ')[0] ?? ''}`}>
            <time dateTime={e.at} translate="no">
              {when(e.at)}
            </time>{' '}
            <b translate="no">{e.by}</b>{' '}
            <span className="tag" translate="no">
              {e.kind}
            </span>{' '}
            <span className="text" translate="no">
              {e.text}
            </span>
          </li>
        ))}
      </ol>
      <h2>{t('web.case.tasks')}</h2>
      {c.tasks.length === 0 ? (
        <p className="muted">{t('web.case.noTasks')}</p>
      ) : (
        <table className="grid tasks">
          <thead>
            <tr>
              <th>{t('web.case.task')}</th>
              <th>{t('web.case.owner')}</th>
              <th>{t('web.case.due')}</th>
              <th>{t('web.case.status')}</th>
            </tr>
          </thead>
          <tbody>
            {c.tasks.map((task) => (
              <tr key={task.id} translate="no">
                <td>{task.title}</td>
                <td>{task.owner}</td>
                <td>{task.due ?? '—'}</td>
                <td>
                  <span className={`task-status status-${task.status}`}>{task.status}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c.links.length > 0 && (
        <>
          <h2>{t('web.case.linkedObjects')}</h2>
          <ul className="links">
            {c.links.map((l) => (
              <li key={l}>
                <code>{l}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
