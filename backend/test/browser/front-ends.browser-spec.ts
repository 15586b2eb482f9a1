import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { findRepoRoot } from 'src/config/paths';
import { launchBrowser, requireBrowserOrSkip } from 'test/utils/browser';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const screenshots = join(root, 'test-results', 'screenshots');
const built =
  existsSync(join(root, 'web', 'dist', 'index.html')) &&
  existsSync(join(root, 'admin', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('front-end smoke tests');
if (enabled && !built) {
  throw new Error('web/dist and admin/dist are missing: run `npm run build` first (root `npm test` does)');
}

// The built apps as the single-process server serves them, in a real browser.
describe.runIf(enabled)('front ends in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    t = await startTestApp('browser', { staticRoot: root });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should render the landing page without console errors when a visitor opens /', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: join(screenshots, 'landing.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(await page.getByRole('link', { name: /sign in/i }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('should show the sign-in form when a deep link to /login is opened', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/email/i).waitFor();
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.getByText(/enter your email/i).waitFor();
    await page.screenshot({ path: join(screenshots, 'login-validation.png') });
    await page.close();
  });

  it('should show the back-office login when /admin is opened signed out', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/admin`);
    await page.getByRole('button', { name: /sign in/i }).waitFor();
    expect(page.url()).toContain('/admin');
    await page.screenshot({ path: join(screenshots, 'admin-login.png') });
    await page.close();
  });
});
