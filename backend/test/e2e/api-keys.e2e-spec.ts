import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_KEY_SCOPES } from 'src/auth/api-key-scopes';
import { UserRole } from 'src/common/auth/user-role';
import { UsersService } from 'src/users/users.service';
import { type AuthHeaders, bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { fetchOpenApiDocument, isPublic, listOperations, type Operation } from 'test/utils/openapi';
import { redisAvailable, redisRequired, testRedisUrl } from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface ApiKeyBody {
  id: string;
  name: string;
  scopes: string[];
  status: 'active' | 'expired' | 'revoked';
  expiresAt: string | null;
  rateLimitPerMinute: number | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  secret: string;
}

const SOME_ID = '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13';

/** The scopes an operation takes from an API key, as the OpenAPI document states them. */
const scopesOf = (operation: Operation): string[] =>
  operation.spec.security?.find((requirement) => 'api-key' in requirement)?.['api-key'] ?? [];

// Integrators' keys: scopes per route (read from the document, so a new route is covered the day
// it lands), expiry, the per-key rate limit, "last used", and the admin routes that manage keys.
describe('API keys', () => {
  let t: TestApp;
  let inject: NestFastifyApplication['inject'];
  let superuser: TestUser;
  let superHeaders: AuthHeaders;

  const createKey = async (
    payload: Record<string, unknown>,
    headers: AuthHeaders = superHeaders,
  ): Promise<ApiKeyBody> => {
    const res = await inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ApiKeyBody>();
  };
  const getKey = async (id: string): Promise<ApiKeyBody> =>
    (await inject({ method: 'GET', url: `/api/v1/admin/api-keys/${id}`, headers: superHeaders })).json();
  const withKey = (key: Pick<ApiKeyBody, 'secret'>) => ({ 'x-api-key': key.secret });

  beforeAll(async () => {
    t = await startTestApp('api_keys');
    inject = t.app.inject.bind(t.app);
    superuser = await createUser(t.app, { role: UserRole.Superuser });
    superHeaders = await bearerHeaders(t.app, superuser);
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('in the OpenAPI document', () => {
    it('should name the scope and document 401, 403 and 429 with Retry-After when a route accepts API keys', async () => {
      const document = await fetchOpenApiDocument(t.app);
      const scoped = listOperations(document).filter((operation) => scopesOf(operation).length > 0);
      expect(scoped.length).toBeGreaterThan(20);
      for (const operation of scoped) {
        const { responses } = operation.spec;
        expect(Object.keys(responses), operation.key).toEqual(expect.arrayContaining(['401', '403', '429']));
        expect(JSON.stringify(responses['429']), operation.key).toContain('Retry-After');
        expect(responses['401']?.description, operation.key).toContain('api_key_expired');
        const description = (operation.spec as { description?: string }).description ?? '';
        for (const scope of scopesOf(operation)) {
          expect(description, operation.key).toContain(`\`${scope}\``);
          expect(API_KEY_SCOPES as readonly string[], operation.key).toContain(scope);
        }
      }
    });

    it('should keep the key for "Try it out" when Swagger UI is reloaded', async () => {
      const init = await inject({ method: 'GET', url: '/api/docs/swagger-ui-init.js' });
      expect(init.statusCode).toBe(200);
      expect(init.body).toMatch(/"persistAuthorization":\s*true/);
      const document = await fetchOpenApiDocument(t.app);
      const schemes = (document.components as { securitySchemes?: Record<string, object> }).securitySchemes;
      expect(schemes?.['api-key']).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Api-Key' });
    });
  });

  describe('scopes', () => {
    it('should let each scope through its own routes and answer 403 on every other route when a key carries one scope', async () => {
      const operations = listOperations(await fetchOpenApiDocument(t.app)).filter(
        (operation) => !isPublic(operation),
      );
      for (const scope of API_KEY_SCOPES) {
        const key = await createKey({ name: `only ${scope}`, scopes: [scope] });
        const own = operations.filter((operation) => scopesOf(operation).includes(scope));
        expect(own.length, `routes taking ${scope}`).toBeGreaterThan(0);
        for (const operation of operations) {
          const res = await inject({
            method: operation.method.toUpperCase() as 'GET',
            url: operation.path.replace(/\{[^}]+\}/g, SOME_ID),
            headers: withKey(key),
            payload: operation.method === 'get' || operation.method === 'delete' ? undefined : {},
          });
          const label = `${scope} → ${operation.key}`;
          if (own.includes(operation)) {
            // Past the guard: the route itself answers (200, or 400/404 for the empty body and
            // the made-up id).
            expect([401, 403], `${label}: ${res.statusCode} ${res.body}`).not.toContain(res.statusCode);
          } else {
            expect(`${label}: ${res.statusCode}`).toBe(`${label}: 403`);
            expect(res.json<{ code: string }>().code, label).toBe('insufficient_scope');
          }
        }
      }
      // Every scope against every route is a couple of thousand requests: far over the default
      // minute when the machine is busy.
    }, 300_000);

    it('should do what an HR portal needs with users and invites scopes and nothing about staff when it calls', async () => {
      const key = await createKey({
        name: 'HR portal',
        scopes: ['users:read', 'users:write', 'invites:read', 'invites:write'],
      });
      const headers = withKey(key);
      const email = `hr-${randomBytes(4).toString('hex')}@example.test`;
      const created = await inject({
        method: 'POST',
        url: '/api/v1/admin/users',
        headers,
        payload: { email, firstName: 'Nia' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const user = created.json<{ id: string; role: string }>();
      expect(user.role).toBe('user');
      const listed = await inject({
        method: 'GET',
        url: `/api/v1/admin/users?filter=${encodeURIComponent(JSON.stringify({ q: email }))}`,
        headers,
      });
      expect(listed.json<{ id: string }[]>().map((row) => row.id)).toEqual([user.id]);
      const renamed = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/users/${user.id}`,
        headers,
        payload: { lastName: 'Okafor' },
      });
      expect(renamed.statusCode).toBe(200);

      const invite = await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers,
        payload: { email: `new-${email}` },
      });
      expect(invite.statusCode, invite.body).toBe(201);
      const invites = await inject({ method: 'GET', url: '/api/v1/admin/invites', headers });
      expect(invites.statusCode).toBe(200);

      // Roles and staff accounts stay with signed-in superusers, even though the key's creator is one.
      const staff = await createUser(t.app, { role: UserRole.Staff });
      const refusals = [
        { method: 'POST', url: '/api/v1/admin/users', payload: { email: `s-${email}`, role: 'staff' } },
        { method: 'PATCH', url: `/api/v1/admin/users/${user.id}`, payload: { role: 'superuser' } },
        { method: 'PATCH', url: `/api/v1/admin/users/${staff.id}`, payload: { firstName: 'X' } },
        { method: 'DELETE', url: `/api/v1/admin/users/${staff.id}` },
        { method: 'POST', url: '/api/v1/admin/invites', payload: { email: `i-${email}`, role: 'staff' } },
      ] as const;
      for (const request of refusals) {
        const res = await inject({ ...request, headers });
        expect(`${request.method} ${request.url}: ${res.statusCode}`).toBe(
          `${request.method} ${request.url}: 403`,
        );
      }
      expect((await t.app.get(UsersService).findById(staff.id))?.firstName).not.toBe('X');

      const deleted = await inject({ method: 'DELETE', url: `/api/v1/admin/users/${user.id}`, headers });
      expect(deleted.statusCode).toBe(200);
    });

    it('should export usage as CSV when the key has usage:read', async () => {
      const key = await createKey({ name: 'data team', scopes: ['usage:read'] });
      const res = await inject({ method: 'GET', url: '/api/v1/admin/usage/export', headers: withKey(key) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
    });

    it('should lose superuser routes when its creator is no longer a superuser', async () => {
      const owner = await createUser(t.app, { role: UserRole.Superuser });
      const key = await createKey(
        { name: 'owner', scopes: ['invites:read', 'users:read'] },
        await bearerHeaders(t.app, owner),
      );
      expect(
        (await inject({ method: 'GET', url: '/api/v1/admin/invites', headers: withKey(key) })).statusCode,
      ).toBe(200);
      await t.app.get(UsersService).update(owner.id, { role: UserRole.Staff });
      expect(
        (await inject({ method: 'GET', url: '/api/v1/admin/invites', headers: withKey(key) })).statusCode,
      ).toBe(403);
      expect(
        (await inject({ method: 'GET', url: '/api/v1/admin/users', headers: withKey(key) })).statusCode,
      ).toBe(200);
    });
  });

  describe('expiry', () => {
    it('should answer 401 api_key_expired once the expiry passes and work again when renewed', async () => {
      const key = await createKey({
        name: 'short-lived',
        scopes: ['users:read'],
        expiresAt: new Date(Date.now() + 5000).toISOString(),
      });
      expect(key.status).toBe('active');
      const call = () => inject({ method: 'GET', url: '/api/v1/admin/users', headers: withKey(key) });
      expect((await call()).statusCode).toBe(200);
      // Wait for the expiry itself: a 1.5 s margin could lapse before the first call on a loaded machine.
      await sleep(Math.max(0, Date.parse(key.expiresAt ?? '') - Date.now()) + 100);
      const expired = await call();
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toMatchObject({ statusCode: 401, code: 'api_key_expired' });
      expect((await getKey(key.id)).status).toBe('expired');
      const listed = await inject({
        method: 'GET',
        url: `/api/v1/admin/api-keys?filter=${encodeURIComponent(JSON.stringify({ status: 'expired' }))}`,
        headers: superHeaders,
      });
      expect(listed.json<ApiKeyBody[]>().map((row) => row.id)).toContain(key.id);

      const renewed = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/api-keys/${key.id}`,
        headers: superHeaders,
        payload: { expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      });
      expect(renewed.statusCode, renewed.body).toBe(200);
      expect(renewed.json<ApiKeyBody>().status).toBe('active');
      expect((await call()).statusCode).toBe(200);
    });

    it('should refuse an expiry in the past and a change to a revoked key when they are asked for', async () => {
      const past = await inject({
        method: 'POST',
        url: '/api/v1/admin/api-keys',
        headers: superHeaders,
        payload: { name: 'late', scopes: ['users:read'], expiresAt: '2020-01-01T00:00:00Z' },
      });
      expect(past.statusCode).toBe(400);
      expect(past.json()).toMatchObject({ code: 'validation_failed' });
      const key = await createKey({ name: 'to revoke', scopes: ['users:read'] });
      await inject({ method: 'DELETE', url: `/api/v1/admin/api-keys/${key.id}`, headers: superHeaders });
      const patched = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/api-keys/${key.id}`,
        headers: superHeaders,
        payload: { name: 'back from the dead' },
      });
      expect(patched.statusCode).toBe(409);
      expect(patched.json()).toMatchObject({ code: 'api_key_revoked' });
      expect((await getKey(key.id)).status).toBe('revoked');
    });
  });

  describe('last used', () => {
    it('should record the first use and write it at most once a minute when the key is used again', async () => {
      const key = await createKey({ name: 'touch', scopes: ['users:read'] });
      expect(key.lastUsedAt).toBeNull();
      const call = () => inject({ method: 'GET', url: '/api/v1/admin/users', headers: withKey(key) });
      expect((await call()).statusCode).toBe(200);
      const first = (await getKey(key.id)).lastUsedAt;
      expect(first).not.toBeNull();
      expect(Date.now() - Date.parse(first ?? '')).toBeLessThan(10_000);
      await sleep(20);
      expect((await call()).statusCode).toBe(200);
      expect((await getKey(key.id)).lastUsedAt).toBe(first);
    });
  });

  describe('settings', () => {
    it('should refuse unknown and server-owned fields with 400 when a key is created or changed', async () => {
      const base = { name: 'mass assignment', scopes: ['users:read'] };
      for (const extra of [
        { keyHash: 'a'.repeat(64) },
        { createdById: superuser.id },
        { lastUsedAt: new Date().toISOString() },
        { revokedAt: null },
        { prefix: 'dck_mine' },
        { status: 'active' },
        { rateLimitPerMinute: 0 },
        { rateLimitPerMinute: 1.5 },
        { expiresAt: 'tomorrow' },
      ]) {
        const res = await inject({
          method: 'POST',
          url: '/api/v1/admin/api-keys',
          headers: superHeaders,
          payload: { ...base, ...extra },
        });
        expect(`${JSON.stringify(extra)}: ${res.statusCode}`).toBe(`${JSON.stringify(extra)}: 400`);
      }
      const key = await createKey(base);
      for (const extra of [
        { secret: 'x' },
        { createdById: superuser.id },
        { scopes: ['users:delete'] },
        { scopes: [] },
      ]) {
        const res = await inject({
          method: 'PATCH',
          url: `/api/v1/admin/api-keys/${key.id}`,
          headers: superHeaders,
          payload: extra,
        });
        expect(`${JSON.stringify(extra)}: ${res.statusCode}`).toBe(`${JSON.stringify(extra)}: 400`);
      }
      expect(await getKey(key.id)).toMatchObject({ scopes: ['users:read'], name: base.name });
    });

    it('should change name, scopes, expiry and rate limit, clear them with null and audit it when a superuser edits a key', async () => {
      const key = await createKey({ name: 'edit me', scopes: ['users:read'], rateLimitPerMinute: 30 });
      expect(key).toMatchObject({ rateLimitPerMinute: 30, expiresAt: null, status: 'active' });
      const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const patched = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/api-keys/${key.id}`,
        headers: superHeaders,
        payload: {
          name: 'edited',
          scopes: ['invites:read', 'users:read'],
          expiresAt,
          rateLimitPerMinute: null,
        },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({
        name: 'edited',
        scopes: ['invites:read', 'users:read'],
        expiresAt,
        rateLimitPerMinute: null,
      });
      expect(JSON.stringify(patched.json())).not.toContain(key.secret);
      const audit = await inject({
        method: 'GET',
        url: `/api/v1/admin/audit-log?filter=${encodeURIComponent(JSON.stringify({ targetId: key.id }))}`,
        headers: superHeaders,
      });
      expect(
        audit
          .json<{ action: string }[]>()
          .map((event) => event.action)
          .sort(),
      ).toEqual(['api_key.created', 'api_key.updated']);
      const staffHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
      const byStaff = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/api-keys/${key.id}`,
        headers: staffHeaders,
        payload: { name: 'staff' },
      });
      expect(byStaff.statusCode).toBe(403);
    });
  });
});

// The per-key limit is counted where every API process sees it: in Redis when REDIS_URL is set
// (two apps on one database and one Redis here), else in the one process's memory.
describe('API key rate limit', () => {
  let a: TestApp;
  let b: TestApp;
  let viaRedis = false;

  beforeAll(async () => {
    viaRedis = await redisAvailable(testRedisUrl());
    if (!viaRedis && redisRequired()) {
      throw new Error(`REQUIRE_REDIS=1 but Redis at ${testRedisUrl()} is not reachable`);
    }
    const env: Record<string, string> = viaRedis
      ? { REDIS_URL: testRedisUrl(), QUEUE_PREFIX: `apikeys-${randomBytes(4).toString('hex')}` }
      : {};
    a = await startTestApp('api_keys_rl', { env });
    b = viaRedis ? await startTestApp('api_keys_rl', { env, database: a.database }) : a;
  });

  afterAll(async () => {
    if (b && b !== a) {
      await b.close();
    }
    await a?.close();
  });

  it('should answer 429 api_key_rate_limited with Retry-After over the limit and serve again after the window', async () => {
    const superuser = await createUser(a.app, { role: UserRole.Superuser });
    const headers = await bearerHeaders(a.app, superuser);
    const create = async (rateLimitPerMinute?: number) =>
      (
        await a.app.inject({
          method: 'POST',
          url: '/api/v1/admin/api-keys',
          headers,
          payload: { name: 'limited', scopes: ['users:read'], rateLimitPerMinute },
        })
      ).json<ApiKeyBody>();
    const limited = await create(3);
    const unlimited = await create();
    const call = (app: TestApp, key: ApiKeyBody) =>
      app.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: { 'x-api-key': key.secret } });

    // Alternate processes: the count is shared, not per process.
    expect((await call(a, limited)).statusCode).toBe(200);
    expect((await call(b, limited)).statusCode).toBe(200);
    expect((await call(a, limited)).statusCode).toBe(200);
    const refused = await call(b, limited);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ statusCode: 429, code: 'api_key_rate_limited' });
    expect(refused.json<{ message: string }>().message).toContain('3 requests a minute');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await call(a, limited)).statusCode).toBe(429);
    // Other keys of the same creator are not held back.
    for (let i = 0; i < 6; i += 1) {
      expect((await call(i % 2 ? a : b, unlimited)).statusCode).toBe(200);
    }

    await sleep(retryAfter * 1000 + 250);
    expect((await call(b, limited)).statusCode).toBe(200);
  }, 120_000);
});
