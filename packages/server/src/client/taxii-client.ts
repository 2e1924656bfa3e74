/**
 * @module client/taxii-client
 * A TAXII 2.1 client for any server (used by `coopsec push` and `coopsec pull`).
 *
 * Pull follows `next` while `more` is true (TAXII 2.1 §3.4). Between runs it resumes from a
 * {@link PullState}: the last `next` if the server still honours it, else `added_after` set
 * to the X-TAXII-Date-Added-Last it saw, skipping objects (id + version) already delivered on
 * the boundary page. Push splits a bundle into envelopes no larger than the API root's
 * `max_content_length` and halves them on 413.
 *
 * @example
 * const client = new TaxiiClient({ url: 'https://hub/taxii2/default/collections/c1/objects/', key });
 * await client.push(bundle.objects);
 * const { state } = await client.pull({ onPage: async (objects) => { … } });
 */
import { CoopsecError } from '@coopsec/model';

export interface TaxiiClientOptions {
  /** A collection's objects URL, or an API root URL together with `collection`. */
  readonly url: string;
  readonly collection?: string;
  /** API key (sent as Bearer, or as the Basic password when `user` is set). */
  readonly key: string;
  readonly user?: string;
  readonly fetch?: typeof fetch;
  /** Attempts for network errors, 429 and 5xx (default 4). */
  readonly attempts?: number;
}

export interface PushResult {
  readonly total: number;
  readonly success: number;
  readonly failure: number;
  readonly failures: readonly { id: string; version?: string; message?: string }[];
  readonly statusIds: readonly string[];
}

export interface PullState {
  readonly url: string;
  /** The original added_after of the run in progress. */
  readonly startAddedAfter?: string;
  /** Cursor of the next page of the run in progress. */
  readonly next?: string;
  /** X-TAXII-Date-Added-Last of the last page received. */
  readonly lastDateAdded?: string;
  /** `id|version` of the objects of the last page, skipped if a fallback re-reads them. */
  readonly boundary?: readonly string[];
  /** True when the last run reached the end (more = false). */
  readonly complete?: boolean;
  readonly received: number;
}

export interface PullOptions {
  readonly addedAfter?: string;
  readonly limit?: number;
  readonly state?: PullState;
  /** Stop with an error after this many pages in one run (a peer whose pages never end). */
  readonly maxPages?: number;
  /**
   * Called for each page, before the state is advanced; persist objects, then the state. The
   * envelope is the page as received (custom envelope properties such as provenance).
   */
  readonly onPage: (
    objects: Record<string, unknown>[],
    state: PullState,
    envelope: Readonly<Record<string, unknown>>,
  ) => Promise<void> | void;
}

/** What the API root resource says (TAXII 2.1 §4.2), plus the coopsec node id if it is one. */
export interface ApiRootInfo {
  readonly maxContentLength: number | undefined;
  readonly node: string | undefined;
}

const TAXII = 'application/taxii+json;version=2.1';

function objectsUrl(url: string, collection: string | undefined): string {
  const u = url.endsWith('/') ? url : `${url}/`;
  if (/\/collections\/[^/]+\/objects\/$/.test(u)) return u;
  if (/\/collections\/[^/]+\/$/.test(u)) return `${u}objects/`;
  if (collection !== undefined) return `${u}collections/${encodeURIComponent(collection)}/objects/`;
  throw new CoopsecError(
    'BAD_INPUT',
    `${url} is not a collection objects URL; give the API root URL with --collection <id>`,
  );
}

const versionOf = (o: Record<string, unknown>): string =>
  typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : '';

export class TaxiiClient {
  readonly objectsUrl: string;
  readonly #auth: string;
  readonly #fetch: typeof fetch;
  readonly #attempts: number;

  constructor(options: TaxiiClientOptions) {
    this.objectsUrl = objectsUrl(options.url, options.collection);
    this.#auth =
      options.user !== undefined
        ? `Basic ${Buffer.from(`${options.user}:${options.key}`).toString('base64')}`
        : `Bearer ${options.key}`;
    this.#fetch = options.fetch ?? fetch;
    this.#attempts = options.attempts ?? 4;
  }

  /** The API root URL (objects URL without `collections/<id>/objects/`). */
  get apiRootUrl(): string {
    return this.objectsUrl.replace(/collections\/[^/]+\/objects\/$/, '');
  }

  async #request(url: string, init: RequestInit = {}): Promise<Response> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.#attempts; attempt++) {
      try {
        const response = await this.#fetch(url, {
          ...init,
          headers: {
            accept: TAXII,
            authorization: this.#auth,
            // coopsec servers then add the paths objects travelled (federation); others ignore it.
            'x-coopsec-provenance': '1',
            ...(init.headers as Record<string, string> | undefined),
          },
        });
        if ((response.status === 429 || response.status >= 500) && attempt < this.#attempts) {
          await response.arrayBuffer().catch(() => undefined);
          await sleep(250 * 2 ** attempt);
          continue;
        }
        return response;
      } catch (error) {
        lastError = error;
        if (attempt < this.#attempts) await sleep(250 * 2 ** attempt);
      }
    }
    throw new CoopsecError(
      'UNAVAILABLE',
      `cannot reach ${url}: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
      { cause: lastError },
    );
  }

  async #failure(response: Response, what: string): Promise<CoopsecError> {
    const text = await response.text().catch(() => '');
    let description = text.slice(0, 500);
    try {
      const body = JSON.parse(text) as { title?: string; description?: string };
      description = [body.title, body.description].filter((s) => s !== undefined).join(': ');
    } catch {
      // not a TAXII error body
    }
    const code =
      response.status === 401
        ? 'UNAUTHENTICATED'
        : response.status === 403
          ? 'FORBIDDEN'
          : response.status === 404
            ? 'NOT_FOUND'
            : response.status === 413
              ? 'TOO_LARGE'
              : response.status < 500
                ? 'BAD_INPUT'
                : 'UNAVAILABLE';
    return new CoopsecError(
      code,
      `${what} failed with HTTP ${response.status}${description !== '' ? `: ${description}` : ''}`,
    );
  }

  /** max_content_length of the API root (TAXII 2.1 §4.2), or undefined if it cannot be read. */
  async maxContentLength(): Promise<number | undefined> {
    return (await this.apiRoot({ required: false })).maxContentLength;
  }

  /**
   * The API root resource. With `required`, a refusal (wrong credentials, not TAXII) is an
   * error naming the status; otherwise an unreadable root gives empty information.
   */
  async apiRoot(options: { required: boolean }): Promise<ApiRootInfo> {
    const response = await this.#request(this.apiRootUrl);
    if (!response.ok) {
      if (options.required) throw await this.#failure(response, 'reading the API root');
      await response.arrayBuffer().catch(() => undefined);
      return { maxContentLength: undefined, node: undefined };
    }
    if (options.required) checkMediaType(response, 'the API root');
    const body = (await response.json()) as {
      max_content_length?: unknown;
      x_coopsec_node?: unknown;
    };
    return {
      maxContentLength:
        typeof body.max_content_length === 'number' ? body.max_content_length : undefined,
      node: typeof body.x_coopsec_node === 'string' ? body.x_coopsec_node : undefined,
    };
  }

  /** A status resource (TAXII 2.1 §4.3) by id. */
  async status(id: string): Promise<TaxiiStatusBody> {
    const response = await this.#request(`${this.apiRootUrl}status/${encodeURIComponent(id)}/`);
    if (!response.ok) throw await this.#failure(response, 'reading a status resource');
    return (await response.json()) as TaxiiStatusBody;
  }

  /** Adds objects in envelopes (TAXII 2.1 §5.5), `chunk` objects at most each, within max_content_length. */
  async push(
    objects: readonly unknown[],
    options: {
      chunk?: number;
      onProgress?: (done: number, total: number) => void;
      /** Custom envelope properties for the objects of one envelope (e.g. provenance). */
      envelope?: (objects: readonly unknown[]) => Readonly<Record<string, unknown>>;
      /** Called with each envelope's status resource as the server answered the POST. */
      onStatus?: (status: TaxiiStatusBody, objects: readonly unknown[]) => Promise<void> | void;
    } = {},
  ): Promise<PushResult> {
    const limitBytes = (await this.maxContentLength()) ?? 10 * 1024 * 1024;
    let chunk = options.chunk ?? 1000;
    let done = 0;
    let success = 0;
    const failures: { id: string; version?: string; message?: string }[] = [];
    const statusIds: string[] = [];
    while (done < objects.length) {
      let slice = objects.slice(done, done + chunk);
      const envelopeOf = (objects: readonly unknown[]) =>
        JSON.stringify({ ...(options.envelope?.(objects) ?? {}), objects });
      let body = envelopeOf(slice);
      while (Buffer.byteLength(body) > limitBytes * 0.98 && slice.length > 1) {
        slice = slice.slice(0, Math.ceil(slice.length / 2));
        body = envelopeOf(slice);
      }
      const response = await this.#request(this.objectsUrl, {
        method: 'POST',
        body,
        headers: { 'content-type': TAXII },
      });
      if (response.status === 413 && slice.length > 1) {
        await response.arrayBuffer().catch(() => undefined);
        chunk = Math.max(1, Math.floor(slice.length / 2));
        continue;
      }
      if (response.status !== 202 && response.status !== 200)
        throw await this.#failure(response, 'adding objects');
      const status = (await response.json()) as TaxiiStatusBody;
      await options.onStatus?.(status, slice);
      if (typeof status.id === 'string') statusIds.push(status.id);
      success += status.success_count ?? 0;
      failures.push(...(status.failures ?? []));
      done += slice.length;
      options.onProgress?.(done, objects.length);
    }
    return { total: objects.length, success, failure: failures.length, failures, statusIds };
  }

  #pageUrl(state: PullState, usedFallback: boolean, limit: number | undefined): string {
    const url = new URL(this.objectsUrl);
    if (limit !== undefined) url.searchParams.set('limit', String(limit));
    if (state.next !== undefined && !usedFallback) url.searchParams.set('next', state.next);
    const after =
      state.next !== undefined && !usedFallback
        ? state.startAddedAfter
        : (state.lastDateAdded ?? state.startAddedAfter);
    if (after !== undefined)
      url.searchParams.set('added_after', usedFallback ? justBefore(after) : after);
    return url.toString();
  }

  /**
   * Pulls every object after `addedAfter` (or from where `state` left off), page by page.
   * Returns the final state: save it and pass it back to fetch only what is new next time.
   */
  async pull(options: PullOptions): Promise<{ received: number; state: PullState }> {
    let state: PullState = options.state ?? { url: this.objectsUrl, received: 0 };
    if (state.complete === true || state.next === undefined) {
      // A new run: start after what the last run saw (or the caller's added_after).
      const start = options.addedAfter ?? state.lastDateAdded ?? state.startAddedAfter;
      state = {
        url: this.objectsUrl,
        received: state.received,
        boundary: state.boundary ?? [],
        ...(start !== undefined ? { startAddedAfter: start } : {}),
      };
    }
    const skip = new Set(state.boundary ?? []);
    const seenNext = new Set<string>();
    // The next page is fetched while the current one is handed to onPage (TAXII 2.1 §3.4: its
    // URL is known from `next` before the page is stored), so fetching and storing overlap.
    let prefetched: { url: string; response: Promise<Response> } | undefined;
    let received = 0;
    let pages = 0;
    let usedFallback = false;
    for (;;) {
      if (options.maxPages !== undefined && pages >= options.maxPages)
        throw new CoopsecError(
          'UNAVAILABLE',
          `stopped after ${pages} pages in one run: the server keeps saying more = true`,
        );
      pages += 1;
      const url = this.#pageUrl(state, usedFallback, options.limit);
      const response =
        prefetched?.url === url ? await prefetched.response : await this.#request(url);
      if (prefetched !== undefined && prefetched.url !== url) await drain(prefetched.response);
      prefetched = undefined;
      if (response.status === 400 && state.next !== undefined && !usedFallback) {
        // The server no longer honours the saved cursor: fall back to added_after.
        await response.arrayBuffer().catch(() => undefined);
        usedFallback = true;
        continue;
      }
      if (!response.ok) throw await this.#failure(response, 'getting objects');
      checkMediaType(response, 'a page of objects');
      let body: { more?: boolean; next?: string; objects?: Record<string, unknown>[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new CoopsecError('BAD_INPUT', 'a page of objects is not JSON');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new CoopsecError('BAD_INPUT', 'a page of objects is not a TAXII envelope');
      if (typeof body.next === 'string') {
        if (seenNext.has(body.next))
          throw new CoopsecError(
            'BAD_INPUT',
            'the server repeated a next cursor it had already given in this run',
          );
        seenNext.add(body.next);
      }
      const all = Array.isArray(body.objects) ? body.objects : [];
      const fresh = all.filter((o) => !skip.has(`${String(o.id)}|${versionOf(o)}`));
      const lastDateAdded = response.headers.get('x-taxii-date-added-last') ?? state.lastDateAdded;
      const more = body.more === true;
      const hasNext = typeof body.next === 'string';
      const boundary = all.map((o) => `${String(o.id)}|${versionOf(o)}`);
      const nextState: PullState = {
        url: this.objectsUrl,
        received: state.received + fresh.length,
        ...(state.startAddedAfter !== undefined ? { startAddedAfter: state.startAddedAfter } : {}),
        ...(more && hasNext ? { next: body.next } : {}),
        ...(lastDateAdded !== undefined && lastDateAdded !== null ? { lastDateAdded } : {}),
        boundary,
        complete: !more,
      };
      if (more && hasNext && (options.maxPages === undefined || pages < options.maxPages)) {
        const nextUrl = this.#pageUrl(nextState, false, options.limit);
        const nextResponse = this.#request(nextUrl);
        nextResponse.catch(() => undefined); // awaited (or drained) below
        prefetched = { url: nextUrl, response: nextResponse };
      }
      try {
        await options.onPage(fresh, nextState, body);
      } catch (error) {
        if (prefetched !== undefined) await drain(prefetched.response);
        throw error;
      }
      received += fresh.length;
      state = nextState;
      skip.clear();
      usedFallback = false;
      if (!more) break;
      if (!hasNext) {
        // A server that pages by added_after only: re-read from just before the last
        // date_added, skipping what this page delivered; stop if nothing new comes.
        if (fresh.length === 0) break;
        for (const key of boundary) skip.add(key);
        usedFallback = true;
      }
    }
    return { received, state };
  }
}

export interface TaxiiStatusBody {
  readonly id?: string;
  readonly status?: string;
  readonly total_count?: number;
  readonly success_count?: number;
  readonly failure_count?: number;
  readonly pending_count?: number;
  readonly failures?: readonly { id: string; version?: string; message?: string }[];
  readonly successes?: readonly { id: string; version?: string; message?: string }[];
}

/** TAXII 2.1 §1.6.8: responses are application/taxii+json (a version parameter of 2.1 if any). */
function checkMediaType(response: Response, what: string): void {
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const [essence, ...params] = type.split(';').map((p) => p.trim());
  const version = params.find((p) => p.startsWith('version='))?.slice('version='.length);
  if (essence !== 'application/taxii+json' || (version !== undefined && version !== '2.1'))
    throw new CoopsecError(
      'BAD_INPUT',
      `${what} came as ${type === '' ? 'no media type' : `"${type}"`}, not application/taxii+json;version=2.1`,
    );
}

/** Reads and discards a response that is no longer wanted (frees the connection). */
async function drain(response: Promise<Response>): Promise<void> {
  try {
    await (await response).arrayBuffer();
  } catch {
    // a failed request that nobody needs
  }
}

/** One millisecond before a timestamp, so that an exclusive added_after re-includes its ties. */
function justBefore(timestamp: string): string {
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? timestamp : new Date(ms - 1).toISOString();
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
