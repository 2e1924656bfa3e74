/**
 * @module taxii/routes-objects
 * TAXII 2.1 §5.3 manifest, §5.4 get objects, §5.5 add objects, §5.6 get an object, §5.7
 * delete an object, §5.8 object versions. Listings are sorted by date_added (ties by the
 * monotonic seq), paged with an opaque `next`, and carry X-TAXII-Date-Added-First/Last.
 *
 * Payloads are assembled from the stored JSON text without a response schema, so custom
 * properties and extensions are served exactly as stored (STACK.md trap 5).
 */
import { randomUUID } from 'node:crypto';
import { CoopsecError } from '@coopsec/model';
import {
  ExchangeObjectRepository,
  TaxiiStatusRepository,
  versionKey,
  canonicalTimestamp,
  type StoredVersion,
  type AccessScope,
  type StatusDetail,
} from '@coopsec/store';
import type { FastifyReply } from 'fastify';
import { clearedFor } from './access.ts';
import { collectionFor, noteAudit, sendTaxii, type TaxiiContext } from './context.ts';
import { parseEnvelope, planIngest } from './ingest.ts';
import { isTaxiiContentType, STIX_MEDIA_TYPE } from './media.ts';
import { encodeNext, parseListParams } from './params.ts';
import type { RouteAdder } from './routes-util.ts';
import { statusResource } from './routes-server.ts';
import { redactGranular } from './stix-adapter.ts';

type Query = Record<string, string | string[] | undefined>;

/** TAXII 2.1 §3.3.1: first and last date_added of the page. */
function pageHeaders(reply: FastifyReply, rows: readonly StoredVersion[]): void {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return;
  void reply.header('X-TAXII-Date-Added-First', first.dateAdded);
  void reply.header('X-TAXII-Date-Added-Last', last.dateAdded);
}

/** The JSON text to serve for a row: stored text, or a redacted copy for granular markings. */
function servedBody(row: StoredVersion, scope: AccessScope): string | undefined {
  if (row.body === undefined) return undefined;
  if (!row.hasGranular) return row.body;
  const object = JSON.parse(row.body) as Record<string, unknown>;
  const facts = {
    originOrg: row.originOrg,
    postedByReader: row.originUser === scope.userId,
    recipients: row.recipients,
  };
  const redacted = redactGranular(object, (level) => clearedFor(scope, facts, level));
  return redacted === undefined
    ? undefined
    : redacted === object
      ? row.body
      : JSON.stringify(redacted);
}

function envelope(
  rows: readonly StoredVersion[],
  more: boolean,
  scope: AccessScope,
): { text: string; served: number } {
  const bodies: string[] = [];
  for (const row of rows) {
    const body = servedBody(row, scope);
    if (body !== undefined) bodies.push(body);
  }
  const last = rows[rows.length - 1];
  const next = more && last !== undefined ? `,"next":${JSON.stringify(encodeNext(last.seq))}` : '';
  const objects = bodies.length > 0 ? `,"objects":[${bodies.join(',')}]` : '';
  return { text: `{"more":${more}${next}${objects}}`, served: bodies.length };
}

export function registerObjectRoutes(ctx: TaxiiContext, route: RouteAdder): void {
  const objects = new ExchangeObjectRepository(ctx.store);

  // TAXII 2.1 §5.3: manifest of the objects (id, date_added, version, media_type).
  route('GET', '/:root/collections/:collectionId/manifest/', async (request, reply) => {
    const { root, collectionId } = request.params as { root: string; collectionId: string };
    const note = noteAudit(request, { action: 'taxii.manifest.read', collectionId });
    const { access } = await collectionFor(ctx, request, { root, id: collectionId, need: 'read' });
    const p = parseListParams(request.query as Query, {
      defaultVersion: 'last',
      allowIdTypeVersion: true,
    });
    const page = await objects.query({ collectionId, scope: access.scope, ...p });
    note.objectCount = page.rows.length;
    pageHeaders(reply, page.rows);
    const last = page.rows[page.rows.length - 1];
    const body = {
      more: page.more,
      ...(page.more && last !== undefined ? { next: encodeNext(last.seq) } : {}),
      ...(page.rows.length > 0
        ? {
            objects: page.rows.map((r) => ({
              id: r.objectId,
              date_added: r.dateAdded,
              version: r.version,
              media_type: STIX_MEDIA_TYPE,
            })),
          }
        : {}),
    };
    return sendTaxii(reply, 200, JSON.stringify(body));
  });

  // TAXII 2.1 §5.4: objects, as an envelope.
  route('GET', '/:root/collections/:collectionId/objects/', async (request, reply) => {
    const { root, collectionId } = request.params as { root: string; collectionId: string };
    const note = noteAudit(request, { action: 'taxii.objects.read', collectionId });
    const { access } = await collectionFor(ctx, request, { root, id: collectionId, need: 'read' });
    const p = parseListParams(request.query as Query, {
      defaultVersion: 'last',
      allowIdTypeVersion: true,
    });
    const page = await objects.query({ collectionId, scope: access.scope, ...p, withBody: true });
    pageHeaders(reply, page.rows);
    const { text, served } = envelope(page.rows, page.more, access.scope);
    note.objectCount = served;
    return sendTaxii(reply, 200, text);
  });

  // TAXII 2.1 §5.5: add objects. Valid objects are committed in one transaction together
  // with the status resource before the 202; invalid ones are listed as failures.
  route('POST', '/:root/collections/:collectionId/objects/', async (request, reply) => {
    const { root, collectionId } = request.params as { root: string; collectionId: string };
    const note = noteAudit(request, { action: 'taxii.objects.add', collectionId });
    if (!isTaxiiContentType(request.headers['content-type'])) {
      throw new CoopsecError(
        'UNSUPPORTED',
        'Content-Type must be application/taxii+json;version=2.1',
      );
    }
    const { principal } = await collectionFor(ctx, request, {
      root,
      id: collectionId,
      need: 'write',
    });
    const raw = request.body;
    const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
    const plan = planIngest(parseEnvelope(text));
    const requestTimestamp = new Date().toISOString();
    const statusId = randomUUID();
    let status: Parameters<typeof statusResource>[0] | undefined;
    await objects.addVersions({
      collectionId,
      originOrg: principal.orgId,
      originUser: principal.userId,
      objects: plan.accepted,
      inTransaction: async (trx, result) => {
        const successes: StatusDetail[] = plan.accepted.map((o) => {
          const version = o.modified ?? o.created ?? result.dateAdded;
          const fresh = result.inserted.has(
            versionKey(o.objectId, canonicalTimestamp(version) ?? version),
          );
          return fresh
            ? { id: o.objectId, version }
            : { id: o.objectId, version, message: 'this version was already stored' };
        });
        const record = {
          id: statusId,
          collectionId,
          orgId: principal.orgId,
          userId: principal.userId,
          requestTimestamp,
          status: 'complete' as const,
          totalCount: plan.total,
          successCount: successes.length,
          failureCount: plan.failures.length,
          pendingCount: 0,
          successes,
          failures: plan.failures,
          pendings: [],
        };
        await new TaxiiStatusRepository(ctx.store).save(record, trx);
        status = record;
      },
    });
    note.objectCount = plan.accepted.length;
    note.target = statusId;
    if (plan.failures.length > 0) note.detail = `${plan.failures.length} refused`;
    if (status === undefined) throw new CoopsecError('INTERNAL', 'status was not recorded');
    return sendTaxii(reply, 202, JSON.stringify(statusResource(status)));
  });

  // TAXII 2.1 §5.6: one object (its versions per match[version], default last).
  route('GET', '/:root/collections/:collectionId/objects/:objectId/', async (request, reply) => {
    const { root, collectionId, objectId } = request.params as {
      root: string;
      collectionId: string;
      objectId: string;
    };
    const note = noteAudit(request, {
      action: 'taxii.object.read',
      collectionId,
      target: objectId,
    });
    const { access } = await collectionFor(ctx, request, { root, id: collectionId, need: 'read' });
    const p = parseListParams(request.query as Query, {
      defaultVersion: 'last',
      allowIdTypeVersion: true,
    });
    const page = await objects.query({
      collectionId,
      scope: access.scope,
      ...p,
      ids: [objectId],
      types: undefined,
      withBody: true,
    });
    if (page.rows.length === 0 && p.afterSeq === undefined)
      throw new CoopsecError('NOT_FOUND', `no object ${objectId} in collection ${collectionId}`);
    pageHeaders(reply, page.rows);
    const { text, served } = envelope(page.rows, page.more, access.scope);
    note.objectCount = served;
    return sendTaxii(reply, 200, text);
  });

  // TAXII 2.1 §5.7: delete an object (versions per match[version], default all). Only the
  // contributing organisation (or an administrator) may delete what it contributed.
  route('DELETE', '/:root/collections/:collectionId/objects/:objectId/', async (request, reply) => {
    const { root, collectionId, objectId } = request.params as {
      root: string;
      collectionId: string;
      objectId: string;
    };
    const note = noteAudit(request, {
      action: 'taxii.object.delete',
      collectionId,
      target: objectId,
    });
    const { principal, access } = await collectionFor(ctx, request, {
      root,
      id: collectionId,
      need: 'write',
    });
    const p = parseListParams(request.query as Query, {
      defaultVersion: 'all',
      allowIdTypeVersion: true,
    });
    const deleted = await objects.deleteVersions({
      collectionId,
      objectId,
      ...(p.versions !== undefined ? { versions: p.versions } : {}),
      ...(p.specVersions !== undefined ? { specVersions: p.specVersions } : {}),
      scope: principal.isAdmin
        ? { orgId: principal.orgId, unrestricted: true }
        : { orgId: principal.orgId },
    });
    note.objectCount = deleted;
    if (deleted === 0) {
      const visible = await objects.query({
        collectionId,
        scope: access.scope,
        ids: [objectId],
        versions: { all: true },
        limit: 1,
      });
      if (visible.rows.length > 0)
        throw new CoopsecError(
          'FORBIDDEN',
          `object ${objectId} was contributed by another organisation`,
        );
      throw new CoopsecError('NOT_FOUND', `no object ${objectId} in collection ${collectionId}`);
    }
    return reply.code(200).header('content-type', 'application/taxii+json;version=2.1').send('');
  });

  // TAXII 2.1 §5.8: the versions of one object.
  route(
    'GET',
    '/:root/collections/:collectionId/objects/:objectId/versions/',
    async (request, reply) => {
      const { root, collectionId, objectId } = request.params as {
        root: string;
        collectionId: string;
        objectId: string;
      };
      const note = noteAudit(request, {
        action: 'taxii.versions.read',
        collectionId,
        target: objectId,
      });
      const { access } = await collectionFor(ctx, request, {
        root,
        id: collectionId,
        need: 'read',
      });
      const p = parseListParams(request.query as Query, {
        defaultVersion: 'all',
        allowIdTypeVersion: false,
      });
      const page = await objects.query({
        collectionId,
        scope: access.scope,
        ...p,
        ids: [objectId],
      });
      if (page.rows.length === 0 && p.afterSeq === undefined && p.addedAfter === undefined) {
        throw new CoopsecError('NOT_FOUND', `no object ${objectId} in collection ${collectionId}`);
      }
      note.objectCount = page.rows.length;
      pageHeaders(reply, page.rows);
      const last = page.rows[page.rows.length - 1];
      const body = {
        more: page.more,
        ...(page.more && last !== undefined ? { next: encodeNext(last.seq) } : {}),
        ...(page.rows.length > 0 ? { versions: page.rows.map((r) => r.version) } : {}),
      };
      return sendTaxii(reply, 200, JSON.stringify(body));
    },
  );
}
