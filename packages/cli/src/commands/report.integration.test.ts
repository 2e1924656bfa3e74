// CLI tests of `coopsec report`: spawns the real binary on a fresh SQLite store in a temporary
// folder and checks files, exit codes and that a failure leaves no file behind. The PDF path
// with a real Chromium is covered by packages/report's Chromium suite; here Chromium is missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CLI_ARGS } from '../testing/run-cli.ts';

const PLAN = fileURLToPath(new URL('../../../report/test-fixtures/plan.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'coopsec-report-'));
const env = {
  ...process.env,
  COOPSEC_DB: join(dir, 'store.db'),
  COOPSEC_CHROMIUM: join(dir, 'no-chromium'),
};

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('coopsec report', { timeout: 300_000 }, () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a self-contained HTML report for KGZ with a scenario', () => {
    const out = join(dir, 'kgz.html');
    const r = cli('report', 'KG', '--out', out, '--plan', PLAN);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote .*kgz\.html/);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Digital-literacy push/);
    assert.doesNotMatch(html, /<script/);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('answers --json with one document', () => {
    const r = cli('--json', 'report', 'KGZ', '--out', join(dir, 'j.html'));
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { country: string; sections: Record<string, boolean> };
    assert.equal(doc.country, 'KGZ');
    assert.equal(doc.sections.dynamics, true);
  });

  it('writes the report in Russian with --lang ru, and refuses an unknown language (exit 2)', () => {
    const out = join(dir, 'kgz-ru.html');
    const r = cli('report', 'KGZ', '--lang', 'ru', '--out', out);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<html lang="ru">/);
    assert.match(html, /<h2>Проверка утверждений<\/h2>/);
    const refused = cli('report', 'KGZ', '--lang', 'de', '--out', join(dir, 'de.html'));
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--lang must be one of en, ru \(got "de"\)/);
    assert.equal(existsSync(join(dir, 'de.html')), false);
  });

  it('refuses an unknown country and a country without data (exit 2)', () => {
    const a = cli('report', 'Atlantis', '--out', join(dir, 'a.html'));
    assert.equal(a.code, 2);
    assert.match(a.stderr, /unknown country "Atlantis"/);
    const b = cli('report', 'FR', '--out', join(dir, 'b.html'));
    assert.equal(b.code, 2);
    assert.match(b.stderr, /no assessment data for France \(FRA\)/);
    assert.ok(!existsSync(join(dir, 'a.html')) && !existsSync(join(dir, 'b.html')));
  });

  it('refuses an unwritable or missing output folder (exit 2)', () => {
    const missing = cli('report', 'KGZ', '--out', join(dir, 'nope', 'r.html'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot write --out .*folder .* does not exist/);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      const r = cli('report', 'KGZ', '--out', join(locked, 'r.html'));
      assert.equal(r.code, 2);
      assert.match(r.stderr, /not writable/);
    }
  });

  it('refuses a bad plan (exit 2) and writes nothing', () => {
    const r = cli(
      'report',
      'KGZ',
      '--out',
      join(dir, 'p.html'),
      '--plan',
      join(dir, 'missing-plan.json'),
    );
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read/);
    assert.ok(!existsSync(join(dir, 'p.html')));
  });

  it('says Chromium is missing (exit 3) and leaves neither HTML nor PDF half-written', () => {
    const html = join(dir, 'c.html');
    const pdf = join(dir, 'c.pdf');
    const r = cli('report', 'KGZ', '--out', html, '--pdf', pdf);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /Chromium not found at .*no-chromium.*COOPSEC_CHROMIUM/);
    assert.ok(!existsSync(html) && !existsSync(pdf));
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });
});
