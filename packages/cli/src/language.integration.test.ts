/**
 * The CLI's human output in Russian: `--lang ru` (or COOPSEC_LANG=ru) turns `assess` and error
 * messages Russian, numbers use the Russian decimal comma, `--json` is the same in every
 * language (scripts read it), and an unknown language is refused with exit code 2 naming where
 * it came from.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EN } from '@coopsec/i18n';
import { DEFAULT_MATURITY_RULE, KGZ_PAPER_ASSESSMENTS, RANK_RULE } from '@coopsec/model';
import { runCli } from './testing/run-cli.ts';

let dir: string;
let db: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-cli-lang-'));
  db = join(dir, 'coopsec.db');
  assert.equal((await runCli(['--db', db, 'init', '--json'])).code, 0);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The paper's 2024 score of a component, from the model's own data (not from the CLI). */
const paper2024 = (component: string): number => {
  const row = KGZ_PAPER_ASSESSMENTS.find((a) => a.component === component && a.year === 2024);
  if (row === undefined) throw new TypeError(`no paper value for ${component} 2024`);
  return row.score;
};

void describe('coopsec CLI in Russian', () => {
  void it("keeps the catalogue's English rule texts word for word the model's", () => {
    assert.equal(EN['rules.rank'], RANK_RULE);
    assert.equal(EN['rules.maturity.equal-20-point-bands'], DEFAULT_MATURITY_RULE.description);
    assert.equal(DEFAULT_MATURITY_RULE.id, 'equal-20-point-bands');
  });

  void it('prints assess in Russian with --lang ru and with COOPSEC_LANG=ru, alike', async () => {
    const flag = await runCli(['--db', db, '--lang', 'ru', 'assess', 'KGZ']);
    assert.equal(flag.code, 0, flag.stderr);
    const env = await runCli(['--db', db, 'assess', 'KGZ'], { env: { COOPSEC_LANG: 'ru' } });
    assert.equal(env.stdout, flag.stdout);
    const literacy = paper2024('digital-literacy');
    assert.match(
      flag.stdout,
      new RegExp(`Самый слабый компонент 2024: Цифровая грамотность населения \\(${literacy}\\)`),
    );
    assert.match(flag.stdout, /Нормативно-правовая база \(центральный\)/);
    assert.match(flag.stdout, /Годы без опубликованных значений: 2021, 2022, 2023/);
    // Decimals with the Russian comma; no English table heading left.
    assert.match(flag.stdout, /\+\d+,\d/);
    assert.doesNotMatch(
      flag.stdout,
      /Weakest component|^Component|Composite index|Competition ranking/m,
    );
    const english = await runCli(['--db', db, 'assess', 'KGZ'], { env: { COOPSEC_LANG: '' } });
    assert.match(english.stdout, /Weakest component 2024/);
  });

  void it('answers --json the same in every language', async () => {
    const en = await runCli(['--db', db, 'assess', 'KGZ', '--json']);
    const ru = await runCli(['--db', db, '--lang', 'ru', 'assess', 'KGZ', '--json']);
    assert.equal(ru.code, 0, ru.stderr);
    assert.deepEqual(JSON.parse(ru.stdout), JSON.parse(en.stdout));
  });

  void it('says what kind of error it is in Russian, and refuses an unknown language', async () => {
    const bad = await runCli(['--db', db, '--lang', 'ru', 'assess', 'ZZZ']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^coopsec: Неверные входные данные: /m);
    const de = await runCli(['--db', db, '--lang', 'de', 'assess', 'KGZ']);
    assert.equal(de.code, 2);
    assert.match(de.stderr, /--lang must be one of en, ru \(got "de"\)/);
    const envDe = await runCli(['--db', db, 'assess', 'KGZ'], { env: { COOPSEC_LANG: 'de' } });
    assert.equal(envDe.code, 2);
    assert.match(envDe.stderr, /COOPSEC_LANG must be one of en, ru/);
  });
});
