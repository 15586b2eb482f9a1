import { createUser } from 'test/factories/user.factory';
import { CookieJar, parseSetCookies } from 'test/utils/cookies';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// Over HTTPS the session cookies carry the browser-enforced prefixes, so a sibling subdomain or
// a plain-HTTP page cannot plant or overwrite them; the API reads only the prefixed names.
describe('session cookies over HTTPS', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('auth_cookies_https', { env: { PUBLIC_URL: 'https://coach.example.test' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should name the cookies __Host- and __Secure- and accept only those names when the public URL is https', async () => {
    const user = await createUser(t.app);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(login.statusCode, login.body).toBe(200);

    const cookies = Object.fromEntries(
      parseSetCookies(login).map((cookie) => [cookie.name, cookie.attributes]),
    );
    expect(Object.keys(cookies).sort()).toEqual([
      '__Host-dc_access',
      '__Host-dc_csrf',
      '__Secure-dc_refresh',
    ]);
    for (const name of ['__Host-dc_access', '__Host-dc_csrf']) {
      expect(cookies[name]).toMatchObject({ secure: true, path: '/' });
      expect(cookies[name]).not.toHaveProperty('domain');
    }
    expect(cookies['__Secure-dc_refresh']).toMatchObject({
      secure: true,
      path: '/api/v1/auth',
      httponly: true,
    });

    const jar = new CookieJar().store(login);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: jar.headers() })).statusCode,
    ).toBe(200);

    // The same token under the bare name is not a session here.
    const planted = `dc_access=${jar.get('__Host-dc_access') ?? ''}`;
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: planted } })).statusCode,
    ).toBe(401);

    // Writes need the prefixed CSRF cookie echoed.
    const refreshNoCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: jar.headers(),
    });
    expect(refreshNoCsrf.statusCode).toBe(403);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: jar.headers({ csrf: true }),
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    jar.store(refreshed);

    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: jar.headers({ csrf: true }),
    });
    expect(logout.statusCode).toBe(204);
    expect(
      parseSetCookies(logout)
        .map((cookie) => cookie.name)
        .sort(),
    ).toEqual(['__Host-dc_access', '__Host-dc_csrf', '__Secure-dc_refresh']);
  });
});
