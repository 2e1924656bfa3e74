/**
 * The dashboard in Russian, in Chromium against the real server: the header's switch turns
 * every page Russian and the choice survives a reload; the browser's language is the default;
 * TLP labels stay "TLP:…" (FIRST's labels are not translated). A pseudo-locale (`?lang=pseudo`,
 * every message wrapped in ⟦…⟧) finds visible text that does not come from the catalogue.
 * Elements marked translate="no" (data from the server, TLP labels, ids) and <code> (commands,
 * API paths) are not messages.
 * Screenshots go to test-artifacts/screenshots/dashboard-ru/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDashboard, type DashboardServer } from './fixture.ts';

const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard-ru');

/** Each page and Russian text it must show once translated. */
const PAGES: readonly { id: string; nav: string; expect: readonly string[] }[] = [
  {
    id: 'overview',
    nav: 'Обзор',
    expect: ['Сводный индекс', 'Самый слабый компонент', 'Стадии зрелости', 'Кадровые ресурсы'],
  },
  {
    id: 'assess',
    nav: 'Оценка',
    expect: ['Оценка страны', 'Источник этих оценок', 'Ответить на вопросы'],
  },
  { id: 'model', nav: 'Модель', expect: ['Граф модели', 'Принятые допущения'] },
  { id: 'claims', nav: 'Утверждения', expect: ['Проверка утверждений', 'Утверждение (цитата)'] },
  { id: 'standards', nav: 'Стандарты', expect: ['Тепловая карта покрытия', 'Главные пробелы'] },
  { id: 'compare', nav: 'Регион', expect: ['Региональное сравнение', 'Место в регионе'] },
  {
    id: 'scenarios',
    nav: 'Сценарии',
    expect: ['Сценарии — Кыргызстан', 'Анализ чувствительности', 'Проверяемые выводы'],
  },
  { id: 'report', nav: 'Отчёт', expect: ['Скачать HTML', 'Скачать PDF', 'Метка TLP'] },
  { id: 'exchange', nav: 'Обмен', expect: ['Коллекция', 'Загрузить бандл STIX'] },
  {
    id: 'incidents',
    nav: 'Инциденты',
    expect: ['Инцидентные дела', 'Открыть дело', 'Критичность'],
  },
  {
    id: 'advisories',
    nav: 'Бюллетени',
    expect: ['Бюллетени уязвимостей', 'Импорт бюллетеня CSAF 2.0', 'Издатель'],
  },
  {
    id: 'cooperation',
    nav: 'Сотрудничество',
    expect: ['Передано объектов', 'Матрица партнёров', 'Совместные инцидентные дела'],
  },
  {
    id: 'admin',
    nav: 'Управление',
    expect: ['Администрирование', 'Соглашения об обмене', 'Партнёрские узлы федерации'],
  },
];

/** Pages whose every visible string is from the catalogue (checked by the pseudo-locale). */
const FULLY_TRANSLATED: readonly string[] = [
  'overview',
  'report',
  'cooperation',
  'incidents',
  'advisories',
  'claims',
  'compare',
  'model',
  'standards',
  'exchange',
  'inventory',
  'assess',
  'scenarios',
  'admin',
];

async function signIn(page: Page, base: string, key: string): Promise<void> {
  await page.goto(base);
  await page.fill('input[name=apiKey]', key);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
}

async function visit(page: Page, id: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), `#/${id}`);
  await page.waitForSelector(`main[data-page="${id.split('/')[0] ?? id}"]`);
  await page.waitForFunction(
    () =>
      document.querySelector('[role=status]')?.textContent?.match(/^(Loading|Загрузка|⟦)/) ===
        null || document.querySelector('[role=status]') === null,
    undefined,
    { timeout: 20_000 },
  );
  await page.waitForLoadState('networkidle');
  // Charts animate in: the screenshot waits for them to finish.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.chart')].every(
        (c) => c.getAttribute('data-finished') === 'true',
      ),
    undefined,
    { timeout: 20_000 },
  );
}

/** Visible text nodes with a letter in them that are not inside a ⟦…⟧ message. */
async function notFromCatalogue(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (root === null) return ['(no ' + selector + ')'];
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/\p{L}/u.test(text)) continue;
      const parent = node.parentElement;
      if (parent === null || parent.closest('[translate=no], code, option, script, style') !== null)
        continue;
      if (parent.getClientRects().length === 0) continue;
      // A message's text, or text inside one (its placeholder values), is between ⟦ and ⟧.
      const whole = parent.closest('*:not(:empty)')?.textContent ?? '';
      const at = whole.indexOf(text);
      const before = whole.slice(0, at);
      const open = before.lastIndexOf('⟦') > before.lastIndexOf('⟧') || text.includes('⟦');
      if (!open) found.push(text.trim());
    }
    return found;
  }, scope);
}

void describe('dashboard in Russian (Chromium)', () => {
  let server: DashboardServer;
  let browser: Browser & AsyncDisposable;
  let caseId = '';
  let advisoryId = '';

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDashboard();
    browser = await launchChromium();
    const opened = await server.api<{ id: string }>('POST', '/api/incidents', {
      title: 'Phishing wave against ministries',
      rsitClass: 'fraud',
      rsitType: 'phishing',
      severity: 'high',
      tlp: 'amber',
      pap: 'green',
      participants: [],
    });
    caseId = opened.id;
    // A CSAF 2.0 example (BSI), marked TLP:AMBER here, for a TLP label on the advisory pages.
    const csaf = JSON.parse(
      readFileSync(
        new URL('../../../../shared/data/csaf-2.0/examples/bsi-2022-0001.json', import.meta.url),
        'utf8',
      ),
    ) as { document: Record<string, unknown> };
    csaf.document.distribution = { tlp: { label: 'AMBER' } };
    await server.api('POST', '/api/advisories', csaf);
    const listed = await server.api<{ advisories: { id: string }[] }>('GET', '/api/advisories');
    advisoryId = listed.advisories[0]?.id ?? '';
  });

  after(async () => {
    await browser[Symbol.asyncDispose]();
    await server[Symbol.asyncDispose]();
  });

  void it('switches to Russian in the header, shows every page in it, keeps it after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await signIn(page, server.url, server.adminKey);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.textContent('header.top nav a:first-child'), 'Overview');
    await page.selectOption('header.top select[name=lang]', 'ru');
    await page.waitForSelector('header.top nav a:has-text("Обзор")');
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    assert.match((await page.textContent('header.top .who')) ?? '', /администратор/);
    assert.match((await page.textContent('header.top')) ?? '', /Выйти/);

    // Russian labels wrap the navigation onto a second line at 1400 px: every link visible,
    // none over another, at most two lines, the rest of the header on the first one.
    const boxes = await page.$$eval('header.top nav a', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    const rows = new Set(boxes.map((b) => Math.round(b.top)));
    assert.ok(rows.size <= 2, `navigation rows at 1400 px: ${rows.size}`);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        assert.ok(
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
          'two navigation links overlap',
        );
    const navFits = await page.$eval('header.top nav', (n) => n.scrollWidth <= n.clientWidth + 1);
    assert.ok(navFits, 'every Russian navigation link is visible without scrolling at 1400 px');

    for (const p of PAGES) {
      await visit(page, p.id);
      const active = await page.textContent('header.top nav a.active');
      assert.equal(active, p.nav, `${p.id}: the active link in Russian`);
      const text = (await page.textContent('main')) ?? '';
      for (const expected of p.expect) assert.ok(text.includes(expected), `${p.id}: "${expected}"`);
      for (const label of await page.locator('main .tlp').allTextContents())
        assert.match(
          label,
          /^((TLP|PAP):[A-Z+]+|без TLP)$/,
          `${p.id}: a TLP label stays untranslated`,
        );
      await page.screenshot({ path: join(SHOTS, `${p.id}.png`), fullPage: true });
    }

    // One incident case: its labels stay TLP:AMBER and PAP:GREEN, its words are Russian.
    await page.evaluate((h) => (window.location.hash = h), `#/incidents/${caseId}`);
    await page.waitForSelector('article.incident');
    assert.deepEqual(await page.locator('article.incident .tlp').allTextContents(), [
      'TLP:AMBER',
      'PAP:GREEN',
    ]);
    const caseText = (await page.textContent('main')) ?? '';
    for (const expected of ['Хронология', 'Время реагирования', 'Работа с делом', 'принято:'])
      assert.ok(caseText.includes(expected), `case page: "${expected}"`);
    await page.screenshot({ path: join(SHOTS, 'incident-case.png'), fullPage: true });

    await page.evaluate((h) => (window.location.hash = h), `#/advisories/${advisoryId}`);
    await page.waitForSelector('article.advisory');
    assert.deepEqual(await page.locator('article.advisory > p .tlp').allTextContents(), [
      'TLP:AMBER',
    ]);
    const advisoryText = (await page.textContent('main')) ?? '';
    for (const expected of ['Скачать как CSAF 2.0', 'Уязвимости (', 'Продукты (', 'CVE-2022-27193'])
      assert.ok(advisoryText.includes(expected), `advisory page: "${expected}"`);
    await page.screenshot({ path: join(SHOTS, 'advisory.png'), fullPage: true });

    // The inventory page is reached from the advisories, not from the navigation.
    await visit(page, 'inventory');
    const inventoryText = (await page.textContent('main')) ?? '';
    for (const expected of ['Перечень ПО организации', 'Загрузка перечня ПО', 'Заменить перечень'])
      assert.ok(inventoryText.includes(expected), `inventory page: "${expected}"`);
    await page.screenshot({ path: join(SHOTS, 'inventory.png'), fullPage: true });

    // The report is asked for in the dashboard's language.
    await visit(page, 'report');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/report?')),
      page.click('button:has-text("Скачать HTML")'),
    ]);
    assert.match(request.url(), /[?&]lang=ru(&|$)/);
    await page.waitForSelector('main [role=status]:has-text("скачан")', { timeout: 20_000 });

    await page.reload();
    await page.waitForSelector('header.top nav a:has-text("Обзор")');
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    assert.equal(await page.inputValue('header.top select[name=lang]'), 'ru');
    assert.deepEqual(errors, []);
    await page.close();
  });

  void it('asks the API in the dashboard language, so server problems read in it too', async () => {
    // The browser prefers English; the dashboard is switched to Russian.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    await signIn(page, server.url, server.adminKey);
    await page.selectOption('header.top select[name=lang]', 'ru');
    await page.waitForSelector('header.top nav a:has-text("Обзор")');
    const languages: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/'))
        languages.push(r.headers()['accept-language'] ?? '(none)');
    });
    await page.reload();
    await page.waitForSelector('header.top nav a:has-text("Обзор")');
    await page.evaluate(
      () => (window.location.hash = '#/incidents/incident--00000000-0000-4000-8000-000000000000'),
    );
    const alert = await page.waitForSelector('main [role=alert]');
    assert.match((await alert.textContent()) ?? '', /Не найдено \(HTTP 404\)/);
    assert.ok(languages.length > 0, 'no API request was seen');
    assert.deepEqual([...new Set(languages)], ['ru']);
    await page.close();
  });

  void it('starts in Russian when the browser prefers it, and on the sign-in page', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    await page.goto(server.url);
    await page.waitForSelector('main.signin');
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    assert.match((await page.textContent('main.signin')) ?? '', /API-ключ/);
    await page.click('button[type=submit]');
    assert.match((await page.textContent('main.signin')) ?? '', /Введите API-ключ/);
    await page.screenshot({ path: join(SHOTS, 'sign-in.png'), fullPage: true });
    await page.close();
  });

  void it('pseudo-locale: the header, sign-in and translated pages show only catalogue text', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    await page.goto(`${server.url}/?lang=pseudo`);
    await page.waitForSelector('main.signin');
    assert.deepEqual(
      (await notFromCatalogue(page, 'main.signin')).filter((t) => t !== 'coopsec'),
      [],
      'sign-in',
    );
    await page.fill('input[name=apiKey]', server.adminKey);
    await page.click('button[type=submit]');
    await page.waitForSelector('header.top');
    // The brand and the user's own name and organisation are not messages.
    const header = (await notFromCatalogue(page, 'header.top')).filter(
      (t) => !['coopsec', 'admin'].includes(t),
    );
    assert.deepEqual(header, [], 'header');
    const leaks: string[] = [];
    for (const id of [...FULLY_TRANSLATED, `incidents/${caseId}`, `advisories/${advisoryId}`]) {
      await visit(page, id);
      for (const t of await notFromCatalogue(page, 'main')) leaks.push(`${id}: ${t}`);
    }
    assert.deepEqual(leaks, []);
    await page.close();
  });
});
