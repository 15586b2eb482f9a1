import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'otplib';
import type { Browser, Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { findRepoRoot } from 'src/config/paths';
import {
  checkPage,
  composer,
  conversation,
  focusedCardName,
  recordStreaming,
  say,
  screenshotsDir,
  streamedTexts,
  type Viewport,
  waitForComposer,
  waitForTurnEnd,
  watchVideoAndContinue,
} from 'test/browser/web-pages';
import { createUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip } from 'test/utils/browser';
import { CookieJar } from 'test/utils/cookies';
import { type FakeSes, sesEnv, startFakeSes, tokenFrom } from 'test/utils/fake-ses';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const built = existsSync(join(root, 'web', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('client web journey');
if (enabled && !built) {
  throw new Error('web/dist is missing: run `npm run build -w web` first (root `npm test` does)');
}

const PASSWORD = 'Quiet-Harbour-Lamp-58';
const TOTP_STEP_SECONDS = 30;

const VIEWPORTS: readonly Viewport[] = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

// The client's whole first visit in the built web app, served by the real backend on a real
// database with the demo coach, the invitation mail delivered through the real SES client to a
// local fake: the first three phases of coaching (replies streamed), the session video and the
// break that close a session, the identities brainstormed after it, then every other page.
describe.runIf(enabled)('client web journey in Chromium', () => {
  let t: TestApp;
  let ses: FakeSes;
  let browser: Browser;
  let baseUrl: string;
  let staff: CookieJar;

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    ses = await startFakeSes();
    // A slower demo pace so streamed replies are written in several visible steps.
    t = await startTestApp('web_journey', {
      staticRoot: root,
      env: { ...sesEnv(ses), AI_DEMO_CHUNK_DELAY_MS: '15' },
    });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    browser = await launchBrowser();

    const admin = await createUser(t.app, { role: UserRole.Superuser });
    staff = new CookieJar();
    staff.store(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: admin.email, password: admin.password },
      }),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await ses?.close();
  });

  /** Staff invites `email`; resolves with the link from the delivered mail. */
  const inviteLink = async (email: string): Promise<string> => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/invites',
      headers: staff.headers({ csrf: true }),
      payload: { email },
    });
    expect(created.statusCode).toBe(201);
    const mails = await ses.waitFor((sent) => sent.some((mail) => mail.to.includes(email)));
    const mail = mails.find((candidate) => candidate.to.includes(email))!;
    return `${baseUrl}/invite#token=${tokenFrom(mail)}`;
  };

  // Each time step's code is accepted once per account, so never reuse one.
  const usedSteps = new Set<number>();
  const nextCode = async (secret: string): Promise<string> => {
    for (;;) {
      const now = Math.floor(Date.now() / 1000 / TOTP_STEP_SECONDS);
      const step = [now, now + 1].find((candidate) => !usedSteps.has(candidate));
      if (step !== undefined) {
        usedSteps.add(step);
        return generate({ secret, epoch: step * TOTP_STEP_SECONDS });
      }
      // Both usable steps are spent (a fast journey on a slow machine): wait for the next one.
      await new Promise((resolve) =>
        setTimeout(resolve, ((now + 1) * TOTP_STEP_SECONDS - Date.now() / 1000) * 1000 + 50),
      );
    }
  };

  const openTab = async (page: Page, name: string, heading: RegExp) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name })
        .getAttribute('aria-current'),
    ).toBe('page');
  };

  const signOut = async (page: Page) => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You’re signed out. See you next time.').waitFor();
  };

  const progressNames = async (page: Page, phase: RegExp) => {
    // The current phase is the one named in bold (every step is also listed for screen readers).
    await page
      .getByRole('navigation', { name: 'Coaching progress' })
      .locator('strong', { hasText: phase })
      .waitFor();
  };

  const namesIn = (group: Locator): Promise<string[]> =>
    group.getByRole('heading', { level: 3 }).allTextContents();

  /** A real pointer drag: press on `handle`, move in steps onto `target`, release. */
  const drag = async (page: Page, handle: Locator, target: Locator) => {
    // Below the fold on a phone: the handle (lower) comes into view, the target above it with it.
    await handle.scrollIntoViewIfNeeded();
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) {
      throw new Error('drag: the handle or the target is not on screen');
    }
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 3 });
    await page.mouse.move(to.x + 20, to.y + to.height / 4, { steps: 12 });
    await page.mouse.up();
  };

  for (const viewport of VIEWPORTS) {
    it(`should take an invited client from the email link through every page and a 2FA sign-in at ${viewport.width}px`, async () => {
      const email = `client.${viewport.name}@example.com`;
      const link = await inviteLink(email);
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

      // The invitation → account → onboarding.
      await page.goto(link);
      await page.getByRole('heading', { name: 'Welcome to Dev Coach' }).waitFor();
      await checkPage(page, viewport, '01-invite');
      await page.getByLabel('First name').fill('Robin');
      await page.getByLabel('Last name').fill('Okafor');
      await page.getByLabel('Choose a password').fill(PASSWORD);
      await page.getByLabel('Confirm password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create my account' }).click();

      await page.getByRole('heading', { name: 'Nice to meet you, Robin' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/welcome');
      expect(await page.getByLabel('Time zone').inputValue()).not.toBe('');
      await checkPage(page, viewport, '02-onboarding');
      await page.getByRole('button', { name: 'Start coaching' }).click();

      // The chat is home, and it opens on the welcome video.
      await page.waitForURL(`${baseUrl}/app`);
      const log = conversation(page);
      await log.locator('video').waitFor();
      await checkPage(page, viewport, '03-chat-welcome-video');
      await watchVideoAndContinue(page);
      await log.getByText(/session video, watched/i).waitFor();

      // Phase 1, introduction: the coach explains and offers to start.
      await log.getByRole('button', { name: 'Let’s start' }).click();
      await waitForTurnEnd(page);

      // Phase 2, getting to know you: the reply to an answer streams in, then on to phase 3.
      await progressNames(page, /getting to know you/i);
      await waitForComposer(page);
      await recordStreaming(page);
      await say(page, 'I grew up by the sea, in a small town.');
      expect((await streamedTexts(page)).length).toBeGreaterThanOrEqual(3);
      // Focus returns in an effect after the turn ends, which can land after aria-busy flips: poll.
      await expect
        .poll(() => composer(page).evaluate((element) => element === document.activeElement))
        .toBe(true);
      await checkPage(page, viewport, '04-chat-streamed');
      await say(page, 'Can we move on?');

      // Phase 3, warm-up: two lists; the second closes the session with its video, which takes focus.
      await progressNames(page, /warm-up/i);
      await say(page, 'A nurse, a runner, a night owl');
      await say(page, 'Calm and strong');
      await log.locator('video').waitFor();
      await page.waitForFunction(() => document.activeElement?.querySelector('video') !== null);
      await checkPage(page, viewport, '05-chat-session-video');

      // Continue starts the break: the break card takes focus, the composer waits.
      await watchVideoAndContinue(page);
      const breakCard = log.getByRole('region', { name: 'Time for a break' });
      await breakCard.waitFor();
      await expect.poll(() => focusedCardName(page)).toBe('Time for a break');
      expect(await composer(page).isDisabled()).toBe(true);
      await checkPage(page, viewport, '06-chat-break');

      // Back from the break: the next session's video, then brainstorming creates identities.
      await breakCard.getByRole('button', { name: 'I’m ready' }).click();
      await waitForTurnEnd(page);
      await log.getByText(/^Break · /).waitFor();
      await watchVideoAndContinue(page);
      await progressNames(page, /brainstorming/i);
      for (const answer of ['Painter', 'Nurse', 'Saver']) {
        await say(page, answer);
      }
      if (viewport.width >= 1024) {
        // The identities beside the chat update after each turn.
        const panel = page.getByRole('complementary', { name: 'Your identities' });
        for (const name of ['Painter', 'Nurse', 'Saver']) {
          await panel.getByText(name, { exact: true }).waitFor();
        }
      }
      await checkPage(page, viewport, '07-chat-brainstorming');

      // A note, as the coach's memory would have kept it (the demo coach keeps none).
      const [{ id: userId }] = await t.app
        .get(DataSource)
        .query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [email]);
      await t.app
        .get(DataSource)
        .query(`INSERT INTO user_notes (user_id, text) VALUES ($1, 'Works as a nurse on night shifts.')`, [
          userId,
        ]);

      // The brainstormed identities, edited and put in the client's own order.
      await openTab(page, 'Identities', /your identities/i);
      await page.getByRole('button', { name: 'Edit Nurse' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit “Nurse”' });
      await dialog.getByLabel('Name').fill('Night nurse');
      await dialog.getByLabel('“I am” statement').fill('I am a night nurse who keeps people calm.');
      await checkPage(page, viewport, '08-identity-edit');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('I am a night nurse who keeps people calm.', { exact: true }).waitFor();
      // The dialog gives focus back to the button that opened it.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Edit Night nurse');

      // All three are brainstormed: one group by stage. Drag Saver above Painter by its grip.
      await page.getByText('By stage', { exact: true }).click();
      const brainstormed = page.getByRole('region', { name: /brainstormed/i });
      expect(await namesIn(brainstormed)).toEqual(['Painter', 'Night nurse', 'Saver']);
      await drag(page, brainstormed.locator('[data-drag-handle]').nth(2), brainstormed.locator('li').first());
      await page.getByText('Moved Saver to place 1.').waitFor();
      expect(await namesIn(brainstormed)).toEqual(['Saver', 'Painter', 'Night nurse']);
      // And with the keyboard: Painter down, past Night nurse.
      await page.getByRole('button', { name: 'Move Painter down' }).click();
      await page.getByText('Moved Painter down.').waitFor();
      expect(await namesIn(brainstormed)).toEqual(['Saver', 'Night nurse', 'Painter']);
      await checkPage(page, viewport, '09-identities');
      // Kept by the server, not just on screen.
      const saved = await page.request.get(`${baseUrl}/api/v1/identities`);
      const order = ((await saved.json()) as { name: string; order: number }[])
        .sort((a, b) => a.order - b.order)
        .map((identity) => identity.name);
      expect(order).toEqual(['Saver', 'Night nurse', 'Painter']);

      await openTab(page, 'Memory', /what your coach remembers/i);
      await page.getByText('Works as a nurse on night shifts.', { exact: true }).waitFor();
      const memory = page.getByRole('switch', { name: 'Let my coach remember' });
      expect(await memory.getAttribute('aria-checked')).toBe('true');
      await memory.click();
      await page.getByText('Memory is off.').waitFor();
      await checkPage(page, viewport, '10-memory');

      // Two-step sign-in: QR code, a code from the "app", recovery codes.
      await openTab(page, 'Account', /account/i);
      await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
      await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
      const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
      expect(secret).toMatch(/^[A-Z2-7]+$/);
      await checkPage(page, viewport, '11-account-2fa-setup');
      await page.getByLabel('Code').fill(await nextCode(secret));
      await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
      await checkPage(page, viewport, '12-account-recovery-codes');
      await page.getByRole('button', { name: 'I’ve saved them' }).click();
      await page.getByText('Two-step sign-in is on.').waitFor();

      // Signed out, then back in with the password and a code.
      await signOut(page);
      await checkPage(page, viewport, '13-signed-out');
      await page.goto(`${baseUrl}/app/memory`);
      await page.waitForURL(/\/login\?redirect=/);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
      await checkPage(page, viewport, '14-login-2fa');
      await page.getByLabel('Code').fill(await nextCode(secret));
      await page.getByRole('button', { name: 'Verify and sign in' }).click();
      // Back where they were heading.
      await page.waitForURL(`${baseUrl}/app/memory`);
      await page.getByRole('heading', { level: 1, name: /what your coach remembers/i }).waitFor();

      // A signed-in visitor to /login goes to the app.
      await page.goto(`${baseUrl}/login`);
      await page.waitForURL(`${baseUrl}/app`);
      await signOut(page);

      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }
});
