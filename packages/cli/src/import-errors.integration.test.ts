/**
 * Issue 14, item 5: a structural CSV error (a short row, a stray or unclosed quote) used to hide
 * every field error in the file; the error named the model's `sourceId` where the CSV column is
 * `source`; `--weights regulatory=abc` said "got null". One pass reports every kind, in the
 * user's words.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './testing/run-cli.ts';

let dir: string;
let db: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-import-errors-'));
  db = join(dir, 'coopsec.db');
  const init = await runCli(['--db', db, 'init']);
  assert.equal(init.code, 0, init.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'country,year,component,score,source,confidence';

describe('import errors in one pass', () => {
  it('reports a short row, a stray quote and field errors of the other rows together', async () => {
    const file = join(dir, 'mixed.csv');
    writeFileSync(
      file,
      [
        HEADER,
        'UZB,2021,regulatory,120,paper,high', // line 2: score out of range
        'UZB,2021,infrastructure', // line 3: short row
        'UZB,2022,"multi\nline",50,paper,high', // lines 4–5: unknown component, one record
        'UZB,2022,regulatory,5"0,paper,high', // line 6: stray quote
        'UZB,2023,regulatory,50,,high', // line 7: missing source
      ].join('\n') + '\n',
    );
    const r = await runCli(['--db', db, 'import', file]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /row 2, field score: must be between 0 and 100, got 120/);
    assert.match(r.stderr, /row 3: has 3 fields, the header has 6/);
    assert.match(r.stderr, /row 4, field component: unknown component "multi\nline"/);
    assert.match(r.stderr, /row 6: a quote inside an unquoted field/);
    assert.match(r.stderr, /row 7, field source: missing/);
    assert.doesNotMatch(r.stderr, /sourceId/);
  });

  it('reports an unclosed quote together with the field errors before it', async () => {
    const file = join(dir, 'unclosed.csv');
    writeFileSync(
      file,
      `${HEADER}\nUZB,2021,magic,50,paper,high\nUZB,2021,regulatory,50,nosuchsource,high\n"UZB,2022,regulatory,50,paper,high\n`,
    );
    const r = await runCli(['--db', db, 'import', file]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /row 2, field component: unknown component "magic"/);
    assert.match(r.stderr, /row 3, field source: unknown source "nosuchsource"/);
    assert.match(r.stderr, /row 4: a quoted field is never closed/);
    const after = await runCli(['--db', db, 'assess', 'UZB']);
    assert.equal(after.code, 2, 'nothing was imported');
  });

  it('names the JSON field as written: source, not sourceId', async () => {
    const file = join(dir, 'rows.json');
    writeFileSync(
      file,
      JSON.stringify([
        { country: 'UZB', year: 2021, component: 'regulatory', score: 5, source: 'x' },
      ]),
    );
    const r = await runCli(['--db', db, 'import', file]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /row 1, field source: unknown source "x"/);
  });

  it('--weights says what was given', async () => {
    const r = await runCli(['--db', db, 'assess', 'KGZ', '--weights', 'regulatory=abc']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /weights\.regulatory: weight must be a finite number, got "abc"/);
    assert.doesNotMatch(r.stderr, /got null/);
  });
});
