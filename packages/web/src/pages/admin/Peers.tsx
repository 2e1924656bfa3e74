/**
 * @module pages/admin/Peers
 * Federation peers on the Administration page: each partner node, its last status (wrong
 * credentials and unreachable peers say so here), its links and recent runs with objects in
 * and out and refusals. Peers are added with `coopsec peer add` (credentials are sealed with
 * COOPSEC_SECRET_KEY on the server; they never reach the browser). Peer names, addresses,
 * collections and the peer's own error texts are data (translate="no").
 */
import { Show } from '../../ui/status.tsx';
import { useApi } from '../../use-api.ts';
import { useT } from '../../i18n/context.tsx';
import { useDateTime } from './date-time.ts';
import type { PeersAnswer, PeerStatusAnswer } from '@coopsec/server/schemas';

type Run = PeerStatusAnswer['runs'][number];

export function Peers({ version }: { version: number }) {
  const { t, number } = useT();
  const when = useDateTime();
  const peers = useApi<PeersAnswer>('/api/peers', version);
  const duration = (r: Run) =>
    r.finishedAt === null
      ? '—'
      : t('web.peers.ms', { n: number(Date.parse(r.finishedAt) - Date.parse(r.startedAt)) });
  return (
    <>
      <h2>{t('web.peers.heading')}</h2>
      <Show loaded={peers} what={t('web.peers.what')}>
        {(d) =>
          d.peers.length === 0 ? (
            <p className="muted">
              {t('web.peers.none')}{' '}
              <code>
                coopsec peer add &lt;name&gt; --url &lt;api-root&gt; --key … --org &lt;org&gt;
                --link &lt;collection&gt;
              </code>{' '}
              {t('web.peers.noneWalkthrough')}
            </p>
          ) : (
            d.peers.map(({ peer, links, runs }) => (
              <article key={peer.name} className="peer">
                <h3>
                  <span translate="no">{peer.name}</span>{' '}
                  <span className={peer.lastStatus === 'failed' ? 'badge error' : 'badge'}>
                    {peer.lastStatus === null
                      ? t('web.peers.neverRun')
                      : t('web.peers.status', { status: peer.lastStatus })}
                  </span>
                </h3>
                <p>
                  {t('web.peers.facts', {
                    apiRoot: peer.apiRoot,
                    node: peer.remoteNode ?? t('web.peers.nodeUnknown'),
                    org: peer.localOrg,
                    hops: number(peer.hopLimit),
                  })}
                </p>
                {peer.lastError !== null && (
                  <div className="notice error" role="alert" translate="no">
                    {peer.lastError}
                  </div>
                )}
                <table className="grid">
                  <thead>
                    <tr>
                      <th>{t('web.peers.localCollection')}</th>
                      <th>{t('web.peers.remoteCollection')}</th>
                      <th>{t('web.peers.direction')}</th>
                      <th>{t('web.peers.every')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {links.map((l) => (
                      <tr key={`${l.localCollection}|${l.remoteCollection}`}>
                        <td translate="no">{l.localCollection}</td>
                        <td translate="no">{l.remoteCollection}</td>
                        <td>{t('web.peers.directionValue', { direction: l.direction })}</td>
                        <td>{t('web.duration.s', { n: number(l.intervalSeconds) })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <table className="grid">
                  <thead>
                    <tr>
                      <th>{t('web.peers.started')}</th>
                      <th>{t('web.admin.collection')}</th>
                      <th>{t('web.peers.direction')}</th>
                      <th>{t('web.peers.outcome')}</th>
                      <th>{t('web.peers.in')}</th>
                      <th>{t('web.peers.out')}</th>
                      <th>{t('web.peers.refused')}</th>
                      <th>{t('web.peers.took')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {runs.map((r) => (
                      <tr key={r.id} title={r.error ?? undefined}>
                        <td>
                          <time dateTime={r.startedAt} translate="no">
                            {when(r.startedAt)}
                          </time>
                        </td>
                        <td translate="no">{r.localCollection}</td>
                        <td>{t('web.peers.directionValue', { direction: r.direction })}</td>
                        <td>{t('web.peers.status', { status: r.outcome })}</td>
                        <td className="num">{number(r.objectsIn)}</td>
                        <td className="num">{number(r.objectsOut)}</td>
                        <td className="num">{number(r.refused)}</td>
                        <td className="num">{duration(r)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </article>
            ))
          )
        }
      </Show>
    </>
  );
}
