/**
 * @module pages/admin/Peers
 * Federation peers on the Administration page: each partner node, its last status (wrong
 * credentials and unreachable peers say so here), its links and recent runs with objects in
 * and out and refusals. Peers are added with `coopsec peer add` (credentials are sealed with
 * COOPSEC_SECRET_KEY on the server; they never reach the browser).
 */
import { Show } from '../../ui/status.tsx';
import { useApi } from '../../use-api.ts';
import type { PeersAnswer, PeerStatusAnswer } from '@coopsec/server/schemas';

type Run = PeerStatusAnswer['runs'][number];

const duration = (r: Run) =>
  r.finishedAt === null ? '—' : `${Date.parse(r.finishedAt) - Date.parse(r.startedAt)} ms`;

export function Peers({ version }: { version: number }) {
  const peers = useApi<PeersAnswer>('/api/peers', version);
  return (
    <>
      <h2>Federation peers</h2>
      <Show loaded={peers} what="peers">
        {(d) =>
          d.peers.length === 0 ? (
            <p className="muted">
              No partner nodes yet. Add one on the server with{' '}
              <code>
                coopsec peer add &lt;name&gt; --url &lt;api-root&gt; --key … --org &lt;org&gt;
                --link &lt;collection&gt;
              </code>{' '}
              (see the federation walkthrough in the README).
            </p>
          ) : (
            d.peers.map(({ peer, links, runs }) => (
              <article key={peer.name} className="peer">
                <h3>
                  {peer.name}{' '}
                  <span className={peer.lastStatus === 'failed' ? 'badge error' : 'badge'}>
                    {peer.lastStatus ?? 'never run'}
                  </span>
                </h3>
                <p>
                  {peer.apiRoot} · node {peer.remoteNode ?? 'not yet known'} · stands for{' '}
                  {peer.localOrg} · hop limit {peer.hopLimit}
                </p>
                {peer.lastError !== null && (
                  <div className="notice error" role="alert">
                    {peer.lastError}
                  </div>
                )}
                <table className="grid">
                  <thead>
                    <tr>
                      <th>Local collection</th>
                      <th>Remote collection</th>
                      <th>Direction</th>
                      <th>Every</th>
                    </tr>
                  </thead>
                  <tbody>
                    {links.map((l) => (
                      <tr key={`${l.localCollection}|${l.remoteCollection}`}>
                        <td>{l.localCollection}</td>
                        <td>{l.remoteCollection}</td>
                        <td>{l.direction}</td>
                        <td>{l.intervalSeconds} s</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <table className="grid">
                  <thead>
                    <tr>
                      <th>Started</th>
                      <th>Collection</th>
                      <th>Direction</th>
                      <th>Outcome</th>
                      <th>In</th>
                      <th>Out</th>
                      <th>Refused</th>
                      <th>Took</th>
                    </tr>
                  </thead>
                  <tbody>
                    {runs.map((r) => (
                      <tr key={r.id} title={r.error ?? undefined}>
                        <td>{new Date(r.startedAt).toLocaleString()}</td>
                        <td>{r.localCollection}</td>
                        <td>{r.direction}</td>
                        <td>{r.outcome}</td>
                        <td className="num">{r.objectsIn}</td>
                        <td className="num">{r.objectsOut}</td>
                        <td className="num">{r.refused}</td>
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
