/**
 * @module pages/Admin
 * Administration (platform administrators only; the server refuses everyone else):
 * organisations and their users, API keys (issued once, revoked any time), TAXII collections
 * with their read/write grants, and sharing agreements (which TLP levels of a collection flow
 * to which partner; TLP:RED never flows by agreement). Ids, names, titles and TLP labels are
 * data (translate="no"); every other word is from the catalogue.
 */
import { useState } from 'react';
import type { PageProps } from '../App.tsx';
import { sendJson } from '../api.ts';
import { SimpleForm } from '../ui/form.tsx';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import { useT } from '../i18n/context.tsx';
import { useDateTime } from './admin/date-time.ts';
import type {
  AgreementsAnswer,
  CollectionsAnswer,
  CreatedKeyAnswer,
  KeysAnswer,
  OrgsAnswer,
} from '@coopsec/server/schemas';
import { Peers } from './admin/Peers.tsx';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict'];
const tlpLabel = (level: string) => `TLP:${level.toUpperCase()}`;

export default function Admin(_props: PageProps) {
  const { t } = useT();
  const when = useDateTime();
  const ID_HINT = t('web.admin.idHint');
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
      <h1>{t('web.admin.heading')}</h1>
      <h2>{t('web.admin.orgs')}</h2>
      <Show loaded={orgs} what={t('web.admin.orgsWhat')}>
        {(d) => (
          <table className="grid">
            <thead>
              <tr>
                <th>{t('web.admin.id')}</th>
                <th>{t('web.admin.name')}</th>
                <th>{t('web.admin.clientOf')}</th>
                <th>{t('web.admin.users')}</th>
              </tr>
            </thead>
            <tbody>
              {d.organisations.map((o) => (
                <tr key={o.id}>
                  <td translate="no">{o.id}</td>
                  <td translate="no">{o.name}</td>
                  <td translate="no">{o.parentOrg ?? ''}</td>
                  <td>
                    {o.users.map((u, i) => (
                      <span key={u.id}>
                        {i > 0 && ', '}
                        {u.isAdmin ? (
                          t('web.admin.userIsAdmin', { name: u.name })
                        ) : (
                          <span translate="no">{u.name}</span>
                        )}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
      <SimpleForm
        title={t('web.admin.addOrg')}
        submitLabel={t('web.admin.addOrgSubmit')}
        fields={[
          { name: 'id', label: t('web.admin.id'), required: true, pattern: ID, hint: ID_HINT },
          { name: 'name', label: t('web.admin.name'), required: true },
          {
            name: 'parentOrg',
            label: t('web.admin.clientOfOptional'),
            pattern: ID,
            hint: ID_HINT,
          },
        ]}
        onSubmit={(x) =>
          post(
            '/api/orgs',
            { id: x.id, name: x.name, ...(x.parentOrg ? { parentOrg: x.parentOrg } : {}) },
            t('web.admin.orgAdded', { id: String(x.id) }),
          )
        }
      />
      <SimpleForm
        title={t('web.admin.addUser')}
        submitLabel={t('web.admin.addUserSubmit')}
        fields={[
          {
            name: 'orgId',
            label: t('web.admin.organisation'),
            kind: 'select',
            options: orgIds,
            required: true,
          },
          { name: 'name', label: t('web.admin.userName'), required: true },
          { name: 'isAdmin', label: t('web.admin.administrator'), kind: 'checkbox' },
        ]}
        onSubmit={(x) =>
          post(
            `/api/orgs/${encodeURIComponent(String(x.orgId))}/users`,
            { name: x.name, isAdmin: x.isAdmin === true },
            t('web.admin.userAdded', { name: String(x.name) }),
          )
        }
      />

      <h2>{t('web.admin.keys')}</h2>
      <Show loaded={keys} what={t('web.admin.keysWhat')}>
        {(d) => (
          <table className="grid">
            <thead>
              <tr>
                <th>{t('web.admin.keyId')}</th>
                <th>{t('web.admin.user')}</th>
                <th>{t('web.admin.organisation')}</th>
                <th>{t('web.admin.created')}</th>
                <th>{t('web.admin.revoked')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {d.keys.map((k) => (
                <tr key={k.id}>
                  <td>
                    <code>{k.id}</code>
                  </td>
                  <td translate="no">{k.userName ?? k.userId}</td>
                  <td translate="no">{k.orgId ?? ''}</td>
                  <td>
                    <time dateTime={k.createdAt} translate="no">
                      {when(k.createdAt)}
                    </time>
                  </td>
                  <td>
                    {k.revokedAt !== null && (
                      <time dateTime={k.revokedAt} translate="no">
                        {when(k.revokedAt)}
                      </time>
                    )}
                  </td>
                  <td>
                    {k.revokedAt === null && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          void sendJson('DELETE', `/api/keys/${k.id}`, undefined).then(refresh)
                        }
                      >
                        {t('web.admin.revoke')}
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
        title={t('web.admin.issueKey')}
        submitLabel={t('web.admin.issueKeySubmit')}
        fields={[
          {
            name: 'userId',
            label: t('web.admin.user'),
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
          return t('web.admin.newKey', { key: k.key });
        }}
      />

      <h2>{t('web.admin.collections')}</h2>
      <Show loaded={cols} what={t('web.admin.collectionsWhat')}>
        {(d) => (
          <table className="grid">
            <thead>
              <tr>
                <th>{t('web.admin.id')}</th>
                <th>{t('web.admin.title')}</th>
                <th>{t('web.admin.owner')}</th>
                <th>{t('web.admin.grants')}</th>
              </tr>
            </thead>
            <tbody>
              {d.collections.map((c) => (
                <tr key={c.id}>
                  <td translate="no">{c.id}</td>
                  <td translate="no">{c.title}</td>
                  <td translate="no">{c.ownerOrg ?? ''}</td>
                  <td>
                    {c.grants.map((g, i) => (
                      <span key={g.orgId}>
                        {i > 0 && '; '}
                        <span translate="no">{g.orgId}</span> (
                        {t('web.admin.rights', {
                          rights: `${g.canRead ? 'r' : ''}${g.canWrite ? 'w' : ''}`,
                        })}
                        )
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
      <SimpleForm
        title={t('web.admin.addCollection')}
        submitLabel={t('web.admin.addCollectionSubmit')}
        fields={[
          { name: 'id', label: t('web.admin.id'), required: true, pattern: ID, hint: ID_HINT },
          { name: 'title', label: t('web.admin.title'), required: true },
          {
            name: 'ownerOrg',
            label: t('web.admin.owner'),
            kind: 'select',
            options: ['', ...orgIds],
            labels: { '': t('web.admin.chooseOrg') },
            required: true,
          },
        ]}
        onSubmit={(x) =>
          post(
            '/api/collections',
            { id: x.id, title: x.title, ...(x.ownerOrg ? { ownerOrg: x.ownerOrg } : {}) },
            t('web.admin.collectionAdded', { id: String(x.id) }),
          )
        }
      />
      <SimpleForm
        title={t('web.admin.grantAccess')}
        submitLabel={t('web.admin.grantSubmit')}
        fields={[
          {
            name: 'collectionId',
            label: t('web.admin.collection'),
            kind: 'select',
            options: colIds,
            required: true,
          },
          {
            name: 'orgId',
            label: t('web.admin.organisation'),
            kind: 'select',
            options: orgIds,
            required: true,
          },
          { name: 'canRead', label: t('web.admin.read'), kind: 'checkbox' },
          { name: 'canWrite', label: t('web.admin.write'), kind: 'checkbox' },
        ]}
        onSubmit={(x) =>
          post(
            `/api/collections/${encodeURIComponent(String(x.collectionId))}/grants`,
            { orgId: x.orgId, canRead: x.canRead === true, canWrite: x.canWrite === true },
            t('web.admin.grantSaved'),
          )
        }
      />

      <h2>{t('web.admin.agreements')}</h2>
      <Show loaded={agreements} what={t('web.admin.agreementsWhat')}>
        {(d) => (
          <table className="grid">
            <thead>
              <tr>
                <th>{t('web.admin.from')}</th>
                <th>{t('web.admin.to')}</th>
                <th>{t('web.admin.collection')}</th>
                <th>{t('web.admin.tlpLevels')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {d.agreements.map((a) => (
                <tr key={a.id}>
                  <td translate="no">{a.fromOrg}</td>
                  <td translate="no">{a.toOrg}</td>
                  <td translate="no">{a.collectionId}</td>
                  <td translate="no">{a.levels.map(tlpLabel).join(', ')}</td>
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
                      {t('web.admin.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
      <SimpleForm
        title={t('web.admin.addAgreement')}
        submitLabel={t('web.admin.addAgreementSubmit')}
        fields={[
          {
            name: 'fromOrg',
            label: t('web.admin.from'),
            kind: 'select',
            options: orgIds,
            required: true,
          },
          {
            name: 'toOrg',
            label: t('web.admin.to'),
            kind: 'select',
            options: orgIds,
            required: true,
          },
          {
            name: 'collectionId',
            label: t('web.admin.collection'),
            kind: 'select',
            options: colIds,
            required: true,
          },
          {
            name: 'levels',
            label: t('web.admin.tlpLevels'),
            kind: 'multi',
            options: TLP_LEVELS,
            labels: Object.fromEntries(TLP_LEVELS.map((l) => [l, tlpLabel(l)])),
            required: true,
          },
        ]}
        onSubmit={(x) =>
          post(
            '/api/agreements',
            { fromOrg: x.fromOrg, toOrg: x.toOrg, collectionId: x.collectionId, levels: x.levels },
            t('web.admin.agreementAdded'),
          )
        }
      />
      <Peers version={v} />
    </section>
  );
}
