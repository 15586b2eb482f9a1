import { DataSource } from 'typeorm';
import { createUser, loginAs } from 'test/factories/user.factory';
import { CookieJar } from 'test/utils/cookies';
import { type FakeSes, sesEnv, startFakeSes, tokenFrom } from 'test/utils/fake-ses';
import { startTestApp, type TestApp } from 'test/utils/test-app';
import { UserRole } from 'src/common/auth/user-role';

const PASSWORD = 'Quiet-River-Lamp-42';

// The whole account lifecycle over HTTP, with mail going out through the real SES client to a
// local fake and links taken from the delivered mails.
describe('account flows', () => {
  let t: TestApp;
  let ses: FakeSes;
  let inject: TestApp['app']['inject'];

  const bootApp = async (label: string, env: Record<string, string> = {}): Promise<TestApp> =>
    startTestApp(label, { env: { ...sesEnv(ses), ...env } });

  beforeAll(async () => {
    ses = await startFakeSes();
    t = await bootApp('auth_flows', { SIGNUP_MODE: 'open' });
    inject = t.app.inject.bind(t.app);
  });

  afterAll(async () => {
    await t?.close();
    await ses?.close();
  });

  const query = <T>(sql: string, params: unknown[] = []): Promise<T> =>
    t.app.get(DataSource).query<T>(sql, params);

  const lastMailTo = async (address: string, subject: RegExp) => {
    const mails = await ses.waitFor((sent) =>
      sent.some((mail) => mail.to.includes(address) && subject.test(mail.subject)),
    );
    return mails.filter((mail) => mail.to.includes(address) && subject.test(mail.subject)).at(-1)!;
  };

  describe('invite → accept → login → refresh → logout', () => {
    it('should take an invited person from the email link to a signed-out session when every step is followed', async () => {
      const admin = await createUser(t.app, { role: UserRole.Superuser });
      const adminJar = new CookieJar();
      adminJar.store(
        await inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: admin.email, password: admin.password },
        }),
      );

      const invited = 'invitee@example.com';
      const created = await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers: adminJar.headers({ csrf: true }),
        payload: { email: invited },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ email: invited, status: 'pending', role: 'user' });

      const mail = await lastMailTo(invited, /invited/);
      expect(mail.html).toContain('Accept the invitation');
      expect(mail.text).toContain('/invite#token=');
      const token = tokenFrom(mail);

      const preview = await inject({ method: 'GET', url: `/api/v1/auth/invites/${token}` });
      expect(preview.statusCode).toBe(200);
      expect(preview.json()).toMatchObject({ email: invited });

      const browser = new CookieJar();
      const accepted = await inject({
        method: 'POST',
        url: '/api/v1/auth/invites/accept',
        payload: { token, password: PASSWORD, firstName: 'Ivy', lastName: 'Invited' },
      });
      expect(accepted.statusCode).toBe(201);
      expect(accepted.json()).toMatchObject({ user: { email: invited, emailVerified: true, role: 'user' } });
      browser.store(accepted);
      expect(browser.get('dc_access')).toBeDefined();

      const login = await inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'Invitee@Example.com', password: PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      browser.store(login);
      const me = await inject({ method: 'GET', url: '/api/v1/me', headers: browser.headers() });
      expect(me.json()).toMatchObject({ email: invited, firstName: 'Ivy' });

      const oldRefresh = browser.get('dc_refresh');
      const refreshed = await inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        headers: browser.headers({ csrf: true }),
      });
      expect(refreshed.statusCode).toBe(200);
      browser.store(refreshed);
      expect(browser.get('dc_refresh')).not.toBe(oldRefresh);
      expect(
        (await inject({ method: 'GET', url: '/api/v1/me', headers: browser.headers() })).statusCode,
      ).toBe(200);

      const logout = await inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: browser.headers({ csrf: true }),
      });
      expect(logout.statusCode).toBe(204);
      const accessAfterLogout = browser.get('dc_access');
      browser.store(logout);
      expect(browser.get('dc_access')).toBeUndefined();
      // A copy of the old access token is useless too: its session is gone.
      const replay = await inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: `dc_access=${accessAfterLogout}` },
      });
      expect(replay.statusCode).toBe(401);

      const reuse = await inject({
        method: 'POST',
        url: '/api/v1/auth/invites/accept',
        payload: { token, password: PASSWORD, firstName: 'Ivy', lastName: 'Again' },
      });
      expect(reuse.statusCode).toBe(400);
      expect(reuse.json()).toMatchObject({ code: 'token_used' });
    });
  });

  describe('open signup → verify → login', () => {
    it('should require a verified email before sign-in when signing up openly', async () => {
      const email = 'self.signup@example.com';
      const registered = await inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { email, password: PASSWORD, firstName: 'Sam', lastName: 'Signup' },
      });
      expect(registered.statusCode).toBe(202);
      const options = await inject({ method: 'GET', url: '/api/v1/auth/options' });
      expect(options.json()).toEqual({ signupMode: 'open', coach: 'demo' });

      const early = await inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: PASSWORD },
      });
      expect(early.statusCode).toBe(403);
      expect(early.json()).toMatchObject({ code: 'email_not_verified' });

      const token = tokenFrom(await lastMailTo(email, /confirm your email/));
      const verified = await inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
      expect(verified.statusCode).toBe(200);

      const login = await inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json()).toMatchObject({ user: { email, emailVerified: true } });

      const again = await inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
      expect(again.statusCode).toBe(400);
      expect(again.json()).toMatchObject({ code: 'token_used' });
    });

    it('should answer a registration for an existing address exactly like a new one when it is taken', async () => {
      const existing = await createUser(t.app);
      const body = { password: PASSWORD, firstName: 'Sam', lastName: 'Signup' };
      const taken = await inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { ...body, email: existing.email },
      });
      const fresh = await inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { ...body, email: 'new.person@example.com' },
      });
      expect(taken.statusCode).toBe(202);
      expect(taken.body).toBe(fresh.body);
    });

    it('should reject signup with 403 signup_closed when the mode is invite', async () => {
      const closed = await bootApp('auth_closed');
      try {
        const res = await closed.app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: { email: 'x@example.com', password: PASSWORD, firstName: 'X', lastName: 'Y' },
        });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: 'signup_closed' });
        const options = await closed.app.inject({ method: 'GET', url: '/api/v1/auth/options' });
        expect(options.json()).toEqual({ signupMode: 'invite', coach: 'demo' });
      } finally {
        await closed.close();
      }
    });
  });

  describe('forgot → reset', () => {
    it('should revoke every old session and keep 2FA-free sign-in with the new password when reset', async () => {
      const user = await createUser(t.app);
      const integrator = await loginAs(t.app, user);
      const browser = new CookieJar();
      browser.store(
        await inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: user.email, password: user.password },
        }),
      );

      const forgot = await inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        payload: { email: user.email },
      });
      expect(forgot.statusCode).toBe(202);
      const token = tokenFrom(await lastMailTo(user.email, /Reset your/));

      const reset = await inject({
        method: 'POST',
        url: '/api/v1/auth/reset-password',
        payload: { token, password: PASSWORD },
      });
      expect(reset.statusCode).toBe(200);

      const oldBearer = await inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${integrator.accessToken}` },
      });
      expect(oldBearer.statusCode).toBe(401);
      expect(
        (await inject({ method: 'GET', url: '/api/v1/me', headers: browser.headers() })).statusCode,
      ).toBe(401);
      const oldRefresh = await inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: integrator.refreshToken },
      });
      expect(oldRefresh.statusCode).toBe(401);

      const oldPassword = await inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email: user.email, password: user.password },
      });
      expect(oldPassword.statusCode).toBe(401);
      const newPassword = await inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email: user.email, password: PASSWORD },
      });
      expect(newPassword.statusCode).toBe(200);

      await lastMailTo(user.email, /password was changed/);
      const replay = await inject({
        method: 'POST',
        url: '/api/v1/auth/reset-password',
        payload: { token, password: 'Another-Fine-Lamp-9' },
      });
      expect(replay.statusCode).toBe(400);
      expect(replay.json()).toMatchObject({ code: 'token_used' });
    });

    it('should answer 202 with the same body when the address has no account', async () => {
      const known = await createUser(t.app);
      const a = await inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        payload: { email: known.email },
      });
      const b = await inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        payload: { email: 'nobody@example.com' },
      });
      const c = await inject({
        method: 'POST',
        url: '/api/v1/auth/resend-verification',
        payload: { email: 'nobody@example.com' },
      });
      expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([202, 202, 202]);
      expect(a.body).toBe(b.body);
      expect(b.body).toBe(c.body);
    });

    it('should leave the password unchanged and the link usable when the new password is weak', async () => {
      const user = await createUser(t.app);
      await inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: user.email } });
      const token = tokenFrom(await lastMailTo(user.email, /Reset your/));
      for (const password of ['short', 'password123456', `${user.email}-Extra-7`, 'qwertyuiop']) {
        const res = await inject({
          method: 'POST',
          url: '/api/v1/auth/reset-password',
          payload: { token, password },
        });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ code: 'password_too_weak' });
      }
      expect((await loginAs(t.app, user)).accessToken).toBeTruthy();
      const ok = await inject({
        method: 'POST',
        url: '/api/v1/auth/reset-password',
        payload: { token, password: PASSWORD },
      });
      expect(ok.statusCode).toBe(200);
    });
  });

  describe('emailed tokens', () => {
    const expire = (table: string, column = 'expires_at') =>
      query(`UPDATE ${table} SET ${column} = now() - interval '1 second'`);

    it('should reject every kind of emailed token with token_expired when it is past its expiry', async () => {
      const admin = await createUser(t.app, { role: UserRole.Superuser });
      const headers = { authorization: `Bearer ${(await loginAs(t.app, admin)).accessToken}` };
      await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers,
        payload: { email: 'late.invitee@example.com' },
      });
      const inviteToken = tokenFrom(await lastMailTo('late.invitee@example.com', /invited/));

      await inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { email: 'late.verifier@example.com', password: PASSWORD, firstName: 'L', lastName: 'V' },
      });
      const verifyToken = tokenFrom(await lastMailTo('late.verifier@example.com', /confirm your email/));

      const resetUser = await createUser(t.app);
      await inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        payload: { email: resetUser.email },
      });
      const resetToken = tokenFrom(await lastMailTo(resetUser.email, /Reset your/));

      await expire('invites');
      await expire('user_tokens');

      const calls = [
        inject({ method: 'GET', url: `/api/v1/auth/invites/${inviteToken}` }),
        inject({
          method: 'POST',
          url: '/api/v1/auth/invites/accept',
          payload: { token: inviteToken, password: PASSWORD, firstName: 'L', lastName: 'I' },
        }),
        inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token: verifyToken } }),
        inject({
          method: 'POST',
          url: '/api/v1/auth/reset-password',
          payload: { token: resetToken, password: PASSWORD },
        }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ code: 'token_expired' });
      }
    });

    it('should reject a made-up token with token_invalid when it matches nothing', async () => {
      const fake = 'x'.repeat(43);
      for (const res of [
        await inject({ method: 'GET', url: `/api/v1/auth/invites/${fake}` }),
        await inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token: fake } }),
        await inject({
          method: 'POST',
          url: '/api/v1/auth/reset-password',
          payload: { token: fake, password: PASSWORD },
        }),
      ]) {
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ code: 'token_invalid' });
      }
    });

    it('should store no emailed token, refresh token or API key in clear when they are issued', async () => {
      const admin = await createUser(t.app, { role: UserRole.Superuser });
      const tokens = await loginAs(t.app, admin);
      const headers = { authorization: `Bearer ${tokens.accessToken}` };
      await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers,
        payload: { email: 'hash.check@example.com' },
      });
      await inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: admin.email } });
      const key = await inject({
        method: 'POST',
        url: '/api/v1/admin/api-keys',
        headers,
        payload: { name: 'hash check', scopes: ['prompts:read'] },
      });
      const secrets = [
        tokens.refreshToken,
        key.json<{ secret: string }>().secret,
        tokenFrom(await lastMailTo('hash.check@example.com', /invited/)),
        tokenFrom(await lastMailTo(admin.email, /Reset your/)),
      ];
      // Every text-like column of every table, searched for each raw secret.
      const columns = await query<{ table_name: string; column_name: string }[]>(
        `SELECT table_name, column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'ARRAY')`,
      );
      for (const secret of secrets) {
        for (const { table_name, column_name } of columns) {
          const [{ count }] = await query<{ count: string }[]>(
            `SELECT count(*) FROM "${table_name}" WHERE "${column_name}"::text LIKE $1`,
            [`%${secret}%`],
          );
          expect(`${table_name}.${column_name}: ${count}`).toBe(`${table_name}.${column_name}: 0`);
        }
      }
    });
  });
});
