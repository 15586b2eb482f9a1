import { DataSource } from 'typeorm';
import { TranscriptRetentionService } from 'src/coaching/retention/transcript-retention.service';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { api } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface MessageRow {
  id: string;
  role: string;
  content: string;
}

describe('chat transcript retention (TRANSCRIPT_RETENTION_DAYS)', () => {
  let t: TestApp;
  let db: DataSource;
  let retention: TranscriptRetentionService;
  let ada: { id: string; headers: AuthHeaders };

  const say = async (headers: AuthHeaders, message: string): Promise<void> => {
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, { message });
    expect(res.statusCode, res.body).toBe(200);
  };
  const messagesOf = (userId: string): Promise<MessageRow[]> =>
    db.query(`SELECT id, role, content FROM chat_messages WHERE user_id = $1 ORDER BY created_at, id`, [
      userId,
    ]);
  const backdate = (table: 'chat_messages' | 'turns', ids: string[], days: number): Promise<unknown> =>
    db.query(`UPDATE ${table} SET created_at = created_at - make_interval(days => $2) WHERE id = ANY($1)`, [
      ids,
      days,
    ]);

  beforeAll(async () => {
    t = await startTestApp('ops_retention', {
      env: {
        AI_PROVIDER: 'demo',
        AI_DEMO_CHUNK_DELAY_MS: '0',
        USER_TURNS_PER_MINUTE: '0',
        TRANSCRIPT_RETENTION_DAYS: '30',
      },
    });
    db = t.app.get(DataSource);
    retention = t.app.get(TranscriptRetentionService);
    const user = await createUser(t.app, { firstName: 'Ada' });
    ada = { id: user.id, headers: await bearerHeaders(t.app, user) };
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should delete old messages, blank old turn text and keep recent ones and the coaching state when swept', async () => {
    await say(ada.headers, 'I grew up by the sea with two sisters.');
    await say(ada.headers, 'My grandmother taught me to sail.');
    const old = await messagesOf(ada.id);
    expect(old.length).toBeGreaterThanOrEqual(4);
    const oldTurns = await db.query<{ id: string }[]>(`SELECT id FROM turns WHERE user_id = $1`, [ada.id]);
    await backdate(
      'chat_messages',
      old.map((message) => message.id),
      45,
    );
    await backdate(
      'turns',
      oldTurns.map((turn) => turn.id),
      45,
    );
    // Almost at the limit: kept.
    await say(ada.headers, 'I like early mornings.');
    const recent = (await messagesOf(ada.id)).filter((message) => !old.some((o) => o.id === message.id));
    await backdate(
      'chat_messages',
      recent.map((message) => message.id),
      29,
    );
    const stateBefore: unknown[] = await db.query(`SELECT * FROM coach_states WHERE user_id = $1`, [ada.id]);

    const result = await retention.sweep();

    const after = await messagesOf(ada.id);
    expect(after.map((message) => message.id)).toEqual(recent.map((message) => message.id));
    expect(result.messagesDeleted).toBe(old.length);
    expect(result.turnsRedacted).toBe(oldTurns.length);
    const turns = await db.query<{ message: string | null; status: string }[]>(
      `SELECT input->>'message' AS message, status FROM turns WHERE user_id = $1 ORDER BY created_at`,
      [ada.id],
    );
    expect(turns.map((turn) => turn.message)).toEqual([null, null, 'I like early mornings.']);
    expect(turns.every((turn) => turn.status === 'done')).toBe(true);
    expect(await db.query(`SELECT * FROM coach_states WHERE user_id = $1`, [ada.id])).toEqual(stateBefore);
    // The client still sees the conversation that is left, and can go on.
    const history = await api(t.app, 'GET', '/coach/messages', ada.headers);
    expect(history.statusCode, history.body).toBe(200);
    await say(ada.headers, 'Still here.');
  });

  it('should keep a client’s latest coach message when everything they wrote is past the limit', async () => {
    const user = await createUser(t.app, { firstName: 'Grace' });
    const headers = await bearerHeaders(t.app, user);
    await say(headers, 'I build compilers.');
    const messages = await messagesOf(user.id);
    await backdate(
      'chat_messages',
      messages.map((message) => message.id),
      400,
    );

    await retention.sweep();

    const left = await messagesOf(user.id);
    expect(left).toHaveLength(1);
    expect(left[0]?.id).toBe(messages.filter((message) => message.role === 'coach').at(-1)?.id);
  });

  it('should blank the words of a safety event resolved before the limit and keep an open one’s when swept', async () => {
    interface EventRow {
      id: string;
      status: string;
      message_text: string;
      recent: number;
      resolution_note: string | null;
    }
    const events = (userId: string): Promise<EventRow[]> =>
      db.query(
        `SELECT id, status, message_text, jsonb_array_length(context->'recentMessages') AS recent,
                resolution_note
           FROM safety_events WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      );
    const flag = async (firstName: string): Promise<EventRow> => {
      const user = await createUser(t.app, { firstName });
      const headers = await bearerHeaders(t.app, user);
      await say(headers, 'My sister visited on Sunday and we cooked together.');
      await say(headers, 'I want to end my life.');
      const [event] = await events(user.id);
      expect(event, `${firstName}'s message was flagged`).toBeDefined();
      expect(event?.message_text).toBe('I want to end my life.');
      expect(event?.recent).toBeGreaterThan(0);
      return event;
    };
    const resolvedLongAgo = await flag('Lin');
    const stillOpen = await flag('Sam');
    const staff = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
    const resolved = await api(t.app, 'POST', `/admin/safety-events/${resolvedLongAgo.id}/resolve`, staff, {
      note: 'Called them; safe, with a plan for the weekend.',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    await db.query(
      `UPDATE safety_events SET created_at = created_at - interval '60 days',
              resolved_at = resolved_at - interval '45 days' WHERE id = $1`,
      [resolvedLongAgo.id],
    );
    await db.query(`UPDATE safety_events SET created_at = created_at - interval '60 days' WHERE id = $1`, [
      stillOpen.id,
    ]);

    const result = await retention.sweep();

    expect(result.other.safetyEventsRedacted).toBe(1);
    const [blanked] = await db.query<EventRow[]>(
      `SELECT id, status, message_text, jsonb_array_length(context->'recentMessages') AS recent,
              resolution_note FROM safety_events WHERE id = $1`,
      [resolvedLongAgo.id],
    );
    expect(blanked).toMatchObject({
      status: 'resolved',
      message_text: '',
      recent: 0,
      resolution_note: 'Called them; safe, with a plan for the weekend.',
    });
    const [open] = await db.query<EventRow[]>(
      `SELECT id, status, message_text, jsonb_array_length(context->'recentMessages') AS recent
         FROM safety_events WHERE id = $1`,
      [stillOpen.id],
    );
    expect(open).toMatchObject({ status: 'open', message_text: 'I want to end my life.' });
    expect(open?.recent).toBeGreaterThan(0);
    // Staff still open the blanked event.
    const shown = await api(t.app, 'GET', `/admin/safety-events/${resolvedLongAgo.id}`, staff);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({ messageText: '', status: 'resolved' });
  });

  it('should remove nothing when retention is off', async () => {
    const before = await db.query(`SELECT count(*) FROM chat_messages`);
    await db.query(`UPDATE chat_messages SET created_at = created_at - interval '10 years'`);
    expect(await retention.sweep(new Date(), 0)).toEqual({ messagesDeleted: 0, turnsRedacted: 0, other: {} });
    expect(await db.query(`SELECT count(*) FROM chat_messages`)).toEqual(before);
  });
});
