/**
 * @module rest/routes/peers
 * Federation peers for the dashboard (administrators only): each partner node with its last
 * status, links and recent runs. Read-only here; peers are added with `coopsec peer add`,
 * which needs COOPSEC_SECRET_KEY to seal the credentials. Credentials are never returned.
 */
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { listPeers, peerStatus } from '../../federation/peers.ts';
import { requireAdmin } from '../auth.ts';

export function peerRoutes(app: FastifyInstance, store: Store): void {
  app.get('/peers', async (request) => {
    requireAdmin(request);
    const peers = await listPeers(store);
    return {
      peers: await Promise.all(peers.map(async (p) => peerStatus(store, p.name, 5))),
    };
  });
  app.get('/peers/:name', async (request) => {
    requireAdmin(request);
    const { name } = request.params as { name: string };
    return peerStatus(store, name, 50);
  });
}
