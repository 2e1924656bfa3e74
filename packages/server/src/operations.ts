/**
 * @module operations
 * What a load balancer and a monitoring system ask of each server process:
 *   - `GET /healthz`: the process answers (liveness; touches nothing else);
 *   - `GET /readyz`: the database answers a trivial query within a second and the process is
 *     not shutting down (readiness: take it out of rotation otherwise, 503);
 *   - `GET /metrics`: Prometheus text format (prom-client): requests and latency by route
 *     pattern (never ids), objects ingested, database pool occupancy, queue depths, and the
 *     process's own metrics (memory, CPU, event-loop lag). Restrict it at the proxy if the
 *     counts are not for everyone; it carries no identifiers or content.
 * These are outside /taxii2 and /api, so they need no key and speak plain JSON.
 */
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { pingStore, type Store } from '@coopsec/store';
import { auditNoteOf } from './taxii/context.ts';

/** The process's metrics, shared by the plugins that report into them. */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'coopsec_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'coopsec_http_request_duration_seconds',
    help: 'Time from request received to response sent, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });
  readonly ingested = new Counter({
    name: 'coopsec_taxii_objects_ingested_total',
    help: 'STIX objects accepted by TAXII add-objects requests (TAXII 2.1 §5.5)',
    registers: [this.registry],
  });
  readonly #queues = new Map<string, () => number>();

  constructor(store: Store) {
    collectDefaultMetrics({ register: this.registry, prefix: 'coopsec_' });
    const queues = this.#queues;
    new Gauge({
      name: 'coopsec_queue_depth',
      help: 'Items waiting in an in-process or job queue, by queue',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      collect() {
        for (const [queue, depth] of queues) this.set({ queue }, depth());
      },
    });
    new Gauge({
      name: 'coopsec_db_pool_connections',
      help: 'Database connections by state (PostgreSQL pool; SQLite has one connection)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = store.poolStats?.() ?? { total: 1, idle: 0, waiting: 0 };
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }

  /** Reports the depth of a queue at every scrape. */
  queue(name: string, depth: () => number): void {
    this.#queues.set(name, depth);
  }
}

const READY_TIMEOUT_MS = 1000;

/** Adds the hooks and routes above to the root of the app (before the area plugins). */
export function installOperations(
  app: FastifyInstance,
  store: Store,
  metrics: ServerMetrics,
): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // An answer sent while closing ends its connection, so that a keep-alive client does not
  // hold the shutdown until the keep-alive timeout (72 s in Fastify).
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route };
    metrics.requests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.latency.observe(labels, reply.elapsedTime / 1000);
    const note = auditNoteOf(request);
    if (note?.action === 'taxii.objects.add' && reply.statusCode === 202)
      metrics.ingested.inc(note.objectCount ?? 0);
    done();
  });
  app.get('/healthz', async (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    if (closing) return reply.code(503).send({ status: 'unavailable', reason: 'shutting down' });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        pingStore(store),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('no answer within 1 s')), READY_TIMEOUT_MS);
        }),
      ]);
      return await reply.send({ status: 'ready', database: store.dialect });
    } catch (error) {
      request.log.warn({ err: error }, 'readiness: the database does not answer');
      return reply
        .code(503)
        .header('Retry-After', '1')
        .send({ status: 'unavailable', reason: 'the database does not answer' });
    } finally {
      clearTimeout(timer);
    }
  });
  app.get('/metrics', async (_request, reply) =>
    reply
      .header('content-type', metrics.registry.contentType)
      .send(await metrics.registry.metrics()),
  );
}
