/**
 * @module taxii/plugin
 * TAXII 2.1 under /taxii2: discovery, API roots, collections, objects, manifest, versions,
 * status. Everything in this scope is authenticated (Basic or Bearer API key), negotiates
 * `application/taxii+json;version=2.1` (406 otherwise), and answers every error — including
 * unknown URLs, bad bodies and oversize requests — with a TAXII error message (§3.6.1).
 * Every request is written to the audit log (ids and counts only, never content).
 */
import { AuditRepository, type AuditEvent, type Store } from '@coopsec/store';
import type { FastifyPluginAsync } from 'fastify';
import { createAuthenticate } from '../auth/authenticate.ts';
import { auditNoteOf, type TaxiiContext } from './context.ts';
import { TaxiiHttpError, toTaxiiError } from './errors.ts';
import { acceptsTaxii, TAXII_MEDIA_TYPE } from './media.ts';
import { registerObjectRoutes } from './routes-objects.ts';
import { registerServerRoutes } from './routes-server.ts';
import { routeRegistry } from './routes-util.ts';
import type { ServerMetrics } from '../operations.ts';

export interface TaxiiPluginOptions {
  readonly store: Store;
  readonly maxContentLength: number;
  readonly publicUrl?: string;
  /** Where the audit batch reports its depth (operations.ts). */
  readonly metrics?: ServerMetrics;
}

function outcomeOf(status: number): string {
  if (status < 400) return 'ok';
  if (status === 401) return 'unauthenticated';
  if (status === 403 || status === 404) return 'denied';
  if (status < 500) return 'refused';
  return 'error';
}

// eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async by contract
export const taxiiPlugin: FastifyPluginAsync<TaxiiPluginOptions> = async (app, options) => {
  const ctx: TaxiiContext = {
    store: options.store,
    accessCache: new Map(),
    maxContentLength: options.maxContentLength,
    publicUrl: options.publicUrl,
  };
  const authenticate = createAuthenticate(options.store);
  const audit = new AuditRepository(options.store);
  // Audit events are written in batches (every 200 ms or 500 events, and on close), so that a
  // read does not wait for a write; a crash can lose at most the last 200 ms of entries.
  let pending: AuditEvent[] = [];
  let flushing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    flushing = flushing
      .then(() => audit.recordMany(batch))
      .catch((error: unknown) => app.log.error({ err: error }, 'audit log write failed'));
    await flushing;
  };
  options.metrics?.queue('audit', () => pending.length);
  const timer = setInterval(() => void flush(), 200);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await flush();
  });

  // TAXII 2.1 §5.5: the envelope is read as raw bytes and parsed by the route, so that the
  // media type can be checked (415) and the JSON errors reported in TAXII form.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: options.maxContentLength },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.addHook('onRequest', async (request) => {
    if (!acceptsTaxii(request.headers.accept)) {
      throw new TaxiiHttpError({
        code: 'UNSUPPORTED',
        httpStatus: 406,
        message: `Accept must allow ${TAXII_MEDIA_TYPE}`,
      });
    }
    await authenticate(request);
  });

  app.addHook('onResponse', async (request, reply) => {
    const note = auditNoteOf(request);
    const p = request.principal;
    pending.push({
      at: new Date().toISOString(),
      userId: p?.userId ?? null,
      orgId: p?.orgId ?? null,
      keyId: p?.keyId ?? null,
      action: note?.action ?? `taxii.${request.method.toLowerCase()}`,
      collectionId: note?.collectionId ?? null,
      target: note?.target ?? null,
      objectCount: note?.objectCount ?? 0,
      outcome: outcomeOf(reply.statusCode),
      detail: note?.detail ?? (reply.statusCode >= 400 ? `HTTP ${reply.statusCode}` : null),
    });
    if (pending.length >= 500) await flush();
  });

  app.setErrorHandler(async (error, request, reply) => {
    const { status, body, internal, retryAfter } = toTaxiiError(error);
    if (internal) request.log.error({ err: error }, 'TAXII request failed');
    if (retryAfter !== undefined) {
      request.log.warn('TAXII request refused: the database is busy');
      void reply.header('Retry-After', String(retryAfter));
    }
    if (status === 401)
      void reply.header('WWW-Authenticate', 'Basic realm="coopsec TAXII", Bearer');
    return reply
      .code(status)
      .header('content-type', TAXII_MEDIA_TYPE)
      .send(Buffer.from(JSON.stringify(body)));
  });

  app.setNotFoundHandler(async (request, reply) => {
    const { status, body } = toTaxiiError(
      new TaxiiHttpError({
        code: 'NOT_FOUND',
        httpStatus: 404,
        message: `no TAXII resource at ${request.url}`,
      }),
    );
    return reply
      .code(status)
      .header('content-type', TAXII_MEDIA_TYPE)
      .send(Buffer.from(JSON.stringify(body)));
  });

  const { route, finish } = routeRegistry(app);
  registerServerRoutes(app, ctx, route);
  registerObjectRoutes(ctx, route);
  finish();
};
