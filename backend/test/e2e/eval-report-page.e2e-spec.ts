import { UserRole } from 'src/common/auth/user-role';
import { REPORT_CSP } from 'src/eval/eval-html';
import { type EvalReport, type PersonaReport, toRunReport } from 'src/eval/eval-report';
import { summariseCalls } from 'src/eval/graders/usage';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// GET /admin/evals/:id/report: a stored run's HTML page, as the CLI writes it, for staff only,
// under a CSP that lets the page load nothing and run nothing.

const persona: PersonaReport = {
  id: 'steady',
  kind: 'scripted',
  description: 'Answers plainly.',
  voice: 'script',
  turns: 1,
  phases: ['introduction'],
  lastPhase: 'introduction',
  stoppedBecause: 'reached',
  error: null,
  graders: [{ grader: 'phase_reached', status: 'pass', score: null, details: [] }],
  usage: summariseCalls([]),
  wallMs: 5,
  final: { identities: [], skippedCategories: [], safetyHold: false, notes: [] },
  transcript: [
    {
      index: 0,
      phaseBefore: 'introduction',
      phaseAfter: 'introduction',
      message: '<img src=x onerror=alert(1)>',
      button: null,
      source: 'script',
      status: 'done',
      errorCode: null,
      coach: [{ content: 'Welcome, <b>friend</b>.', card: null }],
      actions: [],
      safetyHold: false,
      ms: 4,
    },
  ],
};

const report: EvalReport = {
  version: 1,
  startedAt: '2026-12-04T10:00:00.000Z',
  finishedAt: '2026-12-04T10:01:00.000Z',
  provider: 'openai',
  model: 'gpt-4o-mini',
  personasDir: 'eval/personas',
  judge: 'on',
  runs: [toRunReport('seeded', [], [persona])],
  comparison: null,
};

describe('GET /admin/evals/:id/report', () => {
  let t: TestApp;
  let staff: AuthHeaders;
  let client: AuthHeaders;

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/v1/admin/evals${url}`, headers });
  const post = async (body: object): Promise<string> => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/evals',
      headers: staff,
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json<{ id: string }>().id;
  };

  beforeAll(async () => {
    t = await startTestApp('eval_report_page');
    staff = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
    client = await bearerHeaders(t.app, await createUser(t.app));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should serve the stored report as HTML to staff, escaped, under a CSP that allows nothing but its stylesheet', async () => {
    const id = await post(report);

    const page = await get(`/${id}/report`, staff);

    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(REPORT_CSP);
    expect(REPORT_CSP).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; /);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<h1>Coach evaluation</h1>');
    expect(page.body).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(page.body).not.toContain('<img');
    expect(page.body).not.toMatch(/<script|style="/);
  });

  it('should refuse anyone but staff, and answer 404 for an unknown run and 400 for a bad id', async () => {
    const id = await post(report);

    expect((await get(`/${id}/report`)).statusCode).toBe(401);
    expect((await get(`/${id}/report`, client)).statusCode).toBe(403);
    const missing = await get('/00000000-0000-4000-8000-000000000000/report', staff);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ statusCode: 404, code: 'not_found' });
    expect((await get('/nope/report', staff)).statusCode).toBe(400);
  });

  it('should answer 409 when a stored report lacks what the page shows', async () => {
    // The server checks only what it reads of a posted report; the rest is kept as sent.
    const partial = {
      ...report,
      runs: [{ ...report.runs[0], personas: [{ id: 'steady', graders: [], transcript: 'none' }] }],
    };
    const id = await post(partial);

    const page = await get(`/${id}/report`, staff);

    expect(page.statusCode).toBe(409);
    expect(page.json()).toMatchObject({ statusCode: 409, code: 'eval_report_unreadable' });
  });
});
