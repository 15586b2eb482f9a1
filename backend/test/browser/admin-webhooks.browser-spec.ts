import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
const enabled = requireBrowserOrSkip('back-office webhooks');
if (enabled && !built) {
  throw new Error('admin/dist is missing: run `npm run build -w admin` first (root `npm test` does)');
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshots, `admin-webhooks-${name}.png`), fullPage: true });

// A superuser looks after webhook receivers in the built back office against the real backend
// and a local receiver: registers one (secret shown once), reads its delivery log with every
// attempt, sends a test, replays, rotates the secret and re-enables a switched-off receiver — at
// desktop and phone width, with no serious accessibility problem.
describe.runIf(enabled)('back-office webhooks in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let superuser: TestUser;
  let receiver: Server;
  let receiverUrl: string;
  let flakyCalls = 0;
  let flakyId: string;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    // `/flaky` answers 500 twice, then 204; everything else 204.
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        flakyCalls += req.url === '/flaky' ? 1 : 0;
        res.statusCode = req.url === '/flaky' && flakyCalls <= 2 ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    t = await startTestApp('admin_webhooks_browser', {
      staticRoot: root,
      env: { WEBHOOK_BACKOFF_MS: '50', WEBHOOK_ALLOW_PRIVATE_URLS: 'true' },
    });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    superuser = await createUser(t.app, { role: UserRole.Superuser, firstName: 'Sam', lastName: 'Super' });
    const headers = await bearerHeaders(t.app, superuser);
    const register = async (path: string, events: string[]) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/webhooks',
        headers,
        payload: { url: `${receiverUrl}${path}`, events },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };
    flakyId = await register('/flaky', ['turn.completed', 'turn.failed']);
    const offId = await register('/switched-off', ['user.deleted']);
    // A delivery that took three attempts, and a receiver the failure limit switched off.
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/${flakyId}/test`, headers });
    await t.app
      .get(DataSource)
      .query(
        `UPDATE webhook_endpoints SET enabled = false, disabled_at = now(), consecutive_failures = 15 WHERE id = $1`,
        [offId],
      );
    // Wait for the row, not the receiver's third call: the row turns 'delivered' only after that response.
    const deadline = Date.now() + 30_000;
    const delivered = async () =>
      (
        await t.app
          .get(DataSource)
          .query<unknown[]>(
            `SELECT 1 FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'delivered'`,
            [flakyId],
          )
      ).length > 0;
    while (!(await delivered())) {
      if (Date.now() > deadline) {
        throw new Error(`the test delivery to /flaky never settled (${flakyCalls} calls)`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByLabel(/email/i).fill(superuser.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(superuser.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Webhooks' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('should list receivers with their events and status at 1280 px', async () => {
    await page.goto(`${baseUrl}/admin/webhooks`);
    const flaky = page.getByRole('row').filter({ hasText: '/flaky' });
    await flaky.getByText('Enabled').waitFor();
    await flaky.getByText('Turn completed').waitFor();
    await page.getByRole('row').filter({ hasText: '/switched-off' }).getByText('Disabled').waitFor();
    await shoot(page, 'list-1280');
    expect(await seriousAxeProblems(page)).toEqual([]);
  });

  it('should register a receiver and show its secret once at 1280 px', async () => {
    await page.goto(`${baseUrl}/admin/webhooks/create`);
    await page.getByLabel(/^Receiver URL/).fill(`${receiverUrl}/new`);
    await page.getByLabel('Safety flag').check();
    await page.getByLabel('Account deleted').check();
    await shoot(page, 'create-1280');
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: /Signing secret for/ });
    await dialog.waitFor();
    await expect(dialog.getByRole('textbox').inputValue()).resolves.toMatch(/^whsec_/);
    await shoot(page, 'secret-1280');
    expect(await seriousAxeProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByText('Nothing sent to this receiver yet.').waitFor();
  });

  it('should show the delivery log with each attempt, send a test, replay and rotate the secret', async () => {
    await page.goto(`${baseUrl}/admin/webhooks/${flakyId}/show`);
    const row = page.getByRole('row').filter({ hasText: 'Test' }).first();
    await row.getByText('Delivered').waitFor();
    // The whole row expands (its expand icon is hidden from assistive technology as redundant).
    await row.getByText('Delivered').click();
    // The expanded attempts: two 500s, then a 204.
    await page.getByRole('cell', { name: '500', exact: true }).first().waitFor();
    await expect.poll(() => page.getByRole('cell', { name: '500', exact: true }).count()).toBe(2);
    await page.getByRole('cell', { name: '204', exact: true }).first().waitFor();
    await shoot(page, 'show-1280');
    expect(await seriousAxeProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Send test' }).click();
    await page.getByText(/A test event is on its way/).waitFor();
    await row.getByRole('button', { name: 'Replay' }).click();
    await page.getByText('Delivery queued again').waitFor();

    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await page
      .getByRole('dialog', { name: 'Rotate the signing secret?' })
      .getByRole('button', { name: 'Confirm' })
      .click();
    const dialog = page.getByRole('dialog', { name: /New signing secret for/ });
    await dialog.getByText(/also with the old one/).waitFor();
    // Axe first: it waits for the dialog's fade-in, so the screenshot shows it settled.
    expect(await seriousAxeProblems(page)).toEqual([]);
    await shoot(page, 'rotated-1280');
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
  });

  it('should re-enable a receiver that was switched off', async () => {
    await page.goto(`${baseUrl}/admin/webhooks`);
    await page.getByRole('row').filter({ hasText: '/switched-off' }).click();
    await page.getByRole('button', { name: 'Re-enable' }).click();
    await page.getByText(/is back on/).waitFor();
    await page.getByRole('button', { name: 'Send test' }).waitFor();
    await expect(page.getByText('Enabled', { exact: true }).count()).resolves.toBeGreaterThan(0);
  });

  it('should fit the list and a receiver with its log on a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/admin/webhooks`);
    await page.getByText('1-3 of 3').waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The create button floats over the page, so no empty toolbar row stands between the app bar
    // and the list.
    const gap = await page.evaluate(() => {
      const bar = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      const list = document.querySelector('.RaList-content')?.getBoundingClientRect().top ?? 0;
      return list - bar;
    });
    expect(gap).toBeLessThanOrEqual(16);
    await page.getByRole('link', { name: 'Create' }).waitFor();
    await shoot(page, 'list-390');
    expect(await seriousAxeProblems(page)).toEqual([]);

    await page.goto(`${baseUrl}/admin/webhooks/${flakyId}/show`);
    await page.getByText('Delivery log').waitFor();
    await page
      .getByText(/^Delivered · 204/)
      .first()
      .waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shoot(page, 'show-390');
    expect(await seriousAxeProblems(page)).toEqual([]);
  });
});
