import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { findRepoRoot } from 'src/config/paths';
import { bearerHeaders, createUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip, seriousAxeProblems } from 'test/utils/browser';
import { placeAt, seedIdentities } from 'test/utils/coaching';
import { call, photoWithExif, uploadPhoto, waitForDraft } from 'test/utils/studio';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const screenshots = join(root, 'test-results', 'screenshots');
const built = existsSync(join(root, 'admin', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('back-office studio');
if (enabled && !built) {
  throw new Error('admin/dist is missing: run `npm run build -w admin` first (root `npm test` does)');
}

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

// A client's studio as staff see it on the client's page (demo illustrator, local storage):
// the photo and drafts load through the staff image routes, the override switch is there, and
// the usage list tells image calls apart.
describe.runIf(enabled)('back-office studio in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let storageDir: string;
  let clientId: string;
  let staffEmail: string;
  let staffPassword: string;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    storageDir = mkdtempSync(join(tmpdir(), 'admin-studio-'));
    t = await startTestApp('admin_studio_browser', {
      staticRoot: root,
      env: { AI_PROVIDER: 'demo', STORAGE_DRIVER: 'local', STORAGE_LOCAL_DIR: storageDir },
    });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    const dataSource = t.app.get(DataSource);

    const staff = await createUser(t.app, { role: UserRole.Staff, firstName: 'Sky', lastName: 'Staff' });
    staffEmail = staff.email;
    staffPassword = staff.password;
    const client = await createUser(t.app, { firstName: 'Robin', lastName: 'Client' });
    clientId = client.id;
    const headers = await bearerHeaders(t.app, client);
    await call(t.app, 'GET', '/coach/state', headers);
    await placeAt(dataSource, client.id, 'identity_visualization');
    const [runner] = await seedIdentities(dataSource, client.id, [
      { name: 'Trail Runner', category: 'physical_expression', state: 'i_am_complete' },
    ]);
    await call(t.app, 'PUT', '/studio/appearance', headers, { description: 'Short curly hair, glasses' });
    expect((await uploadPhoto(t.app, headers, await photoWithExif(320, 240))).statusCode).toBe(201);
    await call(t.app, 'PUT', `/studio/identities/${runner?.id}/scene`, headers, {
      setting: 'a ridge at dawn',
    });
    const first = (await call(t.app, 'POST', `/studio/identities/${runner?.id}/drafts`, headers)).json<{
      id: string;
    }>();
    await waitForDraft(t.app, headers, runner?.id ?? '', first.id);
    const refined = (
      await call(t.app, 'POST', `/studio/drafts/${first.id}/refine`, headers, { instruction: 'warmer light' })
    ).json<{ id: string }>();
    await waitForDraft(t.app, headers, runner?.id ?? '', refined.id);
    await call(t.app, 'POST', `/studio/drafts/${refined.id}/save`, headers);

    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  for (const viewport of VIEWPORTS) {
    it(`should show a client's photos and drafts and the override at ${viewport.width}px`, async () => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(`${baseUrl}/admin/login`);
      await page.getByLabel(/email/i).fill(staffEmail);
      await page.getByRole('textbox', { name: 'Password' }).fill(staffPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/admin\/?($|#|\?)/);

      await page.goto(`${baseUrl}/admin/users/${clientId}`);
      const panel = page.getByRole('region', { name: 'Studio' });
      await panel.getByText('Short curly hair, glasses').waitFor();
      await panel.getByRole('img', { name: 'warmer light' }).waitFor();
      await panel.getByRole('img', { name: 'Reference 1' }).waitFor();
      await expect
        .poll(() =>
          panel
            .locator('img')
            .evaluateAll((images) =>
              images.every(
                (image) =>
                  (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
              ),
            ),
        )
        .toBe(true);
      expect(await panel.getByText('Kept').count()).toBe(1);
      expect(await page.getByLabel('Studio open early').count()).toBe(1);
      expect(await seriousAxeProblems(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.screenshot({
        path: join(screenshots, `studio-admin-${viewport.name}-client.png`),
        fullPage: true,
      });

      await page.goto(
        `${baseUrl}/admin/usage?filter=${encodeURIComponent(JSON.stringify({ kind: 'image' }))}`,
      );
      await page.getByText('Studio images').first().waitFor();
      expect(await seriousAxeProblems(page)).toEqual([]);
      await page.screenshot({
        path: join(screenshots, `studio-admin-${viewport.name}-usage.png`),
        fullPage: true,
      });
      await context.close();
    });
  }
});
