/**
 * @module taxii/context
 * What every TAXII route handler shares: the store, limits, the audit note of the request,
 * and the lookup of a collection with the caller's rights on it.
 */
import { CoopsecError } from '@coopsec/model';
import { CollectionRepository, type Store } from '@coopsec/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requirePrincipal } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';
import { resolveAccess, type CollectionAccess } from './access.ts';
import { TAXII_MEDIA_TYPE } from './media.ts';

export interface TaxiiContext {
  readonly store: Store;
  /** Access decisions cached per user and collection for {@link ACCESS_CACHE_MS}. */
  readonly accessCache: Map<string, { until: number; access: CollectionAccess | undefined }>;
  readonly maxContentLength: number;
  readonly publicUrl: string | undefined;
}

export interface AuditNote {
  readonly action: string;
  collectionId?: string;
  target?: string;
  objectCount?: number;
  detail?: string;
}

/**
 * Grants, agreements and organisation facts change rarely and often from another process (the
 * admin CLI), so a decision is reused for up to 2 s: a revoked grant takes effect within 2 s.
 */
export const ACCESS_CACHE_MS = 2_000;

const notes = new WeakMap<FastifyRequest, AuditNote>();

/** Records what the request is about; the plugin's onResponse hook writes it to the audit log. */
export function noteAudit(request: FastifyRequest, note: AuditNote): AuditNote {
  notes.set(request, note);
  return note;
}

export function auditNoteOf(request: FastifyRequest): AuditNote | undefined {
  return notes.get(request);
}

export async function knownApiRoots(store: Pick<Store, 'db'>): Promise<string[]> {
  return [...new Set(['default', ...(await new CollectionRepository(store).apiRoots())])].sort();
}

export async function requireApiRoot(store: Pick<Store, 'db'>, root: string): Promise<void> {
  if (!(await knownApiRoots(store)).includes(root))
    throw new CoopsecError('NOT_FOUND', `no API root ${root}`);
}

/**
 * The collection `id` under API root `root` with the caller's rights. A collection the caller
 * may neither read nor write is reported as not found (its existence is not disclosed).
 */
export async function collectionFor(
  ctx: TaxiiContext,
  request: FastifyRequest,
  where: { root: string; id: string; need: 'read' | 'write' | 'any' },
): Promise<{ principal: Principal; access: CollectionAccess }> {
  const principal = requirePrincipal(request);
  const cacheKey = `${principal.userId}\n${principal.keyId}\n${where.id}`;
  const cached = ctx.accessCache.get(cacheKey);
  let access: CollectionAccess | undefined;
  if (cached !== undefined && cached.until > Date.now()) access = cached.access;
  else {
    access = await resolveAccess(ctx.store, principal, where.id);
    if (ctx.accessCache.size > 5_000) ctx.accessCache.clear();
    ctx.accessCache.set(cacheKey, { until: Date.now() + ACCESS_CACHE_MS, access });
  }
  if (
    access === undefined ||
    access.collection.apiRoot !== where.root ||
    (!access.canRead && !access.canWrite)
  ) {
    throw new CoopsecError('NOT_FOUND', `no collection ${where.id} under API root ${where.root}`);
  }
  if (where.need === 'read' && !access.canRead)
    throw new CoopsecError('FORBIDDEN', `no read access to collection ${where.id}`);
  if (where.need === 'write' && !access.canWrite)
    throw new CoopsecError('FORBIDDEN', `no write access to collection ${where.id}`);
  return { principal, access };
}

export function sendTaxii(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).header('content-type', TAXII_MEDIA_TYPE).send(Buffer.from(body));
}

export function baseUrl(ctx: TaxiiContext, request: FastifyRequest): string {
  if (ctx.publicUrl !== undefined) return ctx.publicUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}
