/**
 * @module commands/misp
 * `coopsec misp import | export | convert`. Import converts each MISP event with
 * @coopsec/misp and stores it through the TAXII add-objects use case (`ingestEnvelope`, the
 * same code as a TAXII POST), one transaction per event. A feed whose hashes.csv disagrees
 * with its events is refused before anything is written. Export reads the collection as the
 * given organisation sees it (`maySee` and `serveVersion`, the TAXII rules) and writes MISP.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  checkHashes,
  eventToStix,
  manifestUuids,
  readMispEvents,
  stixToMispEvents,
  writeFeed,
  type MispEvent,
  type MispEventJson,
  type Skip,
} from '@coopsec/misp';
import { CoopsecError } from '@coopsec/model';
import { canonicalJson, clearanceFor, serveVersion, TLP_LEVELS } from '@coopsec/stix';
import { ExchangeObjectRepository, OrgRepository, type Store } from '@coopsec/store';
import {
  ingestEnvelope,
  maySee,
  resolveAccess,
  type CollectionAccess,
  type Principal,
} from '@coopsec/server';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, printJson } from '../output.ts';
import { startProgress } from '../progress.ts';
import { writeAtomically } from './data-io.ts';

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** One MISP document: its name (for errors) and its parsed JSON. */
interface Document {
  readonly name: string;
  readonly json: unknown;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CoopsecError('BAD_INPUT', `${name} is not JSON: ${(error as Error).message}`, {
      details: [{ path: name, message: 'JSON syntax' }],
    });
  }
}

function readText(path: string): string {
  try {
    const bytes = readFileSync(path);
    return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    throw new CoopsecError('BAD_INPUT', `cannot read ${path}: ${(error as Error).message}`);
  }
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok)
    throw new CoopsecError('BAD_INPUT', `${url}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

/** The documents of a feed, after checking hashes.csv against them (refused as a whole if not). */
async function readFeed(
  read: (file: string) => Promise<string>,
  where: string,
): Promise<Document[]> {
  const uuids = manifestUuids(await read('manifest.json'));
  const documents: Document[] = [];
  const events = new Map<string, MispEventJson>();
  for (const uuid of uuids) {
    const name = `${uuid}.json`;
    const json = parseJson(await read(name), `${where}/${name}`);
    documents.push({ name: `${where}/${name}`, json });
    events.set(uuid, json as MispEventJson);
  }
  let hashes: string | undefined;
  try {
    hashes = await read('hashes.csv');
  } catch {
    hashes = undefined; // hashes.csv is optional in MISP feeds; when present it must agree
  }
  if (hashes !== undefined) {
    const check = checkHashes({ hashes, events }, md5);
    if (check.mismatched.length > 0 || check.unlisted.length > 0)
      throw new CoopsecError(
        'BAD_INPUT',
        `${where}/hashes.csv disagrees with the feed's events; nothing imported`,
        {
          details: [
            ...check.mismatched.map((u) => ({
              path: `${u}.json`,
              message: 'attribute hashes differ from hashes.csv',
            })),
            ...check.unlisted.map((u) => ({
              path: 'hashes.csv',
              message: `lists event ${u}, which manifest.json does not`,
            })),
          ],
        },
      );
  }
  return documents;
}

async function readSource(source: string): Promise<Document[]> {
  if (/^https?:\/\//.test(source)) {
    const base = source.replace(/\/+$/, '');
    if (base.endsWith('.json'))
      return [{ name: source, json: parseJson(await fetchText(base), source) }];
    return readFeed((file) => fetchText(`${base}/${file}`), base);
  }
  if (existsSync(source) && statSync(source).isDirectory()) {
    if (existsSync(join(source, 'manifest.json')))
      return readFeed((file) => Promise.resolve(readText(join(source, file))), source);
    return readdirSync(source)
      .filter((f) => f.endsWith('.json') || f.endsWith('.json.gz'))
      .sort()
      .map((f) => ({ name: join(source, f), json: parseJson(readText(join(source, f)), f) }));
  }
  return [{ name: source, json: parseJson(readText(source), source) }];
}

interface NamedSkip extends Skip {
  readonly source: string;
}

/** Every event of the documents, with the documents that are not MISP as named skips. */
function eventsOf(
  documents: readonly Document[],
  skips: NamedSkip[],
): { name: string; event: MispEvent }[] {
  return documents.flatMap((d) => {
    try {
      return readMispEvents(d.json, d.name).map((event) => ({ name: d.name, event }));
    } catch (error) {
      if (!(error instanceof CoopsecError)) throw error;
      skips.push({ source: d.name, path: '$', reason: 'not-misp', message: error.message });
      return [];
    }
  });
}

async function principalFor(
  store: Store,
  org: string,
  userName: string | undefined,
): Promise<Principal> {
  const orgs = new OrgRepository(store);
  const user =
    userName === undefined ? (await orgs.listUsers(org))[0] : await orgs.findUserByName(userName);
  if (user === undefined || user.orgId !== org)
    throw new CoopsecError(
      'BAD_INPUT',
      userName === undefined
        ? `organisation ${org} has no user (create one: coopsec key create --org ${org})`
        : `no user ${userName} in organisation ${org}`,
      { details: [{ field: userName === undefined ? '--org' : '--user', message: 'unknown' }] },
    );
  return { userId: user.id, userName: user.name, orgId: org, isAdmin: false, keyId: 'coopsec-cli' };
}

/**
 * SCOs of `objects` already stored here with the same content. An SCO has no `modified`
 * (STIX 2.1 §6), so the store would date a re-posted copy as a new version; an unchanged
 * re-import must change nothing, so these are left out (counted as unchanged).
 */
async function storedScos(
  store: Store,
  access: CollectionAccess,
  objects: readonly Record<string, unknown>[],
): Promise<Set<string>> {
  const scos = new Map(
    objects
      .filter((o) => o.modified === undefined && o.created === undefined)
      .map((o) => [String(o.id), o]),
  );
  const same = new Set<string>();
  if (scos.size === 0) return same;
  const page = await new ExchangeObjectRepository(store).query({
    collectionId: access.collection.id,
    scope: access.scope,
    ids: [...scos.keys()],
    versions: { last: true },
    limit: scos.size + 1,
    withBody: true,
  });
  for (const row of page.rows) {
    const posted = scos.get(row.objectId);
    if (
      posted !== undefined &&
      row.body !== undefined &&
      maySee(access, row) &&
      canonicalJson(JSON.parse(row.body)) === canonicalJson(posted)
    )
      same.add(row.objectId);
  }
  return same;
}

function countReasons(skips: readonly { reason: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of skips) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return counts;
}

export const mispImportAction = action(
  async (
    source: string,
    opts: { collection: string; org: string; user?: string },
    command: CommandLike,
  ) => {
    const options = globalOptions(command);
    const documents = await readSource(source);
    const skips: NamedSkip[] = [];
    const events = eventsOf(documents, skips);
    await withStore(options, async (store) => {
      const writer = await principalFor(store, opts.org, opts.user);
      const access = await resolveAccess(store, writer, opts.collection);
      if (access === undefined)
        throw new CoopsecError('NOT_FOUND', `no collection ${opts.collection}`);
      if (!access.canWrite)
        throw new CoopsecError(
          'FORBIDDEN',
          `organisation ${opts.org} may not write ${opts.collection}`,
        );
      const summary = { events: events.length, imported: 0, unchanged: 0, refused: 0 };
      const refusals: { source: string; id: string; message: string }[] = [];
      const progress = startProgress('misp import', options);
      try {
        for (const [i, { name, event }] of events.entries()) {
          const converted = eventToStix(event);
          skips.push(...converted.skips.map((s) => ({ ...s, source: name })));
          const stored = await storedScos(store, access, converted.objects);
          summary.unchanged += stored.size;
          const objects = converted.objects.filter((o) => !stored.has(String(o.id)));
          if (objects.length > 0) {
            const status = await ingestEnvelope({
              store,
              collectionId: opts.collection,
              writer,
              access,
              objects,
            });
            for (const s of status.successes)
              if (s.message === undefined) summary.imported++;
              else summary.unchanged++;
            summary.refused += status.failures.length;
            refusals.push(
              ...status.failures.map((f) => ({ source: name, id: f.id, message: f.message ?? '' })),
            );
          }
          progress.update(i + 1, events.length);
        }
      } finally {
        progress.stop();
      }
      const skipped = countReasons(skips);
      if (options.json === true) printJson({ ...summary, skipped, skips, refusals });
      else {
        process.stdout.write(
          `MISP import into ${opts.collection}: ${summary.events} event(s); ${summary.imported} STIX object(s) imported, ${summary.unchanged} unchanged, ${summary.refused} refused; ${skips.length} skipped.\n`,
        );
        for (const [reason, n] of Object.entries(skipped))
          process.stdout.write(`  skipped (${reason}): ${n}\n`);
        for (const r of refusals.slice(0, 20))
          process.stdout.write(`  refused ${r.id}: ${r.message}\n`);
      }
      return summary.refused > 0 ? 1 : 0;
    });
  },
);

/** Every latest version of the collection that `principal` may see, as served to them. */
async function visibleObjects(store: Store, principal: Principal, collectionId: string) {
  const access = await resolveAccess(store, principal, collectionId);
  if (access === undefined) throw new CoopsecError('NOT_FOUND', `no collection ${collectionId}`);
  if (!access.canRead)
    throw new CoopsecError(
      'FORBIDDEN',
      `organisation ${principal.orgId} may not read ${collectionId}`,
    );
  const repo = new ExchangeObjectRepository(store);
  const objects: Record<string, unknown>[] = [];
  let afterSeq = 0;
  for (;;) {
    const page = await repo.query({
      collectionId,
      scope: access.scope,
      versions: { last: true },
      limit: 1000,
      afterSeq,
      withBody: true,
    });
    for (const row of page.rows) {
      if (row.body === undefined || !maySee(access, row)) continue;
      const served = serveVersion(
        JSON.parse(row.body) as Record<string, unknown>,
        TLP_LEVELS[row.viewRank] ?? 'red',
        clearanceFor(access.scope.clearance, row),
      );
      if (served !== undefined) objects.push(served);
    }
    const last = page.rows[page.rows.length - 1];
    if (!page.more || last === undefined) break;
    afterSeq = last.seq;
  }
  return objects;
}

export const mispExportAction = action(
  async (
    opts: { collection: string; org: string; user?: string; out: string },
    command: CommandLike,
  ) => {
    const options = globalOptions(command);
    await withStore(options, async (store) => {
      const principal = await principalFor(store, opts.org, opts.user);
      const events = stixToMispEvents(await visibleObjects(store, principal, opts.collection));
      if (opts.out.endsWith('.json')) {
        const [only] = events;
        await writeAtomically(
          opts.out,
          `${JSON.stringify(events.length === 1 && only !== undefined ? only : { response: events }, null, 1)}\n`,
        );
      } else {
        mkdirSync(opts.out, { recursive: true });
        for (const [name, text] of writeFeed(events, md5))
          await writeAtomically(join(opts.out, name), text);
      }
      if (options.json === true) printJson({ events: events.length, out: opts.out });
      else process.stdout.write(`Exported ${events.length} MISP event(s) to ${opts.out}.\n`);
    });
  },
);

export const mispConvertAction = action(
  async (source: string, opts: { out?: string }, command: CommandLike) => {
    const options = globalOptions(command);
    const skips: NamedSkip[] = [];
    const events = eventsOf(await readSource(source), skips);
    const objects = events.flatMap(({ name, event }) => {
      const converted = eventToStix(event);
      skips.push(...converted.skips.map((s) => ({ ...s, source: name })));
      return converted.objects;
    });
    const bundle = JSON.stringify({
      type: 'bundle',
      id: `bundle--${crypto.randomUUID()}`,
      ...(objects.length > 0 ? { objects } : {}),
    });
    if (opts.out !== undefined) await writeAtomically(opts.out, `${bundle}\n`);
    else process.stdout.write(`${bundle}\n`);
    const summary = {
      events: events.length,
      objects: objects.length,
      skipped: countReasons(skips),
      skips,
    };
    if (opts.out !== undefined) {
      if (options.json === true) printJson(summary);
      else
        process.stdout.write(
          `Converted ${events.length} MISP event(s) to ${objects.length} STIX object(s); ${skips.length} skipped.\n`,
        );
    } else if (options.json !== true)
      process.stderr.write(
        `coopsec: ${events.length} event(s), ${objects.length} object(s), ${skips.length} skipped\n`,
      );
  },
);
