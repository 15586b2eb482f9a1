import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { findRepoRoot } from 'src/config/paths';
import { conversation, screenshotsDir, seedChatHistory, signIn } from 'test/browser/web-pages';
import { createUser, type TestUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip } from 'test/utils/browser';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const built = existsSync(join(root, 'web', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('web history browser test');
if (enabled && !built) {
  throw new Error('web/dist is missing: run `npm run build -w web` first (root `npm test` does)');
}

const HISTORY = 10_000;
/** web/src/modules/chat/api/coachQueries.ts, MESSAGE_PAGE_SIZE. */
const PAGE_SIZE = 30;
const SCROLLS = 5;
/** Rows the virtualised log may hold at once: what fills the viewport plus its overscan. */
const MAX_ROWS = 40;

// quality.md, Scale: a 10,000-message history scrolls without loading it whole. The built app
// against the real API: the chat opens on the newest page only, every scroll to the top fetches
// one older page, and the log keeps only a window of rows in the DOM.
describe.runIf(enabled)('10,000-message history in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let client: TestUser;

  beforeAll(async () => {
    t = await startTestApp('web_history', { staticRoot: root });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    browser = await launchBrowser();
    client = await createUser(t.app, { firstName: 'Ann', lastName: 'Lee' });
    await seedChatHistory(t.app.get(DataSource), client.id, HISTORY);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should fetch one page per scroll to the top and keep only a window of rows in the DOM', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const fetched: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/v1/coach/messages') {
        fetched.push(url);
      }
    });

    await signIn(page, baseUrl, client.email, client.password);
    const log = conversation(page);
    await log.getByText(`History message ${HISTORY}.`, { exact: false }).waitFor();
    await page.waitForLoadState('networkidle');
    const rows = () => log.locator('[data-index]').count();
    const opened = { fetches: fetched.length, rows: await rows() };
    expect(opened.fetches).toBe(1);
    expect(opened.rows).toBeLessThanOrEqual(MAX_ROWS);

    const steps: { fetches: number; rows: number; oldestInDom: number }[] = [];
    for (let scroll = 1; scroll <= SCROLLS; scroll += 1) {
      const older = page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/api/v1/coach/messages',
      );
      await log.evaluate((element) => {
        element.scrollTop = 0;
      });
      await older;
      await page.waitForFunction(() => !document.body.textContent?.includes('Loading earlier messages'));
      const oldestInDom = await log.evaluate((element) =>
        Math.min(
          ...Array.from(element.querySelectorAll('[data-index]'), (row) =>
            Number(/History message (\d+)\./.exec(row.textContent ?? '')?.[1] ?? Number.POSITIVE_INFINITY),
          ),
        ),
      );
      steps.push({ fetches: fetched.length, rows: await rows(), oldestInDom });
    }

    // One page per scroll, each asking for the page before the last one it has.
    expect(fetched).toHaveLength(1 + SCROLLS);
    expect(fetched.every((url) => url.searchParams.get('limit') === String(PAGE_SIZE))).toBe(true);
    expect(new Set(fetched.slice(1).map((url) => url.searchParams.get('before'))).size).toBe(SCROLLS);
    for (const step of steps) {
      expect(step.rows).toBeLessThanOrEqual(MAX_ROWS);
    }
    // The reader went back in time, by pages, nowhere near the start of the history.
    const loaded = (1 + SCROLLS) * PAGE_SIZE;
    const last = steps[steps.length - 1];
    expect(last.oldestInDom).toBeGreaterThan(HISTORY - loaded);
    expect(last.oldestInDom).toBeLessThan(HISTORY - (SCROLLS - 1) * PAGE_SIZE);
    await page.screenshot({ path: join(screenshotsDir, 'web-history-10k.png') });
    process.stdout.write(
      `\n[web history] ${JSON.stringify({ history: HISTORY, pageSize: PAGE_SIZE, opened, steps })}\n`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
