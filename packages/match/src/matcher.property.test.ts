// Property: on random indicators and observations (fixed seed), the matcher's hits are exactly
// the indicators for which @coopsec/stix's pattern evaluator matches the same observation
// (as one observed-data of its normalised atoms). Covers fast-path and slow-path patterns.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern } from '@coopsec/stix';
import { Matcher } from './matcher.ts';
import { toObservedData } from './slow-path.ts';
import { randomObservation, randomPattern, rng } from './testing/random.ts';

describe('matcher agrees with the pattern evaluator', () => {
  it('on 400 random indicators × 3,000 random observations (seed 16)', () => {
    const r = rng(16);
    const time = Date.parse('2026-06-01T00:00:00Z');
    const m = new Matcher();
    const compiled = new Map<string, ReturnType<typeof compilePattern>>();
    for (let i = 0; i < 400; i++) {
      const id = `indicator--00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const pattern = randomPattern(r);
      const res = m.upsert({
        id,
        type: 'indicator',
        pattern,
        pattern_type: 'stix',
        valid_from: '2026-01-01T00:00:00Z',
      });
      assert.ok(res.status === 'added', `${pattern}: ${res.reason ?? ''}`);
      compiled.set(id, compilePattern(pattern));
    }
    const { fast, slow } = m.stats();
    assert.ok(fast > 250 && slow > 20, `fast ${fast}, slow ${slow}`);
    let hits = 0;
    let fastHits = 0;
    for (let k = 0; k < 3000; k++) {
      const o = randomObservation(r, time);
      const got = new Set(m.match(o).map((h) => h.indicatorId));
      const od = toObservedData(o, time);
      const want = new Set<string>();
      for (const [id, c] of compiled) if (c.match([od]).matched) want.add(id);
      assert.deepEqual([...got].sort(), [...want].sort(), `observation ${JSON.stringify(o.atoms)}`);
      hits += got.size;
      for (const id of got) if (compiled.get(id)?.ast.type === 'observation') fastHits++;
    }
    assert.ok(hits > 3000, `only ${hits} hits: the test would not catch much`);
    assert.ok(fastHits > 1000);
  });
});
