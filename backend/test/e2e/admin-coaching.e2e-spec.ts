import type { components } from '@dev-coach/api-client';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { api, openCard, pressBody } from 'test/utils/coach-turns';
import { clearOfUtcMidnight } from 'test/utils/clock';
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
    // The dashboard's "today" counts turns made across this file: do not start just before UTC midnight.
    await clearOfUtcMidnight(150_000);
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
  }, 300_000);

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
      // The client watching the turn is told why it ended, in the code its row carries.
      const stream = await api(
        t.app,
        'GET',
        `/coach/turns/${stuckId}/events`,
        await bearerHeaders(t.app, owner),
      );
      expect(stream.body).toContain('failed_by_staff');
      expect(stream.body).not.toContain('worker_lost');

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

  describe('coaching records', () => {
    it('should list messages by client, role and words of the text, read-only', async () => {
      const ownMessages = (await get(`/messages?filter=${q({ userId: client.id })}`)).json<
        Schemas['AdminMessageDto'][]
      >();
      expect(ownMessages.length).toBeGreaterThan(0);
      expect(ownMessages.every((message) => message.userId === client.id)).toBe(true);
      const coachLine = ownMessages.find(
        (message) => message.role === 'coach' && message.content.length > 0,
      )!;
      const word = coachLine.content.split(/\W+/).find((part) => part.length > 4)!;
      const found = await get(`/messages?filter=${q({ q: word.toUpperCase(), role: 'coach' })}`);
      expect(found.statusCode).toBe(200);
      expect(found.json<Schemas['AdminMessageDto'][]>().map((message) => message.id)).toContain(coachLine.id);
      const none = await get(`/messages?filter=${q({ q: 'zzqxnothinglikethis' })}`);
      expect(none.json()).toEqual([]);
      expect(none.headers['content-range']).toBe('messages 0-0/0');
      expect((await get(`/messages/${coachLine.id}`)).json()).toMatchObject({ id: coachLine.id });
      expect((await send('PATCH', `/messages/${coachLine.id}`, { content: 'x' })).statusCode).toBe(404);
    });

    it('should rename and archive an identity as staff actions, audited, and refuse a taken name', async () => {
      for (const name of ['Runner', 'Painter']) {
        const made = await api(t.app, 'POST', '/identities', clientHeaders, {
          name,
          category: 'physical_expression',
        });
        expect(made.statusCode, made.body).toBe(201);
      }
      const listed = await get(
        `/identities?filter=${q({ userId: client.id, category: ['physical_expression'] })}&sort=${q(['name', 'ASC'])}`,
      );
      const identities = listed.json<Schemas['AdminIdentityDto'][]>();
      expect(identities.map((identity) => identity.name)).toEqual(['Painter', 'Runner']);
      const runner = identities[1];

      const renamed = await send('PATCH', `/identities/${runner.id}`, {
        name: 'Trail runner',
        reason: 'typo',
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).toMatchObject({ name: 'Trail runner' });
      const audit = await auditRows('coaching.identity_updated', runner.id);
      expect(audit[0]).toMatchObject({
        actor_id: staff.id,
        details: { from: { name: 'Runner' }, to: { name: 'Trail runner' }, reason: 'typo' },
      });
      const staffActions = await get(`/actions?filter=${q({ userId: client.id, source: ['staff'] })}`);
      expect(staffActions.json<Schemas['AdminActionDto'][]>().map((action) => action.type)).toContain(
        'rename_identity',
      );

      const taken = await send('PATCH', `/identities/${runner.id}`, { name: 'painter', state: 'archived' });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ code: 'change_rejected' });
      // All or nothing: the archive in the same request was not kept.
      expect((await get(`/identities/${runner.id}`)).json()).toMatchObject({ state: 'proposed' });

      const archived = await send('PATCH', `/identities/${runner.id}`, { state: 'archived' });
      expect(archived.json()).toMatchObject({ state: 'archived' });
      const byState = await get(`/identities?filter=${q({ state: ['archived'] })}`);
      expect(byState.json<Schemas['AdminIdentityDto'][]>().map((identity) => identity.id)).toEqual([
        runner.id,
      ]);

      expect((await send('PATCH', `/identities/${runner.id}`, {})).json()).toMatchObject({
        code: 'nothing_to_change',
      });
      expect((await send('PATCH', `/identities/${runner.id}`, { state: 'proposed' })).statusCode).toBe(400);
      expect((await send('PATCH', `/identities/${runner.id}`, { userId: staff.id })).statusCode).toBe(400);
      expect((await send('PATCH', `/identities/${MISSING}`, { name: 'x' })).statusCode).toBe(404);
    });

    it('should move a client one phase on or back with a reason, audited, and refuse a jump', async () => {
      const [state] = (await get(`/coach-states?filter=${q({ userId: client.id })}`)).json<
        Schemas['AdminCoachStateDto'][]
      >();
      expect(state).toBeDefined();
      const byPhase = await get(`/coach-states?filter=${q({ phase: [state.currentPhase] })}`);
      expect(byPhase.json<Schemas['AdminCoachStateDto'][]>().map((row) => row.id)).toContain(state.id);

      expect(
        (await send('PATCH', `/coach-states/${state.id}`, { currentPhase: 'get_to_know_you' })).statusCode,
      ).toBe(400);
      const jump = await send('PATCH', `/coach-states/${state.id}`, {
        currentPhase: 'identity_visualization',
        reason: 'testing a jump',
      });
      expect(jump.statusCode).toBe(409);
      expect(jump.json<{ message: string }>().message).toContain('illegal_transition');

      const on = await send('PATCH', `/coach-states/${state.id}`, {
        currentPhase: 'get_to_know_you',
        reason: 'Client asked to move on.',
      });
      expect(on.statusCode, on.body).toBe(200);
      expect(on.json()).toMatchObject({ currentPhase: 'get_to_know_you' });
      const back = await send('PATCH', `/coach-states/${state.id}`, {
        currentPhase: 'introduction',
        reason: 'Moved by mistake.',
      });
      expect(back.json()).toMatchObject({ currentPhase: 'introduction' });
      const audit = await auditRows('coaching.coach_state_updated', state.id);
      expect(audit.map((row) => row.details.reason)).toEqual([
        'Client asked to move on.',
        'Moved by mistake.',
      ]);
      expect((await get(`/coach-states?filter=${q({ phase: ['warp'] })}`)).statusCode).toBe(400);
    });

    it('should list actions, notes and breaks with their filters', async () => {
      const applied = await get(
        `/actions?filter=${q({ userId: client.id, status: ['applied'], type: 'transition_phase' })}`,
      );
      const actions = applied.json<Schemas['AdminActionDto'][]>();
      expect(actions.length).toBe(2);
      expect(actions.every((action) => action.source === 'staff' && action.status === 'applied')).toBe(true);
      expect((await get(`/actions/${actions[0].id}`)).json()).toMatchObject({ type: 'transition_phase' });

      await db.query(`INSERT INTO user_notes (user_id, text) VALUES ($1, 'Has two sisters.')`, [client.id]);
      await db.query(`INSERT INTO breaks (user_id, session, started_at) VALUES ($1, 'welcome', now())`, [
        client.id,
      ]);
      const notes = (await get(`/notes?filter=${q({ userId: client.id })}`)).json<
        Schemas['AdminNoteDto'][]
      >();
      expect(notes.map((note) => note.text)).toEqual(['Has two sisters.']);
      const open = (await get(`/breaks?filter=${q({ open: true })}`)).json<Schemas['AdminBreakDto'][]>();
      expect(open).toHaveLength(1);
      expect(open[0]).toMatchObject({ userId: client.id, endedAt: null });
      expect((await get(`/breaks?filter=${q({ open: false })}`)).json()).toEqual([]);
      expect((await get(`/notes/${MISSING}`)).statusCode).toBe(404);
    });

    it('should refuse clients on every coaching list', async () => {
      for (const resource of ['messages', 'identities', 'coach-states', 'actions', 'notes', 'breaks']) {
        expect((await get(`/${resource}`, clientHeaders)).statusCode, resource).toBe(403);
        expect((await get(`/${resource}`)).statusCode, resource).toBe(200);
      }
      expect(
        (await send('PATCH', `/coach-states/${MISSING}`, { reason: 'abc' }, clientHeaders)).statusCode,
      ).toBe(403);
    });
  });

  describe('usage', () => {
    it('should sum calls per day, client and model, filter them, and export the same as CSV', async () => {
      const spender = await createUser(t.app);
      await db.query(
        `INSERT INTO llm_calls (user_id, purpose, provider, model, status, error_code, input_tokens, output_tokens, cost_usd, created_at)
         VALUES ($1, 'coach_turn', 'openai', 'model-a', 'ok', NULL, 100, 20, 0.5, '2026-11-02T10:00:00Z'),
                ($1, 'coach_turn', 'openai', 'model-a', 'error', 'timeout', 50, 0, 0.25, '2026-11-02T11:00:00Z'),
                ($1, 'coach_turn', 'openai', 'model-b', 'ok', NULL, 10, 5, 0.125, '2026-11-03T09:00:00Z')`,
        [spender.id],
      );
      const filter = q({ userId: spender.id, since: '2026-11-01' });
      const res = await get(`/usage?filter=${filter}&sort=${q(['day', 'ASC'])}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-range']).toBe('usage 0-1/2');
      expect(res.json()).toMatchObject([
        { day: '2026-11-02', model: 'model-a', calls: 2, errors: 1, totalTokens: 170, costUsd: 0.75 },
        { day: '2026-11-03', model: 'model-b', calls: 1, errors: 0, totalTokens: 15, costUsd: 0.125 },
      ]);
      const modelB = await get(
        `/usage?filter=${q({ userId: spender.id, since: '2026-11-01', model: 'model-b' })}`,
      );
      expect(modelB.json<unknown[]>()).toHaveLength(1);
      // Without `since`, the report covers the last 30 days only.
      expect((await get(`/usage?filter=${q({ userId: spender.id })}`)).json()).toEqual([]);

      const csv = await get(`/usage/export?filter=${filter}&sort=${q(['day', 'ASC'])}`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const lines = csv.body.trim().split('\r\n');
      expect(lines[0]).toBe(
        'day,userId,model,promptVersionIds,calls,errors,inputTokens,outputTokens,cachedTokens,totalTokens,costUsd,kind',
      );
      expect(lines.slice(1)).toEqual([
        `2026-11-02,${spender.id},model-a,,2,1,150,20,0,170,0.75,text`,
        `2026-11-03,${spender.id},model-b,,1,0,10,5,0,15,0.125,text`,
      ]);

      expect((await get(`/usage?filter=${q({ since: 'last week' })}`)).statusCode).toBe(400);
      expect((await get(`/usage?filter=${q({ kind: 'video' })}`)).statusCode).toBe(400);
      expect((await get(`/usage?sort=${q(['userId', 'ASC'])}`)).statusCode).toBe(400);
      expect((await get('/usage', clientHeaders)).statusCode).toBe(403);
      expect((await get('/usage/export', clientHeaders)).statusCode).toBe(403);
    });
  });

  describe('usage of images', () => {
    it('should count the studio’s image calls and their cost apart from text calls', async () => {
      const artist = await createUser(t.app);
      await db.query(
        `INSERT INTO llm_calls (user_id, kind, purpose, provider, model, status, error_code, input_tokens, output_tokens, cost_usd, created_at)
         VALUES ($1, 'text', 'coach_turn', 'openai', 'gpt-image-1', 'ok', NULL, 100, 20, 0.5, '2026-11-05T10:00:00Z'),
                ($1, 'image', 'studio_generate', 'openai', 'gpt-image-1', 'ok', NULL, 60, 4160, 0.1667, '2026-11-05T11:00:00Z'),
                ($1, 'image', 'studio_refine', 'openai', 'gpt-image-1', 'error', 'image_blocked', 0, 0, NULL, '2026-11-05T12:00:00Z')`,
        [artist.id],
      );
      const all = await get(
        `/usage?filter=${q({ userId: artist.id, since: '2026-11-01' })}&sort=${q(['day', 'ASC'])}`,
      );
      expect(all.json()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'text', calls: 1, costUsd: 0.5 }),
          expect.objectContaining({
            kind: 'image',
            model: 'gpt-image-1',
            calls: 2,
            errors: 1,
            costUsd: 0.1667,
          }),
        ]),
      );
      const images = await get(
        `/usage?filter=${q({ userId: artist.id, since: '2026-11-01', kind: ['image'] })}`,
      );
      expect(images.json()).toEqual([expect.objectContaining({ kind: 'image', calls: 2 })]);
    });
  });

  describe('dashboard', () => {
    it('should sum clients by phase, turns, stuck turns and open work for staff only', async () => {
      await insertStuckTurn((await createUser(t.app)).id);
      const failing = await insertStuckTurn((await createUser(t.app)).id);
      expect((await send('POST', `/turns/${failing}/fail`)).statusCode).toBe(200);
      const res = await get('/dashboard');
      expect(res.statusCode, res.body).toBe(200);
      const board = res.json<Schemas['AdminDashboardDto']>();
      expect(board.clientsByPhase).toHaveLength(10);
      expect(board.clientsByPhase.reduce((sum, row) => sum + row.clients, 0)).toBeGreaterThanOrEqual(1);
      expect(board.today.turns).toBeGreaterThanOrEqual(3);
      expect(board.today.failed).toBeGreaterThanOrEqual(1);
      expect(board.last7Days.turns).toBeGreaterThanOrEqual(board.today.turns);
      expect(board.daily).toHaveLength(7);
      expect(board.daily.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));
      expect(board.stuckTurns).toBeGreaterThanOrEqual(1);
      expect(board).toMatchObject({ openSafetyEvents: 0, pendingInvites: 0 });
      expect((await get('/dashboard', clientHeaders)).statusCode).toBe(403);
    });
  });
});
