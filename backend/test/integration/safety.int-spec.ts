import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { SafetyService } from 'src/safety/safety.service';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { FakeOpenAiServer, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface EventRow {
  id: string;
  status: string;
  flagged_by: string;
  message_id: string | null;
  moderation: { status: string; selfHarm?: boolean };
  classifier: { verdict: string };
  context: { phase: string | null; recentMessages: { content: string }[] };
  alert_queued_at: Date | null;
}

const openAiEnv = (baseUrl: string): Record<string, string> => ({
  ...fakeModelEnv(baseUrl),
  AI_MAX_RETRIES: '0',
  AI_RETRY_BASE_DELAY_MS: '10',
  // Deliveries are not under test: mails stay pending in the outbox for the assertions.
  QUEUE_RUN_WORKERS: 'false',
  SAFETY_MODERATION_TIMEOUT_MS: '1000',
});

describe('safety screening', () => {
  describe('with the moderation endpoint up', () => {
    let t: TestApp;
    let fake: FakeOpenAiServer;
    let safety: SafetyService;
    let db: DataSource;
    let staff: TestUser;

    beforeAll(async () => {
      fake = await FakeOpenAiServer.start();
      t = await startTestApp('safety_screen', { env: openAiEnv(fake.baseUrl) });
      safety = t.app.get(SafetyService);
      db = t.app.get(DataSource);
      staff = await createUser(t.app, { role: UserRole.Staff });
    });

    afterAll(async () => {
      await t?.close();
      await fake?.close();
    });

    const eventsOf = (userId: string): Promise<EventRow[]> =>
      db.query<EventRow[]>('SELECT * FROM safety_events WHERE user_id = $1 ORDER BY created_at', [userId]);
    const alertsFor = (eventId: string): Promise<{ to_address: string }[]> =>
      db.query(
        `SELECT to_address FROM email_outbox WHERE template = 'staff_safety_alert' AND html LIKE '%' || $1 || '%'`,
        [eventId],
      );
    const holdOf = async (userId: string) =>
      (await t.app.get(CoachStateRepository).findForUser(db.manager, userId))?.safetyHold ?? null;
    const storeMessage = (userId: string, content: string) =>
      t.app.get(ChatMessageRepository).insert(db.manager, { userId, role: 'user', content });

    it('should store an event, set the hold and queue exactly one staff alert when a message is flagged', async () => {
      const client = await createUser(t.app);
      await storeMessage(client.id, 'Work has been a lot lately.');
      const message = await storeMessage(client.id, 'honestly i dont want to be alive anymore');

      const verdict = await safety.screen({
        userId: client.id,
        messageId: message.id,
        message: message.content,
      });

      expect(verdict.flagged).toBe(true);
      if (!verdict.flagged) {
        return;
      }
      expect(verdict.reply.component).toMatchObject({ kind: 'safety_resources', displayOnly: false });
      expect(verdict.reply.component.buttons.map((button) => button.id)).toEqual([
        'continue',
        'show_resources',
      ]);
      expect(verdict.reply.component.resources.length).toBeGreaterThan(0);
      expect(verdict.reply.message).toContain('You do not have to hold this on your own');

      const events = await eventsOf(client.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ id: verdict.eventId, status: 'open', message_id: message.id });
      expect(events[0]?.classifier.verdict).toBe('flag');
      expect(events[0]?.moderation.status).toBe('ok');
      expect(events[0]?.context.recentMessages.map((item) => item.content)).toEqual([
        'Work has been a lot lately.',
      ]);
      expect(events[0]?.alert_queued_at).not.toBeNull();

      expect(await holdOf(client.id)).toMatchObject({ safetyEventId: verdict.eventId });
      expect(await alertsFor(verdict.eventId)).toEqual([{ to_address: staff.email }]);
      expect(fake.requests.some((request) => request.path === '/v1/moderations')).toBe(true);
    });

    it('should keep one event and one alert when the same stored message is screened twice', async () => {
      const client = await createUser(t.app);
      const message = await storeMessage(client.id, 'i have been cutting myself again');

      const first = await safety.screen({
        userId: client.id,
        messageId: message.id,
        message: message.content,
      });
      const second = await safety.screen({
        userId: client.id,
        messageId: message.id,
        message: message.content,
      });

      expect(first.flagged && second.flagged).toBe(true);
      expect(first.flagged && second.flagged && first.eventId === second.eventId).toBe(true);
      expect(await eventsOf(client.id)).toHaveLength(1);
      expect(first.flagged && (await alertsFor(first.eventId))).toHaveLength(1);
      expect(await safety.queueAlert((await eventsOf(client.id))[0]?.id)).toBe(0);
    });

    it('should pass ordinary talk and idioms without an event when nothing flags them', async () => {
      const client = await createUser(t.app);
      for (const text of ['This deadline is killing me', 'I want to be a calmer parent']) {
        expect((await safety.screen({ userId: client.id, message: text })).flagged).toBe(false);
      }
      expect(await eventsOf(client.id)).toHaveLength(0);
      expect(await holdOf(client.id)).toBeNull();
    });

    it('should flag on the moderation endpoint alone when the offline classifier misses a message', async () => {
      const client = await createUser(t.app);
      fake.enqueueModeration({
        flagged: true,
        categories: { 'self-harm/intent': true },
        category_scores: { 'self-harm/intent': 0.91 },
      });

      const verdict = await safety.screen({ userId: client.id, message: 'some words our rules do not know' });

      expect(verdict.flagged).toBe(true);
      expect((await eventsOf(client.id))[0]).toMatchObject({ flagged_by: 'moderation' });
    });

    it('should not start the crisis flow when moderation flags only a category other than self-harm', async () => {
      const client = await createUser(t.app);
      fake.enqueueModeration({
        flagged: true,
        categories: { violence: true },
        category_scores: { violence: 0.8 },
      });

      expect((await safety.screen({ userId: client.id, message: 'a violent film review' })).flagged).toBe(
        false,
      );
    });

    it('should keep the event open and the hold on when the client replies dismissively', async () => {
      const client = await createUser(t.app);
      const verdict = await safety.screen({ userId: client.id, message: 'I want to kill myself' });
      expect(verdict.flagged).toBe(true);

      const reply = await safety.screen({
        userId: client.id,
        message: 'you misunderstood, im fine, forget it',
      });

      expect(reply.flagged).toBe(false);
      expect(await holdOf(client.id)).not.toBeNull();
      expect((await eventsOf(client.id)).map((event) => event.status)).toEqual(['open']);
    });

    it('should lift the hold but leave the event open when the client presses continue', async () => {
      const client = await createUser(t.app);
      const verdict = await safety.screen({
        userId: client.id,
        message: 'everyone would be better off without me',
      });
      expect(verdict.flagged).toBe(true);

      const dataSource = t.app.get(DataSource);
      const again = await dataSource.transaction((db) =>
        safety.answerCardPress(db, client.id, 'show_resources', 'introduction'),
      );
      expect(again.component).toMatchObject({ kind: 'safety_resources' });
      expect(await holdOf(client.id)).not.toBeNull();

      const pressed = await dataSource.transaction((db) =>
        safety.answerCardPress(db, client.id, 'continue', 'introduction'),
      );

      expect(pressed.component).toBeNull();
      expect(await holdOf(client.id)).toBeNull();
      expect((await eventsOf(client.id)).map((event) => event.status)).toEqual(['open']);
      expect(await safety.releaseHold(client.id)).toBe(false);
    });

    describe('staff routes', () => {
      let client: TestUser;
      let eventId: string;

      beforeAll(async () => {
        client = await createUser(t.app, { firstName: 'Robin', lastName: 'Example' });
        const verdict = await safety.screen({
          userId: client.id,
          message: 'i just want to disappear forever',
        });
        if (!verdict.flagged) {
          throw new Error('expected a flag');
        }
        eventId = verdict.eventId;
      });

      it('should answer 403 when a client asks for the safety events', async () => {
        const res = await t.app.inject({
          method: 'GET',
          url: '/api/v1/admin/safety-events',
          headers: await bearerHeaders(t.app, client),
        });
        expect(res.statusCode).toBe(403);
      });

      it('should list events with Content-Range when staff filter by status and user', async () => {
        const headers = await bearerHeaders(t.app, staff);
        const filter = encodeURIComponent(JSON.stringify({ status: 'open', userId: client.id }));
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/v1/admin/safety-events?filter=${filter}&range=[0,9]&sort=["createdAt","DESC"]`,
          headers,
        });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-range']).toBe('safety-events 0-0/1');
        expect(res.json()).toEqual([
          expect.objectContaining({
            id: eventId,
            userId: client.id,
            userName: 'Robin Example',
            status: 'open',
          }),
        ]);

        const bad = await t.app.inject({
          method: 'GET',
          url: `/api/v1/admin/safety-events?filter=${encodeURIComponent('{"status":"maybe"}')}`,
          headers,
        });
        expect(bad.statusCode).toBe(400);
      });

      it('should find an event by the client name, address or message text when staff search with q', async () => {
        const headers = await bearerHeaders(t.app, staff);
        const search = async (q: string) => {
          const res = await t.app.inject({
            method: 'GET',
            url: `/api/v1/admin/safety-events?filter=${encodeURIComponent(JSON.stringify({ q }))}&range=[0,99]`,
            headers,
          });
          expect(res.statusCode).toBe(200);
          return {
            range: res.headers['content-range'],
            rows: res.json<{ id: string; userEmail: string | null }[]>(),
          };
        };

        for (const q of ['robin EXAMPLE', client.email.toUpperCase(), 'Disappear Forever']) {
          const { rows } = await search(q);
          expect(rows).toContainEqual(expect.objectContaining({ id: eventId, userEmail: client.email }));
        }
        expect((await search('robin example')).rows.map((row) => row.id)).toEqual([eventId]);
        // LIKE wildcards in the text are literal: '%' matches no name, address or message.
        expect(await search('%')).toEqual({ range: 'safety-events 0-0/0', rows: [] });
      });

      it('should show the evidence and context when staff open one event', async () => {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/v1/admin/safety-events/${eventId}`,
          headers: await bearerHeaders(t.app, staff),
        });
        expect(res.statusCode).toBe(200);
        const body = res.json<{
          classifier: { evidence: { rule: string }[] };
          moderation: { status: string };
        }>();
        expect(body.classifier.evidence.map((item) => item.rule)).toContain('disappear_forever');
        expect(body.moderation.status).toBe('ok');
      });

      it('should resolve once with a note and answer 409 when resolved again', async () => {
        const headers = await bearerHeaders(t.app, staff);
        const empty = await t.app.inject({
          method: 'POST',
          url: `/api/v1/admin/safety-events/${eventId}/resolve`,
          headers,
          payload: { note: '   ' },
        });
        expect(empty.statusCode).toBe(400);

        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v1/admin/safety-events/${eventId}/resolve`,
          headers,
          payload: { note: 'Spoke with the client; they are safe and have support.' },
        });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({
          status: 'resolved',
          resolvedBy: staff.id,
          resolutionNote: 'Spoke with the client; they are safe and have support.',
        });

        const again = await t.app.inject({
          method: 'POST',
          url: `/api/v1/admin/safety-events/${eventId}/resolve`,
          headers,
          payload: { note: 'twice' },
        });
        expect(again.statusCode).toBe(409);
        expect(again.json()).toMatchObject({ code: 'safety_event_already_resolved' });
      });

      it('should answer 404 when the event does not exist', async () => {
        const res = await t.app.inject({
          method: 'GET',
          url: '/api/v1/admin/safety-events/3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
          headers: await bearerHeaders(t.app, staff),
        });
        expect(res.statusCode).toBe(404);
      });
    });
  });

  describe('with the moderation endpoint failing', () => {
    let t: TestApp;
    let stub: Server;
    let mode: 'error' | 'hang' = 'error';
    let moderationCalls = 0;

    // A server that fails or never answers /v1/moderations, as an outage would.
    beforeAll(async () => {
      stub = createServer((request, response) => {
        if (request.url?.startsWith('/v1/moderations')) {
          moderationCalls += 1;
          if (mode === 'hang') {
            return;
          }
          response.writeHead(503, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { message: 'down for maintenance', type: 'server_error' } }));
          return;
        }
        response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
      const { port } = stub.address() as AddressInfo;
      t = await startTestApp('safety_fallback', { env: openAiEnv(`http://127.0.0.1:${port}/v1`) });
    });

    afterAll(async () => {
      await t?.close();
      stub?.closeAllConnections();
      await new Promise<void>((resolve) => stub?.close(() => resolve()));
    });

    it('should fall back to the offline classifier when the moderation endpoint errors', async () => {
      mode = 'error';
      const client = await createUser(t.app);
      const safety = t.app.get(SafetyService);

      const flagged = await safety.screen({
        userId: client.id,
        message: 'i keep thinking about ending my life',
      });
      const clear = await safety.screen({ userId: client.id, message: 'I love painting at weekends' });

      expect(moderationCalls).toBeGreaterThan(0);
      expect(flagged.flagged).toBe(true);
      expect(flagged.moderation).toMatchObject({ status: 'error' });
      expect(clear.flagged).toBe(false);
      const [event] = await t.app
        .get(DataSource)
        .query<EventRow[]>('SELECT * FROM safety_events WHERE user_id = $1', [client.id]);
      expect(event).toMatchObject({ flagged_by: 'classifier' });
    });

    it('should fall back within the timeout when the moderation endpoint never answers', async () => {
      mode = 'hang';
      const client = await createUser(t.app);
      const started = Date.now();

      const verdict = await t.app.get(SafetyService).screen({ userId: client.id, message: 'I want to die' });

      expect(verdict.flagged).toBe(true);
      expect(verdict.moderation).toMatchObject({ status: 'error' });
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });
});
