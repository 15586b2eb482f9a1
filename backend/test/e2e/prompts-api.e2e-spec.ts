import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface VersionBody {
  id: string;
  key: string;
  version: number;
  isActive: boolean;
  authorId: string | null;
  body: string;
  allowedActions: string[];
  requiredContextKeys: string[];
}

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { field?: string; message: string }[];
}

// The staff prompts API over HTTP, as the back office and API-key integrators use it.
describe('admin prompts API', () => {
  let t: TestApp;
  let staff: TestUser;
  let staffHeaders: Record<string, string>;
  let clientHeaders: Record<string, string>;
  let superHeaders: Record<string, string>;

  const inject = (options: Parameters<TestApp['app']['inject']>[0]) => t.app.inject(options);

  const activeVersion = async (key: string): Promise<VersionBody> => {
    const res = await inject({
      method: 'GET',
      url: `/api/v1/admin/prompts?filter=${encodeURIComponent(JSON.stringify({ key, active: true }))}`,
      headers: staffHeaders,
    });
    const [version] = res.json<VersionBody[]>();
    return version;
  };

  beforeAll(async () => {
    t = await startTestApp('prompts_api', { env: { AI_PROVIDER: 'demo', AI_DEMO_CHUNK_DELAY_MS: '0' } });
    staff = await createUser(t.app, { role: UserRole.Staff });
    // Spread into plain records: inject() wants an index signature.
    staffHeaders = { ...(await bearerHeaders(t.app, staff)) };
    clientHeaders = { ...(await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.User }))) };
    superHeaders = { ...(await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Superuser }))) };
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer 401 without credentials and 403 for clients when calling any prompts route', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/v1/admin/prompts'],
      ['POST', '/api/v1/admin/prompts'],
      ['POST', '/api/v1/admin/prompts/preview'],
    ];
    for (const [method, url] of routes) {
      expect(
        (await inject({ method: method as 'GET', url, payload: method === 'POST' ? {} : undefined }))
          .statusCode,
      ).toBe(401);
      const res = await inject({
        method: method as 'GET',
        url,
        headers: clientHeaders,
        payload: method === 'POST' ? {} : undefined,
      });
      expect(`${method} ${url}: ${res.statusCode}`).toBe(`${method} ${url}: 403`);
    }
  });

  it('should list versions with Content-Range, filters and sorting when staff ask', async () => {
    const res = await inject({
      method: 'GET',
      url: `/api/v1/admin/prompts?filter=${encodeURIComponent('{"kind":"phase","active":true}')}&sort=${encodeURIComponent('["key","ASC"]')}&range=[0,4]`,
      headers: staffHeaders,
    });
    expect(res.statusCode).toBe(200);
    // One phase prompt per phase, the final one included.
    expect(res.headers['content-range']).toBe('prompts 0-4/10');
    const items = res.json<VersionBody[]>();
    expect(items.map((item) => item.key)).toEqual([
      'phase:anything_missing',
      'phase:brainstorming_review',
      'phase:get_to_know_you',
      'phase:i_am_statement',
      'phase:identity_brainstorming',
    ]);
    expect(items.every((item) => item.isActive)).toBe(true);

    const bad = await inject({
      method: 'GET',
      url: '/api/v1/admin/prompts?filter={"owner":"x"}',
      headers: staffHeaders,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().message).toContain('owner');
  });

  it('should create, activate, diff and roll back a version when staff edit a prompt', async () => {
    const v1 = await activeVersion('phase:identity_commitment');
    const created = await inject({
      method: 'POST',
      url: '/api/v1/admin/prompts',
      headers: staffHeaders,
      payload: {
        kind: 'phase',
        phase: 'identity_commitment',
        body: `${v1.body}\nKeep it to two sentences.`,
        changeNote: 'Shorter replies',
        allowedActions: v1.allowedActions,
      },
    });
    expect(created.statusCode).toBe(201);
    const v2 = created.json<VersionBody>();
    expect(v2).toMatchObject({ version: 2, isActive: false, authorId: staff.id });
    expect((await activeVersion('phase:identity_commitment')).id).toBe(v1.id);

    const activated = await inject({
      method: 'POST',
      url: `/api/v1/admin/prompts/${v2.id}/activate`,
      headers: staffHeaders,
    });
    expect(activated.statusCode).toBe(200);
    expect(activated.json<VersionBody>().isActive).toBe(true);
    expect((await activeVersion('phase:identity_commitment')).id).toBe(v2.id);

    const diff = await inject({
      method: 'GET',
      url: `/api/v1/admin/prompts/${v2.id}/diff?against=${v1.id}`,
      headers: staffHeaders,
    });
    expect(diff.statusCode).toBe(200);
    // The old last line had no newline, so it shows as changed too.
    expect(diff.json<{ additions: number; deletions: number }>()).toMatchObject({
      additions: 2,
      deletions: 1,
    });
    expect(diff.json<{ patch: string }>().patch).toContain('+Keep it to two sentences.');

    const got = await inject({ method: 'GET', url: `/api/v1/admin/prompts/${v1.id}`, headers: staffHeaders });
    expect(got.json<VersionBody>()).toMatchObject({ id: v1.id, isActive: false });

    const rollback = await inject({
      method: 'POST',
      url: `/api/v1/admin/prompts/${v1.id}/activate`,
      headers: staffHeaders,
    });
    expect(rollback.json<VersionBody>().isActive).toBe(true);
    expect((await activeVersion('phase:identity_commitment')).id).toBe(v1.id);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an unknown placeholder', { kind: 'system', body: 'Hi {{nickname}}' }, 'body', '{{nickname}}'],
    ['an empty body', { kind: 'system', body: '  ' }, 'body', 'empty'],
    ['an unknown kind', { kind: 'persona', body: 'x' }, 'kind', 'persona'],
    [
      'an unknown phase',
      { kind: 'phase', phase: 'napping', body: 'x', allowedActions: ['transition_phase'] },
      'phase',
      'napping',
    ],
    [
      'an action outside the catalogue',
      { kind: 'phase', phase: 'introduction', body: 'x', allowedActions: ['teleport'] },
      'allowedActions',
      'teleport',
    ],
    ['an unknown field', { kind: 'system', body: 'x', isActive: true }, 'isActive', 'isActive'],
  ])(
    'should answer 400 naming the problem and keep the active version when saving %s',
    async (_label, payload, field, text) => {
      const before = await activeVersion('system');
      const res = await inject({
        method: 'POST',
        url: '/api/v1/admin/prompts',
        headers: staffHeaders,
        payload: { ...payload, activate: true },
      });
      expect(res.statusCode).toBe(400);
      const body = res.json<ErrorBody>();
      expect(body.message).toContain(text);
      expect(body.details?.some((detail) => detail.field === field)).toBe(true);
      expect((await activeVersion('system')).id).toBe(before.id);
      expect((await activeVersion('phase:introduction')).version).toBe(1);
    },
  );

  it('should answer 404 for an unknown version and 400 for a malformed id or diff target', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await inject({ method: 'GET', url: `/api/v1/admin/prompts/${unknown}`, headers: staffHeaders }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await inject({
          method: 'POST',
          url: `/api/v1/admin/prompts/${unknown}/activate`,
          headers: staffHeaders,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await inject({ method: 'GET', url: '/api/v1/admin/prompts/nope', headers: staffHeaders })).statusCode,
    ).toBe(400);
    const system = await activeVersion('system');
    expect(
      (
        await inject({
          method: 'GET',
          url: `/api/v1/admin/prompts/${system.id}/diff?against=x`,
          headers: staffHeaders,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('should preview the assembled prompt and a demo reply when staff ask', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/v1/admin/prompts/preview',
      headers: staffHeaders,
      payload: { phase: 'identity_refinement', generate: true },
    });
    expect(res.statusCode).toBe(200);
    const preview = res.json<{
      contextSource: string;
      messages: { role: string; content: string }[];
      responseSchema: { required: string[] };
      versions: { key: string }[];
      reply: { json: { message: string }; provider: string };
    }>();
    expect(preview.contextSource).toBe('sample');
    expect(preview.messages[0]?.content).toContain('Maya');
    expect(preview.responseSchema.required).toEqual(['message', 'actions', 'safety_concern']);
    expect(preview.versions.map((version) => version.key)).toContain('phase:identity_refinement');
    expect(preview.reply.provider).toBe('demo');
    // The demo labels only a conversation's first message; this sample is mid-conversation.
    expect(preview.reply.json.message).toMatch(/\w/);

    const invalid = await inject({
      method: 'POST',
      url: '/api/v1/admin/prompts/preview',
      headers: staffHeaders,
      payload: { context: { userName: 'x', currentPhase: 'sleeping', identityFocus: 'spiritual' } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(JSON.stringify(invalid.json())).toContain('context.currentPhase');
  });

  it('should report the provider as configured when readiness is checked', async () => {
    const res = await inject({ method: 'GET', url: '/health/ready' });
    expect(res.json<{ checks: Record<string, { status: string }> }>().checks.provider).toEqual({
      status: 'up',
      latencyMs: 0,
    });
  });

  it('should let API keys read with prompts:read and write only with prompts:write', async () => {
    const keyWith = async (scopes: string[]): Promise<{ 'x-api-key': string }> => {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/admin/api-keys',
        headers: superHeaders,
        payload: { name: `prompts ${scopes.join(' ')}`, scopes },
      });
      expect(res.statusCode).toBe(201);
      return { 'x-api-key': res.json<{ secret: string }>().secret };
    };
    const reader = await keyWith(['prompts:read']);
    const writer = await keyWith(['prompts:read', 'prompts:write']);
    const payload = {
      kind: 'category_guide',
      category: 'doer_of_things',
      body: 'Ask {{user_name}} what they make happen.',
    };

    expect((await inject({ method: 'GET', url: '/api/v1/admin/prompts', headers: reader })).statusCode).toBe(
      200,
    );
    expect(
      (await inject({ method: 'POST', url: '/api/v1/admin/prompts', headers: reader, payload })).statusCode,
    ).toBe(403);
    const written = await inject({ method: 'POST', url: '/api/v1/admin/prompts', headers: writer, payload });
    expect(written.statusCode).toBe(201);
    expect(written.json<VersionBody>().requiredContextKeys).toEqual(['user_name']);
  });
});
