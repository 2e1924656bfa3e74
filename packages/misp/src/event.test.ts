import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CoopsecError } from '@coopsec/model';
import { readMispEvent } from './event.ts';
import { eventToStix } from './to-stix.ts';

const pathOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof CoopsecError);
    assert.equal(error.code, 'BAD_INPUT');
    return error.details[0]?.path;
  }
  assert.fail('expected a BAD_INPUT error');
};

describe('readMispEvent', () => {
  it('names the JSON path of a bad property', () => {
    const attrs = [1, 2, 3].map((n) => ({ type: 'domain', value: `d${n}.example` }));
    const event = { Event: { info: 'x', Attribute: [...attrs, { type: ['domain'], value: 'v' }] } };
    assert.equal(
      pathOf(() => readMispEvent(event)),
      'Event.Attribute[3].type',
    );
    assert.equal(
      pathOf(() => readMispEvent({ Event: { info: 'x', Attribute: {} } })),
      'Event.Attribute',
    );
    assert.equal(
      pathOf(() => readMispEvent({ Event: { info: 'x', Attribute: [{ type: 'domain' }] } })),
      'Event.Attribute[0].value',
    );
  });

  it('refuses JSON that is not a MISP event', () => {
    assert.match(
      String(pathOf(() => readMispEvent({ type: 'bundle', objects: [] }, 'b.json'))),
      /b\.json/,
    );
    assert.throws(() => readMispEvent([1, 2]), /not a MISP event/);
  });

  it('an unknown attribute type is a named skip, counted, and the rest converts', () => {
    const event = readMispEvent({
      Event: {
        uuid: '5a3c2fcd-8328-42bb-a95e-4f4402de0b81',
        info: 'x',
        date: '2024-01-01',
        Attribute: [
          { type: 'no-such-type', value: 'v' },
          { type: 'domain', value: 'example.org', to_ids: true },
          { type: 'text', value: 'free text' },
        ],
      },
    });
    const { objects, skips } = eventToStix(event);
    assert.deepEqual(
      skips.map((s) => [s.path, s.reason]),
      [
        ['Event.Attribute[0]', 'unknown-attribute-type'],
        ['Event.Attribute[2]', 'not-mapped'],
      ],
    );
    assert.deepEqual(objects.map((o) => o.type).sort(), ['grouping', 'indicator']);
  });

  it('TLP tags and distribution set the marking (the stricter wins)', () => {
    const convert = (tag: string, distribution: string) =>
      eventToStix(
        readMispEvent({
          Event: {
            uuid: '5a3c2fcd-8328-42bb-a95e-4f4402de0b81',
            info: 'x',
            distribution,
            Tag: [{ name: tag }],
            Attribute: [{ type: 'domain', value: 'a.example', to_ids: true }],
          },
        }),
      ).objects.find((o) => o.type === 'indicator')?.object_marking_refs;
    assert.deepEqual(convert('tlp:amber', '3'), [
      'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
    ]);
    assert.deepEqual(convert('tlp:green', '0'), [
      'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
    ]);
    assert.deepEqual(convert('tlp:red', '1'), [
      'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    ]);
    assert.deepEqual(convert('osint', '3'), undefined);
  });
});
