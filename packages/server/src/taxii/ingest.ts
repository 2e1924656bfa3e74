/**
 * @module taxii/ingest
 * TAXII 2.1 §5.5 add objects: turns an envelope into object versions to store and per-object
 * failures. Invalid objects are refused one by one with their reason; valid ones are kept.
 */
import { CoopsecError } from '@coopsec/model';
import type { NewObjectVersion, StatusDetail } from '@coopsec/store';
import { checkStixObject, objectTlp } from './stix-adapter.ts';

/** Custom property naming who may receive a TLP:RED object (user ids or user names). */
export const RECIPIENTS_PROPERTY = 'x_coopsec_recipients';

export interface IngestPlan {
  readonly total: number;
  readonly accepted: readonly NewObjectVersion[];
  readonly failures: readonly StatusDetail[];
}

export function parseEnvelope(text: string): unknown[] {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch (error) {
    throw new CoopsecError(
      'BAD_INPUT',
      `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    throw new CoopsecError('BAD_INPUT', 'the body must be a TAXII envelope: {"objects": [...]}');
  }
  const objects = (envelope as Record<string, unknown>).objects;
  if (objects === undefined) return [];
  if (!Array.isArray(objects))
    throw new CoopsecError('BAD_INPUT', 'envelope.objects must be a list');
  return objects;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function planIngest(objects: readonly unknown[]): IngestPlan {
  const accepted: NewObjectVersion[] = [];
  const failures: StatusDetail[] = [];
  for (const [i, object] of objects.entries()) {
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      failures.push({ id: '', version: '', message: `objects[${i}] is not a JSON object` });
      continue;
    }
    const o = object as Record<string, unknown>;
    const id = str(o.id) ?? '';
    const version = str(o.modified) ?? str(o.created) ?? '';
    const check = checkStixObject(o);
    if (!check.ok) {
      failures.push({ id, version, message: check.reason });
      continue;
    }
    const tlp = objectTlp(o);
    const named = o[RECIPIENTS_PROPERTY];
    const recipients = Array.isArray(named)
      ? named.filter((r): r is string => typeof r === 'string')
      : [];
    accepted.push({
      objectId: id,
      type: str(o.type) ?? '',
      specVersion: str(o.spec_version) ?? '2.1',
      created: str(o.created),
      modified: str(o.modified),
      tlp,
      recipients: recipients.length > 0 ? recipients : null,
      hasGranular: Array.isArray(o.granular_markings) && o.granular_markings.length > 0,
      body: JSON.stringify(o),
    });
  }
  return { total: objects.length, accepted, failures };
}
