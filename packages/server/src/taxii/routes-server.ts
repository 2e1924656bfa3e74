/**
 * @module taxii/routes-server
 * TAXII 2.1 §4.1 server discovery, §4.2 API root information, §4.3 status, §5.1 collections,
 * §5.2 one collection.
 */
import { CoopsecError } from '@coopsec/model';
import { CollectionRepository, TaxiiStatusRepository } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/authenticate.ts';
import { resolveAccess, type CollectionAccess } from './access.ts';
import {
  baseUrl,
  collectionFor,
  knownApiRoots,
  noteAudit,
  requireApiRoot,
  sendTaxii,
  type TaxiiContext,
} from './context.ts';
import { STIX_MEDIA_TYPE, TAXII_MEDIA_TYPE } from './media.ts';
import type { RouteAdder } from './routes-util.ts';
import { nodeIdOf } from '../federation/provenance.ts';

function collectionResource(access: CollectionAccess): Record<string, unknown> {
  const c = access.collection;
  return {
    id: c.id,
    title: c.title,
    ...(c.description !== null ? { description: c.description } : {}),
    can_read: access.canRead,
    can_write: access.canWrite,
    media_types: [STIX_MEDIA_TYPE],
  };
}

export function registerServerRoutes(
  app: FastifyInstance,
  ctx: TaxiiContext,
  route: RouteAdder,
): void {
  // TAXII 2.1 §4.1: discovery lists the API roots.
  route('GET', '/', async (request, reply) => {
    noteAudit(request, { action: 'taxii.discovery.read' });
    const base = baseUrl(ctx, request);
    const roots = await knownApiRoots(ctx.store);
    return sendTaxii(
      reply,
      200,
      JSON.stringify({
        title: 'coopsec TAXII 2.1',
        description: 'Exchange of STIX 2.1 between national information-security centres',
        default: `${base}/taxii2/default/`,
        api_roots: roots.map((r) => `${base}/taxii2/${r}/`),
      }),
    );
  });

  // TAXII 2.1 §4.2: API root information.
  route('GET', '/:root/', async (request, reply) => {
    const { root } = request.params as { root: string };
    noteAudit(request, { action: 'taxii.api_root.read', target: root });
    await requireApiRoot(ctx.store, root);
    return sendTaxii(
      reply,
      200,
      JSON.stringify({
        title: root === 'default' ? 'coopsec default API root' : `coopsec API root ${root}`,
        versions: [TAXII_MEDIA_TYPE],
        max_content_length: ctx.maxContentLength,
        // The node id partners put on the path of what they relay (federation/provenance.ts).
        x_coopsec_node: await nodeIdOf(ctx.store),
      }),
    );
  });

  // TAXII 2.1 §4.3: status of an add request.
  route('GET', '/:root/status/:statusId/', async (request, reply) => {
    const { root, statusId } = request.params as { root: string; statusId: string };
    noteAudit(request, { action: 'taxii.status.read', target: statusId });
    await requireApiRoot(ctx.store, root);
    const principal = requirePrincipal(request);
    const status = await new TaxiiStatusRepository(ctx.store).get(statusId);
    // README.md "Status": the posting user and platform administrators only (a status names
    // the posted ids, which the poster's colleagues may not be cleared to know).
    if (status === undefined || (status.userId !== principal.userId && !principal.isAdmin)) {
      throw new CoopsecError('NOT_FOUND', `no status ${statusId}`);
    }
    return sendTaxii(reply, 200, JSON.stringify(statusResource(status)));
  });

  // TAXII 2.1 §5.1: the collections the caller may read or write.
  route('GET', '/:root/collections/', async (request, reply) => {
    const { root } = request.params as { root: string };
    noteAudit(request, { action: 'taxii.collections.read' });
    await requireApiRoot(ctx.store, root);
    const principal = requirePrincipal(request);
    const visible: Record<string, unknown>[] = [];
    for (const c of await new CollectionRepository(ctx.store).list(root)) {
      const access = await resolveAccess(ctx.store, principal, c.id);
      if (access !== undefined && (access.canRead || access.canWrite))
        visible.push(collectionResource(access));
    }
    return sendTaxii(
      reply,
      200,
      JSON.stringify(visible.length > 0 ? { collections: visible } : {}),
    );
  });

  // TAXII 2.1 §5.2: one collection.
  route('GET', '/:root/collections/:collectionId/', async (request, reply) => {
    const { root, collectionId } = request.params as { root: string; collectionId: string };
    noteAudit(request, { action: 'taxii.collection.read', collectionId });
    const { access } = await collectionFor(ctx, request, { root, id: collectionId, need: 'any' });
    return sendTaxii(reply, 200, JSON.stringify(collectionResource(access)));
  });
  void app;
}

export function statusResource(s: {
  id: string;
  status: string;
  requestTimestamp: string;
  totalCount: number;
  successCount: number;
  failureCount: number;
  pendingCount: number;
  successes: readonly unknown[];
  failures: readonly unknown[];
  pendings: readonly unknown[];
}): Record<string, unknown> {
  return {
    id: s.id,
    status: s.status,
    request_timestamp: s.requestTimestamp,
    total_count: s.totalCount,
    success_count: s.successCount,
    successes: s.successes,
    failure_count: s.failureCount,
    failures: s.failures,
    pending_count: s.pendingCount,
    pendings: s.pendings,
  };
}
