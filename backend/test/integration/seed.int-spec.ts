import { DataSource } from 'typeorm';
import { SeedService } from 'src/auth/services/seed.service';
import { ConfigValidationError } from 'src/config/env.validation';
import { loginAs } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

describe('first-start seeding', () => {
  const apps: TestApp[] = [];
  const start = async (label: string, env: Record<string, string> = {}) => {
    const app = await startTestApp(label, { env });
    apps.push(app);
    return app;
  };

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('should create exactly one superuser with a working generated password when many starts race', async () => {
    const t = await start('seed_race');
    const seed = t.app.get(SeedService);
    const results = await Promise.all(Array.from({ length: 5 }, () => seed.seedSuperuser()));
    const seeded = results.filter((result) => result !== undefined);
    expect(seeded).toHaveLength(1);
    expect(seeded[0]?.email).toBe('admin@devcoach.local');
    expect(seeded[0]?.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);

    const rows = await t.app
      .get(DataSource)
      .query<{ count: string }[]>(`SELECT count(*) FROM users WHERE role = 'superuser'`);
    expect(rows[0]?.count).toBe('1');
    const tokens = await loginAs(t.app, {
      email: 'admin@devcoach.local',
      password: seeded[0].generatedPassword!,
    });
    expect(tokens.accessToken).toBeTruthy();
    expect(await seed.seedSuperuser()).toBeUndefined();
  });

  it('should use SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD when they are set', async () => {
    const t = await start('seed_env', {
      SEED_ADMIN_EMAIL: 'Boss@Example.com',
      SEED_ADMIN_PASSWORD: 'Copper-Willow-Dawn-41',
    });
    expect(await t.app.get(SeedService).seedSuperuser()).toEqual({
      email: 'boss@example.com',
      generatedPassword: undefined,
    });
    const tokens = await loginAs(t.app, { email: 'boss@example.com', password: 'Copper-Willow-Dawn-41' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${tokens.accessToken}` },
    });
    expect(me.json()).toMatchObject({ role: 'superuser', emailVerified: true });
  });

  it('should refuse a weak SEED_ADMIN_PASSWORD naming the variable when seeding', async () => {
    const t = await start('seed_weak', { SEED_ADMIN_PASSWORD: 'password1234' });
    const error = await t.app
      .get(SeedService)
      .seedSuperuser()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as ConfigValidationError).variable).toBe('SEED_ADMIN_PASSWORD');
  });
});
