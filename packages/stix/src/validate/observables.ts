/**
 * @module validate/observables
 * The deprecated `observed-data.objects` dictionary (STIX 2.1 §4.14): embedded SCOs keyed
 * "0", "1", …, whose `*_ref(s)` point at sibling keys and must resolve to the right type.
 */
import { SCO_TYPES, SDO_TYPES, SRO_TYPES } from '../registry/index.ts';
import { child, type Ctx } from './context.ts';
import { isPlainObject } from './primitives.ts';

type ObjectChecker = (object: unknown, ctx: Ctx, path: string) => void;

export function checkObservedObjects(
  objects: unknown,
  ctx: Ctx,
  path: string,
  checkObject: ObjectChecker,
): void {
  if (!isPlainObject(objects)) {
    ctx.error('property-type', path, 'objects must be a dictionary of cyber-observable objects');
    return;
  }
  const keys = Object.keys(objects);
  if (keys.length === 0)
    ctx.error('empty-dictionary', path, 'objects must have at least one entry');
  const previous = ctx.local;
  ctx.local = objects;
  try {
    for (const key of keys) {
      const object = objects[key];
      const at = child(path, key);
      if (isPlainObject(object) && typeof object.type === 'string') {
        const type = object.type;
        if (
          SDO_TYPES.has(type) ||
          SRO_TYPES.has(type) ||
          type === 'marking-definition' ||
          type === 'bundle' ||
          type === 'language-content'
        ) {
          ctx.error(
            'observable-type',
            child(at, 'type'),
            `observed-data objects must be cyber-observables, not ${type}`,
          );
          continue;
        }
        if (!SCO_TYPES.has(type) && ('created' in object || 'modified' in object)) {
          ctx.error(
            'observable-type',
            at,
            'a custom cyber-observable must not carry SDO properties (created, modified)',
          );
        }
      }
      checkObject(object, ctx, at);
    }
  } finally {
    ctx.local = previous;
  }
}
