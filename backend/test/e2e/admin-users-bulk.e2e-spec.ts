import type { components } from '@dev-coach/api-client';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type User = components['schemas']['UserResponseDto'];

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const MISSING = '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13';

describe('back office: users in bulk and by test user or phase', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: TestUser;
  let staffHeaders: AuthHeaders;
  let superHeaders: AuthHeaders;
  let clientHeaders: AuthHeaders;

  const call = (method: 'GET' | 'POST', url: string, payload?: object, headers = staffHeaders) =>
    t.app.inject({ method, url: `/api/v1/admin/users${url}`, headers, payload });
  const emails = async (filter: object) =>
    (await call('GET', `?filter=${q(filter)}&range=${q([0, 99])}`))
      .json<User[]>()
      .map((user) => user.email)
      .sort();
  const auditFor = (action: string, targetId: string) =>
    db.query<{ actor_id: string }[]>(
      `SELECT actor_id FROM audit_events WHERE action = $1 AND target_id = $2`,
      [action, targetId],
    );
  /** A client with a coach state in `phase`, made the way the app makes one (first visit). */
  const clientIn = async (phase: string, email: string): Promise<TestUser> => {
    const user = await createUser(t.app, { email });
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/coach/state',
      headers: await bearerHeaders(t.app, user),
    });
    await db.query(`UPDATE coach_states SET current_phase = $2 WHERE user_id = $1`, [user.id, phase]);
    return user;
  };

  beforeAll(async () => {
    t = await startTestApp('adminops_users');
    db = t.app.get(DataSourceToken);
    staff = await createUser(t.app, { role: UserRole.Staff, email: 'staff.member@example.test' });
    staffHeaders = await bearerHeaders(t.app, staff);
    superHeaders = await bearerHeaders(
      t.app,
      await createUser(t.app, { role: UserRole.Superuser, email: 'super.user@example.test' }),
    );
    const client = await createUser(t.app, { email: 'plain.client@example.test' });
    clientHeaders = await bearerHeaders(t.app, client);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should filter accounts by test user and by coaching phase', async () => {
    const brainstorming = await clientIn('identity_brainstorming', 'brain.storm@example.test');
    const committing = await clientIn('identity_commitment', 'commit.ted@example.test');
    await clientIn('introduction', 'new.comer@example.test');
    // Made from a scenario: the test-scenarios feature marks such accounts with a test_users row.
    await db.query(`INSERT INTO test_users (user_id) VALUES ($1)`, [committing.id]);

    expect(await emails({ testUser: true })).toEqual([committing.email]);
    expect(await emails({ testUser: false })).not.toContain(committing.email);
    expect(await emails({ testUser: 'false', q: 'brain' })).toEqual([brainstorming.email]);
    expect(await emails({ phase: ['identity_brainstorming', 'identity_commitment'] })).toEqual([
      brainstorming.email,
      committing.email,
    ]);
    expect(await emails({ phase: 'identity_commitment', testUser: false })).toEqual([]);
    const page = await call('GET', `?filter=${q({ phase: 'introduction' })}`);
    expect(page.headers['content-range']).toBe('users 0-0/1');
    for (const bad of [{ phase: 'lunch' }, { testUser: 'perhaps' }]) {
      const res = await call('GET', `?filter=${q(bad)}`);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('should mark many accounts verified at once, each change audited once', async () => {
    const a = await createUser(t.app, { verified: false });
    const b = await createUser(t.app, { verified: false });
    const already = await createUser(t.app);

    const res = await call('POST', '/bulk-verify', { ids: [a.id, b.id, already.id, a.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ verified: true, changedIds: [a.id, b.id], unchangedIds: [already.id] });
    expect(await emails({ id: [a.id, b.id], verified: true })).toEqual([a.email, b.email].sort());
    expect(await auditFor('user.verified', a.id)).toEqual([{ actor_id: staff.id }]);
    expect(await auditFor('user.verified', b.id)).toHaveLength(1);
    expect(await auditFor('user.verified', already.id)).toEqual([]);

    const undo = await call('POST', '/bulk-verify', { ids: [a.id], verified: false });
    expect(undo.json()).toMatchObject({ verified: false, changedIds: [a.id] });
    expect(await auditFor('user.unverified', a.id)).toHaveLength(1);
  });

  it('should change nobody when one id is unknown or a staff account is among them for staff', async () => {
    const waiting = await createUser(t.app, { verified: false });
    const unknown = await call('POST', '/bulk-verify', { ids: [waiting.id, MISSING] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'user_not_found',
      details: [{ field: 'ids', message: MISSING }],
    });

    const colleague = await createUser(t.app, { role: UserRole.Staff, verified: false });
    const forbidden = await call('POST', '/bulk-verify', { ids: [waiting.id, colleague.id] });
    expect(forbidden.statusCode).toBe(403);
    expect(await emails({ id: [waiting.id], verified: false })).toEqual([waiting.email]);

    // Superusers manage staff accounts too.
    const bySuper = await call('POST', '/bulk-verify', { ids: [waiting.id, colleague.id] }, superHeaders);
    expect(bySuper.json()).toMatchObject({ changedIds: [waiting.id, colleague.id] });

    for (const bad of [{ ids: [] }, { ids: ['nope'] }, { ids: [waiting.id], verified: 'yes' }, {}]) {
      const res = await call('POST', '/bulk-verify', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it('should refuse clients and anonymous callers', async () => {
    expect((await call('POST', '/bulk-verify', { ids: [MISSING] }, clientHeaders)).statusCode).toBe(403);
    expect((await call('GET', `?filter=${q({ testUser: true })}`, undefined, clientHeaders)).statusCode).toBe(
      403,
    );
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users/bulk-verify',
      payload: { ids: [MISSING] },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
