import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UserRole } from 'src/common/auth/user-role';
import { type AuthHeaders, bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { Redis } from 'ioredis';
import { CACHE_INVALIDATION_MODES, redisSkipReason, testRedisUrl } from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

/**
 * The guard serves a session's auth context from memory. These tests prove that every way of
 * taking access away works on the very next request — in the same process, and, with Redis,
 * in another process of the same deployment (here: a second app on the same database).
 */
describe.each(CACHE_INVALIDATION_MODES)('auth context cache: $name', ({ redis }) => {
  let a: TestApp;
  let b: TestApp;
  let skip = '';
  let superuser: TestUser;
  let superHeaders: AuthHeaders;
  let queuePrefix = '';

  const call = (
    app: NestFastifyApplication,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    headers: object,
    payload?: object,
  ) => app.inject({ method, url: `/api/v1${url}`, headers: headers as Record<string, string>, payload });
  /** The app that must see the change: the other process when Redis connects them. */
  const observer = (): NestFastifyApplication => b.app;

  /** Warm both caches, so a pass proves the entry was dropped, not that it was never there. */
  const warm = async (headers: AuthHeaders, url = '/me'): Promise<void> => {
    for (const app of [a.app, observer()]) {
      expect((await call(app, 'GET', url, headers)).statusCode).toBe(200);
      expect((await call(app, 'GET', url, headers)).statusCode).toBe(200);
    }
  };

  beforeAll(async () => {
    skip = redis ? await redisSkipReason() : '';
    if (skip) {
      return;
    }
    queuePrefix = `authcache-${randomBytes(4).toString('hex')}`;
    const env: Record<string, string> = redis ? { REDIS_URL: testRedisUrl(), QUEUE_PREFIX: queuePrefix } : {};
    a = await startTestApp('auth_cache', { env });
    b = redis ? await startTestApp('auth_cache', { env, database: a.database }) : a;
    superuser = await createUser(a.app, { role: UserRole.Superuser });
    superHeaders = await bearerHeaders(a.app, superuser);
  });

  afterAll(async () => {
    if (b && b !== a) {
      await b.close();
    }
    await a?.close();
  });

  it('should end a session on logout', async (context) => {
    context.skip(Boolean(skip), skip);
    const user = await createUser(a.app);
    const headers = await bearerHeaders(a.app, user);
    await warm(headers);
    expect((await call(a.app, 'POST', '/auth/logout', headers, {})).statusCode).toBe(204);
    expect((await call(observer(), 'GET', '/me', headers)).statusCode).toBe(401);
  });

  it('should end every session on logout-all and after a password change', async (context) => {
    context.skip(Boolean(skip), skip);
    const user = await createUser(a.app);
    const first = await bearerHeaders(a.app, user);
    const second = await bearerHeaders(a.app, user);
    await warm(first);
    await warm(second);
    const changed = await call(a.app, 'POST', '/me/password', first, {
      currentPassword: user.password,
      newPassword: 'Quiet-Harbour-Violet-62',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    // The other session ended; the one that changed the password goes on.
    expect((await call(observer(), 'GET', '/me', second)).statusCode).toBe(401);
    expect((await call(observer(), 'GET', '/me', first)).statusCode).toBe(200);
    expect((await call(a.app, 'POST', '/auth/logout-all', first, {})).statusCode).toBe(204);
    expect((await call(observer(), 'GET', '/me', first)).statusCode).toBe(401);
  });

  it('should apply a role change and a disabled account to the next request', async (context) => {
    context.skip(Boolean(skip), skip);
    const staff = await createUser(a.app, { role: UserRole.Staff });
    const headers = await bearerHeaders(a.app, staff);
    await warm(headers, '/admin/users');
    const demoted = await call(a.app, 'PATCH', `/admin/users/${staff.id}`, superHeaders, { role: 'user' });
    expect(demoted.statusCode, demoted.body).toBe(200);
    expect((await call(observer(), 'GET', '/admin/users', headers)).statusCode).toBe(403);

    const client = await createUser(a.app);
    const clientHeaders = await bearerHeaders(a.app, client);
    await warm(clientHeaders);
    const disabled = await call(a.app, 'PATCH', `/admin/users/${client.id}`, superHeaders, {
      isActive: false,
    });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect((await call(observer(), 'GET', '/me', clientHeaders)).statusCode).toBe(401);
  });

  it('should send one revocation for a disabled account, not two', async (context) => {
    context.skip(Boolean(skip) || !redis, skip || 'only Redis carries the revocation between processes');
    const client = await createUser(a.app);
    const headers = await bearerHeaders(a.app, client);
    await warm(headers);
    // What every process hears: the app's own channel, read by a plain subscriber of ours.
    const listener = new Redis(testRedisUrl());
    const heard: string[] = [];
    listener.on('message', (_channel: string, message: string) => heard.push(message));
    await listener.subscribe(`${queuePrefix}:auth-changes`);
    try {
      const disabled = await call(a.app, 'PATCH', `/admin/users/${client.id}`, superHeaders, {
        isActive: false,
      });
      expect(disabled.statusCode, disabled.body).toBe(200);
      expect((await call(observer(), 'GET', '/me', headers)).statusCode).toBe(401);
      expect((await call(a.app, 'GET', '/me', headers)).statusCode).toBe(401);
      const revocations = () => heard.filter((message) => message.startsWith(`u:${client.id}:`));
      // Wait for the first message rather than 100 ms (Redis delivery can lag under load), then a beat for a second one.
      for (const deadline = Date.now() + 10_000; revocations().length === 0 && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(revocations()).toHaveLength(1);
    } finally {
      listener.disconnect();
    }
  });

  it('should forget a deleted account at once', async (context) => {
    context.skip(Boolean(skip), skip);
    const user = await createUser(a.app);
    const headers = await bearerHeaders(a.app, user);
    await warm(headers);
    const removed = await a.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/users/${user.id}`,
      headers: superHeaders,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await call(observer(), 'GET', '/me', headers)).statusCode).toBe(401);
  });
});
