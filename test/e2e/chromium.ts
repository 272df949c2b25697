/**
 * Headless Chromium for the browser tests: Debian's `chromium` package (CI installs it, see .ci/run)
 * driven by playwright-core, which downloads no browser of its own.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** CHROMIUM_PATH, else the usual places, else the first of the usual names on PATH. */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const onPath = (process.env.PATH ?? '').split(delimiter).flatMap((dir) => NAMES.map((name) => join(dir, name)));
  return [...CANDIDATES, ...onPath].find((path) => existsSync(path));
}

export const NO_CHROMIUM_MESSAGE =
  'browser tests SKIPPED: no Chromium binary found (looked at $CHROMIUM_PATH, /usr/bin/chromium and chromium/google-chrome on PATH); ' +
  'install it with "apt-get install -y chromium" (Debian/Ubuntu; .ci/run does) or set CHROMIUM_PATH';

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    // Belt and braces against the network: every host name but the loopback address fails to resolve,
    // so a page that reached for the internet would break here as it would on an offline machine.
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--no-first-run', '--disable-background-networking'],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to any origin but the API's: aborted, and listed here. */
  outside: string[];
  /** Requests to the API that failed, uncaught page errors and Content-Security-Policy violations. */
  failures: string[];
}

/**
 * A fresh context (no stored state, reduced motion) whose every request to another origin than the
 * API's is aborted and recorded.
 */
export async function watchedPage(browser: Browser, apiUrl: string): Promise<Watched> {
  const origin = new URL(apiUrl).origin;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  const outside: string[] = [];
  const failures: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin) failures.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  // The pages are served with a Content-Security-Policy (src/server/security.ts): anything it blocks is a failure.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) failures.push(`CSP violation: ${message.text()}`);
  });
  return { context, page, outside, failures };
}

/**
 * Screenshots go to $SCREENSHOTS_DIR (`npm run screenshots` sets docs/), else to the git-ignored
 * .vitest/screenshots/, so a plain test run leaves the work tree alone.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = resolve(process.env.SCREENSHOTS_DIR ?? '.vitest/screenshots');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await page.screenshot({ path });
  return path;
}
