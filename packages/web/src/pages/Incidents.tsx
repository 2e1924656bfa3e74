/**
 * @module pages/Incidents
 * Joint incident cases (issue 17): the cases the signed-in organisation takes part in
 * (`#/incidents`) with a form to open one, and one case with its timeline and the forms that
 * work on it (`#/incidents/<id>`). The server decides what is shown: a case the organisation is
 * not on is neither listed nor served (404).
 */
import type { PageProps } from '../App.tsx';
import { href } from '../router.ts';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import { CaseView } from './incidents/CaseView.tsx';
import { Level, when } from './incidents/format.tsx';
import { OpenCase } from './incidents/OpenCase.tsx';
import type { IncidentsAnswer } from '@coopsec/server/schemas';

export default function Incidents({ route, principal }: PageProps) {
  const id = route.args[0];
  if (id !== undefined) return <CaseView id={id} />;
  return <CaseList orgId={principal.orgId} />;
}

function CaseList({ orgId }: { orgId: string }) {
  const loaded = useApi<IncidentsAnswer>('/api/incidents');
  return (
    <section>
      <h1>Incident cases</h1>
      <p className="muted">
        Joint cases {orgId} takes part in, most recently changed first (also{' '}
        <code>coopsec incident list</code>, <code>GET /api/incidents</code>).
      </p>
      <Show loaded={loaded} what="incident cases">
        {(data) =>
          data.incidents.length === 0 ? (
            <p className="notice empty-state">
              Your organisation takes part in no incident case yet.
            </p>
          ) : (
            <table className="grid incidents">
              <thead>
                <tr>
                  <th>Case</th>
                  <th>Phase</th>
                  <th>Severity</th>
                  <th>RSIT</th>
                  <th>TLP</th>
                  <th>PAP</th>
                  <th>Your role</th>
                  <th>Open tasks</th>
                  <th>Changed</th>
                </tr>
              </thead>
              <tbody>
                {data.incidents.map((c) => (
                  <tr key={c.id} data-incident={c.id}>
                    <td>
                      <a href={href('incidents', c.id)}>{c.title}</a>
                    </td>
                    <td>
                      <span className={`phase phase-${c.phase}`}>{c.phase}</span>
                    </td>
                    <td>
                      <span className={`severity severity-${c.severity}`}>{c.severity}</span>
                    </td>
                    <td>
                      {c.rsit.class} / {c.rsit.type}
                    </td>
                    <td>
                      <Level kind="tlp" level={c.tlp} />
                    </td>
                    <td>
                      <Level kind="pap" level={c.pap} />
                    </td>
                    <td>{c.role}</td>
                    <td>{c.openTasks}</td>
                    <td>{when(c.modified)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Show>
      <OpenCase />
    </section>
  );
}
