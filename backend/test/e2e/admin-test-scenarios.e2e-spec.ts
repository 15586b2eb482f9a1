import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const MISSING = '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13';

// Local shapes until the lead regenerates the API client.
interface TestUserBody {
  userId: string;
  email: string;
  name: string;
  scenarioId: string | null;
  resetAt: string;
}
interface ScenarioBody {
  id: string;
  name: string;
  state: { phase: string; currentIdentity?: string | null; whoYouAre?: string[] };
  identities: { name: string; category: string; state: string; notes?: string[] }[];
  notes: string[];
  messages: { role: string; content: string }[];
  testUsers: TestUserBody[];
}

const DOCUMENT = {
  name: 'Brainstorming with two identities',
  description: 'Mid-brainstorm: an athlete and a maker, focus on money.',
  profile: { firstName: 'Sam', lastName: 'Tester' },
  state: {
    phase: 'identity_brainstorming',
    identityFocus: 'maker_of_money',
    skippedCategories: [],
    whoYouAre: ['curious', 'stubborn'],
    askedQuestions: ['work_living'],
    currentIdentity: 'Athlete',
  },
  identities: [
    { name: 'Athlete', category: 'passions_and_talents', state: 'accepted', notes: ['Runs at dawn'] },
    { name: 'Maker', category: 'maker_of_money', state: 'proposed' },
  ],
  notes: ['Works nights as a nurse'],
  messages: [
    { role: 'coach', content: 'What do you do that makes you money?' },
    { role: 'user', content: 'I build furniture on weekends.' },
  ],
};

describe('back office: test scenarios', () => {
  let t: TestApp;
  let db: DataSource;
  let client: TestUser;
  let clientHeaders: AuthHeaders;
  let staff: TestUser;
  let staffHeaders: AuthHeaders;
  let superHeaders: AuthHeaders;

  const admin = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers: AuthHeaders = staffHeaders,
    payload?: object,
  ) => t.app.inject({ method, url: `/api/v1/admin${url}`, headers, payload });
  const auditRows = (action: string, targetId: string) =>
    db.query<{ actor_id: string; details: Record<string, unknown> }[]>(
      `SELECT actor_id, details FROM audit_events WHERE action = $1 AND target_id = $2 ORDER BY created_at`,
      [action, targetId],
    );
  const create = async (document: object = DOCUMENT): Promise<ScenarioBody> => {
    const res = await admin('POST', '/test-scenarios', staffHeaders, document);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ScenarioBody>();
  };
  const instantiate = async (scenarioId: string): Promise<TestUserBody> => {
    const res = await admin('POST', `/test-scenarios/${scenarioId}/instantiate`);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<TestUserBody>();
  };
  /** What the test user's coaching looks like through the staff routes. */
  const coachingOf = async (userId: string) => {
    const filter = q({ userId });
    const [state] = (await admin('GET', `/coach-states?filter=${filter}`)).json<
      { currentPhase: string; identityFocus: string; whoYouAre: string[]; currentIdentityId: string | null }[]
    >();
    const identities = (await admin('GET', `/identities?filter=${filter}&sort=${q(['name', 'ASC'])}`)).json<
      { id: string; name: string; state: string; notes: { text: string }[] }[]
    >();
    const notes = (await admin('GET', `/notes?filter=${filter}`)).json<{ text: string }[]>();
    const messages = (await admin('GET', `/messages?filter=${filter}&range=${q([0, 99])}`)).json<
      { role: string; content: string }[]
    >();
    return { state, identities, notes, messages };
  };

  beforeAll(async () => {
    t = await startTestApp('admin_test_scenarios', {
      env: { AI_PROVIDER: 'demo', AI_DEMO_CHUNK_DELAY_MS: '0', USER_TURNS_PER_MINUTE: '0' },
    });
    db = t.app.get(DataSourceToken);
    client = await createUser(t.app, { firstName: 'Cleo' });
    clientHeaders = await bearerHeaders(t.app, client);
    staff = await createUser(t.app, { role: UserRole.Staff });
    staffHeaders = await bearerHeaders(t.app, staff);
    superHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Superuser }));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should refuse every route to a client with 403 and to nobody signed in with 401', async () => {
    const scenario = await create({ ...DOCUMENT, name: 'Role matrix' });
    const routes: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, object?][] = [
      ['GET', '/test-scenarios'],
      ['GET', `/test-scenarios/${scenario.id}`],
      ['POST', '/test-scenarios', DOCUMENT],
      ['PATCH', `/test-scenarios/${scenario.id}`, DOCUMENT],
      ['DELETE', `/test-scenarios/${scenario.id}`],
      ['POST', `/test-scenarios/${scenario.id}/instantiate`],
      ['POST', `/test-scenarios/${scenario.id}/reset`, { userId: client.id }],
      ['POST', '/test-scenarios/freeze', { userId: client.id, name: 'x' }],
      ['POST', `/coach/users/${client.id}/turns`, { message: 'hi' }],
    ];
    for (const [method, url, payload] of routes) {
      const res = await admin(method, url, clientHeaders, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json()).toMatchObject({ statusCode: 403, code: expect.any(String) });
      const anonymous = await t.app.inject({ method, url: `/api/v1/admin${url}`, payload });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('should create a scenario from its JSON document, audited, and list it with Content-Range', async () => {
    const scenario = await create();
    expect(scenario).toMatchObject({
      name: DOCUMENT.name,
      state: {
        phase: 'identity_brainstorming',
        currentIdentity: 'Athlete',
        whoYouAre: ['curious', 'stubborn'],
      },
      notes: DOCUMENT.notes,
      messages: DOCUMENT.messages,
      testUsers: [],
    });
    expect(scenario.identities.map((identity) => identity.name)).toEqual(['Athlete', 'Maker']);
    const audit = await auditRows('test_scenario.created', scenario.id);
    expect(audit).toEqual([{ actor_id: staff.id, details: { name: DOCUMENT.name } }]);

    const page = await admin('GET', `/test-scenarios?range=${q([0, 0])}&sort=${q(['name', 'ASC'])}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-range']).toMatch(/^test-scenarios 0-0\/\d+$/);
    const found = (await admin('GET', `/test-scenarios?filter=${q({ q: 'two IDENT' })}`)).json<
      ScenarioBody[]
    >();
    expect(found.map((row) => row.id)).toEqual([scenario.id]);
    const many = (await admin('GET', `/test-scenarios?filter=${q({ id: [scenario.id, MISSING] })}`)).json<
      ScenarioBody[]
    >();
    expect(many.map((row) => row.id)).toEqual([scenario.id]);
    expect((await admin('GET', `/test-scenarios/${MISSING}`)).json()).toMatchObject({
      statusCode: 404,
      code: 'scenario_not_found',
    });
  });

  it('should refuse a document that breaks the schema with 400 naming the field', async () => {
    const cases: [object, string][] = [
      [{ ...DOCUMENT, name: 'Bad phase', state: { phase: 'lunch' } }, 'state.phase'],
      [
        {
          ...DOCUMENT,
          name: 'Bad category',
          identities: [{ name: 'X', category: 'pets', state: 'accepted' }],
        },
        'identities.0.category',
      ],
      [
        {
          ...DOCUMENT,
          name: 'Archived',
          identities: [{ name: 'X', category: 'spiritual', state: 'archived' }],
        },
        'identities.0.state',
      ],
      [{ ...DOCUMENT, name: 'Bad role', messages: [{ role: 'system', content: 'obey' }] }, 'messages.0.role'],
      [{ ...DOCUMENT, name: 'Extra', secret: true }, 'secret'],
    ];
    for (const [document, field] of cases) {
      const res = await admin('POST', '/test-scenarios', staffHeaders, document);
      expect(res.statusCode, field).toBe(400);
      const body = res.json<{ code: string; details: { field: string }[] }>();
      expect(body.code).toBe('validation_failed');
      expect(body.details.map((detail) => detail.field).join(' '), field).toContain(field);
    }
    const twins = await admin('POST', '/test-scenarios', staffHeaders, {
      ...DOCUMENT,
      name: 'Twins',
      identities: [
        { name: 'Runner', category: 'spiritual', state: 'accepted' },
        { name: 'runner', category: 'spiritual', state: 'accepted' },
      ],
      state: { phase: 'identity_brainstorming' },
    });
    expect(twins.json()).toMatchObject({ statusCode: 400, code: 'invalid_snapshot' });
    const unknownCurrent = await admin('POST', '/test-scenarios', staffHeaders, {
      ...DOCUMENT,
      name: 'Unknown current',
      state: { phase: 'identity_brainstorming', currentIdentity: 'Ghost' },
    });
    expect(unknownCurrent.json()).toMatchObject({
      code: 'invalid_snapshot',
      details: [{ field: 'state.currentIdentity' }],
    });
    expect((await admin('POST', '/test-scenarios', staffHeaders, DOCUMENT)).json()).toMatchObject({
      statusCode: 409,
      code: 'scenario_name_taken',
    });
  });

  it('should instantiate a test user holding the template, chat as it through the demo coach, and reset it', async () => {
    const scenario = await create({ ...DOCUMENT, name: 'Instantiate me' });
    const testUser = await instantiate(scenario.id);
    expect(testUser).toMatchObject({ scenarioId: scenario.id, name: 'Sam Tester' });
    expect(testUser.email).toMatch(/@test-users\.invalid$/);
    expect(await auditRows('test_user.instantiated', testUser.userId)).toEqual([
      { actor_id: staff.id, details: { scenarioId: scenario.id, scenarioName: 'Instantiate me' } },
    ]);
    // Nobody signs in as a test user: it has no password.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: testUser.email, password: '' },
    });
    expect(login.statusCode).toBeGreaterThanOrEqual(400);

    const before = await coachingOf(testUser.userId);
    expect(before.state).toMatchObject({
      currentPhase: 'identity_brainstorming',
      identityFocus: 'maker_of_money',
      whoYouAre: ['curious', 'stubborn'],
    });
    const athlete = before.identities.find((identity) => identity.name === 'Athlete');
    expect(before.state?.currentIdentityId).toBe(athlete?.id);
    expect(athlete?.notes.map((note) => note.text)).toEqual(['Runs at dawn']);
    expect(before.identities.map((identity) => [identity.name, identity.state])).toEqual([
      ['Athlete', 'accepted'],
      ['Maker', 'proposed'],
    ]);
    expect(before.notes.map((note) => note.text)).toEqual(['Works nights as a nurse']);
    expect(before.messages.map((message) => message.content).sort()).toEqual(
      DOCUMENT.messages.map((message) => message.content).sort(),
    );

    // Staff speak as the test user: the real pipeline answers with the demo coach.
    const turn = await admin('POST', `/coach/users/${testUser.userId}/turns?wait=true`, staffHeaders, {
      message: 'I also teach swimming.',
    });
    expect(turn.statusCode, turn.body).toBe(200);
    const result = turn.json<{
      turn: { id: string; status: string };
      messages: { role: string; content: string }[];
    }>();
    expect(result.turn.status).toBe('done');
    const [said, ...replies] = result.messages;
    expect(said).toMatchObject({ role: 'user', content: 'I also teach swimming.' });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((reply) => reply.role === 'coach' && reply.content.length > 0)).toBe(true);
    expect(await auditRows('test_user.turn_posted', testUser.userId)).toEqual([
      { actor_id: staff.id, details: { turnId: result.turn.id } },
    ]);
    const polled = await admin('GET', `/coach/users/${testUser.userId}/turns/${result.turn.id}`);
    expect(polled.json()).toMatchObject({ turn: { id: result.turn.id, status: 'done' } });
    expect((await coachingOf(testUser.userId)).messages).toHaveLength(2 + result.messages.length);

    // Reset puts the template back; the turn (usage) stays.
    const reset = await admin('POST', `/test-scenarios/${scenario.id}/reset`, staffHeaders, {
      userId: testUser.userId,
    });
    expect(reset.statusCode, reset.body).toBe(200);
    const after = await coachingOf(testUser.userId);
    expect(after.messages).toHaveLength(2);
    expect(after.identities.map((identity) => identity.name)).toEqual(['Athlete', 'Maker']);
    expect(after.state?.currentPhase).toBe('identity_brainstorming');
    const turns = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM turns WHERE user_id = $1`, [
      testUser.userId,
    ]);
    expect(turns[0]?.n).toBe(1);
    expect(await auditRows('test_user.reset', testUser.userId)).toHaveLength(1);
    expect((await admin('GET', `/test-scenarios/${scenario.id}`)).json<ScenarioBody>().testUsers).toEqual([
      expect.objectContaining({ userId: testUser.userId }),
    ]);
    const mine = await admin('GET', `/test-scenarios?filter=${q({ testUserId: testUser.userId })}`);
    expect(mine.json<ScenarioBody[]>().map((row) => row.id)).toEqual([scenario.id]);
    const none = await admin('GET', `/test-scenarios?filter=${q({ testUserId: client.id })}`);
    expect(none.json()).toEqual([]);
  });

  it('should never let staff speak for or reset a real client', async () => {
    const scenario = await create({ ...DOCUMENT, name: 'Not for real clients' });
    const turn = await admin('POST', `/coach/users/${client.id}/turns?wait=true`, staffHeaders, {
      message: 'hi',
    });
    expect(turn.json()).toMatchObject({ statusCode: 403, code: 'not_a_test_user' });
    const reset = await admin('POST', `/test-scenarios/${scenario.id}/reset`, staffHeaders, {
      userId: client.id,
    });
    expect(reset.json()).toMatchObject({ statusCode: 403, code: 'not_a_test_user' });
    const messages = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM chat_messages WHERE user_id = $1`,
      [client.id],
    );
    expect(messages[0]?.n).toBe(0);
    // A test user of another scenario is not this scenario's to reset.
    const other = await instantiate((await create({ ...DOCUMENT, name: 'Other scenario' })).id);
    const wrong = await admin('POST', `/test-scenarios/${scenario.id}/reset`, staffHeaders, {
      userId: other.userId,
    });
    expect(wrong.json()).toMatchObject({ statusCode: 409, code: 'wrong_scenario' });
  });

  it('should freeze a real client into a new scenario with their state, identities, notes and messages', async () => {
    const source = await instantiate((await create({ ...DOCUMENT, name: 'Freeze source' })).id);
    const frozen = await admin('POST', '/test-scenarios/freeze', staffHeaders, {
      userId: source.userId,
      name: 'Frozen copy',
    });
    expect(frozen.statusCode, frozen.body).toBe(201);
    const body = frozen.json<ScenarioBody>();
    expect(body.state).toMatchObject({ phase: 'identity_brainstorming', currentIdentity: 'Athlete' });
    expect(body.identities).toEqual([
      expect.objectContaining({ name: 'Athlete', state: 'accepted', notes: ['Runs at dawn'] }),
      expect.objectContaining({ name: 'Maker', state: 'proposed', notes: [] }),
    ]);
    expect(body.notes).toEqual(DOCUMENT.notes);
    expect(body.messages).toEqual(DOCUMENT.messages);
    expect(await auditRows('test_scenario.frozen', body.id)).toEqual([
      { actor_id: staff.id, details: { name: 'Frozen copy', fromUserId: source.userId } },
    ]);
    // The frozen copy instantiates like any other scenario.
    const copy = await instantiate(body.id);
    expect((await coachingOf(copy.userId)).identities.map((identity) => identity.name)).toEqual([
      'Athlete',
      'Maker',
    ]);
    expect(
      (
        await admin('POST', '/test-scenarios/freeze', staffHeaders, { userId: MISSING, name: 'Nobody' })
      ).json(),
    ).toMatchObject({ statusCode: 404, code: 'user_not_found' });
  });

  it('should let staff edit a scenario, audited, and only a superuser delete it', async () => {
    const scenario = await create({ ...DOCUMENT, name: 'Edit me' });
    const updated = await admin('PATCH', `/test-scenarios/${scenario.id}`, staffHeaders, {
      name: 'Edited',
      state: { phase: 'identity_refinement' },
      messages: [],
    });
    expect(updated.statusCode, updated.body).toBe(200);
    // Parts left out stay as they were.
    expect(updated.json()).toMatchObject({
      name: 'Edited',
      state: { phase: 'identity_refinement' },
      messages: [],
      notes: DOCUMENT.notes,
      profile: DOCUMENT.profile,
    });
    expect(await auditRows('test_scenario.updated', scenario.id)).toEqual([
      {
        actor_id: staff.id,
        details: { name: 'Edit me', newName: 'Edited', changed: ['messages', 'name', 'state'] },
      },
    ]);
    const badPart = await admin('PATCH', `/test-scenarios/${scenario.id}`, staffHeaders, {
      state: { phase: 'identity_refinement', currentIdentity: 'Nobody' },
    });
    expect(badPart.json()).toMatchObject({ statusCode: 400, code: 'invalid_snapshot' });

    const byStaff = await admin('DELETE', `/test-scenarios/${scenario.id}`);
    expect(byStaff.statusCode).toBe(403);
    const bySuper = await admin('DELETE', `/test-scenarios/${scenario.id}`, superHeaders);
    expect(bySuper.statusCode, bySuper.body).toBe(200);
    expect(bySuper.json()).toMatchObject({ id: scenario.id, name: 'Edited' });
    expect(await auditRows('test_scenario.deleted', scenario.id)).toHaveLength(1);
    expect((await admin('GET', `/test-scenarios/${scenario.id}`)).statusCode).toBe(404);
    expect((await admin('DELETE', `/test-scenarios/${scenario.id}`, superHeaders)).statusCode).toBe(404);
  });
});
