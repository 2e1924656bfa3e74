/**
 * @module rest/routes/sensors
 * `POST /api/sensors/logs?format=eve|zeek|jsonl|csv|cef|syslog|stix` (issue 16 items 2, 3): a
 * sensor posts a batch of log lines (plain, or gzip: `Content-Encoding: gzip` or the gzip
 * magic), with its organisation's API key. The lines are matched against the indicators that
 * organisation may read (TAXII's decision: `servedIndicators`), hits aggregated per indicator
 * into one STIX `sighting` each (count, first_seen, last_seen, where_sighted_refs: the
 * organisation's identity), and each sighting stored with the same ingest use case as a TAXII
 * POST (`ingestEnvelope`) into the collection the indicator came from, so federation carries
 * it back to the publisher as agreements allow. Where the organisation may not write to that
 * collection the sighting is not stored, and the answer says so.
 *
 * Limits: a body (after gunzip) above COOPSEC_SENSOR_MAX_BYTES (default 16 MiB) is 413, more
 * than COOPSEC_SENSOR_RATE_PER_MINUTE requests (default 60) per key and minute is 429; both
 * are decided before anything is matched or stored (nothing partial).
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { CoopsecError } from '@coopsec/model';
import { createParser, Matcher, ObservationReader } from '@coopsec/match';
import type { Store } from '@coopsec/store';
import { AlertRepository, CollectionRepository } from '@coopsec/store';
import { deliverWebhook } from '../../alerts/webhook.ts';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Principal } from '../../auth/principal.ts';
import { resolveAccess } from '../../taxii/access.ts';
import { ingestEnvelope } from '../../taxii/ingest.ts';
import { principalOf } from '../auth.ts';
import { PROBLEM_MEDIA_TYPE } from '../problem.ts';
import { sensorQuery } from '../schemas/exchange.ts';
import { servedIndicators } from './engine-exports.ts';

const MIB = 1024 * 1024;

function limit(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

/** A fixed identity id per organisation (UUID-shaped from SHA-256 of the org id). */
function identityOf(orgId: string): Record<string, unknown> {
  const h = createHash('sha256').update(`coopsec-org:${orgId}`).digest('hex');
  const id = `identity--${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  // fixed timestamps: the same version every time, so re-posting it is a no-op
  const t = '2020-01-01T00:00:00.000Z';
  return {
    type: 'identity',
    spec_version: '2.1',
    id,
    created: t,
    modified: t,
    name: orgId,
    identity_class: 'organization',
  };
}

interface Aggregate {
  count: number;
  first: number;
  last: number;
}

class RateLimiter {
  private readonly seen = new Map<string, number[]>();
  constructor(readonly perMinute: number) {}
  allow(key: string, now: number): boolean {
    const recent = (this.seen.get(key) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= this.perMinute) {
      this.seen.set(key, recent);
      return false;
    }
    recent.push(now);
    this.seen.set(key, recent);
    return true;
  }
}

/** Indicators the principal may read, each with the collection it came from. */
async function readableIndicators(store: Store, principal: Principal) {
  const matcher = new Matcher();
  const origin = new Map<string, string>();
  for (const c of await new CollectionRepository(store).list()) {
    const indicators = await servedIndicators(store, principal, c.id);
    if (indicators === undefined) continue;
    for (const i of indicators)
      if (matcher.upsert(i).path !== undefined && !origin.has(i.id)) origin.set(i.id, c.id);
  }
  return { matcher, origin };
}

/**
 * One alert per stored sighting for the sensor's organisation and the collection's owner (the
 * publisher), each delivered to that organisation's webhooks in the background (retries and
 * the delivery log in alerts/webhook.ts). The answer to the sensor does not wait for them.
 */
async function raiseAlerts(
  store: Store,
  input: {
    collectionId: string;
    owner: string | null;
    sensorOrg: string;
    sightings: readonly Record<string, unknown>[];
  },
): Promise<void> {
  const repo = new AlertRepository(store);
  const orgs = [...new Set([input.sensorOrg, ...(input.owner !== null ? [input.owner] : [])])];
  for (const orgId of orgs) {
    const subscriptions = await repo.subscriptionsFor(orgId, input.collectionId);
    for (const s of input.sightings) {
      const alert = await repo.recordAlert({
        orgId,
        collectionId: input.collectionId,
        indicatorId: s.sighting_of_ref as string,
        sightingId: s.id as string,
        sightedBy: input.sensorOrg,
        count: s.count as number,
        firstSeen: s.first_seen as string,
        lastSeen: s.last_seen as string,
      });
      for (const sub of subscriptions)
        void deliverWebhook(
          {
            url: sub.url,
            secret: sub.secret,
            alert: {
              id: alert.id,
              indicatorId: alert.indicatorId,
              collectionId: alert.collectionId,
              sightedBy: alert.sightedBy,
              count: alert.count,
              firstSeen: alert.firstSeen,
              lastSeen: alert.lastSeen,
              ...(alert.sightingId !== null ? { sightingId: alert.sightingId } : {}),
            },
          },
          {
            backoffMs: limit('COOPSEC_WEBHOOK_BACKOFF_MS', 1000),
            log: (a) =>
              repo.logDelivery({
                alertId: a.alertId,
                subscriptionId: sub.id,
                attempt: a.attempt,
                outcome: a.outcome,
                httpStatus: a.httpStatus,
                error: a.error,
                at: a.at,
              }),
          },
        ).catch(() => undefined); // every attempt is in the delivery log already
    }
  }
}

export function sensorRoutes(app: FastifyInstance, store: Store): void {
  const maxBytes = limit('COOPSEC_SENSOR_MAX_BYTES', 16 * MIB);
  const rate = new RateLimiter(limit('COOPSEC_SENSOR_RATE_PER_MINUTE', 60));
  void app.register(async (plain) => {
    const child = plain.withTypeProvider<ZodTypeProvider>();
    // raw bytes of any type: the format is the query's, gzip is undone here (with the limit)
    child.removeAllContentTypeParsers();
    child.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_r, body, done) =>
      done(null, body),
    );
    const options = { bodyLimit: maxBytes, schema: { querystring: sensorQuery } };
    child.post(
      '/sensors/logs',
      {
        ...options,
        schema: {
          ...options.schema,
          ...doc(
            'stix',
            'A sensor posts log lines (gzip accepted; ?format=eve|zeek|…): matched against what its organisation may read, hits stored as sightings in the indicators’ collections; 413 beyond the size limit, 429 beyond the rate',
          ),
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        // 429 is a transport answer with no ErrorCode of its own: sent here, as problem+json
        if (!rate.allow(principal.keyId, Date.now()))
          return reply
            .code(429)
            .header('retry-after', '60')
            .type(PROBLEM_MEDIA_TYPE)
            .send({
              type: 'about:blank',
              title: 'Too many requests',
              status: 429,
              detail: `more than ${rate.perMinute} sensor posts a minute for this key`,
            });
        const format = request.query.format ?? 'eve';
        let bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const gzip =
          request.headers['content-encoding'] === 'gzip' ||
          (bytes[0] === 0x1f && bytes[1] === 0x8b);
        if (gzip)
          try {
            bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
          } catch (error) {
            if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
              throw new CoopsecError(
                'TOO_LARGE',
                `the log is larger than ${maxBytes} bytes unzipped`,
              );
            throw new CoopsecError('BAD_INPUT', 'body: not valid gzip');
          }
        const { matcher, origin } = await readableIndicators(store, principal);
        const reader = new ObservationReader(createParser(format));
        const hits = new Map<string, Aggregate>();
        for (const line of bytes.toString('utf8').split('\n')) {
          const o = reader.line(line);
          if (o === undefined) continue;
          const t = o.time ?? Date.now();
          for (const h of matcher.match(o)) {
            const a = hits.get(h.indicatorId);
            if (a === undefined) hits.set(h.indicatorId, { count: 1, first: t, last: t });
            else {
              a.count++;
              a.first = Math.min(a.first, t);
              a.last = Math.max(a.last, t);
            }
          }
        }
        const identity = identityOf(principal.orgId);
        const now = new Date().toISOString();
        const byCollection = new Map<string, Record<string, unknown>[]>();
        for (const [ref, a] of hits) {
          const collection = origin.get(ref) ?? '';
          const list = byCollection.get(collection) ?? [];
          list.push({
            type: 'sighting',
            spec_version: '2.1',
            id: `sighting--${crypto.randomUUID()}`,
            created: now,
            modified: now,
            sighting_of_ref: ref,
            count: Math.min(a.count, 999_999_999), // STIX 2.1 §5.2
            first_seen: new Date(a.first).toISOString(),
            last_seen: new Date(a.last).toISOString(),
            where_sighted_refs: [identity.id],
          });
          byCollection.set(collection, list);
        }
        const sightings: { collection: string; stored: number; refused?: string }[] = [];
        for (const [collectionId, objects] of byCollection) {
          const access = await resolveAccess(store, principal, collectionId);
          if (access === undefined || !access.canWrite) {
            sightings.push({
              collection: collectionId,
              stored: 0,
              refused: 'this organisation may not write to the collection',
            });
            continue;
          }
          const status = await ingestEnvelope({
            store,
            collectionId,
            writer: principal,
            access,
            objects: [identity, ...objects],
          });
          const refused = new Set(status.failures.map((f) => f.id));
          const kept = objects.filter((o) => !refused.has(o.id as string));
          sightings.push({ collection: collectionId, stored: kept.length });
          await raiseAlerts(store, {
            collectionId,
            owner: access.collection.ownerOrg,
            sensorOrg: principal.orgId,
            sightings: kept,
          });
        }
        return {
          format,
          lines: reader.lines,
          observations: reader.observations,
          malformed: { count: reader.malformedCount, lines: reader.malformed },
          hits: [...hits].map(([indicator, a]) => ({
            indicator,
            count: a.count,
            first_seen: new Date(a.first).toISOString(),
            last_seen: new Date(a.last).toISOString(),
          })),
          sightings,
        };
      },
    );
    await Promise.resolve();
  });
}
