import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { findRepoRoot } from 'src/config/paths';
import {
  composer,
  conversation,
  recordStreaming,
  say,
  screenshotsDir,
  seriousViolations,
  streamedTexts,
  waitForComposer,
  watchVideoAndContinue,
} from 'test/browser/web-pages';
import { createUser, type TestUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip } from 'test/utils/browser';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const built = existsSync(join(root, 'web', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('web chat browser test');
if (enabled && !built) {
  throw new Error('web/dist is missing: run `npm run build -w web` first (root `npm test` does)');
}

// The built web app against the real API and the demo coach: a client signs in, watches the
// welcome video and chats one turn whose reply streams in.
describe.runIf(enabled)('web chat in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let client: TestUser;

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
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

    // The welcome video comes first; Continue unlocks once it has played far enough.
    await watchVideoAndContinue(page);
    await conversation(page)
      .getByText(/session video, watched/i)
      .waitFor();
    await waitForComposer(page);

    await recordStreaming(page);
    await say(page, 'I grew up by the sea, in a small town.');

    expect((await streamedTexts(page)).length).toBeGreaterThanOrEqual(3);
    // Focus returns in an effect after the turn ends, which can land after aria-busy flips: poll.
    await expect
      .poll(() => composer(page).evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await composer(page).inputValue()).toBe('');
    await page.screenshot({ path: join(screenshotsDir, 'web-chat-desktop.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    // The phone layout (bottom tabs) lands after React reacts to the resize: poll instead of a fixed 300 ms.
    // One screen tall on a phone too (the top bar is taller with the demo badge): the composer's
    // hint sits above the bottom tabs, and only the conversation scrolls.
    const hintAboveTabs = async (): Promise<boolean> => {
      const hint = await page.getByText('Enter to send, Shift+Enter for a new line.').boundingBox();
      const tabs = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
      return (hint?.y ?? 0) + (hint?.height ?? 0) <= (tabs?.y ?? 0);
    };
    await expect.poll(hintAboveTabs).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await page.screenshot({ path: join(screenshotsDir, 'web-chat-phone.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
