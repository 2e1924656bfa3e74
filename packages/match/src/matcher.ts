/**
 * @module matcher
 * Indicators compiled for matching against what sensors see, updated one indicator at a time.
 *
 * An indicator takes part when it has `pattern_type: "stix"`, is not `revoked`, and is valid at
 * the time of the observation: `valid_from` ≤ t < `valid_until` (STIX 2.1 §4.7: valid_until is
 * the time it "should no longer be considered a valid indicator"). Validity is checked at hit
 * time, so indicators expire without any rebuild; `prune(t)` frees the expired ones. A newer
 * `modified` replaces the stored version; an older or equal one is ignored; a revoked version
 * removes it.
 *
 * @example
 * const m = new Matcher();
 * m.upsert(indicator);
 * m.match({ time, atoms: [{ type: 'ipv4-addr', value: '198.51.100.7' }] });
 * // [{ indicatorId: 'indicator--…', matched: { type: 'ipv4-addr', value: '198.51.100.7' } }]
 */
import { parsePattern, PatternSyntaxError } from '@coopsec/stix';
import type { PatternAst } from '@coopsec/stix';
import { fastKeys } from './fast-path.ts';
import type { FastKey } from './fast-path.ts';
import { FastIndex } from './fast-index.ts';
import { formatAddress, parseAddress, parseIpv4 } from './ip.ts';
import type { Address } from './ip.ts';
import { normaliseDomain, normaliseEmail, normaliseHash, normaliseUrl } from './normalise.ts';
import type { HashAlgorithm } from './normalise.ts';
import type { Atom, AtomType, Observation } from './observation.ts';
import { scoTypeOf } from './observation.ts';
import { quickPattern } from './quick-pattern.ts';
import { baseScoreOf, decayScore } from './decay/decay.ts';
import type { DecayModel } from './decay/decay.ts';
import type { WarningListHit, WarningLists } from './warninglists/warninglist.ts';
import { compileSlow, firstAtomOf, observedTypes, runSlow, toObservedData } from './slow-path.ts';
import type { SlowPattern, WindowOptions } from './slow-path.ts';

/** The indicator properties the matcher reads (STIX 2.1 §4.7). */
export interface IndicatorLike {
  readonly id: string;
  readonly type?: unknown;
  readonly pattern?: unknown;
  readonly pattern_type?: unknown;
  readonly valid_from?: unknown;
  readonly valid_until?: unknown;
  readonly modified?: unknown;
  readonly revoked?: unknown;
  /** 0–100 (STIX 2.1 §3.2); the base score of decay when present. */
  readonly confidence?: unknown;
}

export interface Hit {
  readonly indicatorId: string;
  readonly matched: Atom;
  /** The decay score at the observation's time, when the matcher decays indicators. */
  readonly score?: number;
}

/** Why a hit does not alert: its value is on a warning list, or its indicator has decayed. */
export type Suppression =
  | { readonly by: 'warninglist'; readonly warninglist: WarningListHit }
  | {
      readonly by: 'decay';
      readonly model: string;
      readonly score: number;
      readonly threshold: number;
    };

export interface SuppressedHit extends Hit {
  readonly suppression: Suppression;
}

export interface MatcherOptions extends WindowOptions {
  /** Hits whose matched value is on one of these lists are suppressed. */
  readonly warningLists?: WarningLists;
  /** Hits of indicators whose decay score is below the model's threshold are suppressed. */
  readonly decay?: DecayModel;
  /** Called for every suppressed hit (which list, or which score), e.g. to count them. */
  readonly onSuppressed?: (hit: SuppressedHit) => void;
}

export type UpsertStatus = 'added' | 'updated' | 'unchanged' | 'removed' | 'ignored';

export interface UpsertResult {
  readonly status: UpsertStatus;
  /** Which matcher runs it, for added/updated indicators. */
  readonly path?: 'fast' | 'slow';
  /** Why an indicator was ignored (not STIX patterning, bad pattern, older version, …). */
  readonly reason?: string;
}

/** Validity and version of an indicator, interned: most indicators of a feed share them. */
interface Validity {
  readonly from: number;
  readonly until: number;
  readonly modified: number;
  /** Where decay counts from: `modified`, else `valid_from`. */
  readonly refreshed: number;
  readonly confidence: unknown;
}

interface Entry {
  readonly id: string;
  readonly v: Validity;
  readonly keys: readonly FastKey[] | undefined;
  readonly slow: SlowPattern | undefined;
}

const NO_HITS: readonly Hit[] = Object.freeze([]);

const validities = new Map<string, Validity>();

let last:
  | { from: unknown; until: unknown; modified: unknown; confidence: unknown; v: Validity }
  | undefined;

function validityOf(indicator: IndicatorLike): Validity {
  const { valid_from: from, valid_until: until, modified, confidence } = indicator;
  // consecutive indicators of a feed usually share all four: no key string to build
  if (
    last !== undefined &&
    last.from === from &&
    last.until === until &&
    last.modified === modified &&
    last.confidence === confidence
  )
    return last.v;
  const key = `${String(from)}\u0000${String(until)}\u0000${String(modified)}\u0000${String(confidence)}`;
  let v = validities.get(key);
  if (v === undefined) {
    v = {
      from: epoch(from, -Infinity),
      until: epoch(until, Infinity),
      modified: epoch(modified, 0),
      refreshed: epoch(modified, epoch(from, 0)),
      confidence,
    };
    if (validities.size >= 65_536) validities.clear();
    validities.set(key, v);
  }
  last = { from, until, modified, confidence, v };
  return v;
}

function epoch(value: unknown, fallback: number): number {
  if (typeof value !== 'string') return fallback;
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback : t;
}

export class Matcher {
  private readonly entries = new Map<string, Entry>();
  private readonly index = new FastIndex<Entry>();
  private readonly slowByType = new Map<string, Set<Entry>>();
  private slowCount = 0;
  private readonly window: WindowOptions;
  private readonly warningLists: WarningLists | undefined;
  private readonly decay: DecayModel | undefined;
  private readonly onSuppressed: ((hit: SuppressedHit) => void) | undefined;
  // Per-match state, kept on the instance so that a lookup allocates no closure.
  private hits: Hit[] | undefined;
  private suppressedIds: string[] | undefined;
  /** The validity time, resolved on the first hit (reading an observation's time may cost). */
  private at = NaN;
  private atGiven: number | undefined;
  private observation: Observation | undefined;
  private atomType: AtomType = 'ipv4-addr';
  private atomValue: string | Address = '';
  private readonly onHit = (entry: Entry): void => {
    const at = this.time();
    if (entry.v.from > at || at >= entry.v.until) return;
    const hits = (this.hits ??= []);
    for (const h of hits) if (h.indicatorId === entry.id) return;
    const v = this.atomValue;
    const value = typeof v === 'string' ? v : formatAddress(v);
    const matched: Atom = { type: this.atomType, value };
    if (this.warningLists === undefined && this.decay === undefined) {
      hits.push({ indicatorId: entry.id, matched });
      return;
    }
    // Only hits pay for noise control: the lookups above stay as they are.
    const listed = this.warningLists?.check(matched);
    if (listed !== undefined) {
      this.suppress({
        indicatorId: entry.id,
        matched,
        suppression: { by: 'warninglist', warninglist: listed },
      });
      return;
    }
    const model = this.decay;
    if (model === undefined) {
      hits.push({ indicatorId: entry.id, matched });
      return;
    }
    const base = baseScoreOf(entry.v.confidence, model);
    const score = Math.round(decayScore(model, base, at - entry.v.refreshed) * 100) / 100;
    if (score < model.threshold)
      this.suppress({
        indicatorId: entry.id,
        matched,
        score,
        suppression: { by: 'decay', model: model.id, score, threshold: model.threshold },
      });
    else hits.push({ indicatorId: entry.id, matched, score });
  };

  constructor(options: MatcherOptions = {}) {
    const { warningLists, decay, onSuppressed, ...window } = options;
    this.window = window;
    this.warningLists =
      warningLists !== undefined && warningLists.size > 0 ? warningLists : undefined;
    this.decay = decay;
    this.onSuppressed = onSuppressed;
  }

  private suppress(hit: SuppressedHit): void {
    // once per indicator and observation, like hits
    const done = (this.suppressedIds ??= []);
    if (done.includes(hit.indicatorId)) return;
    done.push(hit.indicatorId);
    this.onSuppressed?.(hit);
  }

  /** Number of indicators held (fast and slow path). */
  get size(): number {
    return this.entries.size;
  }

  stats(): { indicators: number; fast: number; slow: number } {
    return {
      indicators: this.entries.size,
      fast: this.entries.size - this.slowCount,
      slow: this.slowCount,
    };
  }

  /** Adds, replaces (newer `modified`) or removes (revoked) an indicator. Never throws on bad input. */
  upsert(indicator: IndicatorLike): UpsertResult {
    const old = this.entries.get(indicator.id);
    const validity = validityOf(indicator);
    if (old !== undefined && validity.modified <= old.v.modified)
      return { status: 'unchanged', reason: 'not newer than the stored version' };
    if (indicator.revoked === true) {
      if (old === undefined) return { status: 'ignored', reason: 'revoked' };
      this.remove(indicator.id);
      return { status: 'removed', reason: 'revoked' };
    }
    if (indicator.pattern_type !== 'stix')
      return this.drop(
        old,
        `pattern_type is ${JSON.stringify(indicator.pattern_type)}, not "stix"`,
      );
    if (typeof indicator.pattern !== 'string') return this.drop(old, 'pattern is not a string');
    const quick = quickPattern(indicator.pattern);
    let keys: FastKey[] | undefined = quick;
    let ast: PatternAst | undefined;
    if (keys === undefined) {
      try {
        ast = parsePattern(indicator.pattern).ast;
      } catch (error) {
        const why = error instanceof PatternSyntaxError ? error.message : String(error);
        return this.drop(old, `pattern does not parse: ${why}`);
      }
      keys = fastKeys(ast);
    }
    if (old !== undefined) this.remove(indicator.id);
    let entry: Entry;
    if (keys !== undefined) {
      entry = { id: indicator.id, v: validity, keys, slow: undefined };
      for (const k of keys) this.index.add(k, entry);
    } else {
      // keys is undefined only after a successful parse
      const slow = compileSlow(ast as PatternAst, this.window);
      entry = { id: indicator.id, v: validity, keys: undefined, slow };
      for (const t of slow.types) {
        let set = this.slowByType.get(t);
        if (set === undefined) this.slowByType.set(t, (set = new Set()));
        set.add(entry);
      }
      this.slowCount++;
    }
    this.entries.set(entry.id, entry);
    return {
      status: old === undefined ? 'added' : 'updated',
      path: keys !== undefined ? 'fast' : 'slow',
    };
  }

  private drop(old: Entry | undefined, reason: string): UpsertResult {
    if (old !== undefined) this.remove(old.id);
    return { status: old === undefined ? 'ignored' : 'removed', reason };
  }

  /** Removes an indicator by id; false when it was not held. */
  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (entry === undefined) return false;
    this.entries.delete(id);
    if (entry.keys !== undefined) for (const k of entry.keys) this.index.remove(k, entry);
    if (entry.slow !== undefined) {
      for (const t of entry.slow.types) this.slowByType.get(t)?.delete(entry);
      this.slowCount--;
    }
    return true;
  }

  /** Removes every indicator whose valid_until is at or before `at`; returns how many. */
  prune(at: number): number {
    let n = 0;
    for (const [id, e] of this.entries) if (e.v.until <= at && this.remove(id)) n++;
    return n;
  }

  /**
   * The indicators an observation matches, at most one hit per indicator. `at` (default: the
   * observation's time, else now) decides validity.
   */
  match(observation: Observation, at?: number): readonly Hit[] {
    this.at = NaN;
    this.atGiven = at;
    this.observation = observation;
    this.hits = undefined;
    this.suppressedIds = undefined;
    for (const atom of observation.atoms) this.matchAtom(atom);
    if (this.slowCount > 0) this.matchSlow(observation);
    const hits = this.hits;
    this.hits = undefined;
    this.observation = undefined;
    return hits ?? NO_HITS;
  }

  private time(): number {
    if (Number.isNaN(this.at)) this.at = this.atGiven ?? this.observation?.time ?? Date.now();
    return this.at;
  }

  private matchAtom(atom: Atom): void {
    const index = this.index;
    const value = atom.value;
    switch (atom.type) {
      case 'ipv4-addr':
      case 'ipv6-addr': {
        if (atom.type === 'ipv4-addr') {
          // the common case, without allocating an Address unless something is hit
          const n4 = parseIpv4(value);
          if (n4 >= 0) {
            this.atomType = 'ipv4-addr';
            this.atomValue = value;
            index.lookupV4(n4, this.onHit);
            return;
          }
        }
        const a = parseAddress(value);
        if (a === undefined) return;
        this.atomType = a.v === 4 ? 'ipv4-addr' : 'ipv6-addr';
        this.atomValue = a;
        if (a.v === 4) index.lookupV4(a.n, this.onHit);
        else index.lookupV6(a.g, this.onHit);
        return;
      }
      case 'domain-name': {
        if (index.domains.size === 0 && index.suffixes.size === 0) return;
        const d = normaliseDomain(value);
        if (d === undefined) return;
        this.atomType = 'domain-name';
        this.atomValue = d;
        index.lookupDomain(d, this.onHit);
        return;
      }
      case 'url':
        if (index.urls.size > 0) this.exact(index.urls, 'url', normaliseUrl(value));
        return;
      case 'email-addr':
        if (index.emails.size > 0) this.exact(index.emails, 'email-addr', normaliseEmail(value));
        return;
      case 'file:hashes.MD5':
      case 'file:hashes.SHA-1':
      case 'file:hashes.SHA-256':
      case 'file:hashes.SHA-512': {
        const algorithm = atom.type.slice(12) as HashAlgorithm;
        const map = index.hashes[algorithm];
        if (map.size === 0) return;
        const h = normaliseHash(algorithm, value);
        if (h !== undefined) this.exact(map, atom.type, h);
        return;
      }
    }
  }

  /** Cheap pre-check: does any slow pattern name a type this observation may report? */
  private mayMatchSlow(observation: Observation): boolean {
    const byType = this.slowByType;
    for (const a of observation.atoms) {
      const t = scoTypeOf(a.type);
      // a mapped IPv6 address is an ipv4-addr once normalised
      if (
        (byType.get(t)?.size ?? 0) > 0 ||
        (t === 'ipv6-addr' && (byType.get('ipv4-addr')?.size ?? 0) > 0)
      )
        return true;
    }
    if (observation.objects !== undefined)
      for (const o of Object.values(observation.objects)) {
        const t = (o as { type?: unknown } | null)?.type;
        if (typeof t === 'string' && (byType.get(t)?.size ?? 0) > 0) return true;
      }
    return false;
  }

  private exact(map: ReadonlyMap<string, Entry | Entry[]>, type: AtomType, value: string): void {
    const b = map.get(value);
    if (b === undefined) return;
    this.atomType = type;
    this.atomValue = value;
    if (Array.isArray(b)) for (const e of b) this.onHit(e);
    else this.onHit(b);
  }

  private matchSlow(observation: Observation): void {
    if (!this.mayMatchSlow(observation)) return;
    const types = observedTypes(observation);
    let od: ReturnType<typeof toObservedData> | undefined;
    const seen = new Set<Entry>();
    for (const t of types) {
      const set = this.slowByType.get(t);
      if (set === undefined) continue;
      for (const entry of set) {
        if (seen.has(entry) || entry.slow === undefined) continue;
        seen.add(entry);
        const at = this.time();
        if (entry.v.from > at || at >= entry.v.until) continue;
        od ??= toObservedData(observation, at);
        if (!runSlow(entry.slow, od, at)) continue;
        const atom = firstAtomOf(entry.slow, observation);
        if (atom === undefined) continue;
        this.atomType = atom.type;
        this.atomValue = atom.value;
        this.onHit(entry);
      }
    }
  }
}
