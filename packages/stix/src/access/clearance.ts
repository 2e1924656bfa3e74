/**
 * @module access/clearance
 * Who may receive what: the one access decision of coopsec, written from FIRST's TLP 2.0
 * definitions (https://www.first.org/tlp/) and the platform's sharing agreements. Every read
 * path (TAXII, REST, dashboard, exports, federation) asks this module; the store's SQL filter
 * is the same rule in another form and is tested to agree with it.
 *
 * Clearance is a ladder per reader and object version, CLEAR < GREEN < AMBER < AMBER+STRICT <
 * RED. A reader's clearance for one version is the highest of:
 *  - RED: the reader posted it, or is a named recipient (TLP:RED "for the eyes and ears of
 *    individual recipients only" — the poster's colleagues are not recipients);
 *  - AMBER+STRICT: the reader's organisation is the version's origin (TLP:AMBER+STRICT
 *    "restricts sharing to the organization only");
 *  - the highest level an agreement on the collection from the origin grants the reader's
 *    organisation (an agreement for a level covers every lower level);
 *  - AMBER: the reader's organisation is a client of an organisation that an agreement grants
 *    AMBER or more (TLP:AMBER may go to "its clients"; AMBER+STRICT may not);
 *  - GREEN: the reader's organisation is a community member, i.e. has no parent (TLP:GREEN
 *    "within their community");
 *  - CLEAR otherwise.
 */
import { TLP_LEVELS, tlpRank, type TlpLevel } from '../markings/tlp.ts';

export interface Reader {
  readonly userId: string;
  readonly orgId: string;
  /** The reader organisation's parent; set when it is a client of another organisation. */
  readonly parentOrg: string | null;
}

export interface SharingAgreement {
  readonly fromOrg: string;
  readonly toOrg: string;
  /** TLP levels granted (clear, green, amber, amber+strict); RED is never granted by agreement. */
  readonly levels: readonly string[];
}

/** What the decision needs to know of one stored object version. */
export interface VersionFacts {
  readonly originOrg: string;
  readonly originUser: string;
  /** User ids named as recipients (resolved when the object was posted). */
  readonly recipients: readonly string[];
}

/**
 * A reader's clearance by origin, for one collection. `byOrigin` holds only origins that give
 * more than `defaultLevel`; the reader's own organisation is among them at AMBER+STRICT.
 */
export interface ClearanceTable {
  readonly userId: string;
  readonly orgId: string;
  readonly defaultLevel: TlpLevel;
  readonly byOrigin: ReadonlyMap<string, TlpLevel>;
}

const higher = (a: TlpLevel, b: TlpLevel): TlpLevel => (tlpRank(a) >= tlpRank(b) ? a : b);

/** The highest non-RED level an agreement's level list grants, if any. */
function agreedLevel(levels: readonly string[]): TlpLevel | undefined {
  let best: TlpLevel | undefined;
  for (const l of levels) {
    if (l === 'red' || !(TLP_LEVELS as readonly string[]).includes(l)) continue;
    best = best === undefined ? (l as TlpLevel) : higher(best, l as TlpLevel);
  }
  return best;
}

/**
 * The reader's clearance table from the agreements of one collection (agreements whose
 * recipient is neither the reader's organisation nor its parent are ignored).
 */
export function clearanceTable(
  reader: Reader,
  agreements: readonly SharingAgreement[],
): ClearanceTable {
  const defaultLevel: TlpLevel = reader.parentOrg === null ? 'green' : 'clear';
  const byOrigin = new Map<string, TlpLevel>();
  const raise = (origin: string, level: TlpLevel) => {
    const now = byOrigin.get(origin) ?? defaultLevel;
    byOrigin.set(origin, higher(now, level));
  };
  for (const a of agreements) {
    const level = agreedLevel(a.levels);
    if (level === undefined) continue;
    if (a.toOrg === reader.orgId) raise(a.fromOrg, level);
    else if (
      reader.parentOrg !== null &&
      a.toOrg === reader.parentOrg &&
      tlpRank(level) >= tlpRank('amber')
    )
      raise(a.fromOrg, 'amber');
  }
  byOrigin.set(reader.orgId, 'amber+strict');
  for (const [origin, level] of byOrigin) if (level === defaultLevel) byOrigin.delete(origin);
  return { userId: reader.userId, orgId: reader.orgId, defaultLevel, byOrigin };
}

/** The reader's clearance for one object version: the most restrictive TLP they may receive of it. */
export function clearanceFor(table: ClearanceTable, version: VersionFacts): TlpLevel {
  if (version.originUser === table.userId || version.recipients.includes(table.userId))
    return 'red';
  return table.byOrigin.get(version.originOrg) ?? table.defaultLevel;
}

/** Whether content marked `level` may go to a reader with clearance `clearance`. */
export const clearedFor = (clearance: TlpLevel, level: TlpLevel): boolean =>
  tlpRank(level) <= tlpRank(clearance);
