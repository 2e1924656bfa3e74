/**
 * @module inputs/stix
 * STIX 2.1 `observed-data` (STIX 2.1 §4.14), one object a line (a bundle is split into its
 * objects by the caller). The SCOs come from the object's `objects` (deprecated but common) or
 * from `object_refs` resolved in SCOs seen earlier in the stream (and kept, as SCOs usually
 * precede the observed-data in a bundle). Atoms: `value` of ipv4-addr, ipv6-addr,
 * domain-name, url, email-addr; the hashes of `file`. The SCOs themselves go to the slow
 * path as the observation's objects. The time is `first_observed`.
 */
import type { Atom, Observation } from '../observation.ts';
import { isHashAlgorithm } from '../normalise.ts';
import { isBlank, jsonObject, MalformedLine, timeOf } from './reader.ts';
import type { LineParser } from './reader.ts';

const VALUE_TYPES = new Set(['ipv4-addr', 'ipv6-addr', 'domain-name', 'url', 'email-addr']);

function scoAtoms(sco: unknown, atoms: Atom[]): void {
  if (typeof sco !== 'object' || sco === null) return;
  const { type, value, hashes } = sco as { type?: unknown; value?: unknown; hashes?: unknown };
  if (typeof type !== 'string') return;
  if (VALUE_TYPES.has(type) && typeof value === 'string')
    atoms.push({ type: type as Atom['type'], value });
  if (type === 'file' && typeof hashes === 'object' && hashes !== null)
    for (const [k, v] of Object.entries(hashes))
      if (isHashAlgorithm(k) && typeof v === 'string')
        atoms.push({ type: `file:hashes.${k}`, value: v });
}

/** One observed-data object as an observation; `scos` resolves object_refs. */
export function observedDataToObservation(
  od: Readonly<Record<string, unknown>>,
  scos: ReadonlyMap<string, unknown> = new Map(),
): Observation {
  const atoms: Atom[] = [];
  const objects: Record<string, unknown> = {};
  const embedded = od.objects;
  if (typeof embedded === 'object' && embedded !== null && !Array.isArray(embedded))
    for (const [k, sco] of Object.entries(embedded)) {
      objects[k] = sco;
      scoAtoms(sco, atoms);
    }
  else if (Array.isArray(od.object_refs))
    for (const ref of od.object_refs) {
      const sco = typeof ref === 'string' ? scos.get(ref) : undefined;
      if (sco === undefined) continue;
      objects[ref as string] = sco;
      scoAtoms(sco, atoms);
    }
  const time = timeOf(od.first_observed);
  return { atoms, objects, ...(time !== undefined ? { time } : {}) };
}

export function stixParser(): LineParser {
  const scos = new Map<string, unknown>();
  return {
    line(text) {
      if (isBlank(text)) return undefined;
      const o = jsonObject(text);
      if (typeof o.type !== 'string') throw new MalformedLine('not a STIX object (no type)');
      if (o.type !== 'observed-data') {
        if (typeof o.id === 'string' && !o.id.startsWith('indicator--') && scos.size < 1_000_000)
          scos.set(o.id, o);
        return undefined;
      }
      return observedDataToObservation(o, scos);
    },
  };
}
