import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface EvalRun {
  id: string;
  createdBy: string;
  createdVia: string;
  provider: string;
  promptVersions: { label: string; versions: Record<string, string | null> }[];
  summary: {
    label: string;
    personasPassed: number;
    personasTotal: number;
    totals: Record<string, unknown>;
  }[];
  report?: { runs: { personas: { transcript: unknown }[] }[] };
}

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const hashOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

const persona = (id: string, statuses: ('pass' | 'fail' | 'skipped')[]) => ({
  id,
  kind: 'scripted',
  description: `${id} persona`,
  voice: 'scripted',
  turns: 4,
  phases: ['welcome'],
  lastPhase: 'welcome',
  stoppedBecause: 'script_done',
  error: null,
  graders: statuses.map((status, index) => ({ grader: `g${index}`, status, score: null, details: [] })),
  usage: { calls: 4 },
  wallMs: 12,
  final: { identities: [], skippedCategories: [], safetyHold: false, notes: [] },
  transcript: [{ phase: 'welcome', client: 'hi', coach: 'Hello' }],
});

/** A report as `npm run eval` writes it (src/eval/eval-report.ts), one run. */
const report = (
  label: string,
  pinned: { key: string; version: number; bodyHash: string }[],
  provider = 'demo',
) => ({
  version: 1,
  startedAt: '2026-12-04T10:00:00.000Z',
  finishedAt: '2026-12-04T10:01:00.000Z',
  provider,
  model: null,
  personasDir: 'eval/personas',
  judge: 'skipped: the demo provider has no model to judge with',
  runs: [
    {
      label,
      pinned: pinned.map((pin) => ({ ...pin, source: 'seed' })),
      personas: [
        persona('steady', ['pass', 'pass']),
        persona('crisis', ['pass', 'fail']),
        persona('terse', ['skipped']),
      ],
      graders: { g0: { pass: 2, fail: 0, skipped: 1 } },
      totals: { turns: 12, calls: 12, inputTokens: 100, outputTokens: 50, costUsd: null, wallMs: 36 },
    },
  ],
  comparison: null,
});

describe('back office: evaluation reports', () => {
  let t: TestApp;
  let db: DataSource;
  let staffHeaders: AuthHeaders;
  let superHeaders: AuthHeaders;
  let clientHeaders: AuthHeaders;
  let system: { id: string; body: string; version: number };

  const call = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url: `/api/v1/admin/evals${url}`, headers, payload });
  const keyWith = async (scopes: string[]) => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/api-keys',
      headers: superHeaders,
      payload: { name: `eval ${scopes.join(',') || 'none'}`, scopes },
    });
    expect(created.statusCode).toBe(201);
    return created.json<{ id: string; secret: string }>();
  };

  beforeAll(async () => {
    t = await startTestApp('evals_runs');
    db = t.app.get(DataSourceToken);
    staffHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
    superHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Superuser }));
    clientHeaders = await bearerHeaders(t.app, await createUser(t.app));
    [system] = await db.query<{ id: string; body: string; version: number }[]>(
      `SELECT v.id, v.body, v.version FROM prompt_versions v
       JOIN prompt_templates t ON t.id = v.template_id WHERE t.key = 'system' AND t.active_version_id = v.id`,
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should take a report from staff or a key with eval:run only, and audit it', async () => {
    const body = report('seeded', [
      { key: 'system', version: system.version, bodyHash: hashOf(system.body) },
    ]);
    expect((await call('POST', '', clientHeaders, body)).statusCode).toBe(403);
    const readOnly = await keyWith(['prompts:read']);
    const refused = await call('POST', '', { 'x-api-key': readOnly.secret }, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'insufficient_scope' });

    const key = await keyWith(['eval:run']);
    const created = await call('POST', '', { 'x-api-key': key.secret }, body);
    expect(created.statusCode).toBe(201);
    const run = created.json<EvalRun>();
    expect(run).toMatchObject({ createdBy: key.id, createdVia: 'api_key', provider: 'demo' });
    expect(run.promptVersions).toEqual([{ label: 'seeded', versions: { system: system.id } }]);
    expect(run.summary[0]).toMatchObject({ label: 'seeded', personasPassed: 2, personasTotal: 3 });
    expect(run.summary[0].totals).toMatchObject({ turns: 12, costUsd: null });
    // The key may post, not read: reading stays with staff sessions.
    expect((await call('GET', '', { 'x-api-key': key.secret })).statusCode).toBe(403);

    const [audit] = await db.query<{ action: string; details: { apiKeyId: string } }[]>(
      `SELECT action, details FROM audit_events WHERE target_id = $1`,
      [run.id],
    );
    expect(audit).toMatchObject({ action: 'eval.run_recorded', details: { apiKeyId: key.id } });

    const shown = await call('GET', `/${run.id}`, staffHeaders);
    expect(shown.statusCode).toBe(200);
    expect(shown.json<EvalRun>().report?.runs[0].personas[0].transcript).toEqual([
      { phase: 'welcome', client: 'hi', coach: 'Hello' },
    ]);
  });

  it('should list runs newest first and filter them by the prompt version they used', async () => {
    const byStaff = await call(
      'POST',
      '',
      staffHeaders,
      report(
        'candidate',
        [{ key: 'system', version: 9, bodyHash: hashOf('text saved nowhere here') }],
        'openai',
      ),
    );
    expect(byStaff.statusCode).toBe(201);
    expect(byStaff.json<EvalRun>()).toMatchObject({
      createdVia: 'user',
      promptVersions: [{ label: 'candidate', versions: { system: null } }],
    });

    const all = await call('GET', '', staffHeaders);
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-range']).toBe('evals 0-1/2');
    const rows = all.json<EvalRun[]>();
    expect(rows.map((row) => row.provider)).toEqual(['openai', 'demo']);
    expect(rows[0]).not.toHaveProperty('report');

    const used = await call('GET', `?filter=${q({ promptVersionId: system.id })}`, staffHeaders);
    expect(used.json<EvalRun[]>().map((row) => row.provider)).toEqual(['demo']);
    expect(used.headers['content-range']).toBe('evals 0-0/1');
    expect((await call('GET', `?filter=${q({ promptVersionId: 'nope' })}`, staffHeaders)).statusCode).toBe(
      400,
    );
    expect((await call('GET', '', clientHeaders)).statusCode).toBe(403);
  });

  it('should refuse a body that is not a report (400) or too large (413)', async () => {
    const good = report('seeded', []);
    const bad = [
      { ...good, version: 2 },
      { ...good, runs: [] },
      { ...good, createdBy: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' },
      {
        ...good,
        runs: [{ ...good.runs[0], pinned: [{ key: 'system', version: 1, source: 'seed', bodyHash: 'x' }] }],
      },
      {
        ...good,
        runs: [{ ...good.runs[0], personas: [{ id: 'p', graders: [{ grader: 'g', status: 'great' }] }] }],
      },
    ];
    for (const body of bad) {
      const res = await call('POST', '', staffHeaders, body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    }
    const huge = report('seeded', []);
    huge.runs[0].personas[0].transcript = [
      { phase: 'welcome', client: 'x'.repeat(2.1 * 1024 * 1024), coach: '' },
    ];
    const tooLarge = await call('POST', '', staffHeaders, huge);
    expect(tooLarge.statusCode).toBe(413);
    // A real report of about 1 MB is well inside the limit.
    const big = report('seeded', []);
    big.runs[0].personas[0].transcript = [{ phase: 'welcome', client: 'y'.repeat(1024 * 1024), coach: '' }];
    expect((await call('POST', '', staffHeaders, big)).statusCode).toBe(201);
  });
});
