/**
 * @module event
 * Reads a MISP event (`{"Event": {…}}`, or the bare event object PyMISP also writes) into a
 * small typed shape. MISP sends numbers as strings ("distribution": "5"), so both are read.
 * A problem throws a BAD_INPUT error naming the JSON path (`Event.Attribute[3].type`) and why.
 *
 * @example
 * const event = readMispEvent(JSON.parse(text), 'feed/5a3c….json');
 */
import { CoopsecError } from '@coopsec/model';

export interface MispTag {
  readonly name: string;
}

export interface MispSighting {
  readonly uuid?: string;
  /** 0 sighting, 1 false positive, 2 expiration. */
  readonly type: number;
  readonly dateSighting: number;
  readonly source?: string;
  readonly attributeUuid?: string;
}

export interface MispAttribute {
  readonly uuid?: string;
  readonly type: string;
  readonly category?: string;
  readonly value: string;
  readonly toIds: boolean;
  readonly timestamp?: number;
  readonly distribution?: number;
  readonly comment?: string;
  readonly objectRelation?: string;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly deleted: boolean;
  readonly tags: readonly MispTag[];
  readonly sightings: readonly MispSighting[];
}

export interface MispObject {
  readonly uuid?: string;
  readonly name: string;
  readonly metaCategory?: string;
  readonly timestamp?: number;
  readonly distribution?: number;
  readonly comment?: string;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly deleted: boolean;
  readonly attributes: readonly MispAttribute[];
}

export interface MispGalaxyCluster {
  readonly tagName: string;
}

export interface MispEvent {
  readonly uuid?: string;
  readonly info: string;
  /** `YYYY-MM-DD`. */
  readonly date?: string;
  readonly timestamp?: number;
  readonly publishTimestamp?: number;
  readonly published: boolean;
  readonly distribution?: number;
  readonly threatLevelId?: number;
  readonly analysis?: number;
  readonly orgcName?: string;
  readonly tags: readonly MispTag[];
  readonly galaxyClusters: readonly MispGalaxyCluster[];
  readonly attributes: readonly MispAttribute[];
  readonly objects: readonly MispObject[];
  readonly sightings: readonly MispSighting[];
}

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function bad(path: string, reason: string): CoopsecError {
  return new CoopsecError('BAD_INPUT', `${path}: ${reason}`, {
    details: [{ path, message: reason }],
  });
}

/** Properties only a MISP event has (the rest of PyMISP's test files are attributes, galaxies…). */
const EVENT_MARKERS = ['info', 'Attribute', 'Object', 'Orgc', 'threat_level_id', 'analysis'];

class Reader {
  constructor(
    readonly value: Json,
    readonly path: string,
  ) {}

  string(key: string, required = false): string | undefined {
    const v = this.value[key];
    if (v === undefined || v === null) {
      if (required) throw bad(`${this.path}.${key}`, 'required property is missing');
      return undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number')
      throw bad(`${this.path}.${key}`, `must be a string, got ${typeof v}`);
    return String(v);
  }

  integer(key: string): number | undefined {
    const v = this.value[key];
    if (v === undefined || v === null || v === '') return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    if (!Number.isInteger(n)) throw bad(`${this.path}.${key}`, 'must be an integer');
    return n;
  }

  boolean(key: string): boolean {
    const v = this.value[key];
    if (v === undefined || v === null) return false;
    if (typeof v === 'boolean') return v;
    if (v === '1' || v === 1 || v === 'true') return true;
    if (v === '0' || v === 0 || v === 'false') return false;
    throw bad(`${this.path}.${key}`, 'must be a boolean');
  }

  list(key: string): Reader[] {
    const v = this.value[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw bad(`${this.path}.${key}`, 'must be a list');
    return v.map((item, i) => {
      const path = `${this.path}.${key}[${i}]`;
      if (!isRecord(item)) throw bad(path, 'must be an object');
      return new Reader(item, path);
    });
  }
}

const optional = <TKey extends string, TValue>(
  key: TKey,
  value: TValue | undefined,
): { [K in TKey]?: TValue } =>
  (value === undefined ? {} : { [key]: value }) as { [K in TKey]?: TValue };

function readTags(r: Reader): MispTag[] {
  return r.list('Tag').map((t) => ({ name: t.string('name', true) ?? '' }));
}

function readSightings(r: Reader): MispSighting[] {
  return r.list('Sighting').map((s) => ({
    ...optional('uuid', s.string('uuid')),
    type: s.integer('type') ?? 0,
    dateSighting: s.integer('date_sighting') ?? s.integer('timestamp') ?? 0,
    ...optional('source', s.string('source')),
    ...optional('attributeUuid', s.string('attribute_uuid')),
  }));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Sets an optional property only when present (no intermediate objects: this runs per attribute). */
function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function readAttribute(r: Reader): MispAttribute {
  const a: Mutable<MispAttribute> = {
    type: r.string('type', true) ?? '',
    value: r.string('value', true) ?? '',
    toIds: r.boolean('to_ids'),
    deleted: r.boolean('deleted'),
    tags: readTags(r),
    sightings: readSightings(r),
  };
  put(a, 'uuid', r.string('uuid'));
  put(a, 'category', r.string('category'));
  put(a, 'timestamp', r.integer('timestamp'));
  put(a, 'distribution', r.integer('distribution'));
  put(a, 'comment', r.string('comment'));
  put(a, 'objectRelation', r.string('object_relation'));
  put(a, 'firstSeen', r.string('first_seen'));
  put(a, 'lastSeen', r.string('last_seen'));
  return a;
}

function readObject(r: Reader): MispObject {
  return {
    ...optional('uuid', r.string('uuid')),
    name: r.string('name', true) ?? '',
    ...optional('metaCategory', r.string('meta-category')),
    ...optional('timestamp', r.integer('timestamp')),
    ...optional('distribution', r.integer('distribution')),
    ...optional('comment', r.string('comment')),
    ...optional('firstSeen', r.string('first_seen')),
    ...optional('lastSeen', r.string('last_seen')),
    deleted: r.boolean('deleted'),
    attributes: r.list('Attribute').map(readAttribute),
  };
}

/** Reads one MISP event; throws BAD_INPUT naming the path when `value` is not one. */
export function readMispEvent(value: unknown, name = 'input'): MispEvent {
  if (!isRecord(value)) throw bad(name, 'not a MISP event: expected a JSON object');
  const wrapped = isRecord(value.Event);
  const body = wrapped ? (value.Event as Json) : value;
  if (!EVENT_MARKERS.some((k) => k in body))
    throw bad(
      name,
      'not a MISP event: expected {"Event": {...}} with info, Attribute or Object properties',
    );
  const r = new Reader(body, wrapped ? 'Event' : '$');
  return {
    ...optional('uuid', r.string('uuid')),
    info: r.string('info') ?? '',
    ...optional('date', r.string('date')),
    ...optional('timestamp', r.integer('timestamp')),
    ...optional('publishTimestamp', r.integer('publish_timestamp')),
    published: r.boolean('published'),
    ...optional('distribution', r.integer('distribution')),
    ...optional('threatLevelId', r.integer('threat_level_id')),
    ...optional('analysis', r.integer('analysis')),
    ...optional(
      'orgcName',
      isRecord(body.Orgc) ? new Reader(body.Orgc, 'Event.Orgc').string('name') : undefined,
    ),
    tags: readTags(r),
    galaxyClusters: r
      .list('Galaxy')
      .flatMap((g) => g.list('GalaxyCluster'))
      .map((c) => ({ tagName: c.string('tag_name', true) ?? '' })),
    attributes: r.list('Attribute').map(readAttribute),
    objects: r.list('Object').map(readObject),
    sightings: readSightings(r),
  };
}

/**
 * The events of a MISP document: one event, or a MISP REST search answer
 * (`{"response": [{"Event": …}, …]}`) or a list of events.
 */
export function readMispEvents(value: unknown, name = 'input'): MispEvent[] {
  const list = isRecord(value) && Array.isArray(value.response) ? value.response : value;
  if (Array.isArray(list)) return list.map((item, i) => readMispEvent(item, `${name}[${i}]`));
  return [readMispEvent(value, name)];
}
