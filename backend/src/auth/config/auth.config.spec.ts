import { buildAuthConfig, isPlainHttpLocalhost } from 'src/auth/config/auth.config';

describe('auth config', () => {
  it.each([
    ['http://localhost:3000', true],
    ['http://127.0.0.1:8080', true],
    ['http://app.localhost', true],
    ['https://localhost:3000', false],
    ['http://coach.example.com', false],
    ['https://coach.example.com', false],
  ])('should treat %s as plain-http localhost: %s', (url, expected) => {
    expect(isPlainHttpLocalhost(url)).toBe(expected);
  });

  it('should read durations, modes and limits with their defaults when the environment is sparse', () => {
    const config = buildAuthConfig({ NODE_ENV: 'test', ACCESS_TOKEN_TTL: '10m', SIGNUP_MODE: 'open' });
    expect(config).toMatchObject({
      accessTokenTtlSeconds: 600,
      refreshTokenTtlSeconds: 30 * 86_400,
      signupMode: 'open',
      staffRequire2fa: false,
      seedAdminEmail: 'admin@devcoach.local',
      cookieSecure: false,
      rateLimits: { loginPerAccount: 5, loginWindowSeconds: 900 },
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('should make cookies Secure when the public URL is https', () => {
    expect(buildAuthConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://coach.example.com' }).cookieSecure).toBe(
      true,
    );
  });
});
