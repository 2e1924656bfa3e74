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
import { useT } from '../i18n/context.tsx';

export default function Incidents({ route, principal }: PageProps) {
  const id = route.args[0];
  if (id !== undefined) return <CaseView id={id} />;
  return <CaseList orgId={principal.orgId} />;
}

function CaseList({ orgId }: { orgId: string }) {
  const { t } = useT();
  const loaded = useApi<IncidentsAnswer>('/api/incidents');
  return (
    <section>
      <h1>{t('web.incidents.heading')}</h1>
      <p className="muted">
        {t('web.incidents.intro', { org: orgId })} (<code>coopsec incident list</code>,{' '}
        <code>GET /api/incidents</code>).
      </p>
      <Show loaded={loaded} what={t('web.incidents.cases')}>
        {(data) =>
          data.incidents.length === 0 ? (
            <p className="notice empty-state">{t('web.incidents.none')}</p>
          ) : (
            <table className="grid incidents">
              <thead>
                <tr>
                  <th>{t('web.incidents.case')}</th>
                  <th>{t('web.incidents.phase')}</th>
                  <th>{t('web.incidents.severity')}</th>
                  <th translate="no">RSIT</th>
                  <th translate="no">TLP</th>
                  <th translate="no">PAP</th>
                  <th>{t('web.incidents.yourRole')}</th>
                  <th>{t('web.incidents.openTasks')}</th>
                  <th>{t('web.incidents.changed')}</th>
                </tr>
              </thead>
              <tbody>
                {data.incidents.map((c) => (
                  <tr key={c.id} data-incident={c.id}>
                    <td>
                      <a href={href('incidents', c.id)} translate="no">
                        {c.title}
                      </a>
                    </td>
                    <td>
                      <span className={`phase phase-${c.phase}`} translate="no">
                        {c.phase}
                      </span>
                    </td>
                    <td>
                      <span className={`severity severity-${c.severity}`} translate="no">
                        {c.severity}
                      </span>
                    </td>
                    <td translate="no">
                      {c.rsit.class} / {c.rsit.type}
                    </td>
                    <td>
                      <Level kind="tlp" level={c.tlp} />
                    </td>
                    <td>
                      <Level kind="pap" level={c.pap} />
                    </td>
                    <td translate="no">{c.role}</td>
                    <td>{c.openTasks}</td>
                    <td translate="no">{when(c.modified)}</td>
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
