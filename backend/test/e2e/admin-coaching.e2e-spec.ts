import type { components } from '@dev-coach/api-client';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { api, openCard, pressBody } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type Schemas = components['schemas'];
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const MISSING = '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13';

describe('back office: coaching data', () => {
  let t: TestApp;
  let db: DataSource;
  let client: TestUser;
  let clientHeaders: AuthHeaders;
  let staffHeaders: AuthHeaders;
  let staff: TestUser;

  const get = (url: string, headers: AuthHeaders = staffHeaders) =>
    t.app.inject({ method: 'GET', url: `/api/v1/admin${url}`, headers });
  const send = (
    method: 'POST' | 'PATCH',
    url: string,
    payload?: object,
    headers: AuthHeaders = staffHeaders,
  ) => t.app.inject({ method, url: `/api/v1/admin${url}`, headers, payload });
  const auditRows = (action: string, targetId: string) =>
    db.query<{ actor_id: string; details: Record<string, unknown> }[]>(
      `SELECT actor_id, details FROM audit_events WHERE action = $1 AND target_id = $2`,
      [action, targetId],
    );
  /** A turn whose process died: still streaming, lease long gone. */
  const insertStuckTurn = async (userId: string): Promise<string> => {
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO turns (user_id, status, input, prompt_version_ids, lease_owner, lease_expires_at, started_at)
       VALUES ($1, 'streaming', '{"message":"hello?","actions":[]}', '{}', 'gone:1', now() - interval '5 minutes', now() - interval '6 minutes')
       RETURNING id`,
      [userId],
    );
    return rows[0]?.id ?? '';
  };

  beforeAll(async () => {
    t = await startTestApp('admin_coaching', {
      env: {
        AI_PROVIDER: 'demo',
        AI_DEMO_CHUNK_DELAY_MS: '0',
        USER_TURNS_PER_MINUTE: '0',
        // The test makes its own stuck turns; the periodic sweep must not repair them first.
        COACH_TURN_SWEEP_MS: '600000',
      },
    });
    db = t.app.get(DataSourceToken);
    client = await createUser(t.app, { firstName: 'Cleo' });
    clientHeaders = await bearerHeaders(t.app, client);
    staff = await createUser(t.app, { role: UserRole.Staff });
    staffHeaders = await bearerHeaders(t.app, staff);
    // One real exchange with the demo coach: the welcome card pressed, the coach's answer.
    await api(t.app, 'GET', '/coach/state', clientHeaders);
    const card = await openCard(t.app, clientHeaders);
    const turn = await api(t.app, 'POST', '/coach/turns?wait=true', clientHeaders, pressBody(card!));
    expect(turn.statusCode, turn.body).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('turns', () => {
    it('should list turns with Content-Range and filter them by user, status and stuck', async () => {
      const stuckId = await insertStuckTurn((await createUser(t.app)).id);
      const all = await get(`/turns?range=${q([0, 9])}`);
      expect(all.statusCode).toBe(200);
      expect(all.headers['content-range']).toMatch(/^turns 0-\d+\/\d+$/);
      const rows = all.json<Schemas['AdminTurnDto'][]>();
      expect(rows.length).toBeGreaterThanOrEqual(2);

      const mine = (await get(`/turns?filter=${q({ userId: client.id })}`)).json<Schemas['AdminTurnDto'][]>();
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((turn) => turn.userId === client.id)).toBe(true);
      const done = mine.find((turn) => turn.status === 'done')!;
      expect(done).toMatchObject({ stuck: false, errorCode: null });
      expect(done.promptVersionIds.length).toBeGreaterThan(0);
      expect(done.latencyMs).toEqual(expect.any(Number));

      const stuck = (await get(`/turns?filter=${q({ stuck: true })}`)).json<Schemas['AdminTurnDto'][]>();
      expect(stuck.map((turn) => turn.id)).toEqual([stuckId]);
      expect(stuck[0]).toMatchObject({ status: 'streaming', stuck: true, message: 'hello?' });

      const failedOnly = await get(`/turns?filter=${q({ status: ['failed'] })}`);
      expect(failedOnly.json<Schemas['AdminTurnDto'][]>().every((turn) => turn.status === 'failed')).toBe(
        true,
      );

      const one = await get(`/turns/${done.id}`);
      expect(one.json()).toMatchObject({ id: done.id, userId: client.id });
      expect((await get(`/turns/${MISSING}`)).statusCode).toBe(404);
    });

    it('should answer 400 in the error shape when a filter or sort is malformed', async () => {
      for (const bad of [
        `filter=${q({ status: 'exploded' })}`,
        `filter=${q({ userId: 'nope' })}`,
        `filter=${q({ stuck: 'maybe' })}`,
        `sort=${q(['input', 'ASC'])}`,
        `range=${q([5, 1])}`,
      ]) {
        const res = await get(`/turns?${bad}`);
        expect(res.statusCode, bad).toBe(400);
        expect(res.json()).toMatchObject({ statusCode: 400, code: 'validation_failed' });
      }
    });

    it('should let staff fail a stuck turn once, audited, so the client can go on', async () => {
      const owner = await createUser(t.app);
      const stuckId = await insertStuckTurn(owner.id);
      const failed = await send('POST', `/turns/${stuckId}/fail`);
      expect(failed.statusCode, failed.body).toBe(200);
      expect(failed.json()).toMatchObject({ status: 'failed', errorCode: 'failed_by_staff', stuck: false });
      const audit = await auditRows('coaching.turn_failed', stuckId);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: staff.id, details: { userId: owner.id, stuck: true } });

      const again = await send('POST', `/turns/${stuckId}/fail`);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'turn_not_running' });
      expect((await send('POST', `/turns/${MISSING}/fail`)).statusCode).toBe(404);
    });

    it('should refuse clients and anonymous callers', async () => {
      expect((await get('/turns', clientHeaders)).statusCode).toBe(403);
      expect((await send('POST', `/turns/${MISSING}/fail`, undefined, clientHeaders)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/turns' })).statusCode).toBe(401);
    });
  });
});
