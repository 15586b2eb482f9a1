import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { findRepoRoot } from 'src/config/paths';
import { createUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip } from 'test/utils/browser';
import { CookieJar } from 'test/utils/cookies';
import { type FakeSes, sesEnv, startFakeSes, tokenFrom } from 'test/utils/fake-ses';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const screenshots = join(root, 'test-results', 'screenshots');
const built = existsSync(join(root, 'web', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('client web journey');
if (enabled && !built) {
  throw new Error('web/dist is missing: run `npm run build -w web` first (root `npm test` does)');
}

const PASSWORD = 'Quiet-Harbour-Lamp-58';
const TOTP_STEP_SECONDS = 30;

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
type Viewport = (typeof VIEWPORTS)[number];

// The client's whole first visit in the built web app, served by the real backend on a real
// database, with the invitation mail delivered through the real SES client to a local fake.
describe.runIf(enabled)('client web journey in Chromium', () => {
  let t: TestApp;
  let ses: FakeSes;
  let browser: Browser;
  let baseUrl: string;
  let staff: CookieJar;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    ses = await startFakeSes();
    t = await startTestApp('web_journey', { staticRoot: root, env: sesEnv(ses) });
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

  /** axe (0 serious or critical), no sideways scrolling, and a screenshot to look at. */
  const check = async (page: Page, viewport: Viewport, name: string) => {
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious, `${name} at ${viewport.width}px`).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(scrollWidth, `${name} scroll width at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: join(screenshots, `web-${viewport.name}-${name}.png`), fullPage: true });
  };

  /** Writes as the signed-in client, through the browser's own cookies and CSRF header. */
  const postAsClient = async (context: BrowserContext, page: Page, path: string, data: unknown) => {
    const csrf = (await context.cookies()).find((cookie) => cookie.name === 'dc_csrf')?.value ?? '';
    const response = await page.request.post(`${baseUrl}${path}`, {
      data,
      headers: { 'X-CSRF-Token': csrf },
    });
    expect(response.status()).toBe(201);
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
      await check(page, viewport, '01-invite');
      await page.getByLabel('First name').fill('Robin');
      await page.getByLabel('Last name').fill('Okafor');
      await page.getByLabel('Choose a password').fill(PASSWORD);
      await page.getByLabel('Confirm password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create my account' }).click();

      await page.getByRole('heading', { name: 'Nice to meet you, Robin' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/welcome');
      expect(await page.getByLabel('Time zone').inputValue()).not.toBe('');
      await check(page, viewport, '02-onboarding');
      await page.getByRole('button', { name: 'Start coaching' }).click();

      // The chat is home.
      await page.waitForURL(`${baseUrl}/app`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await check(page, viewport, '03-chat');

      // Identities and a note, as the coach would have made them in earlier conversations.
      await postAsClient(context, page, '/api/v1/identities', {
        name: 'Runner',
        category: 'physical_expression',
        note: 'Runs before work on Tuesdays',
      });
      await postAsClient(context, page, '/api/v1/identities', {
        name: 'Climber',
        category: 'physical_expression',
      });
      await postAsClient(context, page, '/api/v1/identities', {
        name: 'Painter',
        category: 'passions_and_talents',
      });
      const [{ id: userId }] = await t.app
        .get(DataSource)
        .query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [email]);
      await t.app
        .get(DataSource)
        .query(`INSERT INTO user_notes (user_id, text) VALUES ($1, 'Works as a nurse on night shifts.')`, [
          userId,
        ]);
      // Made behind the app's back, so load afresh (the chat already cached an empty list).
      await page.reload();

      await openTab(page, 'Identities', /your identities/i);
      await page.getByRole('button', { name: 'Edit Runner' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit “Runner”' });
      await dialog.getByLabel('Name').fill('Trail runner');
      await dialog.getByLabel('“I am” statement').fill('I am a trail runner who loves early mornings.');
      await check(page, viewport, '04-identity-edit');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('I am a trail runner who loves early mornings.', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Move Trail runner down' }).click();
      await page
        .getByRole('button', { name: 'Move Trail runner up' })
        .and(page.locator(':enabled'))
        .waitFor();
      await check(page, viewport, '05-identities');

      await openTab(page, 'Memory', /what your coach remembers/i);
      await page.getByText('Works as a nurse on night shifts.', { exact: true }).waitFor();
      const memory = page.getByRole('switch', { name: 'Let my coach remember' });
      expect(await memory.getAttribute('aria-checked')).toBe('true');
      await memory.click();
      await page.getByText('Memory is off.').waitFor();
      await check(page, viewport, '06-memory');

      // Two-step sign-in: QR code, a code from the "app", recovery codes.
      await openTab(page, 'Account', /account/i);
      await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
      await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
      const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
      expect(secret).toMatch(/^[A-Z2-7]+$/);
      await check(page, viewport, '07-account-2fa-setup');
      await page.getByLabel('Code').fill(await nextCode(secret));
      await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
      await check(page, viewport, '08-account-recovery-codes');
      await page.getByRole('button', { name: 'I’ve saved them' }).click();
      await page.getByText('Two-step sign-in is on.').waitFor();

      // Signed out, then back in with the password and a code.
      await signOut(page);
      await check(page, viewport, '09-signed-out');
      await page.goto(`${baseUrl}/app/memory`);
      await page.waitForURL(/\/login\?redirect=/);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
      await check(page, viewport, '10-login-2fa');
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
    }, 180_000);
  }
});
