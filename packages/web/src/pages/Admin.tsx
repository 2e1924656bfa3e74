/**
 * @module pages/Admin
 * Administration (platform administrators only; the server refuses everyone else):
 * organisations and their users, API keys (issued once, revoked any time), TAXII collections
 * with their read/write grants, and sharing agreements (which TLP levels of a collection flow
 * to which partner; TLP:RED never flows by agreement).
 */
import { useState } from 'react';
import type { PageProps } from '../App.tsx';
import { sendJson } from '../api.ts';
import { SimpleForm } from '../ui/form.tsx';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import type {
  AgreementsAnswer,
  CollectionsAnswer,
  CreatedKeyAnswer,
  KeysAnswer,
  OrgsAnswer,
} from '@coopsec/server/schemas';
import { Peers } from './admin/Peers.tsx';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const ID_HINT = "letters, digits, '.', '_', ':' or '-'";

export default function Admin(_props: PageProps) {
  const [v, setV] = useState(0);
  const refresh = () => setV((x) => x + 1);
  const orgs = useApi<OrgsAnswer>('/api/orgs', v);
  const keys = useApi<KeysAnswer>('/api/keys', v);
  const cols = useApi<CollectionsAnswer>('/api/collections', v);
  const agreements = useApi<AgreementsAnswer>('/api/agreements', v);
  const orgIds = orgs.state === 'ok' ? orgs.data.organisations.map((o) => o.id) : [];
  const userList =
    orgs.state === 'ok'
      ? orgs.data.organisations.flatMap((o) =>
          o.users.map((u) => ({ id: u.id, label: `${u.name} (${o.id})` })),
        )
      : [];
  const users = userList.map((u) => u.id);
  const userLabels = Object.fromEntries(userList.map((u) => [u.id, u.label]));
  const colIds = cols.state === 'ok' ? cols.data.collections.map((c) => c.id) : [];

  const post = async (url: string, body: unknown, what: string) => {
    await sendJson('POST', url, body);
    refresh();
    return what;
  };

  return (
    <section>
      <h1>Administration</h1>
      <h2>Organisations and users</h2>
      <Show loaded={orgs} what="organisations">
        {(d) => (
          <table className="grid">
            <thead>
              <tr>
                <th>Id</th>
                <th>Name</th>
                <th>Client of</th>
                <th>Users</th>
              </tr>
            </thead>
            <tbody>
              {d.organisations.map((o) => (
                <tr key={o.id}>
                  <td>{o.id}</td>
                  <td>{o.name}</td>
                  <td>{o.parentOrg ?? ''}</td>
                  <td>
                    {o.users.map((u) => `${u.name}${u.isAdmin ? ' (admin)' : ''}`).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
      <SimpleForm
        title="Add an organisation"
        submitLabel="Add organisation"
        fields={[
          { name: 'id', label: 'Id', required: true, pattern: ID, hint: ID_HINT },
          { name: 'name', label: 'Name', required: true },
          { name: 'parentOrg', label: 'Client of (optional)', pattern: ID, hint: ID_HINT },
        ]}
        onSubmit={(x) =>
          post(
            '/api/orgs',
            { id: x.id, name: x.name, ...(x.parentOrg ? { parentOrg: x.parentOrg } : {}) },
            `Organisation ${String(x.id)} added.`,
          )
        }
      />
      <SimpleForm
        title="Add a user"
        submitLabel="Add user"
        fields={[
          { name: 'orgId', label: 'Organisation', kind: 'select', options: orgIds, required: true },
          { name: 'name', label: 'User name', required: true },
          { name: 'isAdmin', label: 'Administrator', kind: 'checkbox' },
        ]}
        onSubmit={(x) =>
          post(
            `/api/orgs/${encodeURIComponent(String(x.orgId))}/users`,
            { name: x.name, isAdmin: x.isAdmin === true },
            `User ${String(x.name)} added.`,
          )
        }
      />

      <h2>API keys</h2>
      <Show loaded={keys} what="keys">
        {(d) => (
          <table className="grid">
            <thead>
              <tr>
                <th>Key id</th>
                <th>User</th>
                <th>Organisation</th>
                <th>Created</th>
                <th>Revoked</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {d.keys.map((k) => (
                <tr key={k.id}>
                  <td>
                    <code>{k.id}</code>
                  </td>
                  <td>{k.userName ?? k.userId}</td>
                  <td>{k.orgId ?? ''}</td>
                  <td>{k.createdAt}</td>
                  <td>{k.revokedAt ?? ''}</td>
                  <td>
                    {k.revokedAt === null && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          void sendJson('DELETE', `/api/keys/${k.id}`, undefined).then(refresh)
                        }
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
      <SimpleForm
        title="Issue a key"
        submitLabel="Issue key"
        fields={[
          {
            name: 'userId',
            label: 'User',
            kind: 'select',
            options: users,
            labels: userLabels,
            required: true,
          },
        ]}
        onSubmit={async (x) => {
          const k = await sendJson<CreatedKeyAnswer>('POST', '/api/keys', {
            userId: x.userId,
          });
          refresh();
          return `New key (shown once — copy it now): ${k.key}`;
        }}
      />

      <h2>Collections and grants</h2>
      <Show loaded={cols} what="collections">
        {(d) => (
          <table className="grid">
            <thead>
              <tr>
                <th>Id</th>
                <th>Title</th>
                <th>Owner</th>
                <th>Grants</th>
              </tr>
            </thead>
            <tbody>
              {d.collections.map((c) => (
                <tr key={c.id}>
                  <td>{c.id}</td>
                  <td>{c.title}</td>
                  <td>{c.ownerOrg ?? ''}</td>
                  <td>
                    {c.grants
                      .map((g) => `${g.orgId} (${g.canRead ? 'r' : ''}${g.canWrite ? 'w' : ''})`)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
      <SimpleForm
        title="Add a collection"
        submitLabel="Add collection"
        fields={[
          { name: 'id', label: 'Id', required: true, pattern: ID, hint: ID_HINT },
          { name: 'title', label: 'Title', required: true },
          {
            name: 'ownerOrg',
            label: 'Owner',
            kind: 'select',
            options: ['', ...orgIds],
            labels: { '': 'choose an organisation' },
            required: true,
          },
        ]}
        onSubmit={(x) =>
          post(
            '/api/collections',
            { id: x.id, title: x.title, ...(x.ownerOrg ? { ownerOrg: x.ownerOrg } : {}) },
            `Collection ${String(x.id)} added.`,
          )
        }
      />
      <SimpleForm
        title="Grant access"
        submitLabel="Grant"
        fields={[
          {
            name: 'collectionId',
            label: 'Collection',
            kind: 'select',
            options: colIds,
            required: true,
          },
          { name: 'orgId', label: 'Organisation', kind: 'select', options: orgIds, required: true },
          { name: 'canRead', label: 'Read', kind: 'checkbox' },
          { name: 'canWrite', label: 'Write', kind: 'checkbox' },
        ]}
        onSubmit={(x) =>
          post(
            `/api/collections/${encodeURIComponent(String(x.collectionId))}/grants`,
            { orgId: x.orgId, canRead: x.canRead === true, canWrite: x.canWrite === true },
            'Grant saved.',
          )
        }
      />

      <h2>Sharing agreements</h2>
      <Show loaded={agreements} what="agreements">
        {(d) => (
          <table className="grid">
            <thead>
              <tr>
                <th>From</th>
                <th>To</th>
                <th>Collection</th>
                <th>TLP levels</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {d.agreements.map((a) => (
                <tr key={a.id}>
                  <td>{a.fromOrg}</td>
                  <td>{a.toOrg}</td>
                  <td>{a.collectionId}</td>
                  <td>{a.levels.map((l) => `TLP:${l.toUpperCase()}`).join(', ')}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() =>
                        void sendJson(
                          'DELETE',
                          `/api/agreements/${encodeURIComponent(a.id)}`,
                          undefined,
                        ).then(refresh)
                      }
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
      <SimpleForm
        title="Add an agreement"
        submitLabel="Add agreement"
        fields={[
          { name: 'fromOrg', label: 'From', kind: 'select', options: orgIds, required: true },
          { name: 'toOrg', label: 'To', kind: 'select', options: orgIds, required: true },
          {
            name: 'collectionId',
            label: 'Collection',
            kind: 'select',
            options: colIds,
            required: true,
          },
          {
            name: 'levels',
            label: 'TLP levels',
            kind: 'multi',
            options: ['clear', 'green', 'amber', 'amber+strict'],
            required: true,
          },
        ]}
        onSubmit={(x) =>
          post(
            '/api/agreements',
            { fromOrg: x.fromOrg, toOrg: x.toOrg, collectionId: x.collectionId, levels: x.levels },
            'Agreement added.',
          )
        }
      />
      <Peers version={v} />
    </section>
  );
}
