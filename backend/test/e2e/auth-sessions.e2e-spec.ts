import { createHmac, randomUUID } from 'node:crypto';
import { createUser, loginAs, type TestUser } from 'test/factories/user.factory';
import { CookieJar, parseSetCookies } from 'test/utils/cookies';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const SECRET = 'test-secret-for-the-forged-token-corpus-0123456789';

const b64 = (value: object | string): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const sign = (header: object, payload: object, secret = SECRET, algorithm = 'sha256'): string => {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest('base64url')}`;
};

const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('tokens, sessions and cookies', () => {
  let t: TestApp;
  let inject: TestApp['app']['inject'];

  beforeAll(async () => {
    t = await startTestApp('auth_sessions', { env: { JWT_SECRET: SECRET } });
    inject = t.app.inject.bind(t.app);
  });

  afterAll(async () => {
    await t?.close();
  });

  const me = (headers: Record<string, string>) => inject({ method: 'GET', url: '/api/v1/me', headers });

  const browserLogin = async (user: TestUser): Promise<CookieJar> => {
    const res = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    return new CookieJar().store(res);
  };

  describe('forged access tokens', () => {
    it('should answer 401 to every forged or misused token when presented as bearer or cookie', async () => {
      const user = await createUser(t.app);
      const { accessToken, refreshToken } = await loginAs(t.app, user);
      expect((await me({ authorization: `Bearer ${accessToken}` })).statusCode).toBe(200);

      const good = claimsOf(accessToken);
      const now = Math.floor(Date.now() / 1000);
      const hs256 = { alg: 'HS256', typ: 'JWT' };
      const [header, , signature] = accessToken.split('.');
      const other = await createUser(t.app);
      const corpus: Record<string, string> = {
        'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(good)}.`,
        'alg none, no dot': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(good)}`,
        'wrong key': sign(hs256, good, 'another-secret-that-is-long-enough-000000'),
        'tampered payload': `${header}.${b64({ ...good, sub: other.id })}.${signature}`,
        expired: sign(hs256, { ...good, iat: now - 3600, exp: now - 60 }),
        'wrong audience': sign(hs256, { ...good, aud: 'someone-else' }),
        'wrong issuer': sign(hs256, { ...good, iss: 'evil' }),
        'no audience': sign(hs256, {
          sub: good.sub,
          sid: good.sid,
          typ: 'access',
          iss: good.iss,
          exp: now + 600,
        }),
        // Signed with the real key but valid forever: every access token we issue expires.
        'no expiry': sign(hs256, Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'exp'))),
        'HS512 with the right key': sign({ alg: 'HS512', typ: 'JWT' }, good, SECRET, 'sha512'),
        'RS256 header': sign({ alg: 'RS256', typ: 'JWT' }, good),
        'not an access token': sign(hs256, { ...good, typ: 'refresh' }),
        'unknown session': sign(hs256, { ...good, sid: randomUUID() }),
        'refresh token as access token': refreshToken,
        garbage: 'not.a.jwt',
        empty: '',
      };
      for (const [name, token] of Object.entries(corpus)) {
        const variants: Record<string, string>[] = [
          { authorization: `Bearer ${token}` },
          { cookie: `dc_access=${token}` },
        ];
        for (const headers of variants) {
          const res = await me(headers);
          expect(`${name}: ${res.statusCode}`).toBe(`${name}: 401`);
          expect(res.json<{ code: string }>().code).toMatch(/^(unauthorized|token_invalid|token_expired)$/);
        }
      }
      const expired = await me({ authorization: `Bearer ${corpus.expired}` });
      expect(expired.json()).toMatchObject({ statusCode: 401, code: 'token_expired' });
      expect((await me({ authorization: `Basic ${b64('a:b')}` })).statusCode).toBe(401);
    });
  });

  describe('refresh rotation', () => {
    it('should revoke the whole family when a rotated refresh token is presented again', async () => {
      const user = await createUser(t.app);
      const first = await loginAs(t.app, user);
      const rotate = (refreshToken: string) =>
        inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

      const second = await rotate(first.refreshToken);
      expect(second.statusCode).toBe(200);
      const next = second.json<{ accessToken: string; refreshToken: string; expiresIn: number }>();
      expect(next.refreshToken).not.toBe(first.refreshToken);
      expect(next.expiresIn).toBe(900);
      expect((await me({ authorization: `Bearer ${next.accessToken}` })).statusCode).toBe(200);

      const stolen = await rotate(first.refreshToken);
      expect(stolen.statusCode).toBe(401);
      expect(stolen.json()).toMatchObject({ code: 'token_used' });

      expect((await rotate(next.refreshToken)).statusCode).toBe(401);
      expect((await me({ authorization: `Bearer ${next.accessToken}` })).statusCode).toBe(401);
      expect((await me({ authorization: `Bearer ${first.accessToken}` })).statusCode).toBe(401);

      // Other sessions of the same account are a different family and live on.
      const elsewhere = await loginAs(t.app, user);
      expect((await me({ authorization: `Bearer ${elsewhere.accessToken}` })).statusCode).toBe(200);
    });

    it('should let only one of two concurrent refreshes with one token win when they race', async () => {
      const user = await createUser(t.app);
      const { refreshToken } = await loginAs(t.app, user);
      const results = await Promise.all(
        [1, 2].map(() => inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } })),
      );
      expect(results.map((res) => res.statusCode).sort()).toEqual([200, 401]);
    });

    it('should reject an unknown refresh token with token_invalid when it was never issued', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: 'x'.repeat(43) },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'token_invalid' });
    });
  });

  describe('cookies', () => {
    it('should set httpOnly, SameSite=Lax, path-scoped cookies without Secure when served on plain-http localhost', async () => {
      const user = await createUser(t.app);
      const res = await inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: user.password },
      });
      const cookies = Object.fromEntries(
        parseSetCookies(res).map((cookie) => [cookie.name, cookie.attributes]),
      );
      expect(cookies.dc_access).toMatchObject({
        httponly: true,
        samesite: 'Lax',
        path: '/',
        'max-age': '900',
      });
      expect(cookies.dc_refresh).toMatchObject({ httponly: true, samesite: 'Lax', path: '/api/v1/auth' });
      expect(cookies.dc_csrf).toMatchObject({ samesite: 'Lax', path: '/' });
      expect(cookies.dc_csrf?.httponly).toBeUndefined();
      for (const attributes of Object.values(cookies)) {
        expect(attributes.secure).toBeUndefined();
      }
      expect(res.json<{ user: Record<string, unknown> }>().user).not.toHaveProperty('passwordHash');
    });
    // HTTPS names and attributes: auth-cookies-https.e2e-spec.ts.
  });

  describe('CSRF double submit', () => {
    it('should refuse cookie-authenticated writes with 403 csrf_invalid when the header is missing or wrong', async () => {
      const user = await createUser(t.app);
      const jar = await browserLogin(user);
      const patch = (headers: Record<string, string>) =>
        inject({ method: 'PATCH', url: '/api/v1/me', headers, payload: { firstName: 'Changed' } });

      const missing = await patch(jar.headers());
      expect(missing.statusCode).toBe(403);
      expect(missing.json()).toMatchObject({ code: 'csrf_invalid' });
      const wrong = await patch({ ...jar.headers(), 'x-csrf-token': 'guess' });
      expect(wrong.json()).toMatchObject({ code: 'csrf_invalid' });
      const cookieless = await patch({
        ...jar.headers({ only: ['dc_access'] }),
        'x-csrf-token': jar.get('dc_csrf')!,
      });
      expect(cookieless.json()).toMatchObject({ code: 'csrf_invalid' });
      expect((await me(jar.headers())).json()).toMatchObject({ firstName: 'Test' });

      const ok = await patch(jar.headers({ csrf: true }));
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ firstName: 'Changed' });
    });

    it('should not ask bearer callers for a CSRF token when they write', async () => {
      const user = await createUser(t.app);
      const { accessToken } = await loginAs(t.app, user);
      const res = await inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${accessToken}` },
        payload: { timezone: 'Europe/Berlin' },
      });
      expect(res.statusCode).toBe(200);
    });

    it('should require the CSRF header for cookie refresh and logout when cookies carry the session', async () => {
      const user = await createUser(t.app);
      const jar = await browserLogin(user);
      const refresh = await inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: jar.headers() });
      expect(refresh.statusCode).toBe(403);
      expect(refresh.json()).toMatchObject({ code: 'csrf_invalid' });
      const logout = await inject({ method: 'POST', url: '/api/v1/auth/logout', headers: jar.headers() });
      expect(logout.statusCode).toBe(403);
      expect((await me(jar.headers())).statusCode).toBe(200);

      const refreshed = await inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        headers: jar.headers({ csrf: true }),
      });
      expect(refreshed.statusCode).toBe(200);
      expect(refreshed.json()).toEqual({ expiresIn: 900 });
      jar.store(refreshed);
      expect((await me(jar.headers())).statusCode).toBe(200);
    });
  });

  describe('sessions', () => {
    it('should list and end only the caller own sessions when managed from /me/sessions', async () => {
      const user = await createUser(t.app);
      const stranger = await createUser(t.app);
      const phone = await loginAs(t.app, user);
      const laptop = await loginAs(t.app, user);
      const strangers = await loginAs(t.app, stranger);
      const auth = { authorization: `Bearer ${laptop.accessToken}` };

      const list = await inject({ method: 'GET', url: '/api/v1/me/sessions', headers: auth });
      expect(list.statusCode).toBe(200);
      const sessions = list.json<{ id: string; current: boolean; client: string }[]>();
      expect(sessions).toHaveLength(2);
      expect(sessions.filter((session) => session.current)).toHaveLength(1);
      expect(sessions.every((session) => session.client === 'api')).toBe(true);

      const strangerSession = (
        await inject({
          method: 'GET',
          url: '/api/v1/me/sessions',
          headers: { authorization: `Bearer ${strangers.accessToken}` },
        })
      ).json<{ id: string }[]>()[0].id;
      const foreign = await inject({
        method: 'DELETE',
        url: `/api/v1/me/sessions/${strangerSession}`,
        headers: auth,
      });
      expect(foreign.statusCode).toBe(404);
      expect((await me({ authorization: `Bearer ${strangers.accessToken}` })).statusCode).toBe(200);

      const badId = await inject({ method: 'DELETE', url: '/api/v1/me/sessions/not-a-uuid', headers: auth });
      expect(badId.statusCode).toBe(400);

      const phoneSession = sessions.find((session) => !session.current)!.id;
      const ended = await inject({
        method: 'DELETE',
        url: `/api/v1/me/sessions/${phoneSession}`,
        headers: auth,
      });
      expect(ended.statusCode).toBe(204);
      expect((await me({ authorization: `Bearer ${phone.accessToken}` })).statusCode).toBe(401);
      expect((await me(auth)).statusCode).toBe(200);
    });

    it('should end every session of the account when logout-all is called', async () => {
      const user = await createUser(t.app);
      const a = await loginAs(t.app, user);
      const jar = await browserLogin(user);
      const res = await inject({
        method: 'POST',
        url: '/api/v1/auth/logout-all',
        headers: jar.headers({ csrf: true }),
      });
      expect(res.statusCode).toBe(204);
      expect((await me({ authorization: `Bearer ${a.accessToken}` })).statusCode).toBe(401);
      expect((await me(jar.headers())).statusCode).toBe(401);
    });

    it('should end a bearer session when its refresh token is sent to logout', async () => {
      const user = await createUser(t.app);
      const tokens = await loginAs(t.app, user);
      const res = await inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        payload: { refreshToken: tokens.refreshToken },
      });
      expect(res.statusCode).toBe(204);
      expect((await me({ authorization: `Bearer ${tokens.accessToken}` })).statusCode).toBe(401);
      const again = await inject({ method: 'POST', url: '/api/v1/auth/logout', payload: {} });
      expect(again.statusCode).toBe(204);
    });

    it('should change the password, keep this session and end the others when /me/password is used', async () => {
      const user = await createUser(t.app);
      const other = await loginAs(t.app, user);
      const current = await loginAs(t.app, user);
      const auth = { authorization: `Bearer ${current.accessToken}` };
      const change = (body: object) =>
        inject({ method: 'POST', url: '/api/v1/me/password', headers: auth, payload: body });

      const wrong = await change({ currentPassword: 'nope-nope-nope', newPassword: 'Sunny-Harbour-Kite-3' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: 'password_incorrect' });
      const weak = await change({ currentPassword: user.password, newPassword: 'password12' });
      expect(weak.json()).toMatchObject({ code: 'password_too_weak', details: [{ field: 'newPassword' }] });

      expect(
        (await change({ currentPassword: user.password, newPassword: 'Sunny-Harbour-Kite-3' })).statusCode,
      ).toBe(204);
      expect((await me(auth)).statusCode).toBe(200);
      expect((await me({ authorization: `Bearer ${other.accessToken}` })).statusCode).toBe(401);
      expect(
        (await loginAs(t.app, { email: user.email, password: 'Sunny-Harbour-Kite-3' })).accessToken,
      ).toBeTruthy();
    });
  });
});
