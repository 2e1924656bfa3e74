import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAPER_CLAIMS } from '../data/paper-claims.ts';
import { CoopsecError, type ErrorDetail } from '../errors.ts';
import { parseClaim, parseClaimRecords } from './parse.ts';

function problems(fn: () => unknown): ErrorDetail[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CoopsecError);
    assert.equal(e.code, 'BAD_INPUT');
    return [...e.details];
  }
  assert.fail('expected BAD_INPUT');
}

const growth = {
  kind: 'growth-extreme',
  country: 'KGZ',
  components: ['cooperation'],
  extreme: 'highest',
  measure: 'absolute',
  from: 2020,
  to: 2024,
};

void test('every paper claim round-trips through JSON', () => {
  const parsed = parseClaimRecords(JSON.parse(JSON.stringify({ claims: PAPER_CLAIMS })));
  assert.deepEqual(parsed, PAPER_CLAIMS);
  assert.deepEqual(parseClaimRecords(JSON.parse(JSON.stringify(PAPER_CLAIMS))), PAPER_CLAIMS);
});

void test('countries are normalised, defaults applied', () => {
  assert.equal(parseClaim({ ...growth, country: 'kg' }).country, 'KGZ');
  const v = parseClaim({
    kind: 'value',
    country: 'Kyrgyzstan',
    component: 'regulatory',
    from: 2020,
    to: 2024,
    fromValue: 52,
    toValue: 79,
  });
  assert.ok(v.kind === 'value' && v.tolerance === 0 && v.country === 'KGZ');
  const s = parseClaim({ kind: 'gci-score', country: 'KAZ', edition: 2018, value: 0.778 });
  assert.ok(s.kind === 'gci-score' && s.scale === '0-1' && s.tolerance === 0);
  const s20 = parseClaim({ kind: 'gci-score', country: 'KAZ', edition: 2020, value: 93.15 });
  assert.ok(s20.kind === 'gci-score' && s20.scale === '0-100');
  const c = parseClaim({
    kind: 'coverage',
    country: 'KGZ',
    from: 2020,
    to: 2024,
    mode: 'every-year',
    components: ['regulatory'],
  });
  assert.ok(c.kind === 'coverage' && c.components?.join() === 'regulatory');
});

void test('bad claims name the field', () => {
  const cases: [unknown, string[]][] = [
    [{ ...growth, components: ['literacy'] }, ['claim.components[0]']],
    [{ ...growth, components: [] }, ['claim.components']],
    [{ ...growth, components: ['cooperation', 'cooperation'] }, ['claim.components[1]']],
    [{ ...growth, country: 'XX' }, ['claim.country']],
    [{ ...growth, measure: 'fast' }, ['claim.measure']],
    [{ ...growth, from: 2024, to: 2020 }, ['claim.to']],
    [{ ...growth, from: 2020.5 }, ['claim.from']],
    [{ ...growth, to: 3000 }, ['claim.to']],
    [{ ...growth, componnets: ['x'] }, ['claim.componnets']],
    [{ kind: 'rumour' }, ['claim.kind']],
    ['a claim', ['claim']],
    [
      {
        kind: 'growth-compare',
        country: 'KGZ',
        greater: 'cooperation',
        lesser: 'cooperation',
        measure: 'absolute',
        from: 2020,
        to: 2024,
      },
      ['claim.lesser'],
    ],
    [{ kind: 'gci-score', country: 'KAZ', edition: 2019, value: 0.79 }, ['claim.edition']],
    [
      { kind: 'gci-score', country: 'KAZ', edition: 2020, value: 0.79, scale: '0-10' },
      ['claim.scale'],
    ],
    [{ kind: 'gci-score', country: 'KAZ', edition: 2018, value: 79 }, ['claim.value']],
    [{ kind: 'gci-rank', country: 'KAZ', edition: 2020, rank: 0 }, ['claim.rank']],
    [
      {
        kind: 'gci-participation',
        country: 'TKM',
        editions: [2020, 2021],
        participated: 'no',
        sense: 'scored',
      },
      ['claim.editions[1]', 'claim.participated'],
    ],
    [
      {
        kind: 'value',
        country: 'KGZ',
        component: 'regulatory',
        from: 2020,
        to: 2024,
        fromValue: 120,
        toValue: 79,
        tolerance: -1,
      },
      ['claim.fromValue', 'claim.tolerance'],
    ],
    [{ kind: 'coverage', country: 'KGZ', from: 2020, to: 2024 }, ['claim.mode']],
    [
      { kind: 'level-extreme', country: 'KGZ', components: ['regulatory'], extreme: 'highest' },
      ['claim.year'],
    ],
  ];
  for (const [input, paths] of cases) {
    assert.deepEqual(
      problems(() => parseClaim(input)).map((d) => d.path),
      paths,
      JSON.stringify(input),
    );
  }
});

void test('bad records: every problem, with path and record id', () => {
  const d = problems(() =>
    parseClaimRecords({
      claims: [
        { id: 'ok-1', quote: 'q', source: { id: 'me' }, claim: growth },
        { id: 'ok-1', quote: 'q', source: { id: 'me' }, claim: growth },
        {
          id: 'Bad Id',
          quote: '',
          source: { id: 'me', line: 0 },
          claim: { ...growth, components: ['x'] },
          extra: 1,
        },
        { id: 'no-source', quote: 'q', claim: growth },
        7,
      ],
    }),
  );
  assert.deepEqual(
    d.map((x) => x.path),
    [
      'claims[1].id',
      'claims[2].extra',
      'claims[2].id',
      'claims[2].quote',
      'claims[2].source.line',
      'claims[2].claim.components[0]',
      'claims[3].source',
      'claims[4]',
    ],
  );
  assert.equal(d[5]?.record, 'Bad Id');
  assert.throws(() => parseClaimRecords({ nothing: true }), CoopsecError);
});
