/**
 * @module feed
 * MISP feeds: a folder (or URL) with `manifest.json` (event uuid → event summary), one
 * `<uuid>.json` per event and `hashes.csv` (one line per attribute: `md5(value),event uuid`,
 * which MISP uses for correlation). Pure: the caller reads the files and supplies MD5.
 */
import { CoopsecError } from '@coopsec/model';
import type { MispEventJson } from './from-stix.ts';

export interface FeedFiles {
  readonly manifest: string;
  readonly events: ReadonlyMap<string, string>;
  readonly hashes: string;
}

export type Md5 = (text: string) => string;

/** Event uuids listed in a manifest, in order. */
export function manifestUuids(text: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new CoopsecError('BAD_INPUT', `manifest.json is not JSON: ${(error as Error).message}`, {
      details: [{ path: 'manifest.json', message: 'JSON syntax' }],
    });
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    throw new CoopsecError('BAD_INPUT', 'manifest.json must map event uuids to summaries', {
      details: [{ path: 'manifest.json', message: 'not an object' }],
    });
  return Object.keys(manifest);
}

/** Every attribute value of an event JSON (event-level and inside objects). */
function attributeValues(event: MispEventJson): string[] {
  const e = event.Event;
  const values = (list: unknown): string[] =>
    Array.isArray(list)
      ? list.flatMap((a: Record<string, unknown>) =>
          typeof a.value === 'string' || typeof a.value === 'number' ? [String(a.value)] : [],
        )
      : [];
  const objects = Array.isArray(e.Object) ? (e.Object as Record<string, unknown>[]) : [];
  return [...values(e.Attribute), ...objects.flatMap((o) => values(o.Attribute))];
}

/** hashes.csv lines for the events. */
export function hashesCsv(events: readonly MispEventJson[], md5: Md5): string {
  return events
    .flatMap((e) => attributeValues(e).map((v) => `${md5(v)},${String(e.Event.uuid)}\n`))
    .join('');
}

/**
 * The uuids of events whose hashes.csv lines disagree with their attributes (a missing or
 * extra value hash). A feed that lists an event its manifest lacks is reported as `unlisted`.
 */
export function checkHashes(
  input: { hashes: string; events: ReadonlyMap<string, MispEventJson> },
  md5: Md5,
): { mismatched: string[]; unlisted: string[] } {
  const byEvent = new Map<string, string[]>();
  for (const line of input.hashes.split('\n')) {
    const [hash, uuid] = line.trim().split(',');
    if (hash === undefined || uuid === undefined || hash === '') continue;
    byEvent.set(uuid, [...(byEvent.get(uuid) ?? []), hash]);
  }
  const mismatched: string[] = [];
  for (const [uuid, event] of input.events) {
    const expected = attributeValues(event).map(md5).sort().join();
    if ((byEvent.get(uuid) ?? []).sort().join() !== expected) mismatched.push(uuid);
  }
  const unlisted = [...byEvent.keys()].filter((u) => !input.events.has(u));
  return { mismatched, unlisted };
}

/** The files of a feed for the events: manifest.json, `<uuid>.json` each, hashes.csv. */
export function writeFeed(events: readonly MispEventJson[], md5: Md5): Map<string, string> {
  const files = new Map<string, string>();
  const manifest: Record<string, unknown> = {};
  for (const event of events) {
    const e = event.Event;
    const uuid = String(e.uuid);
    manifest[uuid] = {
      info: e.info,
      date: e.date,
      timestamp: e.timestamp,
      analysis: e.analysis,
      threat_level_id: e.threat_level_id,
      publish_timestamp: e.publish_timestamp,
      Tag: e.Tag,
    };
    files.set(`${uuid}.json`, `${JSON.stringify(event, null, 1)}\n`);
  }
  files.set('manifest.json', `${JSON.stringify(manifest, null, 1)}\n`);
  files.set('hashes.csv', hashesCsv(events, md5));
  return files;
}
