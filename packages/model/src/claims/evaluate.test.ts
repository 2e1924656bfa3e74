import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Assessment } from '../assessment.ts';
import type { GciRecord } from '../data/gci.ts';
import { GCI_RECORDS } from '../data/gci.ts';
import { KGZ_PAPER_ASSESSMENTS } from '../data/kgz-paper.ts';
import { auditClaims, evaluateClaim } from './evaluate.ts';
import type { Claim } from './types.ts';

const ctx = { assessments: KGZ_PAPER_ASSESSMENTS, gci: GCI_RECORDS };
const verdict = (claim: Claim, context = ctx) => evaluateClaim(claim, context).verdict;
const P = { country: 'KGZ', from: 2020, to: 2024 } as const;

void test('growth-extreme: highest and lowest, absolute and relative, ties count as shared places', () => {
  assert.equal(
    verdict({
      kind: 'growth-extreme',
      ...P,
      components: ['regulatory'],
      extreme: 'highest',
      measure: 'absolute',
    }),
    'holds',
  );
  assert.equal(
    verdict({
      kind: 'growth-extreme',
      ...P,
      components: ['digital-literacy'],
      extreme: 'highest',
      measure: 'relative',
    }),
    'holds',
  );
  assert.equal(
    verdict({
      kind: 'growth-extreme',
      ...P,
      components: ['regulatory', 'digital-literacy'],
      extreme: 'highest',
      measure: 'absolute',
    }),
    'holds',
  );
  assert.equal(
    verdict({
      kind: 'growth-extreme',
      ...P,
      components: ['cooperation'],
      extreme: 'lowest',
      measure: 'relative',
    }),
    'holds',
  );
  // absolute: infrastructure and cooperation share the lowest place (+23 each)
  const tied = evaluateClaim(
    {
      kind: 'growth-extreme',
      ...P,
      components: ['infrastructure'],
      extreme: 'lowest',
      measure: 'absolute',
    },
    ctx,
  );
  assert.equal(tied.verdict, 'holds');
  assert.match(tied.explanation, /shared place/);
  assert.equal(
    verdict({
      kind: 'growth-extreme',
      ...P,
      components: ['cooperation'],
      extreme: 'lowest',
      measure: 'absolute',
    }),
    'holds',
  );
  assert.equal(
    verdict({
      kind: 'growth-extreme',
      ...P,
      components: ['regulatory'],
      extreme: 'lowest',
      measure: 'absolute',
    }),
    'does-not-hold',
  );
});

void test('level-extreme: cooperation highest in 2020 and 2024, digital literacy lowest', () => {
  for (const year of [2020, 2024]) {
    assert.equal(
      verdict({
        kind: 'level-extreme',
        country: 'KGZ',
        components: ['cooperation'],
        extreme: 'highest',
        year,
      }),
      'holds',
    );
    assert.equal(
      verdict({
        kind: 'level-extreme',
        country: 'KGZ',
        components: ['digital-literacy'],
        extreme: 'lowest',
        year,
      }),
      'holds',
    );
    assert.equal(
      verdict({
        kind: 'level-extreme',
        country: 'KGZ',
        components: ['regulatory'],
        extreme: 'highest',
        year,
      }),
      'does-not-hold',
    );
  }
});

void test('missing data: cannot be decided, never guessed', () => {
  const partial: Assessment[] = KGZ_PAPER_ASSESSMENTS.filter(
    (a) => !(a.component === 'human-resources' && a.year === 2024),
  );
  const c = { ...ctx, assessments: partial };
  const r = evaluateClaim(
    {
      kind: 'growth-extreme',
      ...P,
      components: ['regulatory'],
      extreme: 'highest',
      measure: 'absolute',
    },
    c,
  );
  assert.equal(r.verdict, 'cannot-be-decided');
  assert.deepEqual(r.numbers.missing, ['human-resources']);
  assert.equal(
    verdict({
      kind: 'level-extreme',
      country: 'KGZ',
      components: ['digital-literacy'],
      extreme: 'lowest',
      year: 2022,
    }),
    'cannot-be-decided',
  );
  assert.equal(
    verdict(
      {
        kind: 'growth-compare',
        country: 'KGZ',
        greater: 'human-resources',
        lesser: 'regulatory',
        measure: 'absolute',
        from: 2020,
        to: 2024,
      },
      c,
    ),
    'cannot-be-decided',
  );
  assert.equal(
    verdict({
      kind: 'value',
      country: 'KGZ',
      component: 'regulatory',
      from: 2020,
      to: 2025,
      fromValue: 52,
      toValue: 80,
      tolerance: 0,
    }),
    'cannot-be-decided',
  );
  assert.equal(
    verdict({
      kind: 'growth-extreme',
      country: 'KAZ',
      from: 2020,
      to: 2024,
      components: ['regulatory'],
      extreme: 'highest',
      measure: 'absolute',
    }),
    'cannot-be-decided',
  );
  assert.equal(
    verdict({ kind: 'coverage', country: 'UZB', from: 2020, to: 2024, mode: 'endpoints' }),
    'cannot-be-decided',
  );
  assert.equal(
    verdict({
      kind: 'gci-score',
      country: 'AFG',
      edition: 2020,
      value: 10,
      scale: '0-100',
      tolerance: 0,
    }),
    'cannot-be-decided',
  );
});

void test('growth-compare: strict, equal is not more', () => {
  const base = { kind: 'growth-compare', country: 'KGZ', from: 2020, to: 2024 } as const;
  assert.equal(
    verdict({ ...base, greater: 'regulatory', lesser: 'infrastructure', measure: 'absolute' }),
    'holds',
  );
  assert.equal(
    verdict({ ...base, greater: 'infrastructure', lesser: 'cooperation', measure: 'absolute' }),
    'does-not-hold',
  );
  assert.equal(
    verdict({ ...base, greater: 'infrastructure', lesser: 'cooperation', measure: 'relative' }),
    'holds',
  );
  const r = evaluateClaim(
    { ...base, greater: 'digital-literacy', lesser: 'regulatory', measure: 'relative' },
    ctx,
  );
  assert.equal(r.verdict, 'holds');
  assert.equal(r.numbers.difference, Math.round((25 / 45 - 27 / 52) * 1e6) / 1e4);
});

void test('value: tolerance respected', () => {
  const v = {
    kind: 'value',
    country: 'KGZ',
    component: 'regulatory',
    from: 2020,
    to: 2024,
  } as const;
  assert.equal(verdict({ ...v, fromValue: 52, toValue: 79, tolerance: 0 }), 'holds');
  assert.equal(verdict({ ...v, fromValue: 52, toValue: 80, tolerance: 0 }), 'does-not-hold');
  assert.equal(verdict({ ...v, fromValue: 52, toValue: 80, tolerance: 1 }), 'holds');
});

void test('GCI score and rank: primary, alternatives, scale, editions without rank', () => {
  assert.equal(
    verdict({
      kind: 'gci-score',
      country: 'KAZ',
      edition: 2020,
      value: 93.15,
      scale: '0-100',
      tolerance: 0,
    }),
    'holds',
  );
  assert.equal(
    verdict({
      kind: 'gci-score',
      country: 'KAZ',
      edition: 2018,
      value: 0.78,
      scale: '0-1',
      tolerance: 0.005,
    }),
    'holds',
  );
  assert.equal(
    verdict({
      kind: 'gci-score',
      country: 'KAZ',
      edition: 2020,
      value: 0.9315,
      scale: '0-1',
      tolerance: 0.00005,
    }),
    'holds',
  );
  // KGZ 2024: primary 65.58, kglabs gives 65.59
  const alt = evaluateClaim(
    {
      kind: 'gci-score',
      country: 'KGZ',
      edition: 2024,
      value: 65.59,
      scale: '0-100',
      tolerance: 0,
    },
    ctx,
  );
  assert.equal(alt.verdict, 'holds');
  assert.equal(alt.numbers.matched, 'alternative');
  assert.match(alt.explanation, /alternative value 65\.59 \(kglabs\)/);
  const none = evaluateClaim(
    { kind: 'gci-score', country: 'KGZ', edition: 2024, value: 66, scale: '0-100', tolerance: 0 },
    ctx,
  );
  assert.equal(none.verdict, 'does-not-hold');
  assert.match(none.explanation, /matches neither the primary value nor the alternative/);
  // ranks: KAZ 2017 primary 83, sspi says 82
  const rank = evaluateClaim(
    { kind: 'gci-rank', country: 'KAZ', edition: 2017, rank: 82, tolerance: 0 },
    ctx,
  );
  assert.equal(rank.verdict, 'holds');
  assert.equal(rank.numbers.matched, 'alternative');
  assert.equal(
    verdict({ kind: 'gci-rank', country: 'KAZ', edition: 2017, rank: 81, tolerance: 0 }),
    'does-not-hold',
  );
  assert.equal(
    verdict({ kind: 'gci-rank', country: 'KAZ', edition: 2017, rank: 81, tolerance: 1 }),
    'holds',
  );
  const tier = evaluateClaim(
    { kind: 'gci-rank', country: 'KAZ', edition: 2024, rank: 1, tolerance: 0 },
    ctx,
  );
  assert.equal(tier.verdict, 'cannot-be-decided');
  assert.match(tier.explanation, /no global rank.*Tier 2 Advancing/);
});

void test('GCI participation: scored is decidable, the questionnaire is not', () => {
  const scored = {
    kind: 'gci-participation',
    country: 'KGZ',
    editions: [2020, 2024],
    sense: 'scored',
  } as const;
  assert.equal(verdict({ ...scored, participated: true }), 'holds');
  assert.equal(verdict({ ...scored, participated: false }), 'does-not-hold');
  assert.equal(
    verdict({ ...scored, participated: true, sense: 'answered-questionnaire' }),
    'cannot-be-decided',
  );
  const empty: readonly GciRecord[] = [];
  assert.equal(
    verdict({ ...scored, participated: false }, { ...ctx, gci: empty }),
    'cannot-be-decided',
  );
  assert.equal(
    verdict({ ...scored, participated: true }, { ...ctx, gci: empty }),
    'cannot-be-decided',
  );
});

void test('coverage: endpoints and every year, per component', () => {
  const base = { kind: 'coverage', country: 'KGZ' } as const;
  assert.equal(verdict({ ...base, from: 2020, to: 2024, mode: 'endpoints' }), 'holds');
  assert.equal(verdict({ ...base, from: 2024, to: 2024, mode: 'every-year' }), 'holds');
  assert.equal(
    verdict({ ...base, from: 2020, to: 2021, mode: 'every-year', components: ['regulatory'] }),
    'does-not-hold',
  );
  const r = evaluateClaim(
    { ...base, from: 2019, to: 2024, mode: 'endpoints', components: ['regulatory'] },
    ctx,
  );
  assert.equal(r.verdict, 'does-not-hold');
  assert.deepEqual(r.numbers.missingYears, [2019]);
  assert.match(r.explanation, /regulatory 2019/);
});

void test('audit keeps the record with each verdict', () => {
  const out = auditClaims(
    [
      {
        id: 'x',
        quote: 'q',
        source: { id: 'paper' },
        claim: { kind: 'coverage', country: 'KGZ', from: 2020, to: 2024, mode: 'endpoints' },
      },
    ],
    ctx,
  );
  assert.equal(out[0]?.record.id, 'x');
  assert.equal(out[0]?.verdict, 'holds');
});
