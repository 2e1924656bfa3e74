/**
 * Load generator of `taxii-ingest.bench.ts`, run as its own process so that the server's
 * cores are not also building and serialising envelopes while it is timed. Commands arrive
 * over IPC from the bench; each envelope is serialised to bytes before the clock starts.
 *
 *   post   {url, key, from, count, envelope, concurrency}: POSTs indicators (10 % malware),
 *          every envelope must come back 202 with all objects accepted; answers the seconds
 *          taken and a sample of the posted ids.
 *   pages  {url, key, count, afterFrom, afterTo}: sequential keep-alive GETs of pages of
 *          1,000 with match[type]=indicator and a random added_after; answers latencies.
 *   gets   {url, key?, ids?, seconds, connections}: autocannon, keep-alive, one object by
 *          a random id of `ids` (or the fixed URL); answers requests/s and latency.
 */
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { benchObject } from './taxii-rows.ts';

const TAXII = 'application/taxii+json;version=2.1';

interface PostCommand {
  readonly cmd: 'post';
  readonly url: string;
  readonly key: string;
  readonly from: number;
  readonly count: number;
  readonly envelope: number;
  readonly concurrency: number;
}
interface PagesCommand {
  readonly cmd: 'pages';
  readonly url: string;
  readonly key: string;
  readonly count: number;
  readonly afterFrom: number;
  readonly afterTo: number;
}
interface GetsCommand {
  readonly cmd: 'gets';
  readonly url: string;
  readonly key?: string;
  readonly ids?: readonly string[];
  readonly seconds: number;
  readonly connections: number;
}
type Command = PostCommand | PagesCommand | GetsCommand | { readonly cmd: 'exit' };

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function post(c: PostCommand): Promise<{ seconds: number; ids: string[] }> {
  const envelopes: { body: Buffer; size: number }[] = [];
  const ids: string[] = [];
  for (let base = c.from; base < c.from + c.count; base += c.envelope) {
    const size = Math.min(c.envelope, c.from + c.count - base);
    const objects = Array.from({ length: size }, (_, k) => benchObject(base + k));
    for (const o of objects.slice(0, 3)) ids.push(String(o.id));
    envelopes.push({ body: Buffer.from(JSON.stringify({ objects })), size });
  }
  const url = new URL(c.url);
  const headers = {
    accept: TAXII,
    'content-type': TAXII,
    authorization: `Bearer ${c.key}`,
  };
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < envelopes.length) {
      const e = envelopes[next++];
      if (e === undefined) return;
      const r = await send(
        url,
        'POST',
        { ...headers, 'content-length': String(e.body.length) },
        e.body,
      );
      const status = JSON.parse(r.body.toString()) as { success_count?: number };
      if (r.status !== 202 || status.success_count !== e.size)
        throw new Error(`POST failed: ${r.status} ${r.body.toString().slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: c.concurrency }, worker));
  return { seconds: (performance.now() - start) / 1000, ids };
}

async function pages(c: PagesCommand): Promise<{ ms: number[]; objects: number }> {
  const headers = { accept: TAXII, authorization: `Bearer ${c.key}` };
  const ms: number[] = [];
  let objects = 0;
  for (let i = 0; i < c.count; i++) {
    const after = new Date(c.afterFrom + Math.random() * (c.afterTo - c.afterFrom)).toISOString();
    const url = new URL(`${c.url}?match[type]=indicator&limit=1000&added_after=${after}`);
    const s = performance.now();
    const r = await send(url, 'GET', headers);
    ms.push(performance.now() - s);
    if (r.status !== 200) throw new Error(`page: ${r.status} ${r.body.toString().slice(0, 200)}`);
    objects += (JSON.parse(r.body.toString()) as { objects?: unknown[] }).objects?.length ?? 0;
  }
  return { ms, objects };
}

async function gets(
  c: GetsCommand,
): Promise<{ perSecond: number; p50: number; p99: number; errors: number; non2xx: number }> {
  const ids = c.ids ?? [];
  const result = await autocannon({
    url: c.url,
    connections: c.connections,
    duration: c.seconds,
    headers: {
      accept: TAXII,
      ...(c.key !== undefined ? { authorization: `Bearer ${c.key}` } : {}),
    },
    ...(ids.length > 0
      ? {
          requests: [
            {
              setupRequest: (req) => ({
                ...req,
                path: `${new URL(c.url).pathname}${ids[Math.floor(Math.random() * ids.length)] ?? ''}/`,
              }),
            },
          ],
        }
      : {}),
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

process.on('message', (message: Command) => {
  const run = async (): Promise<unknown> => {
    switch (message.cmd) {
      case 'post':
        return post(message);
      case 'pages':
        return pages(message);
      case 'gets':
        return gets(message);
      case 'exit':
        process.exit(0);
    }
  };
  run().then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }),
  );
});
process.send?.({ ready: true });
