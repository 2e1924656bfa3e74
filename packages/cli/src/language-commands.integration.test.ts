/**
 * The other commands' human output in Russian (issue 19): with `--lang ru` each prints its
 * headings, labels and table headers in Russian and none of the English ones, while ids, TLP
 * labels and source titles stay as stored; `--json` is byte for byte the same in both
 * languages (scripts read it).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EN } from '@coopsec/i18n';
import { COOPERATION_RULES } from '@coopsec/model';
import { runCli } from './testing/run-cli.ts';

/** An OASIS CSAF 2.0 example (log4j, CVE-2021-44228) that affects a `jkl` 4.7 inventory line. */
const UC07 = fileURLToPath(
  new URL(
    '../../../../shared/data/csaf-2.0/examples/csaf_vex/2022-evd-uc-07-001.json',
    import.meta.url,
  ),
);
const JKL = 'cpe:2.3:a:example_company:jkl:*:*:*:*:*:*:*:*';

let dir: string;
let db: string;
const cli = (args: readonly string[], lang: 'en' | 'ru' = 'en') =>
  runCli(['--db', db, '--lang', lang, ...args]);

/** Runs `args` in Russian (exit code 0) and returns what it printed. */
async function russian(args: readonly string[]): Promise<string> {
  const r = await cli(args, 'ru');
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

/** `args --json` prints the very same bytes in English and in Russian. */
async function sameJson(args: readonly string[]): Promise<void> {
  const en = await cli(['--json', ...args], 'en');
  const ru = await cli(['--json', ...args], 'ru');
  assert.equal(en.code, 0, en.stderr);
  assert.equal(ru.stdout, en.stdout);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-cli-lang-commands-'));
  db = join(dir, 'coopsec.db');
  for (const args of [['init'], ['org', 'add', 'cert-kg', '--name', 'CERT-KG']]) {
    const r = await cli(args);
    assert.equal(r.code, 0, r.stderr);
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

void describe('coopsec metrics in Russian', () => {
  void it("keeps the catalogue's English rule texts word for word the model's", () => {
    const keys = Object.keys(EN).filter((k) => k.startsWith('rules.cooperation.'));
    assert.deepEqual(
      keys.map((k) => EN[k as keyof typeof EN]),
      COOPERATION_RULES,
    );
  });

  void it('prints headings, table headers and rules in Russian, ids as stored', async () => {
    const out = await russian(['metrics', '--from', '2020-01-01']);
    assert.match(out, /^Сотрудничество, измеренное по источнику «Exchange records/);
    assert.match(out, /с 1 января 2020 г\. по настоящее время/);
    assert.match(out, /^По организациям \(что каждая передала на этот узел\):$/m);
    assert.match(out, /^организация +передано +по TLP +индикаторы/m);
    assert.match(out, /^cert-kg +0 +—/m);
    assert.match(out, /^Совместное реагирование на инциденты: открыто дел — 0/m);
    assert.match(out, /^ {2}- доступные узлы: включённые узлы-партнёры/m);
    assert.doesNotMatch(out, /Cooperation measured|By organisation|organisation +shared|Rules:/);
    assert.doesNotMatch(out, /peers reachable:|Joint incident response/);
    const en = await cli(['metrics', '--from', '2020-01-01']);
    assert.match(en.stdout, /^By organisation \(what it contributed here\):$/m);
    assert.match(en.stdout, /, 1 January 2020 to now \(confidence high\)/);
  });

  void it('answers --json the same in both languages', () => sameJson(['metrics']));
});

void describe('coopsec claims in Russian', () => {
  void it('prints verdicts, labels and the summary in Russian, the quotation as written', async () => {
    const out = await russian(['claims', '--source', 'paper']);
    assert.match(out, /^\[НЕ ПОДТВЕРЖДАЕТСЯ\] paper-regional-kgz-gci-2020-score$/m);
    assert.match(out, /^ {2}числа: claimed=/m);
    assert.match(
      out,
      /^Утверждений: \d+; подтверждается: \d+, не подтверждается: \d+, по данным проверить нельзя: \d+\.$/m,
    );
    assert.match(out, /“Uzbekistan’s GCI 2020 ranking/, 'the paper is quoted, not translated');
    assert.doesNotMatch(out, /DOES NOT HOLD|HOLDS|numbers:|\d+ claims:/);
    const none = await russian(['claims', '--source', 'nothing-here']);
    assert.equal(none, 'В наборе «nothing-here» утверждений нет.\n');
  });

  void it('answers --json the same in both languages', () =>
    sameJson(['claims', '--source', 'paper']));
});

void describe('coopsec inventory in Russian', () => {
  void it('prints import, list, matches and alerts in Russian, statuses and ids as stored', async () => {
    const empty = await russian(['inventory', 'list', 'cert-kg']);
    assert.match(empty, /^У cert-kg нет перечня ПО\. Импортируйте его: coopsec inventory import/);
    const noAlerts = await russian(['inventory', 'alerts']);
    assert.match(noAlerts, /^Оповещений по перечням ПО нет\. .*коллекции advisories\)\.$/m);
    for (const args of [
      ['advisory', 'import', UC07, '--org', 'cert-kg'],
      ['collection', 'grant', 'advisories', '--read', '--org', 'cert-kg'],
    ])
      assert.equal((await cli(args)).code, 0);
    const csv = join(dir, 'kg.csv');
    writeFileSync(csv, `cpe_or_purl,version\n${JKL},4.7\n`);
    const imported = await russian(['inventory', 'import', 'cert-kg', csv]);
    assert.equal(
      imported,
      'cert-kg: перечень ПО заменён, записей: 1; 1 новое оповещение (coopsec inventory alerts cert-kg)\n',
    );
    const list = await russian(['inventory', 'list', 'cert-kg']);
    assert.match(list, /^# +cpe или purl +версия$/m);
    const matches = await russian(['inventory', 'matches', 'cert-kg']);
    assert.match(
      matches,
      /^организация +бюллетень +CVE +cpe или purl +версия +статус +оповещение$/m,
    );
    assert.match(matches, /cert-kg +2022-EVD-UC-07-001 +CVE-2021-44228 .*4\.7 +affected +да/);
    assert.match(matches, /^затронутые записи: cert-kg: 1$/m);
    const alerts = await russian(['inventory', 'alerts', '--raise']);
    assert.match(alerts, /^создано сейчас: 0$/m);
    assert.match(alerts, /^создано +организация +бюллетень +TLP +CVE/m);
    for (const out of [list, matches, alerts])
      assert.doesNotMatch(out, /cpe or purl|version|affected entries|raised now|^org /m);
  });

  void it('answers --json the same in both languages', async () => {
    await sameJson(['inventory', 'list', 'cert-kg']);
    await sameJson(['inventory', 'matches']);
    await sameJson(['inventory', 'alerts']);
  });
});

void describe('coopsec advisory in Russian', () => {
  // The inventory tests above stored UC07 for cert-kg.
  const as = ['--org', 'cert-kg'];
  void it("prints import, list, show and export in Russian, the advisory's own words as published", async () => {
    const again = await russian(['advisory', 'import', UC07, ...as]);
    assert.equal(again, '2022-EVD-UC-07-001 версии 1 уже сохранён: ничего не записано\n');
    const list = await russian(['advisory', 'list', ...as]);
    assert.match(
      list,
      /^идентификатор +версия +выпущен +издатель +TLP +CVE +макс\. CVSS +заголовок$/m,
    );
    assert.match(list, /Example VEX Document Use Case 7/);
    const shown = await russian(['advisory', 'show', '2022-EVD-UC-07-001', ...as]);
    assert.match(shown, /^2022-EVD-UC-07-001 версии 1 \(final\) · csaf_vex · /);
    assert.match(shown, /^выпущен 2022-03-03T11:00:00\.000Z, текущая редакция /m);
    assert.match(shown, /^ {2}CVSS 3\.1 10 critical \(вычислено\) /m);
    assert.match(shown, /^ {2}known_affected: Example Company ABC 2\.4/m);
    const out = join(dir, 'uc07.json');
    assert.equal(
      await russian(['advisory', 'export', '2022-EVD-UC-07-001', ...as, '--out', out]),
      `записан ${out}\n`,
    );
    for (const text of [again, list, shown])
      assert.doesNotMatch(text, /already stored|tracking id|released|\(computed\)| version /);
  });

  void it('answers --json the same in both languages', async () => {
    await sameJson(['advisory', 'list', ...as]);
    await sameJson(['advisory', 'show', '2022-EVD-UC-07-001', ...as]);
  });
});
