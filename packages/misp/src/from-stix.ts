/**
 * @module from-stix
 * STIX 2.1 back to MISP events (`{"Event": …}` JSON): one event per report or grouping, its
 * referenced indicators and observed-data as attributes or objects, sightings as sightings,
 * TLP markings back to `tlp:*` tags. Objects that came from MISP carry `x_misp_*` properties
 * and go back exactly; a STIX indicator from elsewhere becomes a `stix2-pattern` attribute.
 * Converting the result again with `eventToStix` gives the same STIX (to-stix.test.ts).
 */
import { TAG_OF_TLP, levelOfRefs } from './markings.ts';

type Stix = Record<string, unknown>;
export type MispEventJson = { Event: Record<string, unknown> };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A JSON scalar as MISP's string form ('' for anything else). */
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
const uuidOf = (id: unknown): string => String(id).slice(String(id).indexOf('--') + 2);
const epoch = (iso: unknown): string => String(Math.floor(Date.parse(String(iso)) / 1000));

function tags(object: Stix, inheritedLevel: string | undefined): { name: string }[] {
  const level = levelOfRefs(object.object_marking_refs);
  const labels = Array.isArray(object.labels) ? object.labels.map(String) : [];
  return [
    ...(level !== undefined && level !== inheritedLevel ? [{ name: TAG_OF_TLP[level] }] : []),
    ...labels.map((name) => ({ name })),
  ];
}

function seen(object: Stix): Record<string, string> {
  if (object.type === 'indicator') {
    return {
      ...(object.valid_from !== object.created ? { first_seen: String(object.valid_from) } : {}),
      ...(typeof object.valid_until === 'string' ? { last_seen: object.valid_until } : {}),
    };
  }
  const first = object.first_observed;
  if (first === object.modified) return {};
  return {
    first_seen: String(first),
    ...(object.last_observed !== first ? { last_seen: String(object.last_observed) } : {}),
  };
}

function attributeOf(
  object: Stix,
  sightings: readonly Stix[],
  eventLevel: string | undefined,
): Record<string, unknown> {
  const fromMisp = typeof object.x_misp_type === 'string';
  return {
    uuid: uuidOf(object.id),
    type: fromMisp ? object.x_misp_type : 'stix2-pattern',
    ...(str(object.x_misp_category) !== undefined ? { category: object.x_misp_category } : {}),
    value: fromMisp ? object.x_misp_value : object.pattern,
    to_ids: fromMisp ? object.x_misp_to_ids === true : true,
    timestamp: epoch(object.modified),
    distribution: text(object.x_misp_distribution ?? 5),
    ...(str(object.x_misp_comment) !== undefined ? { comment: object.x_misp_comment } : {}),
    ...seen(object),
    Tag: tags(object, eventLevel),
    ...(sightings.length > 0
      ? {
          Sighting: sightings.map((s) => ({
            uuid: uuidOf(s.id),
            type: '0',
            date_sighting: epoch(s.first_seen ?? s.created),
            ...(str(s.x_misp_source) !== undefined ? { source: s.x_misp_source } : {}),
          })),
        }
      : {}),
  };
}

function objectOf(object: Stix, eventLevel: string | undefined): Record<string, unknown> {
  const level = levelOfRefs(object.object_marking_refs);
  const parts = Array.isArray(object.x_misp_attributes) ? (object.x_misp_attributes as Stix[]) : [];
  return {
    uuid: uuidOf(object.id),
    name: object.x_misp_object_name,
    ...(str(object.x_misp_meta_category) !== undefined
      ? { 'meta-category': object.x_misp_meta_category }
      : {}),
    timestamp: epoch(object.modified),
    distribution: text(object.x_misp_distribution ?? 5),
    ...(str(object.x_misp_comment) !== undefined ? { comment: object.x_misp_comment } : {}),
    ...seen(object),
    Attribute: parts.map((p) => ({
      ...(p.uuid !== undefined ? { uuid: p.uuid } : {}),
      type: p.x_misp_type,
      ...(p.x_misp_category !== undefined ? { category: p.x_misp_category } : {}),
      value: p.x_misp_value,
      to_ids: p.to_ids === true,
      ...(p.x_misp_object_relation !== undefined
        ? { object_relation: p.x_misp_object_relation }
        : {}),
      ...(p.x_misp_comment !== undefined ? { comment: p.x_misp_comment } : {}),
      // The object's TLP travels on its attributes (MISP objects carry no tags of their own).
      Tag: [
        ...(level !== undefined && level !== eventLevel ? [{ name: TAG_OF_TLP[level] }] : []),
        ...(Array.isArray(p.x_misp_tags)
          ? p.x_misp_tags.map((name) => ({ name: String(name) }))
          : []),
      ].filter((t, i, all) => all.findIndex((u) => u.name === t.name) === i),
    })),
  };
}

/** MISP events for every report and grouping among `objects` (referenced objects looked up in the same list). */
export function stixToMispEvents(objects: readonly Stix[]): MispEventJson[] {
  const byId = new Map(objects.map((o) => [String(o.id), o]));
  const sightingsOf = new Map<string, Stix[]>();
  for (const o of objects)
    if (o.type === 'sighting' && typeof o.sighting_of_ref === 'string')
      sightingsOf.set(o.sighting_of_ref, [...(sightingsOf.get(o.sighting_of_ref) ?? []), o]);
  const events: MispEventJson[] = [];
  for (const container of objects) {
    if (container.type !== 'report' && container.type !== 'grouping') continue;
    const eventLevel = levelOfRefs(container.object_marking_refs);
    const attributes: Record<string, unknown>[] = [];
    const mispObjects: Record<string, unknown>[] = [];
    const refs = Array.isArray(container.object_refs) ? container.object_refs.map(String) : [];
    for (const ref of refs) {
      const o = byId.get(ref);
      if (o === undefined || (o.type !== 'indicator' && o.type !== 'observed-data')) continue;
      if (typeof o.x_misp_object_name === 'string') mispObjects.push(objectOf(o, eventLevel));
      else if (o.type === 'indicator' || typeof o.x_misp_type === 'string')
        attributes.push(attributeOf(o, sightingsOf.get(ref) ?? [], eventLevel));
    }
    const published = container.type === 'report';
    events.push({
      Event: {
        uuid: uuidOf(container.id),
        info: container.name,
        ...(str(container.x_misp_date) !== undefined ? { date: container.x_misp_date } : {}),
        timestamp: epoch(container.modified),
        published,
        ...(published ? { publish_timestamp: epoch(container.published) } : {}),
        distribution: text(container.x_misp_distribution ?? 3),
        ...(container.x_misp_threat_level_id !== undefined
          ? { threat_level_id: text(container.x_misp_threat_level_id) }
          : {}),
        ...(container.x_misp_analysis !== undefined
          ? { analysis: text(container.x_misp_analysis) }
          : {}),
        Tag: tags(container, undefined),
        Attribute: attributes,
        Object: mispObjects,
      },
    });
  }
  return events;
}
