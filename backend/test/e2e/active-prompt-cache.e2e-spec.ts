import { randomBytes } from 'node:crypto';
import type { components } from '@dev-coach/api-client';
import { UserRole } from 'src/common/auth/user-role';
import { type AuthHeaders, bearerHeaders, createUser } from 'test/factories/user.factory';
import {
  type ChatRequestBody,
  FakeOpenAiServer,
  fakeModelEnv,
  fakeReplies,
} from 'test/fakes/fake-openai-server';
import { api } from 'test/utils/coach-turns';
import { CACHE_INVALIDATION_MODES, redisSkipReason, testRedisUrl } from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type TurnResult = components['schemas']['TurnResultResponseDto'];

interface VersionBody {
  id: string;
  body: string;
  allowedActions: string[];
}

const isCoachCall = (body: ChatRequestBody): boolean =>
  body.response_format?.json_schema?.name === 'coach_reply';

/**
 * Coach turns read the active prompt versions from a per-process cache. Activating or rolling
 * back a version must reach the very next turn — in the same process, and, with Redis, in
 * another process of the same deployment (a second app on the same database).
 */
describe.each(CACHE_INVALIDATION_MODES)('active prompt cache: $name', ({ redis }) => {
  let fake: FakeOpenAiServer;
  let a: TestApp;
  let b: TestApp;
  let skip = '';
  let staffHeaders: AuthHeaders;

  /** A typed message answered by the coach on `app`; returns the system text the model got. */
  const turnOn = async (
    t: TestApp,
    headers: AuthHeaders,
  ): Promise<{ system: string; versionIds: string[] }> => {
    const before = fake.chatRequests().filter(isCoachCall).length;
    fake.enqueue(fakeReplies.json({ message: 'Tell me more.', actions: [] }));
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, { message: 'Hello again' });
    expect(res.statusCode, res.body).toBe(200);
    const [request] = fake.chatRequests().filter(isCoachCall).slice(before);
    const system = (request?.messages ?? [])
      .filter((message) => message.role === 'system')
      .map((message) => message.content)
      .join('\n');
    return { system, versionIds: res.json<TurnResult>().turn.promptVersionIds };
  };

  const activeSystemPrompt = async (): Promise<VersionBody> => {
    const filter = encodeURIComponent(JSON.stringify({ key: 'system', active: true }));
    const res = await api(a.app, 'GET', `/admin/prompts?filter=${filter}`, staffHeaders);
    const [version] = res.json<VersionBody[]>();
    return version;
  };

  beforeAll(async () => {
    skip = redis ? await redisSkipReason() : '';
    if (skip) {
      return;
    }
    fake = await FakeOpenAiServer.start();
    const env: Record<string, string> = {
      ...fakeModelEnv(fake.baseUrl),
      AI_MAX_RETRIES: '0',
      USER_TURNS_PER_MINUTE: '0',
      SENTINEL_DEBOUNCE_MS: '600000',
      ...(redis
        ? { REDIS_URL: testRedisUrl(), QUEUE_PREFIX: `promptcache-${randomBytes(4).toString('hex')}` }
        : {}),
    };
    a = await startTestApp('prompt_cache', { env });
    b = redis ? await startTestApp('prompt_cache', { env, database: a.database }) : a;
    staffHeaders = await bearerHeaders(a.app, await createUser(a.app, { role: UserRole.Staff }));
  });

  afterAll(async () => {
    if (b && b !== a) {
      await b.close();
    }
    await a?.close();
    await fake?.close();
  });

  it('should use a newly activated version, and a rolled-back one, on the very next turn', async (context) => {
    context.skip(Boolean(skip), skip);
    const user = await createUser(b.app);
    const headers = await bearerHeaders(b.app, user);
    await api(b.app, 'GET', '/coach/state', headers);
    const original = await activeSystemPrompt();
    // Two turns: the first fills the cache, the second is served from it.
    await turnOn(b, headers);
    const cached = await turnOn(b, headers);
    expect(cached.versionIds).toContain(original.id);

    const marker = `Cache check ${randomBytes(4).toString('hex')}.`;
    const created = await api(a.app, 'POST', '/admin/prompts', staffHeaders, {
      kind: 'system',
      body: `${original.body}\n${marker}`,
      changeNote: 'Cache check',
      allowedActions: original.allowedActions,
      activate: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const next = await turnOn(b, headers);
    expect(next.system).toContain(marker);
    expect(next.versionIds).toContain(created.json<VersionBody>().id);

    const rollback = await api(a.app, 'POST', `/admin/prompts/${original.id}/activate`, staffHeaders);
    expect(rollback.statusCode).toBe(200);
    const after = await turnOn(b, headers);
    expect(after.system).not.toContain(marker);
    expect(after.versionIds).toContain(original.id);
  });
});
