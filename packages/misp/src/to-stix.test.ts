import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stixPatternHook, validateBundle } from '@coopsec/stix';
import { readMispEvent, readMispEvents } from './event.ts';
import { stixToMispEvents } from './from-stix.ts';
import { eventToStix } from './to-stix.ts';

const EVENTS = join(import.meta.dirname, '../../../../shared/data/misp/events');

/** PyMISP test files that are not events (an attribute, a galaxy, a sighting, templates, `{}`). */
const NOT_EVENTS = new Set([
  'galaxy.json',
  'sighting.json',
  'simple.json',
  'test_object_template-definition.json',
  'overwrite_file-definition.json',
]);

const bundle = (objects: unknown[]) => ({
  type: 'bundle',
  id: 'bundle--6b2b7c1e-6a44-4c53-9a5e-5ad1f0e0b7a1',
  ...(objects.length > 0 ? { objects } : {}),
});

describe('every MISP sample event converts to valid STIX 2.1', () => {
  for (const file of readdirSync(EVENTS)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    it(file, () => {
      const json: unknown = JSON.parse(readFileSync(join(EVENTS, file), 'utf8'));
      if (NOT_EVENTS.has(file)) {
        assert.throws(() => readMispEvent(json, file), /not a MISP event|required property/);
        return;
      }
      const events = readMispEvents(json, file);
      assert.ok(events.length > 0);
      const objects = events.flatMap((e) => eventToStix(e).objects);
      const skips = events.flatMap((e) => eventToStix(e).skips);
      const result = validateBundle(bundle(objects), { validatePatternHook: stixPatternHook });
      const errors = result.findings.filter((f) => f.severity === 'error');
      assert.deepEqual(errors, [], JSON.stringify(errors.slice(0, 5)));
      for (const s of skips) assert.match(s.path, /^Event/);
      // Deterministic: converting again gives exactly the same objects.
      assert.deepEqual(
        readMispEvents(json, file).flatMap((e) => eventToStix(e).objects),
        objects,
      );
    });
  }
});

describe('MISP → STIX → MISP → STIX', () => {
  for (const file of [
    'existing_event.json',
    'event_obj_attr_tag.json',
    'def_param.json',
    'event_tags.json',
    'malware.json',
    'shadow.json',
  ]) {
    it(`${file}: exporting and re-importing gives the same STIX`, () => {
      const json: unknown = JSON.parse(readFileSync(join(EVENTS, file), 'utf8'));
      const first = readMispEvents(json, file).flatMap((e) => eventToStix(e).objects);
      const exported = stixToMispEvents(first);
      const again = exported.flatMap((e) => eventToStix(readMispEvent(e)).objects);
      const byId = (list: Record<string, unknown>[]) => new Map(list.map((o) => [String(o.id), o]));
      assert.deepEqual(byId(again), byId(first));
    });
  }

  it('a newer attribute timestamp makes a new version; the same event changes nothing', () => {
    const base = {
      Event: {
        uuid: '5a3c2fcd-8328-42bb-a95e-4f4402de0b81',
        info: 'x',
        date: '2024-01-01',
        timestamp: '1704100000',
        Attribute: [
          {
            uuid: '5a3c2fda-78f4-44b7-8366-46da02de0b81',
            type: 'domain',
            value: 'example.org',
            to_ids: true,
            timestamp: '1704100000',
          },
        ],
      },
    };
    const newer = structuredClone(base);
    for (const a of newer.Event.Attribute) a.timestamp = '1704200000';
    const a = eventToStix(readMispEvent(base)).objects.find((o) => o.type === 'indicator');
    const b = eventToStix(readMispEvent(newer)).objects.find((o) => o.type === 'indicator');
    assert.equal(a?.id, b?.id);
    assert.equal(a?.created, b?.created);
    assert.ok(String(b?.modified) > String(a?.modified));
  });
});
