/**
 * @module pdf/browser
 * Starts Debian's Chromium through playwright-core (never a downloaded browser: STACK.md trap
 * 9). The only module besides `render-pdf.ts` that imports playwright-core. A missing binary or
 * a failed start becomes `CoopsecError('UNAVAILABLE')` with what to do about it.
 */
import { existsSync } from 'node:fs';
import { CoopsecError } from '@coopsec/model';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium binary to use: the option, else COOPSEC_CHROMIUM, else /usr/bin/chromium. */
export function resolveChromiumPath(
  chromiumPath?: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (chromiumPath !== undefined && chromiumPath !== '') return chromiumPath;
  const fromEnv = env.COOPSEC_CHROMIUM;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_CHROMIUM;
}

/** Launches Chromium; the caller closes it (use `await using`). */
export async function launchChromium(chromiumPath?: string): Promise<Browser & AsyncDisposable> {
  const executablePath = resolveChromiumPath(chromiumPath);
  if (!existsSync(executablePath)) {
    throw new CoopsecError(
      'UNAVAILABLE',
      `Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set COOPSEC_CHROMIUM to its path`,
      { details: [{ field: 'chromiumPath', message: `${executablePath} does not exist` }] },
    );
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], timeout: 60_000 });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new CoopsecError(
      'UNAVAILABLE',
      `Chromium at ${executablePath} did not start: ${message}`,
      { cause: error },
    );
  }
  return Object.assign(browser, { [Symbol.asyncDispose]: () => browser.close() });
}

/**
 * Makes a page that can load nothing from outside: every request that is not a `data:` URL is
 * aborted and recorded in `blocked`, so that a test can fail on it.
 */
export async function isolatedPage(browser: Browser): Promise<{ page: Page; blocked: string[] }> {
  const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
  const page = await context.newPage();
  const blocked: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return { page, blocked };
}
