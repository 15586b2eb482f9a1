import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { findRepoRoot } from 'src/config/paths';
import { screenshotsDir, seriousViolations, signIn, type Viewport } from 'test/browser/web-pages';
import { bearerHeaders, createUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip } from 'test/utils/browser';
import { placeAt, seedIdentities } from 'test/utils/coaching';
import { call } from 'test/utils/studio';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const built = existsSync(join(root, 'web', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('web studio journey');
if (enabled && !built) {
  throw new Error('web/dist is missing: run `npm run build -w web` first (root `npm test` does)');
}

const VIEWPORTS: readonly Viewport[] = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** Waits for transitions (the unlock moment's bloom) to finish, so axe judges the settled page. */
const settled = (page: Page): Promise<unknown> =>
  page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );

/** axe (0 serious or critical), no sideways scrolling, and a full-page screenshot to look at. */
const checkStudio = async (page: Page, viewport: Viewport, name: string): Promise<void> => {
  await settled(page);
  expect(await seriousViolations(page), `${name} at ${viewport.width}px`).toEqual([]);
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth, `${name} scroll width at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
  await page.screenshot({
    path: join(screenshotsDir, `studio-${viewport.name}-${name}.png`),
    fullPage: true,
  });
};

/** Whether every image on the page that has a source finished loading with pixels. */
const imagesLoaded = (page: Page): Promise<boolean> =>
  page.evaluate(() =>
    [...document.querySelectorAll('main img')].every(
      (image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
    ),
  );

// The studio in the built web app against the real API, the offline demo illustrator and local
// storage: a client in the last phase (reached by placing the coach state there) opens the
// studio for the first time, describes themself, adds a photo, sets a scene, makes a picture,
// refines it, keeps it, downloads it and finds it on the identities page and beside the chat. A
// client earlier in the curriculum finds the studio locked.
describe.runIf(enabled)('web studio in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let dataSource: DataSource;
  let storageDir: string;
  let photoPath: string;

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    storageDir = mkdtempSync(join(tmpdir(), 'web-studio-'));
    t = await startTestApp('web_studio', {
      staticRoot: root,
      env: { AI_PROVIDER: 'demo', STORAGE_DRIVER: 'local', STORAGE_LOCAL_DIR: storageDir },
    });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    dataSource = t.app.get(DataSource);
    browser = await launchBrowser();
    photoPath = join(storageDir, 'me.jpg');
    writeFileSync(
      photoPath,
      await sharp({
        create: { width: 480, height: 640, channels: 3, background: { r: 196, g: 150, b: 120 } },
      })
        .jpeg()
        .toBuffer(),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  /** A client with a password, two identities with statements, in the phase given. */
  const clientAt = async (firstName: string, last: boolean) => {
    const client = await createUser(t.app, { firstName });
    await call(t.app, 'GET', '/coach/state', await bearerHeaders(t.app, client));
    if (last) {
      await placeAt(dataSource, client.id, 'identity_visualization');
    }
    const [runner, painter] = await seedIdentities(dataSource, client.id, [
      { name: 'Trail Runner', category: 'physical_expression', state: 'i_am_complete' },
      { name: 'Painter', category: 'passions_and_talents', state: 'i_am_complete' },
    ]);
    await dataSource.query(`UPDATE identities SET i_am_statement = $2 WHERE id = $1`, [
      runner?.id,
      'I am someone who runs the hills at dawn.',
    ]);
    await dataSource.query(`UPDATE identities SET i_am_statement = $2 WHERE id = $1`, [
      painter?.id,
      'I am a painter who finishes what I start.',
    ]);
    return client;
  };

  for (const viewport of VIEWPORTS) {
    it(`should keep the studio locked before the last phase at ${viewport.width}px`, async () => {
      const client = await clientAt('Noor', false);
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await signIn(page, baseUrl, client.email, client.password);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Studio' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Your studio opens at the end of your journey' })
        .waitFor();
      await checkStudio(page, viewport, '00-locked');
      await context.close();
    });

    it(`should take a client from the unlock moment to a kept, downloaded picture at ${viewport.width}px`, async () => {
      const client = await clientAt('Robin', true);
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await signIn(page, baseUrl, client.email, client.password);

      // The first visit after the studio opened: the unlock moment, once.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Studio' }).click();
      await page.getByRole('heading', { level: 1, name: 'Robin, your studio is open' }).waitFor();
      await checkStudio(page, viewport, '01-unlock');
      await page.getByRole('button', { name: 'Step inside' }).click();
      const title = page.getByRole('heading', { level: 1, name: 'Your studio' });
      await title.waitFor();
      // Focus moves in an effect after the heading renders: poll, as for the workspace below.
      await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);

      // About you: a description and a reference photo (uploaded, shown as a thumbnail).
      await page.getByLabel('How you look').fill('Short curly hair, freckles, round glasses, tall and lean.');
      await page.getByRole('button', { name: 'Save description' }).click();
      await page.getByText('Saved.', { exact: true }).waitFor();
      await page.getByLabel('Add a photo').setInputFiles(photoPath);
      await page.getByRole('img', { name: 'Reference 1 of 1' }).waitFor();
      await expect.poll(() => imagesLoaded(page)).toBe(true);
      await checkStudio(page, viewport, '02-about-you');

      // Pick an identity: focus follows to its workspace.
      await page.getByRole('link', { name: /Trail Runner/ }).click();
      const workspace = page.getByRole('heading', { level: 2, name: 'Trail Runner' });
      await workspace.waitFor();
      await expect.poll(() => workspace.evaluate((element) => element === document.activeElement)).toBe(true);
      await checkStudio(page, viewport, '03-scene');

      // The scene → a picture, with its progress shown while it is made.
      await page.getByLabel('What you are wearing').fill('Trail shoes and a light running vest');
      await page.getByLabel('The mood').fill('Calm, strong, unhurried');
      await page.getByLabel('Where you are').fill('A ridge path at sunrise');
      await page.getByRole('button', { name: 'Create my picture' }).click();
      const stage = page.getByRole('region', { name: 'Picture of Trail Runner' });
      await expect.poll(() => stage.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.getByRole('img', { name: 'Trail Runner', exact: true }).waitFor();
      await expect.poll(() => imagesLoaded(page)).toBe(true);
      await checkStudio(page, viewport, '04-picture');

      // Refine it: a new draft, and the chain of drafts that led to it.
      await page.getByRole('button', { name: 'Warmer light' }).click();
      await page.getByRole('button', { name: 'Refine this picture' }).click();
      await page.getByRole('img', { name: 'Trail Runner, refined: Warmer light' }).waitFor();
      const chain = page.getByRole('region', { name: 'How this picture came to be' });
      // The chain can render a moment after the refined picture: allTextContents does not wait.
      await expect
        .poll(() => chain.getByRole('button').allTextContents())
        .toEqual(['Step 1: First picture', 'Step 2: Warmer light']);
      await expect.poll(() => imagesLoaded(page)).toBe(true);
      await checkStudio(page, viewport, '05-refined');

      // Keep it on the identity, and download it.
      await page.getByRole('button', { name: 'Keep this picture' }).click();
      await page.getByRole('button', { name: '✓ Kept on this identity' }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download' }).click(),
      ]);
      const saved = join(storageDir, `download-${viewport.name}.png`);
      await download.saveAs(saved);
      expect(readFileSync(saved).subarray(1, 4).toString()).toBe('PNG');
      await checkStudio(page, viewport, '06-kept');

      // The identities page shows the kept picture.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Identities' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your identities' }).waitFor();
      await page.getByRole('img', { name: 'You as Trail Runner, from your studio' }).waitFor();
      await expect.poll(() => imagesLoaded(page)).toBe(true);
      await checkStudio(page, viewport, '07-identities');

      // The chat's side panel (wide screens only) shows it small beside its identity.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
      await page.getByRole('heading', { level: 1, name: 'Chat with your coach' }).waitFor();
      const panel = page.getByRole('complementary', { name: 'Your identities' });
      if (viewport.width >= 1024) {
        await panel.getByRole('img', { name: 'You as Trail Runner, from your studio' }).waitFor();
        await expect.poll(() => panel.getByRole('img').count()).toBe(1);
        await expect.poll(() => imagesLoaded(page)).toBe(true);
      } else {
        await panel.waitFor({ state: 'hidden' });
      }
      await checkStudio(page, viewport, '08-chat');

      // Back in the studio: no unlock moment again, and the draft history keeps both drafts.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Studio' }).click();
      await title.waitFor();
      await page.getByRole('link', { name: /Trail Runner/ }).click();
      await page.getByRole('heading', { level: 3, name: /All drafts \(2\)/ }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
