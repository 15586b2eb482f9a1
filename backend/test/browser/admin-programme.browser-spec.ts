import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { findRepoRoot } from 'src/config/paths';
import { UserRole } from 'src/common/auth/user-role';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip, seriousAxeProblems as axeProblems } from 'test/utils/browser';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const screenshots = join(root, 'test-results', 'screenshots');
const built = existsSync(join(root, 'admin', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('back-office programme pages');
if (enabled && !built) {
  throw new Error('admin/dist is missing: run `npm run build -w admin` first (root `npm test` does)');
}

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshots, `admin-programme-${name}.png`), fullPage: true });

// Running the programme from the built back office against the real backend: find clients by
// phase and test-user flag, verify them in bulk, see revoked invites, add a session video and
// retry a failed job. axe on every page; the lists once more on a phone.
describe.runIf(enabled)('back-office programme pages in Chromium', () => {
  let t: TestApp;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let superuser: TestUser;
  let waiting: TestUser[];

  /** A client with a coach state in `phase`, unverified, made the way the app makes one. */
  const clientIn = async (phase: string, firstName: string): Promise<TestUser> => {
    const user = await createUser(t.app, { firstName, lastName: 'Client' });
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/coach/state',
      headers: await bearerHeaders(t.app, user),
    });
    await db.query(`UPDATE coach_states SET current_phase = $2 WHERE user_id = $1`, [user.id, phase]);
    await db.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [user.id]);
    return user;
  };

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    t = await startTestApp('adminops_programme_browser', { staticRoot: root, env: { AI_PROVIDER: 'demo' } });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    db = t.app.get(DataSourceToken);

    superuser = await createUser(t.app, { role: UserRole.Superuser, firstName: 'Sam', lastName: 'Super' });
    waiting = [
      await clientIn('identity_brainstorming', 'Bea'),
      await clientIn('identity_brainstorming', 'Ben'),
    ];
    await clientIn('identity_commitment', 'Cai');
    // Bea was made from a test scenario (the test-scenarios feature marks such accounts).
    await db.query(`INSERT INTO test_users (user_id) VALUES ($1)`, [waiting[0].id]);

    const headers = await bearerHeaders(t.app, superuser);
    for (const email of ['kept.open@example.test', 'called.off@example.test']) {
      const made = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers,
        payload: { email },
      });
      expect(made.statusCode, made.body).toBe(201);
    }
    // A job the real email processor cannot do: its one attempt fails and it waits for staff.
    await t.app
      .get(QueueService)
      .enqueue(
        QueueName.Email,
        'email.send',
        { outboxId: 'not-a-uuid' },
        { jobId: 'broken-mail', attempts: 1 },
      );

    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should sign staff in', async () => {
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByLabel(/email/i).fill(superuser.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(superuser.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Users' }).waitFor();
  });

  it('should find clients by phase and test-user flag and mark them verified together', async () => {
    await page.goto(`${baseUrl}/admin/users?filter=${q({ testUser: 'true' })}`);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByText(waiting[0].email).waitFor();
    expect(await page.getByText(waiting[1].email).count()).toBe(0);

    await page.goto(`${baseUrl}/admin/users?filter=${q({ phase: ['identity_brainstorming'] })}`);
    await page.getByText(waiting[1].email).waitFor();
    expect(await page.getByRole('row').count()).toBe(3);
    await shoot(page, 'users-filtered');
    expect(await axeProblems(page)).toEqual([]);

    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByRole('button', { name: 'Mark verified' }).click();
    await page.getByText('2 marked verified (0 already were).').waitFor();
    await shoot(page, 'users-verified');
    const audit = await db.query<{ target_id: string }[]>(
      `SELECT target_id FROM audit_events WHERE action = 'user.verified' AND actor_id = $1`,
      [superuser.id],
    );
    expect(audit.map((row) => row.target_id).sort()).toEqual(waiting.map((user) => user.id).sort());
  });

  it('should revoke an invite and find it under the revoked filter', async () => {
    await page.goto(`${baseUrl}/admin/invites`);
    await page.getByRole('heading', { level: 1, name: 'Invites' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'called.off@example.test' });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Confirm/ })
      .click();
    await page.getByText('Invitation revoked').waitFor();

    await page.goto(`${baseUrl}/admin/invites?filter=${q({ status: 'revoked' })}`);
    await page.getByRole('row').filter({ hasText: 'called.off@example.test' }).getByText('Revoked').waitFor();
    expect(await page.getByText('kept.open@example.test').count()).toBe(0);
    await shoot(page, 'invites-revoked');
    expect(await axeProblems(page)).toEqual([]);
  });

  it('should add a session video to the catalogue', async () => {
    await page.goto(`${baseUrl}/admin/videos`);
    await page.getByRole('heading', { level: 1, name: 'Session videos' }).waitFor();
    await page.getByText('Welcome to identity coaching').waitFor();
    await shoot(page, 'videos');
    expect(await axeProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'New session video' }).waitFor();
    await page.getByLabel('Key').fill('visualization_outro');
    await page.getByRole('combobox', { name: 'Session' }).click();
    await page.getByRole('option', { name: 'Visualisation' }).click();
    await page.getByRole('combobox', { name: 'Place' }).click();
    await page.getByRole('option', { name: 'Closes the session' }).click();
    await page.getByLabel('Title').fill('Where you go from here');
    await page.getByLabel('Video address').fill('../secret.mp4');
    await page.getByLabel('Length').fill('140');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Give an http(s) address or a plain file name (no “..”)').waitFor();
    await page.getByLabel('Video address').fill('https://media.example.test/outro.mp4');
    await page.getByLabel('Captions').fill('outro.en.vtt');
    await shoot(page, 'video-create');
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { level: 1, name: 'Session videos' }).waitFor();
    await page.getByText('Where you go from here').click();
    await page.getByRole('heading', { level: 1, name: '“Where you go from here”' }).waitFor();
    await page.getByLabel('Preview of “Where you go from here”').waitFor();
    await shoot(page, 'video-edit');
    expect(await axeProblems(page)).toEqual([]);
    const [row] = await db.query<{ captions_url: string }[]>(
      `SELECT captions_url FROM session_videos WHERE key = 'visualization_outro'`,
    );
    expect(row).toEqual({ captions_url: 'outro.en.vtt' });
  });

  it('should show the queues and retry a failed job', async () => {
    await page.goto(`${baseUrl}/admin/jobs`);
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor();
    await page.getByRole('heading', { name: 'Queues' }).waitFor();
    const failedRow = page.getByRole('row').filter({ hasText: 'email.send' });
    await failedRow.waitFor();
    await failedRow.getByText(/uuid/i).waitFor();
    await shoot(page, 'jobs');
    expect(await axeProblems(page)).toEqual([]);

    await failedRow.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('“email.send” is queued again with a fresh set of attempts.').waitFor();
    const audit = await db.query<{ actor_id: string }[]>(
      `SELECT actor_id FROM audit_events WHERE action = 'job.retried'`,
    );
    expect(audit).toEqual([{ actor_id: superuser.id }]);
  });

  it('should keep these pages usable on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['users', 'invites', 'videos', 'videos/create', 'jobs', 'emails']) {
      await page.goto(`${baseUrl}/admin/${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await shoot(page, `${path.replace('/', '-')}-phone`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      expect(await axeProblems(page), path).toEqual([]);
    }
  });
});
