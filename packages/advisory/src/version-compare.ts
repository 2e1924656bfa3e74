/**
 * @module version-compare
 * How two versions of one package compare, by versioning scheme (the vers specification,
 * "<versioning-scheme>": the scheme decides the comparison). Schemes that use SemVer 2.0.0
 * (npm, cargo, golang, …) are compared by `semver` when both versions are SemVer; every other
 * scheme and any version that is not SemVer goes to the generic comparison below.
 *
 * Generic comparison (vers names `generic` and leaves it to be specified "likely based on a
 * split on any wholly alpha or wholly numeric segments … like is done in libversion"): a
 * version is split into runs of digits and runs of letters, separators dropped. Runs compare
 * pairwise; a missing run counts as `0`, so `1.2` equals `1.2.0`. Each run has a rank:
 * a pre-release word (dev/snapshot, alpha, beta, milestone, pre/preview, rc) < zero < any
 * other word (a post-release such as `p1`, `sp2`, `SE`; single letters too, as `1.0a` is
 * a later release in most schemes) < a non-zero number. Within a rank,
 * numbers compare as numbers, pre-release words by the order just given, other words
 * alphabetically ignoring case. Hence 1.0.0-dev1 < 1.0.0-alpha < 1.0.0-rc2 < 1.0.0 < 1.0.0p1 < 1.0.1.
 *
 * @example
 * compareVersions('generic', '2.9', '4.1') // -1
 * compareVersions('npm', '1.0.0-rc.10', '1.0.0-rc.9') // 1
 */
import semver from 'semver';

/** vers schemes whose versions are SemVer 2.0.0 (vers "Some of the known versioning schemes"). */
const SEMVER_SCHEMES = new Set(['npm', 'cargo', 'golang', 'semver', 'hex', 'pub', 'swift']);

const PRE_RELEASE_ORDER = ['dev', 'alpha', 'beta', 'milestone', 'pre', 'rc'] as const;
const PRE_RELEASE_ALIASES: Record<string, (typeof PRE_RELEASE_ORDER)[number]> = {
  dev: 'dev',
  snapshot: 'dev',
  alpha: 'alpha',
  beta: 'beta',
  milestone: 'milestone',
  pre: 'pre',
  preview: 'pre',
  rc: 'rc',
};

type Run =
  | { readonly rank: 0; readonly order: number } // pre-release word
  | { readonly rank: 1 } // zero (or a missing run)
  | { readonly rank: 2; readonly word: string } // other word
  | { readonly rank: 3; readonly value: bigint }; // non-zero number

const ZERO: Run = { rank: 1 };

function runsOf(version: string): Run[] {
  return (version.match(/\d+|\p{L}+/gu) ?? []).map((text): Run => {
    if (/^\d+$/.test(text)) {
      const value = BigInt(text);
      return value === 0n ? ZERO : { rank: 3, value };
    }
    const lower = text.toLowerCase();
    const pre = PRE_RELEASE_ALIASES[lower];
    return pre !== undefined
      ? { rank: 0, order: PRE_RELEASE_ORDER.indexOf(pre) }
      : { rank: 2, word: lower };
  });
}

const sign = (n: number | bigint): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);

function compareRuns(a: Run, b: Run): -1 | 0 | 1 {
  if (a.rank !== b.rank) return sign(a.rank - b.rank);
  if (a.rank === 0 && b.rank === 0) return sign(a.order - b.order);
  if (a.rank === 2 && b.rank === 2) return a.word < b.word ? -1 : a.word > b.word ? 1 : 0;
  if (a.rank === 3 && b.rank === 3) return sign(a.value - b.value);
  return 0;
}

/** The generic comparison stated in the module comment. */
export function compareGeneric(a: string, b: string): -1 | 0 | 1 {
  const ra = runsOf(a);
  const rb = runsOf(b);
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const c = compareRuns(ra[i] ?? ZERO, rb[i] ?? ZERO);
    if (c !== 0) return c;
  }
  return 0;
}

/** -1, 0 or 1 as `a` is lower than, equal to or higher than `b` under `scheme`. */
export function compareVersions(scheme: string, a: string, b: string): -1 | 0 | 1 {
  if (SEMVER_SCHEMES.has(scheme)) {
    const sa = semver.valid(a.replace(/^v/, ''));
    const sb = semver.valid(b.replace(/^v/, ''));
    if (sa !== null && sb !== null) return semver.compare(sa, sb);
  }
  return compareGeneric(a, b);
}
