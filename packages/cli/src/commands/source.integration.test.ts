/**
 * Issue 14, item 1: a ministry's own survey is imported under its own source, never the paper's.
 * `coopsec source add|list` and `import` with a sources sheet (CSV `--sources` or JSON).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../testing/run-cli.ts';

let dir: string;
let db: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-sources-'));
  db = join(dir, 'coopsec.db');
  const init = await runCli(['--db', db, 'init']);
  assert.equal(init.code, 0, init.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('coopsec source', () => {
  it('adds a source with its fields and lists it as the user’s', async () => {
    const add = await runCli([
      '--db',
      db,
      '--json',
      'source',
      'add',
      'uz-survey-2025',
      '--title',
      'National survey of digital skills',
      '--publisher',
      'Ministry of Digital Technologies',
      '--url',
      'https://example.gov.uz/survey',
      '--date',
      '2025-03',
      '--licence',
      'CC-BY-4.0',
    ]);
    assert.equal(add.code, 0, add.stderr);
    const added = JSON.parse(add.stdout) as Record<string, string>;
    assert.equal(added.origin, 'user');
    assert.equal(
      added.citation,
      'Ministry of Digital Technologies, National survey of digital skills (2025-03)',
    );
    const list = await runCli(['--db', db, '--json', 'source', 'list', '--mine']);
    const { sources } = JSON.parse(list.stdout) as { sources: { id: string; licence?: string }[] };
    assert.deepEqual(
      sources.map((s) => [s.id, s.licence]),
      [['uz-survey-2025', 'CC-BY-4.0']],
    );
  });

  it('names each wrong field and refuses to change a bundled source', async () => {
    const bad = await runCli([
      '--db',
      db,
      'source',
      'add',
      'Bad Id',
      '--title',
      't',
      '--url',
      'ftp://x',
      '--date',
      '2023-02-30',
    ]);
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /field id: must be 2–64 lower-case/);
    assert.match(bad.stderr, /field url: must be an http or https address, got "ftp:\/\/x"/);
    assert.match(bad.stderr, /field date: must be YYYY, YYYY-MM or YYYY-MM-DD, got "2023-02-30"/);
    const clash = await runCli(['--db', db, 'source', 'add', 'paper', '--title', 'mine']);
    assert.notEqual(clash.code, 0);
    assert.match(clash.stderr, /"paper" is a source of coopsec's bundled data/);
  });

  it('imports rows that cite a CSV sources sheet in one transaction, all or nothing', async () => {
    const sheet = join(dir, 'sources.csv');
    writeFileSync(
      sheet,
      'id,title,publisher,doi\nkz-report,Annual report,KZ-CERT,10.1234/kz.2024\n',
    );
    const rows = join(dir, 'rows.csv');
    writeFileSync(
      rows,
      'country,year,component,score,source,confidence\nKAZ,2024,regulatory,61,kz-report,medium\n',
    );
    const ok = await runCli(['--db', db, '--json', 'import', rows, '--sources', sheet]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout), {
      imported: 1,
      countries: ['KAZ'],
      sourcesAdded: ['kz-report'],
    });

    // A bad row refuses the sheet too: the source must not be left behind.
    const sheet2 = join(dir, 'sources2.csv');
    writeFileSync(sheet2, 'id,title\ntj-report,Report\n');
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'country,year,component,score,source,confidence\nTJK,2024,regulatory,160,tj-report,medium\n',
    );
    const refused = await runCli(['--db', db, 'import', bad, '--sources', sheet2]);
    assert.equal(refused.code, 2);
    const list = await runCli(['--db', db, '--json', 'source', 'list', '--mine']);
    assert.doesNotMatch(list.stdout, /tj-report/);
  });

  it('takes a JSON file with its own sources sheet', async () => {
    const file = join(dir, 'own.json');
    writeFileSync(
      file,
      JSON.stringify({
        sources: [{ id: 'tj-survey', title: 'Survey', url: 'https://example.tj/s' }],
        assessments: [
          {
            country: 'TJK',
            year: 2024,
            component: 'human-resources',
            score: 40,
            source: 'tj-survey',
            confidence: 'low',
          },
        ],
      }),
    );
    const ok = await runCli(['--db', db, '--json', 'import', file]);
    assert.equal(ok.code, 0, ok.stderr);
    const exported = await runCli(['--db', db, 'export', '--country', 'TJK']);
    assert.match(exported.stdout, /TJK,2024,human-resources,40,tj-survey/);
  });
});
