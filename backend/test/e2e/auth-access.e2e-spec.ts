import { Controller, Get, Module, Post } from '@nestjs/common';
import { generate } from 'otplib';
import { AppModule } from 'src/app.module';
import { Auth, type AuthPrincipal, CurrentPrincipal, Public } from 'src/common/auth/auth.decorator';
import { UserRole } from 'src/common/auth/user-role';
import { UsersService } from 'src/users/users.service';
import { bearerHeaders, createUser, loginAs, type TestUser } from 'test/factories/user.factory';
import { type FakeSes, sesEnv, startFakeSes, tokenFrom } from 'test/utils/fake-ses';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// Routes shaped like the ones other modules declare, so the guard's contract is tested
// without depending on them.
@Controller('access-probe')
class AccessProbeController {
  @Get('default')
  undecorated(@CurrentPrincipal() principal: AuthPrincipal): AuthPrincipal {
    return principal;
  }

  @Public()
  @Get('public')
  open(): { ok: true } {
    return { ok: true };
  }

  @Auth({ role: UserRole.Staff, scopes: ['prompts:read'] })
  @Get('prompts')
  readPrompts(@CurrentPrincipal() principal: AuthPrincipal): AuthPrincipal {
    return principal;
  }

  @Auth({ role: UserRole.Staff, scopes: ['prompts:write'] })
  @Post('prompts')
  writePrompts(): { ok: true } {
    return { ok: true };
  }

  @Auth({ role: UserRole.Superuser })
  @Get('super')
  superOnly(): { ok: true } {
    return { ok: true };
  }
}

@Module({ imports: [AppModule], controllers: [AccessProbeController] })
class AccessProbeModule {}

describe('access control', () => {
  let t: TestApp;
  let ses: FakeSes;
  let inject: TestApp['app']['inject'];
  let superuser: TestUser;
  let superHeaders: { authorization: string };

  beforeAll(async () => {
    ses = await startFakeSes();
    t = await startTestApp('auth_access', { rootModule: AccessProbeModule, env: sesEnv(ses) });
    inject = t.app.inject.bind(t.app);
    superuser = await createUser(t.app, { role: UserRole.Superuser });
    superHeaders = await bearerHeaders(t.app, superuser);
  });

  afterAll(async () => {
    await t?.close();
    await ses?.close();
  });

  describe('the global guard', () => {
    it('should demand a signed-in caller on a route without decorators and let anyone reach @Public routes', async () => {
      expect((await inject({ method: 'GET', url: '/api/v1/access-probe/default' })).statusCode).toBe(401);
      expect((await inject({ method: 'GET', url: '/api/v1/access-probe/public' })).statusCode).toBe(200);
      const user = await createUser(t.app);
      const res = await inject({
        method: 'GET',
        url: '/api/v1/access-probe/default',
        headers: await bearerHeaders(t.app, user),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ userId: user.id, role: 'user', via: 'bearer' });
      for (const url of ['/health/live', '/api/openapi.json', '/api/docs']) {
        expect((await inject({ method: 'GET', url })).statusCode).toBe(200);
      }
    });

    it('should apply the role hierarchy user < staff < superuser when routes ask for a role', async () => {
      const roles = [UserRole.User, UserRole.Staff, UserRole.Superuser];
      const expected: Record<string, number[]> = {
        '/api/v1/access-probe/prompts': [403, 200, 200],
        '/api/v1/access-probe/super': [403, 403, 200],
      };
      for (const [url, statuses] of Object.entries(expected)) {
        for (const [index, role] of roles.entries()) {
          const headers = await bearerHeaders(t.app, await createUser(t.app, { role }));
          const res = await inject({ method: 'GET', url, headers });
          expect(`${role} ${url}: ${res.statusCode}`).toBe(`${role} ${url}: ${statuses[index]}`);
        }
      }
    });

    it('should answer 403 to a plain user and 401 to nobody on every admin route when the OpenAPI document lists them', async () => {
      const document = (await inject({ method: 'GET', url: '/api/openapi.json' })).json<{
        paths: Record<string, Record<string, unknown>>;
      }>();
      const user = await createUser(t.app);
      const headers = await bearerHeaders(t.app, user);
      const adminRoutes = Object.entries(document.paths).filter(([path]) =>
        path.startsWith('/api/v1/admin/'),
      );
      expect(adminRoutes.length).toBeGreaterThan(10);
      for (const [path, operations] of adminRoutes) {
        const url = path.replace(/\{[^}]+\}/g, '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13');
        for (const method of Object.keys(operations).filter((key) =>
          ['get', 'post', 'patch', 'put', 'delete'].includes(key),
        )) {
          const upper = method.toUpperCase() as 'GET';
          const asUser = await inject({
            method: upper,
            url,
            headers,
            payload: method === 'get' ? undefined : {},
          });
          expect(`${method} ${path} as user: ${asUser.statusCode}`).toBe(`${method} ${path} as user: 403`);
          const anonymous = await inject({ method: upper, url, payload: method === 'get' ? undefined : {} });
          expect(`${method} ${path} anonymous: ${anonymous.statusCode}`).toBe(
            `${method} ${path} anonymous: 401`,
          );
        }
      }
    });

    it('should keep staff out of superuser-only admin routes when they try', async () => {
      const staff = await createUser(t.app, { role: UserRole.Staff });
      const headers = await bearerHeaders(t.app, staff);
      for (const [method, url] of [
        ['GET', '/api/v1/admin/invites'],
        ['POST', '/api/v1/admin/invites'],
        ['GET', '/api/v1/admin/api-keys'],
        ['POST', '/api/v1/admin/api-keys'],
      ] as const) {
        const res = await inject({ method, url, headers, payload: method === 'POST' ? {} : undefined });
        expect(`${method} ${url}: ${res.statusCode}`).toBe(`${method} ${url}: 403`);
      }
      expect((await inject({ method: 'GET', url: '/api/v1/admin/users', headers })).statusCode).toBe(200);
      expect((await inject({ method: 'GET', url: '/api/v1/admin/audit-log', headers })).statusCode).toBe(200);
    });
  });

  describe('OpenAPI', () => {
    it('should document the cookie, bearer and API-key schemes and example bodies when the document is built', async () => {
      const document = (await inject({ method: 'GET', url: '/api/openapi.json' })).json<{
        components: { securitySchemes: Record<string, { type: string; in?: string; name?: string }> };
        paths: Record<string, Record<string, { security?: object[]; requestBody?: unknown }>>;
      }>();
      expect(document.components.securitySchemes).toMatchObject({
        cookie: { type: 'apiKey', in: 'cookie', name: 'dc_access' },
        bearer: { type: 'http' },
        'api-key': { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      });
      expect(document.paths['/api/v1/me']?.get?.security).toEqual(
        expect.arrayContaining([{ cookie: [] }, { bearer: [] }]),
      );
      expect(document.paths['/api/v1/auth/login']?.post?.security).toBeUndefined();
      expect(JSON.stringify(document.paths['/api/v1/auth/login'])).toContain('LoginDto');
      expect(JSON.stringify(document)).toContain('"example":"ann@example.com"');
    });
  });

  describe('API keys', () => {
    it('should pass only routes whose scopes the key carries and stop working once revoked', async () => {
      const created = await inject({
        method: 'POST',
        url: '/api/v1/admin/api-keys',
        headers: superHeaders,
        payload: { name: 'CI prompt sync', scopes: ['prompts:read'] },
      });
      expect(created.statusCode).toBe(201);
      const key = created.json<{ id: string; secret: string; prefix: string; scopes: string[] }>();
      expect(key.secret.startsWith(key.prefix)).toBe(true);
      const apiKey = { 'x-api-key': key.secret };

      const read = await inject({ method: 'GET', url: '/api/v1/access-probe/prompts', headers: apiKey });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ via: 'api-key', scopes: ['prompts:read'], userId: superuser.id });

      const write = await inject({ method: 'POST', url: '/api/v1/access-probe/prompts', headers: apiKey });
      expect(write.statusCode).toBe(403);
      expect(write.json()).toMatchObject({ code: 'insufficient_scope' });
      for (const url of ['/api/v1/me', '/api/v1/admin/users', '/api/v1/access-probe/default']) {
        const res = await inject({ method: 'GET', url, headers: apiKey });
        expect(`${url}: ${res.statusCode}`).toBe(`${url}: 403`);
      }

      const listed = await inject({ method: 'GET', url: '/api/v1/admin/api-keys', headers: superHeaders });
      expect(listed.headers['content-range']).toMatch(/^api-keys 0-\d+\/\d+$/);
      const row = listed
        .json<{ id: string; lastUsedAt: string | null }[]>()
        .find((item) => item.id === key.id);
      expect(row?.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(listed.json())).not.toContain(key.secret);

      const revoked = await inject({
        method: 'DELETE',
        url: `/api/v1/admin/api-keys/${key.id}`,
        headers: superHeaders,
      });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json<{ revokedAt: string | null }>().revokedAt).not.toBeNull();
      const after = await inject({ method: 'GET', url: '/api/v1/access-probe/prompts', headers: apiKey });
      expect(after.statusCode).toBe(401);

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
      ).toEqual(['api_key.created', 'api_key.revoked']);
    });

    it('should stop a key working when its creator is no longer staff or is deactivated', async () => {
      const owner = await createUser(t.app, { role: UserRole.Superuser });
      const created = await inject({
        method: 'POST',
        url: '/api/v1/admin/api-keys',
        headers: await bearerHeaders(t.app, owner),
        payload: { name: 'owner checks', scopes: ['prompts:read'] },
      });
      expect(created.statusCode).toBe(201);
      const apiKey = { 'x-api-key': created.json<{ secret: string }>().secret };
      const probe = async () =>
        (await inject({ method: 'GET', url: '/api/v1/access-probe/prompts', headers: apiKey })).statusCode;
      const users = t.app.get(UsersService);

      expect(await probe()).toBe(200);
      await users.update(owner.id, { role: UserRole.User });
      expect(await probe()).toBe(401);
      await users.update(owner.id, { role: UserRole.Staff });
      expect(await probe()).toBe(200);
      await users.update(owner.id, { isActive: false });
      expect(await probe()).toBe(401);
    });

    it('should reject unknown scopes and malformed keys when they are used', async () => {
      const bad = await inject({
        method: 'POST',
        url: '/api/v1/admin/api-keys',
        headers: superHeaders,
        payload: { name: 'typo', scopes: ['prompt:read'] },
      });
      expect(bad.statusCode).toBe(400);
      for (const value of ['', 'nope', `dck_${'a'.repeat(43)}`]) {
        const res = await inject({
          method: 'GET',
          url: '/api/v1/access-probe/prompts',
          headers: { 'x-api-key': value },
        });
        expect(res.statusCode).toBe(401);
      }
    });
  });

  describe('/me', () => {
    it('should reject privileged fields by name and change nothing when they are sent', async () => {
      const user = await createUser(t.app);
      const headers = await bearerHeaders(t.app, user);
      for (const field of ['role', 'isStaff', 'emailVerified', 'email', 'isActive', 'passwordHash']) {
        const res = await inject({
          method: 'PATCH',
          url: '/api/v1/me',
          headers,
          payload: { firstName: 'Mallory', [field]: field === 'role' ? 'superuser' : true },
        });
        expect(res.statusCode).toBe(400);
        expect(res.json<{ code: string; message: string }>()).toMatchObject({ code: 'validation_failed' });
        expect(res.json<{ message: string }>().message).toContain(field);
      }
      const bad = await inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers,
        payload: { timezone: 'Mars/Olympus' },
      });
      expect(bad.statusCode).toBe(400);
      const profile = (await inject({ method: 'GET', url: '/api/v1/me', headers })).json();
      expect(profile).toMatchObject({ role: 'user', firstName: 'Test', timezone: 'UTC' });

      const ok = await inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers,
        payload: { firstName: 'Ann', lastName: 'Lee', timezone: 'Europe/Berlin', memoryEnabled: false },
      });
      expect(ok.json()).toMatchObject({
        firstName: 'Ann',
        lastName: 'Lee',
        timezone: 'Europe/Berlin',
        memoryEnabled: false,
      });
    });
  });

  describe('deactivated accounts', () => {
    it('should stop existing tokens and refuse sign-in when staff deactivate an account', async () => {
      const user = await createUser(t.app);
      const tokens = await loginAs(t.app, user);
      const staffHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
      const res = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/users/${user.id}`,
        headers: staffHeaders,
        payload: { isActive: false },
      });
      expect(res.statusCode).toBe(200);
      expect(
        (
          await inject({
            method: 'GET',
            url: '/api/v1/me',
            headers: { authorization: `Bearer ${tokens.accessToken}` },
          })
        ).statusCode,
      ).toBe(401);
      const login = await inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email: user.email, password: user.password },
      });
      expect(login.statusCode).toBe(403);
      expect(login.json()).toMatchObject({ code: 'account_disabled' });
    });
  });

  describe('two-factor authentication', () => {
    const codeAt = (secret: string, offsetSeconds: number) =>
      generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

    it('should require a fresh code (or a recovery code, once) at sign-in when 2FA is on, also after a password reset', async () => {
      const user = await createUser(t.app);
      const headers = await bearerHeaders(t.app, user);
      const setup = await inject({ method: 'POST', url: '/api/v1/auth/2fa/setup', headers });
      expect(setup.statusCode).toBe(200);
      const { secret, otpauthUrl, qrCodeDataUrl } = setup.json<{
        secret: string;
        otpauthUrl: string;
        qrCodeDataUrl: string;
      }>();
      expect(otpauthUrl).toContain('otpauth://totp/');
      expect(qrCodeDataUrl.startsWith('data:image/png;base64,')).toBe(true);

      const wrong = await inject({
        method: 'POST',
        url: '/api/v1/auth/2fa/enable',
        headers,
        payload: { otp: '000000' },
      });
      // 400, not 401: the session is fine, only the code is wrong.
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: 'otp_invalid', details: [{ field: 'otp' }] });
      const enabled = await inject({
        method: 'POST',
        url: '/api/v1/auth/2fa/enable',
        headers,
        payload: { otp: await codeAt(secret, -30) },
      });
      expect(enabled.statusCode).toBe(200);
      const { recoveryCodes } = enabled.json<{ recoveryCodes: string[] }>();
      expect(recoveryCodes).toHaveLength(10);

      const login = (otp?: string) =>
        inject({
          method: 'POST',
          url: '/api/v1/auth/token',
          payload: { email: user.email, password: user.password, ...(otp ? { otp } : {}) },
        });
      expect((await login()).json()).toMatchObject({ statusCode: 401, code: 'otp_required' });
      expect((await login('123456')).json()).toMatchObject({ statusCode: 401, code: 'otp_invalid' });
      const fresh = await codeAt(secret, 0);
      expect((await login(fresh)).statusCode).toBe(200);
      expect((await login(fresh)).json()).toMatchObject({ code: 'otp_invalid' });
      expect((await login(recoveryCodes[0])).statusCode).toBe(200);
      // (Recovery codes are checked case- and dash-insensitively, and each works once.)
      expect((await login(recoveryCodes[0]?.toLowerCase())).json()).toMatchObject({ code: 'otp_invalid' });

      await inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: user.email } });
      const mail = (await ses.waitFor((sent) => sent.some((m) => m.to.includes(user.email)))).find((m) =>
        m.to.includes(user.email),
      )!;
      const reset = await inject({
        method: 'POST',
        url: '/api/v1/auth/reset-password',
        payload: { token: tokenFrom(mail), password: 'Harbour-Lantern-Pine-5' },
      });
      expect(reset.statusCode).toBe(200);
      const afterReset = await inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email: user.email, password: 'Harbour-Lantern-Pine-5' },
      });
      expect(afterReset.json()).toMatchObject({ code: 'otp_required' });

      const newHeaders = {
        authorization: `Bearer ${
          (
            await inject({
              method: 'POST',
              url: '/api/v1/auth/token',
              payload: { email: user.email, password: 'Harbour-Lantern-Pine-5', otp: recoveryCodes[1] },
            })
          ).json<{ accessToken: string }>().accessToken
        }`,
      };
      const disableWrong = await inject({
        method: 'POST',
        url: '/api/v1/auth/2fa/disable',
        headers: newHeaders,
        payload: { password: 'wrong-password-1', otp: recoveryCodes[2] },
      });
      expect(disableWrong.json()).toMatchObject({ code: 'password_incorrect' });
      const disableWrongCode = await inject({
        method: 'POST',
        url: '/api/v1/auth/2fa/disable',
        headers: newHeaders,
        payload: { password: 'Harbour-Lantern-Pine-5', otp: '000000' },
      });
      expect(disableWrongCode.json()).toMatchObject({ statusCode: 400, code: 'otp_invalid' });
      const disabled = await inject({
        method: 'POST',
        url: '/api/v1/auth/2fa/disable',
        headers: newHeaders,
        payload: { password: 'Harbour-Lantern-Pine-5', otp: recoveryCodes[2] },
      });
      expect(disabled.statusCode).toBe(204);
      expect(
        (
          await inject({
            method: 'POST',
            url: '/api/v1/auth/token',
            payload: { email: user.email, password: 'Harbour-Lantern-Pine-5' },
          })
        ).statusCode,
      ).toBe(200);
    });

    it('should keep staff without 2FA out of staff routes when STAFF_REQUIRE_2FA is on', async () => {
      const strict = await startTestApp('auth_staff_2fa', { env: { STAFF_REQUIRE_2FA: 'true' } });
      try {
        const staff = await createUser(strict.app, { role: UserRole.Staff });
        const headers = await bearerHeaders(strict.app, staff);
        const blocked = await strict.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers });
        expect(blocked.statusCode).toBe(403);
        expect(blocked.json()).toMatchObject({ code: 'two_factor_required' });
        expect((await strict.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);

        const { secret } = (
          await strict.app.inject({ method: 'POST', url: '/api/v1/auth/2fa/setup', headers })
        ).json<{ secret: string }>();
        const enable = await strict.app.inject({
          method: 'POST',
          url: '/api/v1/auth/2fa/enable',
          headers,
          payload: { otp: await codeAt(secret, 0) },
        });
        expect(enable.statusCode).toBe(200);
        expect(
          (await strict.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers })).statusCode,
        ).toBe(200);
      } finally {
        await strict.close();
      }
    });
  });
});
