import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SOURCES } from './data/sources.ts';
import { CoopsecError, type ErrorDetail } from './errors.ts';
import { validateAssessmentRows } from './validate-assessments.ts';

const good = {
  country: 'KGZ',
  year: 2020,
  component: 'regulatory',
  score: 52,
  sourceId: 'paper',
  confidence: 'medium',
};

function problems(rows: unknown[], options = {}): ErrorDetail[] {
  try {
    validateAssessmentRows(rows, options);
  } catch (e) {
    assert.ok(e instanceof CoopsecError);
    assert.equal(e.code, 'BAD_INPUT');
    return [...e.details];
  }
  assert.fail('expected BAD_INPUT');
}

void test('good rows become typed assessments; strings from CSV are converted', () => {
  const out = validateAssessmentRows([
    good,
    {
      country: 'kg',
      year: ' 2024 ',
      component: 'regulatory',
      score: '79',
      sourceId: 'paper',
      confidence: 'medium',
      kind: '',
      evidence: 'Figure 1',
    },
    {
      country: 'Kazakhstan',
      year: '2020',
      component: 'cooperation',
      score: '99.5',
      sourceId: 'paper',
      confidence: 'low',
      kind: 'estimated',
    },
  ]);
  assert.deepEqual(out[0], { ...good, evidence: '', kind: 'measured' });
  assert.deepEqual(
    [out[1]?.country, out[1]?.year, out[1]?.score, out[1]?.kind, out[1]?.evidence],
    ['KGZ', 2024, 79, 'measured', 'Figure 1'],
  );
  assert.deepEqual([out[2]?.country, out[2]?.score, out[2]?.kind], ['KAZ', 99.5, 'estimated']);
  assert.deepEqual(validateAssessmentRows([]), []);
});

void test('one error lists every problem with row and field', () => {
  const d = problems([
    { ...good, year: 2017, score: 120 },
    { ...good, year: 2021, component: 'literacy' },
    { ...good, year: 2022, country: 'XX' },
    { ...good, year: 2020.5 },
    { ...good, year: 1850 },
    { ...good, year: 2023, sourceId: '' },
    { ...good, year: 2024, confidence: 'sure' },
    { ...good, year: 2019, kind: 'guessed' },
    good,
    good,
    'not a row',
    { ...good, year: 2018, score: 'fifty', confidence: undefined },
  ]);
  const at = d.map((x) => `${x.row}:${x.field}`);
  assert.deepEqual(at, [
    '1:score',
    '2:component',
    '3:country',
    '4:year',
    '5:year',
    '6:sourceId',
    '7:confidence',
    '8:kind',
    '10:component',
    '11:(row)',
    '12:score',
    '12:confidence',
  ]);
  assert.match(d[0]?.message ?? '', /got 120/);
  assert.match(d[4]?.message ?? '', /implausible year 1850/);
  assert.match(d[8]?.message ?? '', /duplicated .*KGZ\/2020\/regulatory.*row 9/);
});

void test('row numbers follow firstRow (CSV header on line 1)', () => {
  const d = problems([good, { ...good, year: 2024, score: -1 }], { firstRow: 2 });
  assert.deepEqual(
    d.map((x) => x.row),
    [3],
  );
});

void test('duplicates are detected across spellings of the same country', () => {
  const d = problems([good, { ...good, country: 'kg' }]);
  assert.equal(d.length, 1);
  assert.equal(d[0]?.row, 2);
});

void test('unknown sources are refused when a registry is given', () => {
  assert.equal(validateAssessmentRows([{ ...good, sourceId: 'my-survey' }]).length, 1);
  const d = problems([{ ...good, sourceId: 'my-survey' }], { sources: SOURCES });
  assert.deepEqual(
    d.map((x) => x.field),
    ['sourceId'],
  );
  assert.equal(validateAssessmentRows([good], { sources: SOURCES }).length, 1);
});

void test('missing fields are each named', () => {
  const d = problems([{}]);
  assert.deepEqual(
    d.map((x) => x.field),
    ['country', 'year', 'component', 'score', 'sourceId', 'confidence'],
  );
});
