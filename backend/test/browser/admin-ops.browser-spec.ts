import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { findRepoRoot } from 'src/config/paths';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { FakeOpenAiServer } from 'test/fakes/fake-openai-server';
import { launchBrowser, requireBrowserOrSkip, seriousAxeProblems as axeProblems } from 'test/utils/browser';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const screenshots = join(root, 'test-results', 'screenshots');
const built = existsSync(join(root, 'admin', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('back-office operations');
if (enabled && !built) {
  throw new Error('admin/dist is missing: run `npm run build -w admin` first (root `npm test` does)');
}

const CRISIS = 'honestly i dont want to be alive anymore';

/** What staff paste on the "New test scenario" page (docs/test-scenarios.md). */
const SCENARIO = {
  name: 'Refinement with a maker',
  profile: { firstName: 'Pat', lastName: 'Tester' },
  state: { phase: 'identity_brainstorming', identityFocus: 'maker_of_money', currentIdentity: 'Maker' },
  identities: [{ name: 'Maker', category: 'maker_of_money', state: 'accepted', notes: ['Fixes bikes'] }],
  notes: ['Has two children'],
  messages: [
    { role: 'coach', content: 'What do you make that others pay for?' },
    { role: 'user', content: 'I fix bikes for the neighbours.' },
  ],
};

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshots, `admin-ops-${name}.png`), fullPage: true });

// A staff member's day in the built back office against the real backend: sign in with 2FA,
// follow a safety alert's link and resolve the event, roll out a prompt change, read a client's
// chat as they see it, set up a test scenario and chat as its test user, export usage.
describe.runIf(enabled)('back-office operations in Chromium', () => {
  let t: TestApp;
  let fake: FakeOpenAiServer;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let staff: TestUser;
  let staffHeaders: { authorization: string };
  let totpSecret: string;
  let client: TestUser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    fake = await FakeOpenAiServer.start();
    t = await startTestApp('admin_ops_browser', {
      staticRoot: root,
      env: {
        AI_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-test-key',
        OPENAI_BASE_URL: fake.baseUrl,
        AI_MAX_RETRIES: '0',
        USER_TURNS_PER_MINUTE: '0',
        SENTINEL_DEBOUNCE_MS: '600000',
      },
    });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();

    staff = await createUser(t.app, { role: UserRole.Staff, firstName: 'Sky', lastName: 'Staff' });
    staffHeaders = await bearerHeaders(t.app, staff);
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/2fa/setup',
      headers: staffHeaders,
    });
    totpSecret = setup.json<{ secret: string }>().secret;
    // The previous window's code turns 2FA on, so the current one is still unused for sign-in.
    const enable = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/2fa/enable',
      headers: staffHeaders,
      payload: { otp: await generate({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) - 30 }) },
    });
    expect(enable.statusCode, enable.body).toBe(200);

    client = await createUser(t.app, { firstName: 'Robin', lastName: 'Client' });
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/coach/turns',
      headers: await bearerHeaders(t.app, client),
      payload: { message: CRISIS },
    });
    expect(posted.statusCode, posted.body).toBe(200);

    browser = await launchBrowser();
    // axe needs a page from an explicit context.
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await fake?.close();
  });

  it('should sign staff in with the authenticator code', async () => {
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByLabel(/email/i).fill(staff.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel(/authentication code/i);
    await code.waitFor();
    await shoot(page, 'login-code');
    expect(await axeProblems(page)).toEqual([]);
    await code.fill(await generate({ secret: totpSecret }));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('menuitem', { name: 'Safety events' }).waitFor();
  });

  it('should open the event from the alert email’s link and resolve it with a note', async () => {
    const alerts = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/emails?filter=${encodeURIComponent(JSON.stringify({ q: staff.email }))}`,
      headers: staffHeaders,
    });
    const alert = alerts
      .json<{ id: string; template: string }[]>()
      .find((row) => row.template === 'staff_safety_alert');
    expect(alert).toBeDefined();
    const mail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/emails/${alert?.id}`,
      headers: staffHeaders,
    });
    const link = /\/admin\/safety-events\/[0-9a-f-]{36}\/show/.exec(mail.json<{ text: string }>().text)?.[0];
    expect(link).toBeDefined();

    await page.goto(`${baseUrl}${link}`);
    await page.getByRole('heading', { level: 1, name: /Safety event: Robin Client/ }).waitFor();
    await page.getByText(CRISIS).first().waitFor();
    await shoot(page, 'safety-event');
    expect(await axeProblems(page)).toEqual([]);

    await page.getByLabel(/What was done/).fill('Called Robin; they are safe and with family tonight.');
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('Someone has looked after this.').waitFor();
    await shoot(page, 'safety-event-resolved');

    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: 'safety_event.resolved' }))}`,
      headers: staffHeaders,
    });
    expect(audit.json<{ actorId: string }[]>()).toEqual([expect.objectContaining({ actorId: staff.id })]);
  });

  it('should save a new prompt version, compare it, activate it and preview it', async () => {
    await page.goto(`${baseUrl}/admin/prompts`);
    await page.getByRole('heading', { level: 1, name: 'Prompts' }).waitFor();
    await page.getByText('phase:identity_refinement').waitFor();
    await shoot(page, 'prompts');
    expect(await axeProblems(page)).toEqual([]);

    await page.getByText('phase:identity_refinement').click();
    await page.getByRole('heading', { level: 1, name: /Prompt phase:identity_refinement v1/ }).waitFor();
    await page.getByRole('link', { name: 'New version' }).click();
    // A textbox: the show page just left also labels its read-only copy "Template text".
    const body = page.getByRole('textbox', { name: /Template text/ });
    await body.waitFor();
    await body.fill(`${await body.inputValue()}\nKeep each suggestion short and warm.`);
    await page.getByLabel(/Change note/).fill('Shorter, warmer suggestions');
    await shoot(page, 'prompt-new-version');
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: /Prompt phase:identity_refinement v2/ }).waitFor();

    await page.getByRole('link', { name: 'Compare' }).click();
    const diff = page.getByRole('table', {
      name: /from phase:identity_refinement v1 to phase:identity_refinement v2/,
    });
    await diff.waitFor();
    expect(await diff.locator('[data-change]:not([data-change="same"])').count()).toBeGreaterThan(0);
    await shoot(page, 'prompt-diff');
    expect(await axeProblems(page)).toEqual([]);
    await page.goBack();

    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByText(/is now the version clients get/).waitFor();

    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: 'Response schema' }).waitFor();
    await page.getByText('Keep each suggestion short and warm.').first().waitFor();
    await shoot(page, 'prompt-preview');
    expect(await axeProblems(page)).toEqual([]);
  });

  it('should open a client’s chat as they see it, cards included, from their account page', async () => {
    await page.goto(`${baseUrl}/admin/users/${client.id}`);
    await page.getByRole('link', { name: 'Open as client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Client view: Robin Client' }).waitFor();
    await page.getByText(CRISIS).first().waitFor();
    // The safety reply's resources card, display-only: its buttons are plain labels.
    await page.getByRole('group', { name: /Card: safety_resources/ }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Message as the test user' }).count()).toBe(0);
    await page.getByText('Real client: read only').waitFor();
    await shoot(page, 'client-view');
    expect(await axeProblems(page)).toEqual([]);
  });

  it('should create a scenario from JSON, instantiate it and chat as the test user', async () => {
    await page.goto(`${baseUrl}/admin/test-scenarios/create`);
    await page.getByRole('heading', { level: 1, name: 'New test scenario' }).waitFor();
    const json = page.getByRole('textbox', { name: /Scenario \(JSON\)/ });
    await json.fill('{ "name": ');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/This is not valid JSON/).waitFor();
    await json.fill(JSON.stringify(SCENARIO, null, 2));
    await shoot(page, 'scenario-create');
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { level: 1, name: SCENARIO.name }).waitFor();
    await page.getByText('No test users yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'New test user' }).click();
    await page.getByText('Pat Tester', { exact: true }).waitFor();
    await shoot(page, 'scenario-show');
    expect(await axeProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'Open', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Client view: Pat Tester' }).waitFor();
    await page.getByText('I fix bikes for the neighbours.').waitFor();
    await page.getByRole('textbox', { name: 'Message as the test user' }).fill('I also teach swimming.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('I also teach swimming.').waitFor();
    await page
      .getByText(/Fake reply to:/)
      .first()
      .waitFor();
    await shoot(page, 'test-user-chat');
    expect(await axeProblems(page)).toEqual([]);

    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: 'test_user.turn_posted' }))}`,
      headers: staffHeaders,
    });
    expect(audit.json<{ actorId: string }[]>()).toEqual([expect.objectContaining({ actorId: staff.id })]);
  });

  it('should download the usage report as CSV', async () => {
    await page.goto(`${baseUrl}/admin/usage`);
    await page.getByRole('heading', { level: 1, name: 'Usage and cost' }).waitFor();
    await shoot(page, 'usage');
    expect(await axeProblems(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toMatch(/day/i);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('should keep the lists usable on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const list of [
      'safety-events',
      'prompts',
      'users',
      'emails',
      'audit-log',
      'test-scenarios',
      `client-view/${client.id}`,
    ]) {
      await page.goto(`${baseUrl}/admin/${list}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await shoot(page, `${list.split('/')[0]}-phone`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, list).toBeLessThanOrEqual(0);
      expect(await axeProblems(page), list).toEqual([]);
    }
  });
});
