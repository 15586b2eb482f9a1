import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { findRepoRoot } from 'src/config/paths';
import { createUser, type TestUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip } from 'test/utils/browser';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const screenshots = join(root, 'test-results', 'screenshots');
const built = existsSync(join(root, 'web', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('web chat browser test');
if (enabled && !built) {
  throw new Error('web/dist is missing: run `npm run build -w web` first (root `npm test` does)');
}

const seriousViolations = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
};

const waitForTurnEnd = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.querySelector('[role=log]')?.getAttribute('aria-busy') === 'false');

// The built web app against the real API and the demo coach: a client signs in, watches the
// welcome video and chats one turn whose reply streams in.
describe.runIf(enabled)('web chat in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let client: TestUser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    // A slower demo pace so the streamed reply is visibly written in several steps.
    t = await startTestApp('web-chat', { staticRoot: root, env: { AI_DEMO_CHUNK_DELAY_MS: '60' } });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    browser = await launchBrowser();
    client = await createUser(t.app, { firstName: 'Ann', lastName: 'Lee' });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should stream the coach reply when a signed-in client sends a message', async () => {
    // A context of our own: axe needs one (not browser.newPage()).
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/email/i).fill(client.email);
    await page
      .getByLabel(/password/i)
      .first()
      .fill(client.password);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL(/\/app/);
    const log = page.getByRole('log', { name: /conversation/i });
    const composer = page.getByRole('textbox', { name: 'Message' });

    // The welcome video comes first; Continue unlocks once it has played far enough.
    const continueButton = log.getByRole('button', { name: 'Continue' });
    await continueButton.waitFor();
    expect(await composer.isDisabled()).toBe(true);
    expect(await continueButton.isDisabled()).toBe(true);
    await log.locator('video').evaluate(
      (video: HTMLVideoElement) =>
        new Promise<void>((resolve) => {
          const seek = (): void => {
            video.currentTime = video.duration;
            resolve();
          };
          if (video.readyState >= 1) {
            seek();
          } else {
            video.addEventListener('loadedmetadata', seek, { once: true });
          }
        }),
    );
    await continueButton.click();
    await log.getByText(/session video, watched/i).waitFor();
    await waitForTurnEnd(page);
    await page.waitForFunction(() => !document.querySelector<HTMLTextAreaElement>('textarea')?.disabled);

    // Record the reply as it is written: the streaming bubble is the log's last row.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { streamed: string[] }).streamed = seen;
      const logElement = document.querySelector('[role=log]');
      new MutationObserver(() => {
        if (logElement?.getAttribute('aria-busy') !== 'true') {
          return;
        }
        const rows = logElement.querySelectorAll('[data-index]');
        const text = rows[rows.length - 1]?.textContent ?? '';
        if (seen[seen.length - 1] !== text) {
          seen.push(text);
        }
      }).observe(logElement!, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await composer.fill('I grew up by the sea, in a small town.');
    await composer.press('Enter');
    await log.getByText('I grew up by the sea, in a small town.').waitFor();
    await waitForTurnEnd(page);

    const streamed = await page.evaluate(() => (window as unknown as { streamed: string[] }).streamed);
    const partials = streamed.filter(
      (text) => text.startsWith('Your coach said:') && !text.includes('thinking'),
    );
    expect(partials.length).toBeGreaterThanOrEqual(3);
    expect(await composer.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await composer.inputValue()).toBe('');
    await page.screenshot({ path: join(screenshots, 'web-chat-desktop.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshots, 'web-chat-phone.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
