import type { components } from '@dev-coach/api-client';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import {
  api,
  type FakeModelApp,
  type MessageBody,
  pressBody,
  startFakeModelApp,
} from 'test/utils/coach-turns';
import { countRows } from 'test/utils/coaching';

type StateBody = components['schemas']['CoachStateResponseDto'];

// The crisis flow through the real turn pipeline: screening happens before anything is spent,
// the curriculum pauses, staff hear about it, and only the client's own choice resumes coaching.
describe('safety in the coach turn pipeline', () => {
  let t: FakeModelApp;
  let client: AuthHeaders;
  let clientId: string;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_safety');
    await createUser(t.app, { role: UserRole.Staff });
    const user = await createUser(t.app);
    clientId = user.id;
    client = await bearerHeaders(t.app, user);
  });

  afterAll(async () => {
    await t?.close();
  });

  const lastCoachMessage = async (): Promise<MessageBody> => {
    const page = (await api(t.app, 'GET', '/coach/messages?limit=5', client)).json<
      components['schemas']['MessagePageResponseDto']
    >();
    const coach = [...page.items].reverse().find((message) => message.role === 'coach');
    if (!coach) {
      throw new Error('no coach message');
    }
    return coach;
  };
  const state = async (): Promise<StateBody> =>
    (await api(t.app, 'GET', '/coach/state', client)).json<StateBody>();

  it('should answer a crisis message with support and resources, hold the curriculum and alert staff without a model call', async () => {
    const posted = await api(t.app, 'POST', '/coach/turns', client, {
      message: 'honestly i dont want to be alive anymore',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(t.fake.chatRequests()).toHaveLength(0);

    const reply = await lastCoachMessage();
    expect(reply.component).toMatchObject({ kind: 'safety_resources' });
    expect(reply.content.length).toBeGreaterThan(20);
    expect((await state()).safetyHold).not.toBeNull();
    expect(await countRows(t.dataSource, 'safety_events', clientId)).toBe(1);
    const alerts = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM email_outbox WHERE template = 'staff_safety_alert'`,
    );
    expect(Number(alerts[0]?.count)).toBe(1);
    // The event names the client message that carried the words.
    const [event] = await t.dataSource.query<{ message_id: string | null }[]>(
      'SELECT message_id FROM safety_events WHERE user_id = $1',
      [clientId],
    );
    const [flagged] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM chat_messages WHERE user_id = $1 AND role = 'user' ORDER BY created_at DESC LIMIT 1`,
      [clientId],
    );
    expect(event?.message_id).toBe(flagged?.id);
  });

  it('should not open a second event or alert when the same message is sent again without Idempotency-Key', async () => {
    const again = await api(t.app, 'POST', '/coach/turns', client, {
      message: 'honestly i dont want to be alive anymore',
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(t.fake.chatRequests()).toHaveLength(0);
    expect(await countRows(t.dataSource, 'safety_events', clientId)).toBe(1);
    const alerts = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM email_outbox WHERE template = 'staff_safety_alert'`,
    );
    expect(Number(alerts[0]?.count)).toBe(1);
  });

  it('should keep the hold and reply with resources when the client writes on without choosing to continue', async () => {
    const posted = await api(t.app, 'POST', '/coach/turns', client, {
      message: 'you misunderstood, whatever',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(t.fake.chatRequests()).toHaveLength(0);
    expect((await lastCoachMessage()).component).toMatchObject({ kind: 'safety_resources' });
    expect((await state()).safetyHold).not.toBeNull();
  });

  it('should resume coaching but leave the staff event open when the client presses continue', async () => {
    const card = await lastCoachMessage();
    const pressed = await api(t.app, 'POST', '/coach/turns', client, pressBody(card, 'continue'));
    expect(pressed.statusCode, pressed.body).toBe(200);
    expect((await state()).safetyHold).toBeNull();
    const events = await t.dataSource.query<{ status: string }[]>(
      'SELECT status FROM safety_events WHERE user_id = $1',
      [clientId],
    );
    expect(events.map((event) => event.status)).toEqual(['open']);

    t.fake.enqueue({ content: JSON.stringify({ message: 'Welcome back. Shall we carry on?', actions: [] }) });
    const next = await api(t.app, 'POST', '/coach/turns?wait=true', client, {
      message: 'Yes, let us carry on',
    });
    expect(next.statusCode, next.body).toBe(200);
    expect(t.fake.chatRequests()).toHaveLength(1);
  });

  // Defence in depth: words no screen caught can still worry the coach model, which says so in
  // its reply's safety_concern; that starts the same flow as a flagged message.
  it('should store a coach-flagged event, hold the curriculum, show resources and alert staff when the model raises a safety concern', async () => {
    const other = await t.newClient('identity_brainstorming');
    const alertsBefore = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM email_outbox WHERE template = 'staff_safety_alert'`,
    );
    const calls = t.fake.chatRequests().length;
    t.fake.enqueue({
      content: JSON.stringify({
        message: 'Thank you for telling me. I want to pause our exercise for a moment.',
        actions: [{ type: 'focus_category', params: { category: 'maker_of_money' } }],
        safety_concern: 'They sound like they are saying goodbye.',
      }),
    });
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', other.headers, {
      // Words our screens let through (the fake model's concern is scripted).
      message: 'I bake bread on Sundays for my neighbours.',
    });
    const result = res.json<components['schemas']['TurnResultResponseDto']>();
    expect(res.statusCode, res.body).toBe(200);
    // One call: the focus change does not get its hand-off pass while the hold is on.
    expect(t.fake.chatRequests().length - calls).toBe(1);
    expect(result.messages.map((message) => message.role)).toEqual(['user', 'coach', 'coach']);
    expect(result.messages[1]?.content).toContain('pause our exercise');
    expect(result.messages[2]?.component).toMatchObject({ kind: 'safety_resources' });
    expect(result.state.safetyHold).not.toBeNull();

    const events = await t.dataSource.query<{ flagged_by: string; message_id: string; status: string }[]>(
      'SELECT flagged_by, message_id, status FROM safety_events WHERE user_id = $1',
      [other.id],
    );
    expect(events).toEqual([{ flagged_by: 'coach', message_id: result.messages[0]?.id, status: 'open' }]);
    const alerts = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM email_outbox WHERE template = 'staff_safety_alert'`,
    );
    expect(Number(alerts[0]?.count)).toBe(Number(alertsBefore[0]?.count) + 1);

    // Held: the next message is answered by the safety flow, not the model.
    const held = await api(t.app, 'POST', '/coach/turns?wait=true', other.headers, { message: 'ok' });
    expect(held.statusCode, held.body).toBe(200);
    expect(t.fake.chatRequests().length - calls).toBe(1);
  });
});
