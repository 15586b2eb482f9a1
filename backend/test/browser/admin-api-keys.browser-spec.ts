import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { findRepoRoot } from 'src/config/paths';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip, seriousAxeProblems } from 'test/utils/browser';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const screenshots = join(root, 'test-results', 'screenshots');
const built = existsSync(join(root, 'admin', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('back-office API keys');
if (enabled && !built) {
  throw new Error('admin/dist is missing: run `npm run build -w admin` first (root `npm test` does)');
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshots, `admin-api-keys-${name}.png`), fullPage: true });

// A superuser looks after integrators' keys in the built back office against the real backend:
// sees which keys are active, expired or revoked and when each was last used, creates one with
// scopes, an expiry and its own rate limit, and renews an expired one — at desktop and phone width.
describe.runIf(enabled)('back-office API keys in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let superuser: TestUser;
  let usageKey: string;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    t = await startTestApp('admin_api_keys_browser', { staticRoot: root });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    superuser = await createUser(t.app, { role: UserRole.Superuser, firstName: 'Sam', lastName: 'Super' });
    const headers = await bearerHeaders(t.app, superuser);
    const create = async (payload: object) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string; secret: string }>();
    };
    const used = await create({
      name: 'Data team usage pull',
      scopes: ['usage:read'],
      rateLimitPerMinute: 60,
      expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    usageKey = used.secret;
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/usage',
      headers: { 'x-api-key': used.secret },
    });
    const old = await create({
      name: 'Old prompt sync',
      scopes: ['prompts:read'],
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    // Expired in the database: a 1 s expiry can already be past (400) when a loaded machine validates the POST.
    await t.app
      .get(DataSource)
      .query(`UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = $1`, [old.id]);
    const revoked = await create({ name: 'Leaked test key', scopes: ['users:read'] });
    await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/api-keys/${revoked.id}`, headers });

    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByLabel(/email/i).fill(superuser.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(superuser.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'API keys' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should list active and expired keys with an Expired badge, expiry, limit and last use at 1280 px', async () => {
    await page.goto(`${baseUrl}/admin/api-keys`);
    const expiredRow = page.getByRole('row').filter({ hasText: 'Old prompt sync' });
    await expiredRow.getByText(/^Expired /).waitFor();
    const usedRow = page.getByRole('row').filter({ hasText: 'Data team usage pull' });
    await usedRow.getByText('Active').waitFor();
    await usedRow.getByText('60', { exact: true }).waitFor();
    await expect(usedRow.getByText('Never', { exact: true }).count()).resolves.toBe(0);
    // Revoked keys are history: hidden until the status filter asks for them.
    await expect(page.getByText('Leaked test key').count()).resolves.toBe(0);
    await shoot(page, 'list-1280');
    expect(await seriousAxeProblems(page)).toEqual([]);
  });

  it('should create a key with scopes, an expiry and a rate limit and show its secret once at 1280 px', async () => {
    await page.goto(`${baseUrl}/admin/api-keys/create`);
    await page.getByLabel(/^Name/).fill('HR portal');
    await page.getByLabel('See client accounts').check();
    await page.getByLabel('Send and revoke invitations').check();
    await page.getByLabel('Expires', { exact: true }).fill('2031-06-30T09:30');
    await page.getByLabel('Requests per minute').fill('120');
    await shoot(page, 'create-1280');
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your new key “HR portal”' });
    await dialog.waitFor();
    expect(await seriousAxeProblems(page)).toEqual([]);
    await shoot(page, 'secret-1280');
    await dialog.getByRole('button', { name: 'I’ve saved it' }).click();
    const row = page.getByRole('row').filter({ hasText: 'HR portal' });
    await row.getByText('120', { exact: true }).waitFor();
    await row.getByText('Active').waitFor();
  });

  it('should renew an expired key from its edit page', async () => {
    await page
      .getByRole('row')
      .filter({ hasText: 'Old prompt sync' })
      .getByRole('link', { name: /Edit/ })
      .click();
    await page.getByText(/^Expired /).waitFor();
    await page.getByLabel('Expires', { exact: true }).fill('2031-12-31T18:00');
    await shoot(page, 'edit-1280');
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('API key updated').waitFor();
    await page.getByRole('row').filter({ hasText: 'Old prompt sync' }).getByText('Active').waitFor();
  });

  it('should fit the list, the create form and the edit form on a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/admin/api-keys`);
    await page.getByText('HR portal').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(page, 'list-390');
    expect(await seriousAxeProblems(page)).toEqual([]);

    await page.getByText('Data team usage pull').click();
    await page.getByLabel('Requests per minute').waitFor();
    await shoot(page, 'edit-390');
    expect(await seriousAxeProblems(page)).toEqual([]);

    await page.goto(`${baseUrl}/admin/api-keys/create`);
    await page.getByLabel(/^Name/).waitFor();
    // The phone toolbar is pinned to the bottom: scrolled down, the last help text must clear it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const help = await page.getByText(/Leave empty to apply only/).boundingBox();
    const save = await page.getByRole('button', { name: 'Create key' }).boundingBox();
    expect((help?.y ?? 0) + (help?.height ?? 0)).toBeLessThanOrEqual(save?.y ?? 0);
    await page.screenshot({ path: join(screenshots, 'admin-api-keys-create-390-bottom.png') });
    await shoot(page, 'create-390');
    expect(await seriousAxeProblems(page)).toEqual([]);
  });

  it('should call a route from Swagger UI with a key under Authorize and keep it after a reload', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/api/docs`);
    await page
      .locator('.auth-wrapper')
      .getByRole('button', { name: /Authorize/ })
      .click();
    const scheme = page.locator('.auth-container').filter({ hasText: 'X-Api-Key' });
    await scheme.locator('input').fill(usageKey);
    // Swagger UI labels this button "Apply credentials" for screen readers.
    await scheme.locator('button.authorize').click();
    await scheme.getByText('Authorized').waitFor();
    await page.locator('.modal-ux button.close-modal').click();
    await shoot(page, 'swagger-authorized');

    const tryIt = async () => {
      const operation = page.locator('.opblock-get').filter({
        has: page.locator('.opblock-summary-path[data-path="/api/v1/admin/usage/export"]'),
      });
      // Swagger UI draws operations as they scroll into view: scroll until this one exists.
      for (let step = 0; step < 80 && (await operation.count()) === 0; step += 1) {
        await page.mouse.wheel(0, 700);
        await page.waitForTimeout(100);
      }
      await operation.locator('.opblock-summary').click();
      await operation.getByRole('button', { name: 'Try it out' }).click();
      // The shared list-query examples (sort by createdAt, q=ann) do not fit the usage report.
      for (const name of ['sort', 'filter']) {
        await operation.locator(`tr[data-param-name="${name}"] input`).fill('');
      }
      await operation.getByRole('button', { name: 'Execute' }).click();
      const live = operation.locator('.live-responses-table .response .response-col_status');
      await expect(live.first().innerText()).resolves.toBe('200');
      await expect(operation.locator('.curl-command').innerText()).resolves.toContain('X-Api-Key');
      expect(await operation.locator('.opblock-description-wrapper').innerText()).toContain('usage:read');
    };
    await tryIt();
    await shoot(page, 'swagger-try-it-out');
    // persistAuthorization: after a reload the key is still there, ready for the next call.
    await page.reload();
    await page.locator('.auth-wrapper button.authorize').click();
    await page.locator('.auth-container').filter({ hasText: 'X-Api-Key' }).getByText('Authorized').waitFor();
  });
});
