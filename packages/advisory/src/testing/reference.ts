/**
 * @module testing/reference
 * The tests' reference for version ranges, written apart from the product code: versions are
 * number tuples compared with zero padding, ranges are lists of intervals with `=` and `!=`
 * points, and a seeded generator makes random valid ranges with their vers text.
 */
/** mulberry32: a small PRNG, so that the seed fixes every generated case. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Tuple = readonly number[];
export const tupleCompare = (a: Tuple, b: Tuple): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

export interface Bound {
  readonly at: Tuple;
  readonly inclusive: boolean;
}
export interface ReferenceRange {
  readonly all?: boolean;
  readonly segments: readonly { readonly lo?: Bound; readonly hi?: Bound }[];
  readonly equal: readonly Tuple[];
  readonly unequal: readonly Tuple[];
}

export function referenceContains(r: ReferenceRange, v: Tuple): boolean {
  if (r.all === true) return true;
  if (r.equal.some((e) => tupleCompare(e, v) === 0)) return true;
  if (r.unequal.some((e) => tupleCompare(e, v) === 0)) return false;
  return r.segments.some(
    ({ lo, hi }) =>
      (lo === undefined ||
        tupleCompare(v, lo.at) > 0 ||
        (lo.inclusive && tupleCompare(v, lo.at) === 0)) &&
      (hi === undefined ||
        tupleCompare(v, hi.at) < 0 ||
        (hi.inclusive && tupleCompare(v, hi.at) === 0)),
  );
}

export const randomTuple = (rand: () => number): Tuple =>
  Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Math.floor(rand() * 6));

/** A random valid range, both as the reference's intervals and as a vers string. */
export function randomRange(rand: () => number): { reference: ReferenceRange; vers: string } {
  if (rand() < 0.05)
    return {
      reference: { all: true, segments: [], equal: [], unequal: [] },
      vers: 'vers:generic/*',
    };
  const points: Tuple[] = [];
  for (let n = 1 + Math.floor(rand() * 7), tries = 0; points.length < n && tries < 50; tries++) {
    const t = randomTuple(rand);
    if (!points.some((p) => tupleCompare(p, t) === 0)) points.push(t);
  }
  points.sort(tupleCompare);
  const segments: { lo?: Bound; hi?: Bound }[] = [];
  const equal: Tuple[] = [];
  const unequal: Tuple[] = [];
  const constraints: string[] = [];
  let open: Bound | undefined;
  let inside = rand() < 0.3; // open below: the first bound will be a `<` or `<=`
  points.forEach((at) => {
    const text = at.join('.');
    const inclusive = rand() < 0.5;
    if (inside) {
      if (rand() < 0.25) {
        unequal.push(at);
        constraints.push(`!=${text}`);
      } else {
        segments.push({ ...(open !== undefined ? { lo: open } : {}), hi: { at, inclusive } });
        constraints.push(`${inclusive ? '<=' : '<'}${text}`);
        inside = false;
        open = undefined;
      }
    } else if (rand() < 0.3) {
      equal.push(at);
      constraints.push(text);
    } else {
      open = { at, inclusive };
      constraints.push(`${inclusive ? '>=' : '>'}${text}`);
      inside = true;
    }
  });
  if (inside) segments.push(open !== undefined ? { lo: open } : {});
  if (constraints.length === 0 || constraints.every((c) => c.startsWith('!=')))
    return randomRange(rand); // a list of exclusions alone is not a range vers can state
  // vers does not require sorted input from producers' tools we read: shuffle, space out.
  for (let i = constraints.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [constraints[i], constraints[j]] = [constraints[j] ?? '', constraints[i] ?? ''];
  }
  return {
    reference: { segments, equal, unequal },
    vers: `vers:generic/${constraints.join(rand() < 0.5 ? '|' : ' | ')}`,
  };
}
