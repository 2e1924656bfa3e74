/**
 * @module commands/peer
 * `coopsec peer add|list|status|remove` and `coopsec sync <peer>`: thin adapters over the
 * server's federation use cases. Keys are read from options or COOPSEC_PEER_KEY and sealed
 * with COOPSEC_SECRET_KEY before they are stored; nothing here prints them.
 */
import { CoopsecError } from '@coopsec/model';
import { FederationRepository, type SyncRun } from '@coopsec/store';
import {
  addPeer,
  listPeers,
  parseLinkSpec,
  peerStatus,
  removePeer,
  secretBoxFromEnv,
  syncPeer,
} from '@coopsec/server';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, formatTable, show } from '../output.ts';

/** Sync runs as a table; the start time and duration when several runs are listed. */
function runTable(runs: readonly SyncRun[], options: { started: boolean }): string {
  const took = (r: SyncRun) =>
    r.finishedAt === null ? null : Date.parse(r.finishedAt) - Date.parse(r.startedAt);
  return formatTable(
    [
      ...(options.started ? ['started'] : []),
      'collection',
      'direction',
      'outcome',
      'in',
      'out',
      'refused',
      'requests',
      ...(options.started ? ['ms'] : []),
      'error',
    ],
    runs.map((r) => [
      ...(options.started ? [r.startedAt] : []),
      r.localCollection,
      r.direction,
      r.outcome,
      r.objectsIn,
      r.objectsOut,
      r.refused,
      r.requests,
      ...(options.started ? [took(r)] : []),
      r.error,
    ]),
  );
}

function positiveInt(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw new CoopsecError('BAD_INPUT', `--${name} must be an integer ≥ ${min}, got "${text}"`);
  return n;
}

export const peerAddAction = action(
  async (
    name: string,
    options: {
      url: string;
      key?: string;
      user?: string;
      org: string;
      link?: string[];
      hopLimit: string;
    },
    command: CommandLike,
  ) => {
    const key = options.key ?? process.env.COOPSEC_PEER_KEY;
    if (key === undefined || key === '')
      throw new CoopsecError(
        'BAD_INPUT',
        'give the key this node uses at the partner with --key or COOPSEC_PEER_KEY',
      );
    const secrets = secretBoxFromEnv();
    const links = (options.link ?? []).map(parseLinkSpec);
    await withStore(globalOptions(command), async (store) => {
      const added = await addPeer(store, secrets, {
        name,
        apiRoot: options.url,
        key,
        ...(options.user !== undefined ? { user: options.user } : {}),
        localOrg: options.org,
        links,
        hopLimit: positiveInt('hop-limit', options.hopLimit, 2),
      });
      show(
        command,
        added,
        `added peer ${added.peer.name} (${added.peer.apiRoot}) for organisation ${added.peer.localOrg}\n` +
          formatTable(
            ['local', 'remote', 'direction', 'every (s)'],
            added.links.map((l) => [
              l.localCollection,
              l.remoteCollection,
              l.direction,
              l.intervalSeconds,
            ]),
          ) +
          `\nrun it now with: coopsec sync ${added.peer.name}`,
      );
    });
  },
);

export const peerListAction = action(async (_options: object, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const peers = await listPeers(store);
    show(
      command,
      peers,
      peers.length === 0
        ? 'no peers yet: add one with coopsec peer add <name> --url <api-root> --key <key> --org <org> --link <collection>'
        : formatTable(
            ['name', 'api root', 'org', 'node', 'status', 'last error'],
            peers.map((p) => [
              p.name,
              p.apiRoot,
              p.localOrg,
              p.remoteNode,
              p.lastStatus ?? 'never run',
              p.lastError,
            ]),
          ),
    );
  }),
);

export const peerStatusAction = action(
  async (name: string, options: { runs: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const status = await peerStatus(store, name, positiveInt('runs', options.runs, 1));
      const { peer } = status;
      show(
        command,
        status,
        [
          `${peer.name}: ${peer.apiRoot} (node ${peer.remoteNode ?? 'not yet known'}) for ${peer.localOrg}, hop limit ${peer.hopLimit}`,
          `status: ${peer.lastStatus ?? 'never run'}${peer.lastError !== null ? ` — ${peer.lastError}` : ''}`,
          '',
          formatTable(
            ['local', 'remote', 'direction', 'every (s)', 'pushed up to seq'],
            status.links.map((l) => [
              l.localCollection,
              l.remoteCollection,
              l.direction,
              l.intervalSeconds,
              l.pushCursor,
            ]),
          ),
          '',
          status.runs.length === 0 ? 'no runs yet' : runTable(status.runs, { started: true }),
        ].join('\n'),
      );
    }),
);

export const peerRemoveAction = action(
  async (name: string, _options: object, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      await removePeer(store, name);
      show(command, { removed: name }, `removed peer ${name}`);
    }),
);

export const syncAction = action(
  async (name: string, options: { direction: string; reset?: true }, command: CommandLike) => {
    const direction = options.direction;
    if (direction !== 'pull' && direction !== 'push' && direction !== 'both')
      throw new CoopsecError(
        'BAD_INPUT',
        `--direction must be pull, push or both, got "${direction}"`,
      );
    const secrets = secretBoxFromEnv();
    return withStore(globalOptions(command), async (store) => {
      const runs = await syncPeer({ store, secrets }, name, {
        direction,
        ...(options.reset === true ? { reset: true } : {}),
      });
      show(command, runs, runTable(runs, { started: false }));
      return runs.some((r) => r.outcome !== 'ok') ? 1 : 0;
    });
  },
);

export const provenanceAction = action(
  async (collection: string, objectId: string, _options: object, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const federation = new FederationRepository(store);
      const found = [...(await federation.provenanceOf(collection, [objectId])).values()];
      const peers = new Map((await federation.listPeers()).map((p) => [p.id, p.name]));
      const rows = found.map((p) => ({ ...p, peer: peers.get(p.peerId) ?? p.peerId }));
      show(
        command,
        rows,
        rows.length === 0
          ? `${objectId} in ${collection}: no version came from another node (created here, or not stored)`
          : formatTable(
              ['version', 'delivered by', 'received', 'path (origin first)'],
              rows.map((r) => [r.version, r.peer, r.receivedAt, r.path.join(' → ')]),
            ),
      );
    }),
);
