/**
 * @module pages/incidents/CaseActions
 * Working a case from the dashboard: move its phase, comment, add a task, set a task's status,
 * link STIX objects, invite an organisation, download the case as a STIX 2.1 bundle. Who may do what (observers only comment, only the lead invites) and
 * which phase moves are legal are the domain's rules; the server's answer is shown next to the
 * field, and on success the case is read again.
 */
import { useT } from '../../i18n/context.tsx';
import { useState } from 'react';
import { download, sendJson } from '../../api.ts';
import { SimpleForm, type FormValues } from '../../ui/form.tsx';
import { ROLES } from './OpenCase.tsx';
import { PHASES, type IncidentView } from './types.ts';

const STATUSES = ['in-progress', 'completed', 'cancelled', 'pending'];

export function CaseActions({ c, onChanged }: { c: IncidentView; onChanged: () => void }) {
  const { t } = useT();
  const base = `/api/incidents/${encodeURIComponent(c.id)}`;
  const [exportError, setExportError] = useState<string | undefined>(undefined);
  const send = async (path: string, body: unknown, done: string): Promise<string> => {
    await sendJson('POST', `${base}${path}`, body);
    onChanged();
    return done;
  };
  const optional = (v: FormValues, name: string) =>
    v[name] ? { [name]: String(v[name]).trim() } : {};
  const orgs = c.participants.map((p) => p.organisation);
  return (
    <div className="case-actions">
      <h2>{t('web.case.work')}</h2>
      <p>
        <button
          type="button"
          onClick={() =>
            void download(`${base}/export`, `${c.id}.json`, 'application/json').catch(
              (e: unknown) => setExportError(String(e)),
            )
          }
        >
          {t('web.case.export')}
        </button>
        {exportError !== undefined && <span className="field-error"> {exportError}</span>}
      </p>
      <SimpleForm
        title={t('web.case.moveTitle')}
        submitLabel={t('web.case.move')}
        fields={[
          {
            name: 'phase',
            label: t('web.incidents.phase'),
            kind: 'select',
            // The phases after the current one first: moving on is the usual step.
            options: [
              ...PHASES.slice(PHASES.indexOf(c.phase) + 1),
              ...PHASES.slice(0, PHASES.indexOf(c.phase)),
            ],
          },
          { name: 'summary', label: t('web.case.why') },
        ]}
        onSubmit={(v) =>
          send(
            '/phase',
            { phase: v.phase, ...optional(v, 'summary') },
            t('web.case.moved', { phase: String(v.phase) }),
          )
        }
      />
      <SimpleForm
        title={t('web.case.comment')}
        submitLabel={t('web.case.commentSubmit')}
        fields={[{ name: 'text', label: t('web.case.comment'), required: true }]}
        onSubmit={(v) => send('/comments', { text: v.text }, t('web.case.commentAdded'))}
      />
      <SimpleForm
        title={t('web.case.addTask')}
        submitLabel={t('web.case.addTaskSubmit')}
        fields={[
          { name: 'title', label: t('web.case.task'), required: true },
          { name: 'owner', label: t('web.case.owner'), kind: 'select', options: orgs },
          { name: 'due', label: t('web.case.dueOptional'), hint: t('web.case.dueHint') },
        ]}
        onSubmit={(v) =>
          send(
            '/tasks',
            { title: v.title, owner: v.owner, ...optional(v, 'due') },
            t('web.case.taskAdded', { title: String(v.title) }),
          )
        }
      />
      {c.tasks.length > 0 && (
        <SimpleForm
          title={t('web.case.setStatus')}
          submitLabel={t('web.case.setStatusSubmit')}
          fields={[
            {
              name: 'task',
              label: t('web.case.task'),
              kind: 'select',
              options: c.tasks.map((t) => t.id),
              labels: Object.fromEntries(c.tasks.map((t) => [t.id, t.title])),
            },
            { name: 'status', label: t('web.case.status'), kind: 'select', options: STATUSES },
          ]}
          onSubmit={(v) =>
            send(
              `/tasks/${encodeURIComponent(String(v.task))}/status`,
              { status: v.status },
              t('web.case.statusSet', { status: String(v.status) }),
            )
          }
        />
      )}
      <SimpleForm
        title={t('web.case.link')}
        submitLabel={t('web.case.linkSubmit')}
        fields={[
          {
            name: 'links',
            label: t('web.case.stixIds'),
            required: true,
            hint: t('web.case.stixIdsHint'),
          },
        ]}
        onSubmit={(v) => {
          const refs = String(v.links)
            .split(/[\s,]+/)
            .filter((r) => r !== '');
          return send('/links', { refs }, t('web.case.linked', { n: refs.length }));
        }}
      />
      <SimpleForm
        title={t('web.case.inviteTitle')}
        submitLabel={t('web.case.invite')}
        fields={[
          { name: 'organisation', label: t('web.case.orgId'), required: true },
          { name: 'role', label: t('web.case.role'), kind: 'select', options: ROLES },
        ]}
        onSubmit={(v) =>
          send(
            '/participants',
            { organisation: String(v.organisation).trim(), role: v.role },
            t('web.case.invited', { org: String(v.organisation) }),
          )
        }
      />
    </div>
  );
}
