/**
 * @module decay/decay
 * Indicator decay with MISP's polynomial model ("Decaying Indicators of Compromise",
 * Mokaddem et al. 2019, §3): `score(t) = base × (1 − (t / lifetime)^(1 / decay_speed))`, t the
 * days since the indicator was last refreshed, 0 from t = lifetime on. An indicator whose
 * score is below the model's `threshold` is decayed: its hits no longer alert.
 *
 * How STIX fills the model's inputs (our mapping; MISP reads its own attributes):
 * - t counts from the indicator's `modified` (MISP: the attribute's timestamp or last
 *   sighting), else `valid_from`;
 * - base is the indicator's `confidence` (STIX 2.1 §3.2, 0–100) when it has one, else the
 *   model's `default_base_score` (MISP derives base from weighted taxonomy tags, which STIX
 *   indicators do not carry).
 *
 * @example
 * const m = BUNDLED_DECAY_MODELS['nids-simple']; // lifetime 120 d, decay_speed 2, threshold 30
 * decayScore(m, 80, 30 * DAY_MS); // 80 × (1 − (30/120)^(1/2)) = 40
 */
import nidsSimple from './models/nids-simple.json' with { type: 'json' };
import phishing from './models/phishing.json' with { type: 'json' };
import vishing from './models/vishing.json' with { type: 'json' };

export const DAY_MS = 86_400_000;

export interface DecayModel {
  /** Short id (the bundled file's name, or what the caller chose). */
  readonly id: string;
  readonly name: string;
  readonly lifetimeDays: number;
  readonly decaySpeed: number;
  readonly threshold: number;
  readonly defaultBaseScore: number;
}

/**
 * A MISP decaying-model JSON (formula "Polynomial") as a DecayModel; throws a TypeError naming
 * the field and the reason.
 */
export function parseDecayModel(value: unknown, id: string): DecayModel {
  const where = `decay model ${id}`;
  if (typeof value !== 'object' || value === null) throw new TypeError(`${where}: not an object`);
  const o = value as { name?: unknown; formula?: unknown; parameters?: unknown };
  if (o.formula !== undefined && o.formula !== 'Polynomial')
    throw new TypeError(
      `${where}: formula ${JSON.stringify(o.formula)} is not supported (only "Polynomial")`,
    );
  const p = (o.parameters ?? {}) as Record<string, unknown>;
  const positive = (field: string): number => {
    const v = p[field];
    if (typeof v !== 'number' || !(v > 0))
      throw new TypeError(`${where}: parameters.${field} must be a number above 0`);
    return v;
  };
  const score = (field: string): number => {
    const v = p[field];
    if (typeof v !== 'number' || v < 0 || v > 100)
      throw new TypeError(`${where}: parameters.${field} must be a number from 0 to 100`);
    return v;
  };
  return {
    id,
    name: typeof o.name === 'string' ? o.name : id,
    lifetimeDays: positive('lifetime'),
    decaySpeed: positive('decay_speed'),
    threshold: score('threshold'),
    defaultBaseScore: score('default_base_score'),
  };
}

/** The models of misp-decaying-models shipped with coopsec (CC0; see LICENCE.md). */
export const BUNDLED_DECAY_MODELS = {
  'nids-simple': parseDecayModel(nidsSimple, 'nids-simple'),
  phishing: parseDecayModel(phishing, 'phishing'),
  vishing: parseDecayModel(vishing, 'vishing'),
} as const satisfies Record<string, DecayModel>;

export type BundledDecayModelId = keyof typeof BUNDLED_DECAY_MODELS;

export function isBundledDecayModel(id: string): id is BundledDecayModelId {
  return Object.hasOwn(BUNDLED_DECAY_MODELS, id);
}

/** The score `elapsedMs` after the indicator was refreshed; base before it, 0 from lifetime on. */
export function decayScore(model: DecayModel, base: number, elapsedMs: number): number {
  const t = Math.max(0, elapsedMs) / DAY_MS;
  if (t >= model.lifetimeDays) return 0;
  return base * (1 - (t / model.lifetimeDays) ** (1 / model.decaySpeed));
}

/** The base score of an indicator: its `confidence` when an integer 0–100, else the model's. */
export function baseScoreOf(confidence: unknown, model: DecayModel): number {
  return typeof confidence === 'number' &&
    Number.isInteger(confidence) &&
    confidence >= 0 &&
    confidence <= 100
    ? confidence
    : model.defaultBaseScore;
}
