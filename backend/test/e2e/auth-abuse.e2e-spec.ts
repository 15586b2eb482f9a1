import { generate, generateSecret } from 'otplib';
import { DataSource } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { createUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const ALL_IPS_LIMIT = 8;

describe('abuse resistance', () => {
  let t: TestApp;
  let inject: TestApp['app']['inject'];

  beforeAll(async () => {
    t = await startTestApp('auth_abuse', {
      env: {
        LOGIN_RATE_LIMIT_ACCOUNT_ALL_IPS: String(ALL_IPS_LIMIT),
        AUTH_IP_ALLOWLIST: '10.20.0.0/16, 192.0.2.250',
      },
    });
    inject = t.app.inject.bind(t.app);
  });

  afterAll(async () => {
    await t?.close();
  });

  const login = (email: string, password: string, ip = '198.51.100.1') =>
    inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

  it('should lock the hammering address out of an account with 429 and Retry-After, but not its owner elsewhere', async () => {
    const user = await createUser(t.app);
    const attacker = '203.0.113.7';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await login(user.email, `wrong-password-${attempt}`, attacker)).statusCode).toBe(401);
    }
    for (const password of ['wrong-password-6', user.password]) {
      const res = await login(user.email, password, attacker);
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({ statusCode: 429, code: 'login_rate_limited' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    }
    // The owner, on their own network, signs in as usual.
    expect((await login(user.email, user.password, '198.18.0.1')).statusCode).toBe(200);
    // Another account from the attacker's address is unaffected.
    const other = await createUser(t.app);
    expect((await login(other.email, other.password, attacker)).statusCode).toBe(200);
  });

  it('should slow guessing spread over many addresses with a higher per-account limit', async () => {
    const user = await createUser(t.app);
    for (let attempt = 1; attempt <= ALL_IPS_LIMIT; attempt += 1) {
      expect(
        (await login(user.email, `wrong-password-${attempt}`, `203.0.113.${100 + attempt}`)).statusCode,
      ).toBe(401);
    }
    expect((await login(user.email, 'wrong-again', '203.0.113.200')).statusCode).toBe(429);
  });

  it('should lock an unknown address exactly like a real account when it is hammered', async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      statuses.push((await login('ghost@example.com', 'whatever-it-is', '192.0.2.9')).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('should limit failed logins per client address across many accounts, except for allow-listed addresses', async () => {
    const ip = '198.51.100.77';
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 31; attempt += 1) {
      statuses.push((await login(`spray-${attempt}@example.com`, 'Password-Spray-1', ip)).statusCode);
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses[30]).toBe(429);

    const office = '10.20.30.40';
    for (let attempt = 1; attempt <= 31; attempt += 1) {
      expect((await login(`office-typo-${attempt}@example.com`, 'Password-Spray-1', office)).statusCode).toBe(
        401,
      );
    }
  });

  it('should let a locked-out account with 2FA through with the right password and a valid code, and nothing less', async () => {
    const staff = await createUser(t.app, { role: UserRole.Staff });
    const secret = generateSecret();
    await t.app
      .get(DataSource)
      .query('UPDATE users SET totp_enabled_at = now(), totp_secret = $2 WHERE id = $1', [staff.id, secret]);
    const ip = '198.51.100.88';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await login(staff.email, `wrong-password-${attempt}`, ip)).statusCode).toBe(401);
    }
    const withCode = (password: string, otp: string) =>
      inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: staff.email, password, otp },
        remoteAddress: ip,
      });

    expect((await login(staff.email, staff.password, ip)).statusCode).toBe(429);
    expect((await withCode('wrong-password-9', await generate({ secret }))).statusCode).toBe(429);
    expect((await withCode(staff.password, '000000')).statusCode).toBe(429);
    expect((await withCode(staff.password, await generate({ secret }))).statusCode).toBe(200);
    // A successful sign-in lifts this address's lock on the account.
    expect((await login(staff.email, 'wrong-once-more', ip)).statusCode).toBe(401);
  });

  // Timing is measured by `npm run bench` (bench/account-enumeration.bench.ts): no timing
  // thresholds here, where a busy machine would make them flaky.
  it('should give unknown emails and wrong passwords the same status and body', async () => {
    const users = await Promise.all(Array.from({ length: 3 }, () => createUser(t.app)));
    const bodies = new Set<string>();
    for (const [round, user] of users.entries()) {
      for (const email of [`nobody-${round}@example.com`, user.email]) {
        const res = await login(email, `Wrong-Password-${round}`, `100.64.${round}.${bodies.size + 1}`);
        expect(res.statusCode).toBe(401);
        bodies.add(res.body);
      }
    }
    expect(bodies.size).toBe(1);
    expect(JSON.parse([...bodies][0] ?? '{}')).toMatchObject({ code: 'invalid_credentials' });
  });

  it('should limit emails per address with 429 email_rate_limited when asked too often', async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        payload: { email: 'Flooded@Example.com' },
        remoteAddress: `10.0.0.${attempt}`,
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json()).toMatchObject({ code: 'email_rate_limited' });
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('should answer malformed input with 400 in the documented shape when login gets it', async () => {
    for (const payload of [
      { email: 'not-an-email', password: 'x' },
      { email: 'a@b.co' },
      { email: 'a@b.co', password: 'x', otp: '12' },
    ]) {
      const res = await inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    }
  });

  it('should throttle a flood of auth requests from one address with 429 too_many_requests', async () => {
    const flood = await startTestApp('auth_flood', { env: { AUTH_RATE_LIMIT_IP: '5' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        const res = await flood.app.inject({
          method: 'POST',
          url: '/api/v1/auth/resend-verification',
          payload: { email: `f${i}@example.com` },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(res.json()).toMatchObject({ code: 'too_many_requests' });
          expect(res.headers['retry-after']).toBeDefined();
        }
      }
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    } finally {
      await flood.close();
    }
  });
});
