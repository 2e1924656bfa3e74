/**
 * @module rest/routes/peers
 * Federation peers for the dashboard (administrators only): each partner node with its last
 * status, links and recent runs. Read-only here; peers are added with `coopsec peer add`,
 * which needs COOPSEC_SECRET_KEY to seal the credentials. Credentials are never returned.
 */
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { nameParam } from '../schemas/common.ts';
import { listPeers, peerStatus } from '../../federation/peers.ts';
import { adminOnly } from '../auth.ts';
import { peersAnswer, peerStatusAnswer } from '../schemas/answers/peers.ts';

export function peerRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/peers',
    {
      preValidation: adminOnly,
      schema: {
        ...doc(
          'admin',
          'Federation peers with their links, last status and five latest runs; never credentials (administrators)',
        ),
        response: { 200: peersAnswer },
      },
    },
    async () => {
      const peers = await listPeers(store);
      return {
        peers: await Promise.all(peers.map(async (p) => peerStatus(store, p.name, 5))),
      };
    },
  );
  app.get(
    '/peers/:name',
    {
      preValidation: adminOnly,
      schema: {
        ...doc('admin', 'One peer: links, cursors and the 50 latest sync runs (administrators)'),
        params: nameParam,
        response: { 200: peerStatusAnswer },
      },
    },
    async (request) => {
      const { name } = request.params;
      return peerStatus(store, name, 50);
    },
  );
}
