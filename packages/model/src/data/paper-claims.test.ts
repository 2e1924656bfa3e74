import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditClaims, evaluateClaim } from '../claims/evaluate.ts';
import { GCI_RECORDS } from './gci.ts';
import { KGZ_PAPER_ASSESSMENTS } from './kgz-paper.ts';
import { PAPER_CLAIMS } from './paper-claims.ts';
import { findSource } from './sources.ts';

const context = { assessments: KGZ_PAPER_ASSESSMENTS, gci: GCI_RECORDS };
const paperPath = fileURLToPath(new URL('../../../../../shared/seed/paper.txt', import.meta.url));

/** Hand-checked verdicts (FACTS.md §1–§2; growth figures in paper-claims.ts header). */
const EXPECTED: Record<string, string> = {
  'paper-abstract-coverage-2020-2025': 'does-not-hold', // no 2025 value
  'paper-conclusions-coverage-2020-2025': 'does-not-hold',
  'paper-figure1-caption-coverage-endpoints': 'holds', // 2020 and 2024 published
  'paper-figure1-caption-coverage-every-year': 'does-not-hold', // 2021–2023 not published
  'paper-abstract-digital-literacy-lowest': 'holds', // 70 < 72 < 78 < 79 < 82
  'paper-figure1-digital-literacy-lowest': 'holds',
  'paper-conclusions-digital-literacy-lowest': 'holds',
  'paper-conclusions-highest-growth-absolute': 'does-not-hold', // regulatory +27 is 1st, infrastructure +23 is 4th (tied)
  'paper-conclusions-highest-growth-relative': 'does-not-hold', // regulatory 2nd, infrastructure 4th
  'paper-figure1-cooperation-59-82': 'holds',
  'paper-figure1-cooperation-most-progress-absolute': 'does-not-hold', // +23, tied last
  'paper-figure1-cooperation-most-progress-relative': 'does-not-hold', // 39.0 %, last
  'paper-discussion-cooperation-vs-infrastructure-absolute': 'does-not-hold', // +23 = +23
  'paper-discussion-cooperation-vs-infrastructure-relative': 'does-not-hold', // 39.0 % < 41.8 %
  'paper-recommendations-cooperation-highest-rates-absolute': 'does-not-hold',
  'paper-recommendations-cooperation-highest-rates-relative': 'does-not-hold',
  'paper-regional-kaz-gci-2020-rank': 'holds', // 31
  'paper-regional-kaz-gci-2020-score': 'does-not-hold', // 93.15 on 0–100
  'paper-regional-uzb-gci-2020-rank': 'does-not-hold', // 70
  'paper-regional-uzb-gci-2020-score': 'does-not-hold', // 71.11
  'paper-regional-kgz-gci-2020-score': 'does-not-hold', // 49.64
  'paper-regional-tjk-gci-2020-rank': 'does-not-hold', // 138
  'paper-regional-tjk-gci-2020-score': 'does-not-hold', // 17.1
  'paper-regional-tkm-gci-not-scored': 'does-not-hold', // scored 14.48, rank 144 in 2020
  'paper-regional-tkm-gci-no-questionnaire': 'cannot-be-decided',
};

void test('every paper claim has a unique id, a known source and a hand-checked verdict', () => {
  const ids = PAPER_CLAIMS.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...ids].sort(), Object.keys(EXPECTED).sort());
  for (const record of PAPER_CLAIMS) {
    assert.ok(findSource(record.source.id), record.id);
    assert.equal(evaluateClaim(record.claim, context).verdict, EXPECTED[record.id], record.id);
  }
});

void test('ambiguous sentences ship both readings', () => {
  for (const base of [
    'paper-conclusions-highest-growth',
    'paper-figure1-cooperation-most-progress',
    'paper-discussion-cooperation-vs-infrastructure',
    'paper-recommendations-cooperation-highest-rates',
  ]) {
    const pair = PAPER_CLAIMS.filter((c) => c.id.startsWith(base));
    assert.equal(pair.length, 2, base);
    assert.equal(pair[0]?.quote, pair[1]?.quote);
    assert.ok(pair.every((c) => c.reading !== undefined && c.note?.includes('both readings')));
  }
});

void test('quotations are verbatim and stand on the stated line of the paper', (t) => {
  if (!existsSync(paperPath)) {
    t.skip(`paper not found at ${paperPath}`);
    return;
  }
  const lines = readFileSync(paperPath, 'utf8').split('\n');
  for (const record of PAPER_CLAIMS) {
    const line = lines[(record.source.line ?? 0) - 1] ?? '';
    assert.ok(line.includes(record.quote), `${record.id}: quote not on line ${record.source.line}`);
  }
});

void test('the figures behind key verdicts', () => {
  const audit = new Map(auditClaims(PAPER_CLAIMS, context).map((a) => [a.record.id, a]));
  const kazScore = audit.get('paper-regional-kaz-gci-2020-score');
  assert.equal(kazScore?.numbers.primary, 93.15);
  assert.equal(kazScore?.numbers.claimedOnEditionScale, 79);
  assert.deepEqual(kazScore?.numbers.closestOtherEdition, {
    edition: 2018,
    score: 0.778,
    difference: 0.012,
  });
  assert.match(kazScore?.explanation ?? '', /does not match the published value/);
  assert.match(kazScore?.explanation ?? '', /0-1 value but the 2020 edition scores 0-100/);

  const tkm = audit.get('paper-regional-tkm-gci-not-scored');
  assert.match(tkm?.explanation ?? '', /2020 \(14\.48, rank 144\)/);
  assert.match(
    audit.get('paper-regional-tkm-gci-no-questionnaire')?.explanation ?? '',
    /desk research/,
  );

  const compare = audit.get('paper-discussion-cooperation-vs-infrastructure-absolute');
  assert.equal(compare?.numbers.difference, 0);
  assert.match(compare?.explanation ?? '', /equal/);
  const rel = audit.get('paper-discussion-cooperation-vs-infrastructure-relative');
  assert.equal(rel?.numbers.difference, Math.round((23 / 59 - 23 / 55) * 1e6) / 1e4);

  const highest = audit.get('paper-conclusions-highest-growth-absolute');
  assert.deepEqual(highest?.numbers.actual, ['regulatory', 'digital-literacy']);
  const coverage = audit.get('paper-abstract-coverage-2020-2025');
  assert.deepEqual(coverage?.numbers.missingYears, [2025]);
  assert.deepEqual(coverage?.numbers.yearsInPeriodWithoutData, [2021, 2022, 2023, 2025]);
});
