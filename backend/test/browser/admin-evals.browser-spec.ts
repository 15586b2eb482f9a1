import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findRepoRoot } from 'src/config/paths';
import { UserRole } from 'src/common/auth/user-role';
import { compareRuns, type EvalReport, type PersonaReport, toRunReport } from 'src/eval/eval-report';
import { summariseCalls } from 'src/eval/graders/usage';
import type { TranscriptTurn } from 'src/eval/transcript';
import { bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { launchBrowser, requireBrowserOrSkip, seriousAxeProblems as axeProblems } from 'test/utils/browser';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const root = findRepoRoot();
const screenshots = join(root, 'test-results', 'screenshots');
const built = existsSync(join(root, 'admin', 'dist', 'index.html'));
const enabled = requireBrowserOrSkip('back-office evaluations');
if (enabled && !built) {
  throw new Error('admin/dist is missing: run `npm run build -w admin` first (root `npm test` does)');
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshots, `admin-evals-${name}.png`), fullPage: true });

const turn = (index: number, phase: 'introduction' | 'get_to_know_you', message: string, coach: string) =>
  ({
    index,
    phaseBefore: phase,
    phaseAfter: phase,
    message,
    button: null,
    source: 'script',
    status: 'done',
    errorCode: null,
    coach: [{ content: coach, card: null }],
    actions: [
      { type: 'mark_question_asked', status: 'applied', source: 'model', reasonCode: null, summary: null },
    ],
    safetyHold: false,
    ms: 40,
  }) satisfies TranscriptTurn;

const persona = (reached: boolean): PersonaReport => ({
  id: 'steady-walker',
  kind: 'scripted',
  description: 'Answers plainly and presses every button.',
  voice: 'script',
  turns: 3,
  phases: reached
    ? ['introduction', 'get_to_know_you', 'identity_warm_up']
    : ['introduction', 'get_to_know_you'],
  lastPhase: reached ? 'identity_warm_up' : 'get_to_know_you',
  stoppedBecause: reached ? 'reached' : 'max_turns',
  error: null,
  graders: [
    reached
      ? { grader: 'phase_reached', status: 'pass', score: null, details: ['identity_warm_up in 3 turns'] }
      : { grader: 'phase_reached', status: 'fail', score: null, details: ['identity_warm_up not reached'] },
    { grader: 'safety_hold', status: 'pass', score: null, details: [] },
    {
      grader: 'judge',
      status: reached ? 'pass' : 'fail',
      score: reached ? 0.8 : 0.64,
      details: [
        `warmth 4, one_question 5, on_phase ${reached ? 4 : 2}, brevity ${reached ? 4 : 2}, client_words 3`,
      ],
    },
  ],
  usage: { ...summariseCalls([]), calls: 3, inputTokens: 2400, outputTokens: 120 },
  wallMs: 900,
  final: { identities: [], skippedCategories: [], safetyHold: false, notes: ['Grew up by a river.'] },
  transcript: [
    turn(0, 'introduction', 'I am ready.', 'Thank you. Where did you grow up?'),
    turn(1, 'get_to_know_you', 'In a small town by a river.', 'Thank you. Who is in your family today?'),
    turn(2, 'get_to_know_you', 'My partner and two cats.', reached ? 'Who are you right now?' : 'What else?'),
  ],
});

const baseline = toRunReport('seeded', [], [persona(true)]);
const candidate = toRunReport('never-transitions', [], [persona(false)]);
const report: EvalReport = {
  version: 1,
  startedAt: '2026-12-04T10:00:00.000Z',
  finishedAt: '2026-12-04T10:01:00.000Z',
  provider: 'openai',
  model: 'gpt-4o-mini',
  personasDir: 'eval/personas',
  judge: 'on',
  runs: [baseline, candidate],
  comparison: compareRuns(baseline, candidate),
};

// A stored evaluation in the built back office: its page, and the report's own HTML page that
// its "Open report" button opens in a new tab (served by the API under a strict CSP).
describe.runIf(enabled)('back-office evaluations in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let staff: TestUser;
  let runId: string;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    t = await startTestApp('admin_evals_browser', { staticRoot: root, env: { AI_PROVIDER: 'demo' } });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    staff = await createUser(t.app, { role: UserRole.Staff, firstName: 'Eve', lastName: 'Staff' });
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/evals',
      headers: await bearerHeaders(t.app, staff),
      payload: report,
    });
    expect(posted.statusCode, posted.body).toBe(201);
    runId = posted.json<{ id: string }>().id;

    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should open a stored run’s HTML report from its evaluation page, at desktop and phone widths', async () => {
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByLabel(/email/i).fill(staff.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Evaluations' }).waitFor();

    for (const [width, height, name] of [
      [1280, 800, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${baseUrl}/admin/evals/${runId}/show`);
      await page.getByText('Run “never-transitions”: 0 of 1 personas passed').waitFor();
      const open = page.getByRole('link', { name: 'Open report' });
      expect(await open.getAttribute('target')).toBe('_blank');
      await shoot(page, `show-${name}`);
      expect(await axeProblems(page), name).toEqual([]);

      const [report] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
      await report.setViewportSize({ width, height });
      await report.getByRole('heading', { level: 1, name: 'Coach evaluation' }).waitFor();
      await report.getByText('Verdict: candidate worse').waitFor();
      // The page's own stylesheet applies under the CSP (no inline style is refused).
      const fill = await report
        .locator('.bar-fill')
        .first()
        .evaluate((element) => getComputedStyle(element).display);
      expect(fill).toBe('block');
      const overflow = await report.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await report.screenshot({ path: join(screenshots, `admin-evals-report-${name}.png`), fullPage: true });
      expect(await axeProblems(report), `report ${name}`).toEqual([]);
      await report.close();
    }
  });
});
