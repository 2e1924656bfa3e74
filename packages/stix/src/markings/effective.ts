/**
 * @module markings/effective
 * The TLP that governs an object. Rule: the most restrictive TLP among the object's markings
 * wins, RED > AMBER+STRICT > AMBER > GREEN > CLEAR, with TLP 1.0 markings first mapped to 2.0
 * (WHITE ≈ CLEAR; see `TLP1_TO_TLP2`). Object markings (STIX 2.1 §7.2.2) always count;
 * granular markings (§7.2.3) count too unless `objectOnly` is set, because whoever receives the
 * whole object receives its most restricted part. Non-TLP markings do not affect the result.
 */
import { stricterTlp, tlpOfMarking, type MarkingResolver, type TlpLevel } from './tlp.ts';

export interface EffectiveTlpOptions {
  /** Ignore granular markings (the TLP of the object as a whole, before redaction). */
  readonly objectOnly?: boolean;
  /** Resolves non-standard marking ids, e.g. TLP definitions shipped in the same bundle. */
  readonly resolve?: MarkingResolver;
}

/**
 * @example
 * effectiveTlp({ ..., object_marking_refs: [TLP2_IDS.green], granular_markings: [{ selectors: ['description'], marking_ref: TLP2_IDS.red }] });
 * // 'red' (or 'green' with { objectOnly: true })
 */
export function effectiveTlp(
  object: Readonly<Record<string, unknown>>,
  options: EffectiveTlpOptions = {},
): TlpLevel | undefined {
  let level: TlpLevel | undefined;
  const refs = object.object_marking_refs;
  if (Array.isArray(refs))
    for (const ref of refs)
      if (typeof ref === 'string') level = stricterTlp(level, tlpOfMarking(ref, options.resolve));
  const granular = object.granular_markings;
  if (options.objectOnly !== true && Array.isArray(granular)) {
    for (const g of granular) {
      const ref =
        typeof g === 'object' && g !== null
          ? (g as Record<string, unknown>).marking_ref
          : undefined;
      if (typeof ref === 'string') level = stricterTlp(level, tlpOfMarking(ref, options.resolve));
    }
  }
  return level;
}

/** The TLP that applies to the content at `selector` (object markings plus covering granular ones). */
export function tlpAtSelector(
  object: Readonly<Record<string, unknown>>,
  selector: string,
  options: EffectiveTlpOptions = {},
): TlpLevel | undefined {
  let level = effectiveTlp(object, { ...options, objectOnly: true });
  const granular = object.granular_markings;
  if (!Array.isArray(granular)) return level;
  for (const g of granular as unknown[]) {
    if (typeof g !== 'object' || g === null) continue;
    const { marking_ref: ref, selectors } = g as Record<string, unknown>;
    if (typeof ref !== 'string' || !Array.isArray(selectors)) continue;
    if (
      selectors.some(
        (s) => typeof s === 'string' && (selector === s || selector.startsWith(`${s}.`)),
      )
    ) {
      level = stricterTlp(level, tlpOfMarking(ref, options.resolve));
    }
  }
  return level;
}
