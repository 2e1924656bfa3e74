/**
 * The acceptance checks for the foundation, run through the real binary on a real
 * SQLite file: assess shows the paper's values exactly, claims shows every claim of the paper
 * with a verdict, imports are all-or-nothing with row and field named, exports round-trip.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KGZ_PAPER_ASSESSMENTS, PAPER_CLAIMS } from '@coopsec/model';
import { runCli } from './testing/run-cli.ts';

let dir: string;
let db: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-cli-'));
  db = join(dir, 'data', 'coopsec.db');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('coopsec CLI on SQLite', () => {
  it('init creates the database and loads the bundled data', async () => {
    const r = await runCli(['--db', db, 'init', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      dialect: string;
      loaded: { assessments: number; claims: number };
    };
    assert.equal(out.dialect, 'sqlite');
    assert.equal(out.loaded.assessments, KGZ_PAPER_ASSESSMENTS.length);
    assert.equal(out.loaded.claims, PAPER_CLAIMS.length);
    assert.ok(existsSync(db));
  });

  it('assess KGZ shows the paper values exactly, the changes, the weakest component and the weighted index', async () => {
    const r = await runCli(['--db', db, 'assess', 'KGZ', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      values: { component: string; year: number; score: number; kind: string }[];
      dynamics: { changes: { component: string; absolute: number }[] };
      weakestByYear: { year: number; components: string[] }[];
      index: { year: number; value: number; weights: Record<string, number> }[];
    };
    const table: Record<string, [number, number, string][]> = {};
    for (const v of out.values) (table[v.component] ??= []).push([v.year, v.score, v.kind]);
    assert.deepEqual(table, {
      infrastructure: [
        [2020, 55, 'measured'],
        [2024, 78, 'measured'],
      ],
      regulatory: [
        [2020, 52, 'measured'],
        [2024, 79, 'measured'],
      ],
      'human-resources': [
        [2020, 48, 'measured'],
        [2024, 72, 'measured'],
      ],
      cooperation: [
        [2020, 59, 'measured'],
        [2024, 82, 'measured'],
      ],
      'digital-literacy': [
        [2020, 45, 'measured'],
        [2024, 70, 'measured'],
      ],
    });
    assert.deepEqual(
      out.dynamics.changes.map((c) => [c.component, c.absolute]),
      [
        ['infrastructure', 23],
        ['regulatory', 27],
        ['human-resources', 24],
        ['cooperation', 23],
        ['digital-literacy', 25],
      ],
    );
    assert.deepEqual(
      out.weakestByYear.map((w) => [w.year, w.components]),
      [
        [2020, ['digital-literacy']],
        [2024, ['digital-literacy']],
      ],
    );
    assert.deepEqual(
      out.index.map((i) => [i.year, Math.round(i.value * 10) / 10]),
      [
        [2020, 51.8],
        [2024, 76.2],
      ],
    );
    assert.equal(out.index[0]?.weights.regulatory, 0.2);
  });

  it('assess prints a readable table with the weights and the missing years', async () => {
    const r = await runCli(['--db', db, 'assess', 'kg']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /Regulatory framework \(central\)\s+52 \(Established\)\s+79 \(Strategic\)\s+\+27/,
    );
    assert.match(r.stdout, /weights: infrastructure 0\.200, regulatory 0\.200/);
    assert.match(r.stdout, /Weakest component 2024: Digital literacy of the population \(70\)/);
    assert.match(r.stdout, /Missing years \(no published values\): 2021, 2022, 2023/);
  });

  it('assess --interpolate marks every filled value as estimated', async () => {
    const r = await runCli(['--db', db, 'assess', 'KGZ', '--interpolate', '--json']);
    const out = JSON.parse(r.stdout) as {
      values: { component: string; year: number; score: number; kind: string }[];
      index: { year: number }[];
    };
    const infra = out.values.filter((v) => v.component === 'infrastructure');
    assert.deepEqual(
      infra.map((v) => [v.year, v.kind]),
      [
        [2020, 'measured'],
        [2021, 'estimated'],
        [2022, 'estimated'],
        [2023, 'estimated'],
        [2024, 'measured'],
      ],
    );
    assert.equal(infra.find((v) => v.year === 2022)?.score, 66.5);
    // Estimates are shown, never computed with: the index stays at the measured years.
    assert.deepEqual(
      out.index.map((i) => i.year),
      [2020, 2024],
    );
  });

  it('claims --source paper shows every claim of the paper with a verdict and its numbers', async () => {
    const r = await runCli(['--db', db, 'claims', '--source', 'paper', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      claims: { record: { id: string }; verdict: string; numbers: object }[];
    };
    assert.deepEqual(
      out.claims.map((c) => c.record.id).sort(),
      PAPER_CLAIMS.map((c) => c.id).sort(),
    );
    const verdict = (id: string) => out.claims.find((c) => c.record.id === id)?.verdict;
    assert.equal(verdict('paper-regional-kgz-gci-2020-score'), 'does-not-hold');
    assert.ok(
      out.claims.every(
        (c) => Object.keys(c.numbers).length > 0 || c.verdict === 'cannot-be-decided',
      ),
    );
    const text = await runCli(['--db', db, 'claims', '--source', 'paper']);
    assert.match(text.stdout, /\[DOES NOT HOLD\] paper-regional-kgz-gci-2020-score/);
    assert.match(text.stdout, /\d+ claims: \d+ hold, \d+ do not hold, \d+ cannot be decided/);
  });

  it('refuses a bad import naming rows and fields, and writes nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'country,year,component,score,source,confidence\nUZB,2021,regulatory,50,paper,high\nUZB,2021,regulatory,120,paper,high\nUZB,2022,magic,50,paper,high\nXXX,2022,regulatory,50,paper,high\n',
    );
    const r = await runCli(['--db', db, 'import', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /row 3, field score: must be between 0 and 100, got 120/);
    assert.match(r.stderr, /row 4, field component: unknown component "magic"/);
    assert.match(r.stderr, /row 5, field country: unknown country "XXX"/);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace for a user error');
    const after = await runCli(['--db', db, 'assess', 'UZB']);
    assert.equal(after.code, 2, 'the valid first row was not written either');
  });

  it('refuses a UTF-16 file and a malformed CSV with a clear message', async () => {
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.from('\ufeffcountry,year\n', 'utf16le'));
    const r1 = await runCli(['--db', db, 'import', utf16]);
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /UTF-16/);
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'country,year,component,score\n"KGZ,2021,regulatory,50\n');
    const r2 = await runCli(['--db', db, 'import', broken]);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /row 2: a quoted field is never closed/);
  });

  it('imports a valid file, refuses a duplicate of stored data, and round-trips through export', async () => {
    const file = join(dir, 'uzb.csv');
    writeFileSync(
      file,
      'country,year,component,score,source,evidence,confidence,kind\nUZ,2022,regulatory,61.5,paper,"test, with comma",low,measured\n',
    );
    const ok = await runCli(['--db', db, 'import', file, '--json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout), { imported: 1, countries: ['UZB'], sourcesAdded: [] });
    const again = await runCli(['--db', db, 'import', file]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already stored/);
    const out = join(dir, 'export.csv');
    const exp = await runCli(['--db', db, 'export', '--country', 'UZB', '--out', out]);
    assert.equal(exp.code, 0, exp.stderr);
    assert.equal(
      readFileSync(out, 'utf8'),
      'country,year,component,score,source,evidence,confidence,kind\nUZB,2022,regulatory,61.5,paper,"test, with comma",low,measured\n',
    );
    const json = await runCli(['--db', db, 'export', '--format', 'json']);
    const rows = (JSON.parse(json.stdout) as { assessments: unknown[] }).assessments;
    assert.equal(rows.length, KGZ_PAPER_ASSESSMENTS.length + 1);
  });

  it('claims-add stores a user\u2019s own claims, refuses bad ones naming the field, and audits them', async () => {
    const bad = join(dir, 'bad-claims.json');
    writeFileSync(
      bad,
      JSON.stringify({
        claims: [
          {
            id: 'u1',
            quote: 'q',
            source: { id: 'mine' },
            claim: {
              kind: 'level-extreme',
              country: 'KGZ',
              components: ['magic'],
              extreme: 'lowest',
              year: 2024,
            },
          },
        ],
      }),
    );
    const refused = await runCli(['--db', db, 'claims-add', bad, '--set', 'mine']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /record u1.*components/);
    const good = join(dir, 'claims.json');
    writeFileSync(
      good,
      JSON.stringify([
        {
          id: 'u2',
          quote: 'literacy lowest',
          source: { id: 'mine' },
          claim: {
            kind: 'level-extreme',
            country: 'KGZ',
            components: ['digital-literacy'],
            extreme: 'lowest',
            year: 2024,
          },
        },
      ]),
    );
    const stored = await runCli(['--db', db, 'claims-add', good, '--set', 'mine']);
    assert.equal(stored.code, 0, stored.stderr);
    const audit = JSON.parse(
      (await runCli(['--db', db, 'claims', '--source', 'mine', '--json'])).stdout,
    ) as { claims: { record: { id: string }; verdict: string }[] };
    assert.deepEqual(
      audit.claims.map((c) => [c.record.id, c.verdict]),
      [['u2', 'holds']],
    );
    assert.equal(
      (await runCli(['--db', db, 'claims-add', good, '--set', 'paper'])).code,
      2,
      'the paper set is reserved',
    );
  });

  it('exits 2 on an unknown country or command and 3 when the database cannot be opened', async () => {
    assert.equal((await runCli(['--db', db, 'assess', 'ZZZ'])).code, 2);
    assert.equal((await runCli(['no-such-command'])).code, 2);
    const r = await runCli(['--db', 'postgres://nobody:pw@127.0.0.1:1/none', 'assess', 'KGZ']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /cannot open the database/);
    assert.doesNotMatch(r.stderr, /:pw@/);
  });
});
