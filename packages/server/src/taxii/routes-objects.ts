/**
 * @module taxii/routes-objects
 * TAXII 2.1 §5.3 manifest, §5.4 get objects, §5.5 add objects, §5.6 get an object, §5.7
 * delete an object, §5.8 object versions. Listings are sorted by date_added (ties by the
 * monotonic seq), paged with an opaque `next`, and carry X-TAXII-Date-Added-First/Last.
 *
 * Payloads are assembled from the stored JSON text without a response schema, so custom
 * properties and extensions are served exactly as stored (STACK.md trap 5).
 */
import { CoopsecError } from '@coopsec/model';
import { ExchangeObjectRepository, type StoredVersion } from '@coopsec/store';
import type { FastifyReply } from 'fastify';
import { maySee, servedBody, type CollectionAccess } from './access.ts';
import { collectionFor, noteAudit, sendTaxii, type TaxiiContext } from './context.ts';
import { envelopeObjects, ingestEnvelope, parseEnvelopeValue } from './ingest.ts';
import {
  PROVENANCE_HEADER,
  provenanceFragment,
  provenanceOfPost,
} from '../federation/provenance.ts';
import { isTaxiiContentType, STIX_MEDIA_TYPE } from './media.ts';
import { encodeNext, parseListParams } from './params.ts';
import type { RouteAdder } from './routes-util.ts';
import { statusResource } from './routes-server.ts';

type Query = Record<string, string | string[] | undefined>;

/** TAXII 2.1 §3.3.1: first and last date_added of the objects served (none: no headers). */
function pageHeaders(reply: FastifyReply, rows: readonly StoredVersion[]): void {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return;
  void reply.header('X-TAXII-Date-Added-First', first.dateAdded);
  void reply.header('X-TAXII-Date-Added-Last', last.dateAdded);
}

/**
 * The rows the reader may see. The store's SQL filter already applies the same rule; this is
 * the domain decision itself, kept as a second lock so that a filter bug cannot leak.
 */
function seen(access: CollectionAccess, rows: readonly StoredVersion[]): StoredVersion[] {
  return rows.filter((r) => maySee(access, r));
}

/** An envelope of the versions served, and the rows they came from (for the headers). */
function envelope(
  rows: readonly StoredVersion[],
  more: boolean,
  access: CollectionAccess,
): { text: string; served: StoredVersion[] } {
  const bodies: string[] = [];
  const served: StoredVersion[] = [];
  for (const row of rows) {
    const body = servedBody(row, access);
    if (body === undefined) continue;
    bodies.push(body);
    served.push(row);
  }
  const last = rows[rows.length - 1];
  const next = more && last !== undefined ? `,"next":${JSON.stringify(encodeNext(last.seq))}` : '';
  const objects = bodies.length > 0 ? `,"objects":[${bodies.join(',')}]` : '';
  return { text: `{"more":${more}${next}${objects}}`, served };
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
    const rows = seen(access, page.rows);
    note.objectCount = rows.length;
    pageHeaders(reply, rows);
    const last = page.rows[page.rows.length - 1];
    const body = {
      more: page.more,
      ...(page.more && last !== undefined ? { next: encodeNext(last.seq) } : {}),
      ...(rows.length > 0
        ? {
            objects: rows.map((r) => ({
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
    const { text, served } = envelope(page.rows, page.more, access);
    pageHeaders(reply, served);
    note.objectCount = served.length;
    // Only a coopsec node asks for the paths (federation/provenance.ts): others pay nothing.
    const provenance =
      request.headers[PROVENANCE_HEADER] === '1'
        ? await provenanceFragment(ctx.store, collectionId, served)
        : '';
    return sendTaxii(reply, 200, provenance === '' ? text : `${text.slice(0, -1)}${provenance}}`);
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
    const { principal, access } = await collectionFor(ctx, request, {
      root,
      id: collectionId,
      need: 'write',
    });
    const raw = request.body;
    const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
    const envelopeValue = parseEnvelopeValue(text);
    const provenance = await provenanceOfPost(ctx.store, principal.orgId, envelopeValue);
    const status = await ingestEnvelope({
      store: ctx.store,
      collectionId,
      writer: principal,
      access,
      objects: envelopeObjects(envelopeValue),
      ...(provenance !== undefined ? { provenance } : {}),
    });
    note.objectCount = status.successCount;
    note.target = status.id;
    if (status.failureCount > 0) note.detail = `${status.failureCount} refused`;
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
    const { text, served } = envelope(page.rows, page.more, access);
    if (served.length === 0 && p.afterSeq === undefined)
      throw new CoopsecError('NOT_FOUND', `no object ${objectId} in collection ${collectionId}`);
    pageHeaders(reply, served);
    note.objectCount = served.length;
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
    const { access } = await collectionFor(ctx, request, {
      root,
      id: collectionId,
      need: 'write',
    });
    const p = parseListParams(request.query as Query, {
      defaultVersion: 'all',
      allowIdTypeVersion: true,
    });
    // README.md "Writes": only a user who can see the object and whose organisation
    // originated it may delete it; what the caller cannot see does not exist for it.
    const { deleted, visible } = await objects.deleteVersions({
      collectionId,
      objectId,
      ...(p.versions !== undefined ? { versions: p.versions } : {}),
      ...(p.specVersions !== undefined ? { specVersions: p.specVersions } : {}),
      scope: access.scope,
    });
    note.objectCount = deleted;
    if (visible === 0)
      throw new CoopsecError('NOT_FOUND', `no object ${objectId} in collection ${collectionId}`);
    if (deleted === 0)
      throw new CoopsecError(
        'FORBIDDEN',
        `object ${objectId} was contributed by another organisation; only it may delete it`,
      );
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
      const rows = seen(access, page.rows);
      if (rows.length === 0 && p.afterSeq === undefined && p.addedAfter === undefined) {
        throw new CoopsecError('NOT_FOUND', `no object ${objectId} in collection ${collectionId}`);
      }
      note.objectCount = rows.length;
      pageHeaders(reply, rows);
      const last = page.rows[page.rows.length - 1];
      const body = {
        more: page.more,
        ...(page.more && last !== undefined ? { next: encodeNext(last.seq) } : {}),
        ...(rows.length > 0 ? { versions: rows.map((r) => r.version) } : {}),
      };
      return sendTaxii(reply, 200, JSON.stringify(body));
    },
  );
}
