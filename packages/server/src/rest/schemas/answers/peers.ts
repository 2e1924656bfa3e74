/**
 * @module rest/schemas/answers/peers
 * Answers of routes/peers.ts (federation/peers.ts `peerStatus`), as the Administration page's
 * Peers section reads them: a peer without its credentials, its links and latest sync runs.
 */
import { z } from 'zod';
import { list } from './common.ts';

export const peerStatusAnswer = z.object({
  peer: z.object({
    id: z.string(),
    name: z.string(),
    apiRoot: z.string(),
    localOrg: z.string(),
    serviceUser: z.string(),
    remoteNode: z.string().nullable(),
    hopLimit: z.int(),
    enabled: z.boolean(),
    lastStatus: z.string().nullable(),
    lastError: z.string().nullable(),
  }),
  links: list(
    z.object({
      peerId: z.string(),
      localCollection: z.string(),
      remoteCollection: z.string(),
      direction: z.string(),
      intervalSeconds: z.int(),
      pullCursor: z.string().nullable(),
      pushCursor: z.int(),
      pushInflight: z.object({ statusId: z.string(), upToSeq: z.int() }).nullable(),
      nextRunAt: z.string().nullable(),
    }),
  ),
  runs: list(
    z.object({
      id: z.string(),
      peerId: z.string(),
      localCollection: z.string(),
      direction: z.enum(['pull', 'push']),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      outcome: z.string(),
      objectsIn: z.int(),
      objectsOut: z.int(),
      refused: z.int(),
      refusals: list(z.object({ id: z.string(), reason: z.string() })),
      requests: z.int(),
      error: z.string().nullable(),
      lagMs: z.number().nullable(),
    }),
  ),
});

export const peersAnswer = z.object({ peers: list(peerStatusAnswer) });

export type PeerStatusAnswer = z.output<typeof peerStatusAnswer>;
export type PeersAnswer = z.output<typeof peersAnswer>;
