/**
 * @module to-stix
 * One MISP event → STIX 2.1 objects (package README, "Mapping"). Deterministic: the same event
 * always gives the same objects (ids from the MISP uuids, or UUIDv5 where MISP gave none), and
 * `modified` comes from the MISP timestamps, so re-importing changes nothing and a newer
 * timestamp makes a new version.
 *
 * @example
 * const { objects, skips } = eventToStix(readMispEvent(json));
 */
import { canonicalJson } from '@coopsec/stix';
import { v5 as uuidv5 } from 'uuid';
import { ATTRIBUTE_TYPES, patternOf, type Comparison, type Sco } from './attribute-types.ts';
import type { MispAttribute, MispEvent, MispObject, MispSighting } from './event.ts';
import {
  effectiveLevel,
  isTlpTag,
  markingRefsOf,
  resolveDistribution,
  tlpOfTags,
} from './markings.ts';

/** Namespace of the UUIDv5 ids coopsec derives for MISP content that carries no uuid. */
export const MISP_ID_NAMESPACE = '4b4a1d3e-6f0c-4c55-9a57-2f4a7e0c5d11';

export type SkipReason =
  | 'unknown-attribute-type'
  | 'not-mapped'
  | 'bad-value'
  | 'no-observable'
  | 'deleted'
  | 'sighting-type'
  | 'empty-event'
  | 'not-misp';

export interface Skip {
  /** JSON path of the skipped item, e.g. `Event.Attribute[3]`. */
  readonly path: string;
  readonly reason: SkipReason;
  readonly message: string;
}

export interface StixConversion {
  readonly objects: Record<string, unknown>[];
  readonly skips: Skip[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();
const later = (a: string, b: string): string => (a >= b ? a : b);

interface Context {
  readonly event: MispEvent;
  readonly eventUuid: string;
  readonly created: string;
  readonly eventModified: string;
  readonly distribution: number;
  readonly eventLevel: ReturnType<typeof tlpOfTags>;
  readonly objects: Map<string, Record<string, unknown>>;
  readonly skips: Skip[];
  /** Attribute uuid → the STIX id it became (for sightings). */
  readonly byAttribute: Map<string, string>;
}

function idFor(type: string, uuid: string | undefined, ctx: Context, path: string): string {
  if (uuid !== undefined && UUID.test(uuid)) return `${type}--${uuid.toLowerCase()}`;
  return `${type}--${uuidv5(`${ctx.eventUuid}|${path}`, MISP_ID_NAMESPACE)}`;
}

const labelsOf = (tags: readonly { readonly name: string }[]): { labels?: string[] } => {
  const labels = [...new Set(tags.map((t) => t.name).filter((n) => n !== '' && !isTlpTag(n)))];
  return labels.length > 0 ? { labels } : {};
};

function add(ctx: Context, object: Record<string, unknown>): void {
  ctx.objects.set(String(object.id), object);
}

function skip(ctx: Context, path: string, reason: SkipReason, message: string): void {
  ctx.skips.push({ path, reason, message });
}

/** Time facts shared by indicators and observed-data: created, modified, first/last seen. */
function times(ctx: Context, item: { timestamp?: number; firstSeen?: string; lastSeen?: string }) {
  const modified = later(
    ctx.created,
    item.timestamp === undefined ? ctx.eventModified : iso(item.timestamp),
  );
  const first = normaliseTime(item.firstSeen);
  const last = normaliseTime(item.lastSeen);
  return { modified, first, last };
}

function normaliseTime(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

interface Mapped {
  readonly comparisons?: Comparison[];
  /** Built only when needed: an SCO id is a UUIDv5 (SHA-1) and detecting attributes need none. */
  readonly observables?: () => Sco[] | undefined;
  readonly foreign?: { readonly patternType: string; readonly pattern: string };
}

/** What an attribute becomes, or a skip recorded in the context. */
function mapAttribute(ctx: Context, attribute: MispAttribute, path: string): Mapped | undefined {
  if (attribute.deleted) {
    skip(ctx, path, 'deleted', 'the attribute is marked deleted');
    return undefined;
  }
  const mapping = ATTRIBUTE_TYPES[attribute.type];
  if (mapping === undefined) {
    skip(ctx, path, 'unknown-attribute-type', `unknown MISP attribute type "${attribute.type}"`);
    return undefined;
  }
  switch (mapping.kind) {
    case 'not-mapped':
      skip(ctx, path, 'not-mapped', `${attribute.type}: ${mapping.reason}`);
      return undefined;
    case 'foreign-pattern':
      return { foreign: { patternType: mapping.patternType, pattern: attribute.value } };
    case 'stix': {
      const comparisons = mapping.comparisons(attribute.value);
      if (comparisons === undefined) {
        skip(ctx, path, 'bad-value', `the value is not a valid ${attribute.type}`);
        return undefined;
      }
      return { comparisons, observables: () => mapping.observables(attribute.value) };
    }
  }
}

function mispProps(attribute: MispAttribute): Record<string, unknown> {
  return {
    x_misp_type: attribute.type,
    x_misp_value: attribute.value,
    ...(attribute.category !== undefined ? { x_misp_category: attribute.category } : {}),
    ...(attribute.comment ? { x_misp_comment: attribute.comment } : {}),
    ...(attribute.objectRelation !== undefined
      ? { x_misp_object_relation: attribute.objectRelation }
      : {}),
  };
}

function indicator(
  ctx: Context,
  input: {
    id: string;
    name: string;
    pattern: string;
    patternType: string;
    level: ReturnType<typeof tlpOfTags>;
    time: ReturnType<typeof times>;
    labels: { labels?: string[] };
    extra: Record<string, unknown>;
  },
): Record<string, unknown> {
  const validFrom = input.time.first ?? ctx.created;
  const validUntil =
    input.time.last !== undefined && input.time.last > validFrom
      ? { valid_until: input.time.last }
      : {};
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: input.id,
    created: ctx.created,
    modified: input.time.modified,
    name: input.name,
    indicator_types: ['malicious-activity'],
    pattern: input.pattern,
    pattern_type: input.patternType,
    valid_from: validFrom,
    ...validUntil,
    ...input.labels,
    ...markingRefsOf(input.level),
    ...input.extra,
  };
}

function observedData(
  ctx: Context,
  input: {
    id: string;
    refs: string[];
    level: ReturnType<typeof tlpOfTags>;
    time: ReturnType<typeof times>;
    labels: { labels?: string[] };
    extra: Record<string, unknown>;
  },
): Record<string, unknown> {
  const first = input.time.first ?? input.time.modified;
  const last = input.time.last !== undefined && input.time.last >= first ? input.time.last : first;
  return {
    type: 'observed-data',
    spec_version: '2.1',
    id: input.id,
    created: ctx.created,
    modified: input.time.modified,
    first_observed: first,
    last_observed: last,
    number_observed: 1,
    object_refs: input.refs,
    ...input.labels,
    ...markingRefsOf(input.level),
    ...input.extra,
  };
}

function convertAttribute(ctx: Context, attribute: MispAttribute, path: string): void {
  const mapped = mapAttribute(ctx, attribute, path);
  if (mapped === undefined) return;
  const distribution = resolveDistribution(attribute.distribution, ctx.distribution);
  const level = effectiveLevel(tlpOfTags(attribute.tags) ?? ctx.eventLevel, distribution);
  const time = times(ctx, attribute);
  const labels = labelsOf(attribute.tags);
  const extra = { ...mispProps(attribute), x_misp_distribution: distribution };
  let id: string;
  if (attribute.toIds || mapped.foreign !== undefined) {
    id = idFor('indicator', attribute.uuid, ctx, path);
    add(
      ctx,
      indicator(ctx, {
        id,
        name: `${attribute.type}: ${attribute.value}`.slice(0, 200),
        pattern: mapped.foreign?.pattern ?? patternOf(mapped.comparisons ?? []),
        patternType: mapped.foreign?.patternType ?? 'stix',
        level,
        time,
        labels,
        extra: { ...extra, x_misp_to_ids: attribute.toIds },
      }),
    );
  } else {
    const observables = mapped.observables?.();
    if (observables === undefined || observables.length === 0) {
      skip(
        ctx,
        path,
        'no-observable',
        `${attribute.type} has a pattern but no observable, and to_ids is off`,
      );
      return;
    }
    for (const o of observables) add(ctx, { ...o, ...markingRefsOf(level) });
    id = idFor('observed-data', attribute.uuid, ctx, path);
    add(
      ctx,
      observedData(ctx, {
        id,
        refs: observables.map((o) => o.id),
        level,
        time,
        labels,
        extra,
      }),
    );
  }
  if (attribute.uuid !== undefined) ctx.byAttribute.set(attribute.uuid, id);
  attribute.sightings.forEach((s, i) =>
    convertSighting(ctx, s, { path: `${path}.Sighting[${i}]`, of: id, level }),
  );
}

function convertObject(ctx: Context, object: MispObject, path: string): void {
  if (object.deleted) {
    skip(ctx, path, 'deleted', 'the object is marked deleted');
    return;
  }
  const parts: { attribute: MispAttribute; mapped: Mapped }[] = [];
  object.attributes.forEach((attribute, i) => {
    const mapped = mapAttribute(ctx, attribute, `${path}.Attribute[${i}]`);
    if (mapped?.comparisons !== undefined) parts.push({ attribute, mapped });
    else if (mapped?.foreign !== undefined)
      convertAttribute(ctx, attribute, `${path}.Attribute[${i}]`);
  });
  if (parts.length === 0) return;
  const distribution = resolveDistribution(object.distribution, ctx.distribution);
  const tags = object.attributes.flatMap((a) => a.tags);
  const level = effectiveLevel(tlpOfTags(tags) ?? ctx.eventLevel, distribution);
  const time = times(ctx, object);
  const extra = {
    x_misp_object_name: object.name,
    ...(object.metaCategory !== undefined ? { x_misp_meta_category: object.metaCategory } : {}),
    ...(object.comment ? { x_misp_comment: object.comment } : {}),
    x_misp_distribution: distribution,
    x_misp_attributes: parts.map((p) => ({
      ...(p.attribute.uuid !== undefined ? { uuid: p.attribute.uuid } : {}),
      to_ids: p.attribute.toIds,
      ...mispProps(p.attribute),
      ...(p.attribute.tags.length > 0 ? { x_misp_tags: p.attribute.tags.map((t) => t.name) } : {}),
    })),
  };
  const detecting = parts.filter((p) => p.attribute.toIds);
  let id: string;
  if (detecting.length > 0) {
    id = idFor('indicator', object.uuid, ctx, path);
    add(
      ctx,
      indicator(ctx, {
        id,
        name: `${object.name} object`,
        pattern: patternOf(detecting.flatMap((p) => p.mapped.comparisons ?? [])),
        patternType: 'stix',
        level,
        time,
        labels: labelsOf(tags),
        extra,
      }),
    );
  } else {
    const observables = parts.flatMap((p) => p.mapped.observables?.() ?? []);
    if (observables.length === 0) {
      skip(
        ctx,
        path,
        'no-observable',
        `the ${object.name} object has no observable and no to_ids attribute`,
      );
      return;
    }
    for (const o of observables) add(ctx, { ...o, ...markingRefsOf(level) });
    id = idFor('observed-data', object.uuid, ctx, path);
    add(
      ctx,
      observedData(ctx, {
        id,
        refs: [...new Set(observables.map((o) => o.id))],
        level,
        time,
        labels: labelsOf(tags),
        extra,
      }),
    );
  }
  for (const p of parts)
    if (p.attribute.uuid !== undefined) ctx.byAttribute.set(p.attribute.uuid, id);
}

function convertSighting(
  ctx: Context,
  sighting: MispSighting,
  at: { path: string; of: string | undefined; level: ReturnType<typeof tlpOfTags> },
): void {
  if (sighting.type !== 0) {
    skip(
      ctx,
      at.path,
      'sighting-type',
      `MISP sighting type ${sighting.type} (false positive or expiration) has no STIX sighting`,
    );
    return;
  }
  if (at.of === undefined) return;
  const seen = iso(sighting.dateSighting);
  add(ctx, {
    type: 'sighting',
    spec_version: '2.1',
    id: idFor(
      'sighting',
      sighting.uuid,
      ctx,
      `${at.of}|${sighting.dateSighting}|${sighting.source ?? ''}`,
    ),
    created: seen,
    modified: seen,
    first_seen: seen,
    last_seen: seen,
    count: 1,
    sighting_of_ref: at.of,
    ...(sighting.source ? { x_misp_source: sighting.source } : {}),
    ...markingRefsOf(at.level),
  });
}

/** The event's uuid, or a UUIDv5 of its content when MISP gave none. */
export function eventUuidOf(event: MispEvent): string {
  return event.uuid !== undefined && UUID.test(event.uuid)
    ? event.uuid.toLowerCase()
    : uuidv5(canonicalJson(event), MISP_ID_NAMESPACE);
}

/** Converts one MISP event; what cannot be converted is listed in `skips`, never dropped silently. */
export function eventToStix(event: MispEvent): StixConversion {
  const eventUuid = eventUuidOf(event);
  const dateMs = event.date !== undefined ? Date.parse(`${event.date}T00:00:00Z`) : NaN;
  const created = new Date(
    Number.isNaN(dateMs) ? (event.timestamp ?? 0) * 1000 : dateMs,
  ).toISOString();
  const eventModified = later(
    created,
    event.timestamp === undefined ? created : iso(event.timestamp),
  );
  const distribution = resolveDistribution(event.distribution, 3);
  const ctx: Context = {
    event,
    eventUuid,
    created,
    eventModified,
    distribution,
    // The event's own distribution caps its attributes' (MISP never shares an attribute further).
    eventLevel: effectiveLevel(tlpOfTags(event.tags), distribution),
    objects: new Map(),
    skips: [],
    byAttribute: new Map(),
  };
  event.attributes.forEach((a, i) => convertAttribute(ctx, a, `Event.Attribute[${i}]`));
  event.objects.forEach((o, i) => convertObject(ctx, o, `Event.Object[${i}]`));
  event.sightings.forEach((s, i) =>
    convertSighting(ctx, s, {
      path: `Event.Sighting[${i}]`,
      of: s.attributeUuid === undefined ? undefined : ctx.byAttribute.get(s.attributeUuid),
      level: effectiveLevel(ctx.eventLevel, distribution),
    }),
  );
  const refs = [...ctx.objects.values()]
    .filter((o) => o.type !== 'sighting')
    .map((o) => String(o.id));
  if (refs.length === 0) {
    skip(ctx, 'Event', 'empty-event', 'the event has no attribute or object that converts to STIX');
    return { objects: [...ctx.objects.values()], skips: ctx.skips };
  }
  const level = effectiveLevel(ctx.eventLevel, distribution);
  const labels = labelsOf([
    ...event.tags,
    ...event.galaxyClusters.map((c) => ({ name: c.tagName })),
  ]);
  const common = {
    spec_version: '2.1',
    created,
    modified: eventModified,
    name: event.info || `MISP event ${eventUuid}`,
    object_refs: refs,
    ...labels,
    ...markingRefsOf(level),
    x_misp_distribution: distribution,
    ...(event.threatLevelId !== undefined ? { x_misp_threat_level_id: event.threatLevelId } : {}),
    ...(event.analysis !== undefined ? { x_misp_analysis: event.analysis } : {}),
    ...(event.date !== undefined ? { x_misp_date: event.date } : {}),
  };
  // A published MISP event is a finished report (STIX 2.1 §4.14); a draft is a grouping (§4.6).
  const container = event.published
    ? {
        type: 'report',
        id: `report--${eventUuid}`,
        ...common,
        report_types: ['threat-report'],
        published:
          event.publishTimestamp !== undefined && event.publishTimestamp > 0
            ? iso(event.publishTimestamp)
            : eventModified,
      }
    : { type: 'grouping', id: `grouping--${eventUuid}`, ...common, context: 'suspicious-activity' };
  return { objects: [...ctx.objects.values(), container], skips: ctx.skips };
}
