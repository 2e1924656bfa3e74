/**
 * @module pages/incidents/CaseActions
 * Working a case from the dashboard: move its phase, comment, add a task, set a task's status,
 * link STIX objects, invite an organisation, download the case as a STIX 2.1 bundle. Who may do what (observers only comment, only the lead invites) and
 * which phase moves are legal are the domain's rules; the server's answer is shown next to the
 * field, and on success the case is read again.
 */
import { useState } from 'react';
import { download, sendJson } from '../../api.ts';
import { SimpleForm, type FormValues } from '../../ui/form.tsx';
import { ROLES } from './OpenCase.tsx';
import { PHASES, type IncidentView } from './types.ts';

const STATUSES = ['in-progress', 'completed', 'cancelled', 'pending'];

export function CaseActions({ c, onChanged }: { c: IncidentView; onChanged: () => void }) {
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
      <h2>Work on the case</h2>
      <p>
        <button
          type="button"
          onClick={() =>
            void download(`${base}/export`, `${c.id}.json`, 'application/json').catch(
              (e: unknown) => setExportError(String(e)),
            )
          }
        >
          Download as STIX 2.1 bundle
        </button>
        {exportError !== undefined && <span className="field-error"> {exportError}</span>}
      </p>
      <SimpleForm
        title="Move to phase"
        submitLabel="Move"
        fields={[
          {
            name: 'phase',
            label: 'Phase',
            kind: 'select',
            // The phases after the current one first: moving on is the usual step.
            options: [
              ...PHASES.slice(PHASES.indexOf(c.phase) + 1),
              ...PHASES.slice(0, PHASES.indexOf(c.phase)),
            ],
          },
          { name: 'summary', label: 'Why (optional)' },
        ]}
        onSubmit={(v) =>
          send(
            '/phase',
            { phase: v.phase, ...optional(v, 'summary') },
            `Moved to ${String(v.phase)}.`,
          )
        }
      />
      <SimpleForm
        title="Comment"
        submitLabel="Comment"
        fields={[{ name: 'text', label: 'Comment', required: true }]}
        onSubmit={(v) => send('/comments', { text: v.text }, 'Comment added.')}
      />
      <SimpleForm
        title="Add a task"
        submitLabel="Add task"
        fields={[
          { name: 'title', label: 'Task', required: true },
          { name: 'owner', label: 'Owner', kind: 'select', options: orgs },
          { name: 'due', label: 'Due (optional)', hint: 'YYYY-MM-DD' },
        ]}
        onSubmit={(v) =>
          send(
            '/tasks',
            { title: v.title, owner: v.owner, ...optional(v, 'due') },
            `Task “${String(v.title)}” added.`,
          )
        }
      />
      {c.tasks.length > 0 && (
        <SimpleForm
          title="Set a task’s status"
          submitLabel="Set status"
          fields={[
            {
              name: 'task',
              label: 'Task',
              kind: 'select',
              options: c.tasks.map((t) => t.id),
              labels: Object.fromEntries(c.tasks.map((t) => [t.id, t.title])),
            },
            { name: 'status', label: 'Status', kind: 'select', options: STATUSES },
          ]}
          onSubmit={(v) =>
            send(
              `/tasks/${encodeURIComponent(String(v.task))}/status`,
              { status: v.status },
              `Task set to ${String(v.status)}.`,
            )
          }
        />
      )}
      <SimpleForm
        title="Link STIX objects"
        submitLabel="Link"
        fields={[
          {
            name: 'links',
            label: 'STIX ids',
            required: true,
            hint: 'indicator--…, sighting--…; separated by spaces or commas',
          },
        ]}
        onSubmit={(v) => {
          const refs = String(v.links)
            .split(/[\s,]+/)
            .filter((r) => r !== '');
          return send('/links', { refs }, `${refs.length} object(s) linked.`);
        }}
      />
      <SimpleForm
        title="Invite an organisation (lead only)"
        submitLabel="Invite"
        fields={[
          { name: 'organisation', label: 'Organisation id', required: true },
          { name: 'role', label: 'Role', kind: 'select', options: ROLES },
        ]}
        onSubmit={(v) =>
          send(
            '/participants',
            { organisation: String(v.organisation).trim(), role: v.role },
            `${String(v.organisation)} invited.`,
          )
        }
      />
    </div>
  );
}
