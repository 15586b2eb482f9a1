import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook, WebhookVerificationError } from '@dev-coach/api-client';
import { ActionEngine } from 'src/coaching/actions/action-engine.service';
import { UserRole } from 'src/common/auth/user-role';
import { SafetyService } from 'src/safety/safety.service';
import { WEBHOOK_EVENT_TYPES } from 'src/webhooks/webhook-events';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { fakeReplies } from 'test/fakes/fake-openai-server';
import { api, type FakeModelApp, startFakeModelApp } from 'test/utils/coach-turns';
import { asStaff, lockState, placeAt, seedIdentities } from 'test/utils/coaching';

// Until the lead regenerates the client, the shapes this spec reads.
interface Endpoint {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  consecutiveFailures: number;
  disabledAt: string | null;
  previousSecretExpiresAt: string | null;
  secret?: string;
}
interface Delivery {
  id: string;
  endpointId: string;
  eventType: string;
  status: string;
  attempt: number;
  lastStatusCode: number | null;
}
interface DeliveryDetail extends Delivery {
  attempts: { attempt: number; statusCode: number | null; error: string | null }[];
}
interface Hit {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}
interface Payload {
  id: string;
  type: string;
  data: Record<string, string>;
}

/**
 * One receiver, many paths: `/all` answers 204; `/flaky` 500 twice, then 204; `/down` 503 while
 * `down` is set; `/dead` 500 while `dead` is set.
 */
class Receiver {
  readonly hits: Hit[] = [];
  down = false;
  dead = true;
  private flakyCalls = 0;
  private server?: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '';
        this.flakyCalls += path === '/flaky' ? 1 : 0;
        const status =
          (path === '/flaky' && this.flakyCalls <= 2) || (path === '/dead' && this.dead)
            ? 500
            : path === '/down' && this.down
              ? 503
              : 204;
        this.hits.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server?.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** 2xx-answered hits at `path`, parsed. */
  delivered(path: string): (Hit & { payload: Payload })[] {
    return this.hits
      .filter((hit) => hit.path === path && hit.status < 300)
      .map((hit) => ({ ...hit, payload: JSON.parse(hit.body) as Payload }));
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const waitUntil = async (check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const PASSWORD = 'Maple-Comet-Ridge-8';

// Every event a receiver can subscribe to, each delivered once when what it reports commits, and
// what operators do with receivers: rotate the secret (both signatures during the overlap),
// see each attempt, replay, ride out an outage, and bring back a receiver disabled for failing.
describe('webhooks: events, rotation, outages and re-enabling', () => {
  let t: FakeModelApp;
  const receiver = new Receiver();
  let root: AuthHeaders;
  let all: Endpoint;

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: object, headers = root) =>
    t.app.inject({ method, url: `/api/v1/admin/webhooks${path}`, headers, payload: body });
  const register = async (path: string, events: readonly string[]): Promise<Endpoint> => {
    const res = await call('POST', '', { url: receiver.url(path), events });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Endpoint>();
  };
  const endpoint = async (id: string): Promise<Endpoint> => (await call('GET', `/${id}`)).json<Endpoint>();
  const deliveriesOf = async (endpointId: string): Promise<Delivery[]> => {
    const filter = encodeURIComponent(JSON.stringify({ endpointId }));
    return (await call('GET', `/deliveries?filter=${filter}&range=[0,99]`)).json<Delivery[]>();
  };
  const sendTest = async (id: string): Promise<Delivery> => {
    const res = await call('POST', `/${id}/test`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Delivery>();
  };
  const settled = async (endpointId: string): Promise<void> =>
    waitUntil(async () => (await deliveriesOf(endpointId)).every((row) => row.status !== 'pending'));
  /** Hits at /all about `userId` of one event type. */
  const eventsAbout = (type: string, userId: string) =>
    receiver
      .delivered('/all')
      .filter((hit) => hit.payload.type === type && hit.payload.data.userId === userId);

  beforeAll(async () => {
    await receiver.start();
    t = await startFakeModelApp('webhooks_events', {
      WEBHOOK_BACKOFF_MS: '50',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      WEBHOOK_DISABLE_AFTER_FAILURES: '12',
      WEBHOOK_ALERT_EMAILS: 'hooks@example.test',
    });
    root = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Superuser }));
    all = await register('/all', WEBHOOK_EVENT_TYPES);
  });

  afterAll(async () => {
    await t?.close();
    await receiver.close();
  });

  it('should deliver invite.accepted once with the invite and account ids when an invite is accepted', async () => {
    const invite = await api(t.app, 'POST', '/admin/invites', root, { email: 'new.hire@example.com' });
    expect(invite.statusCode, invite.body).toBe(201);
    const { id: inviteId, link } = invite.json<{ id: string; link: string }>();
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invites/accept',
      payload: { token: link.split('#token=')[1], password: PASSWORD, firstName: 'New', lastName: 'Hire' },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const userId = accepted.json<{ user: { id: string } }>().user.id;
    await waitUntil(() => eventsAbout('invite.accepted', userId).length > 0);
    const [hit] = eventsAbout('invite.accepted', userId);
    expect(hit?.payload.data).toEqual({ inviteId, userId });
    expect(hit?.body).not.toContain('new.hire');
    await verifyWebhook(hit?.body ?? '', hit?.headers ?? {}, all.secret ?? '');
  });

  it('should deliver turn.completed and turn.failed once each with ids only when turns finish', async () => {
    const client = await t.newClient();
    const ok = await api(t.app, 'POST', '/coach/turns', client.headers, { message: 'My private words' });
    expect(ok.statusCode, ok.body).toBe(202);
    const okTurn = ok.json<{ turn: { id: string } }>().turn.id;
    await waitUntil(() => eventsAbout('turn.completed', client.id).length > 0);

    // A provider error is final: the turn fails at once.
    t.fake.enqueue(fakeReplies.serverError());
    const bad = await api(t.app, 'POST', '/coach/turns', client.headers, { message: 'Another try' });
    expect(bad.statusCode, bad.body).toBe(202);
    const badTurn = bad.json<{ turn: { id: string } }>().turn.id;
    await waitUntil(() => eventsAbout('turn.failed', client.id).length > 0);
    await settled(all.id);

    expect(eventsAbout('turn.completed', client.id).map((hit) => hit.payload.data)).toEqual([
      { turnId: okTurn, userId: client.id },
    ]);
    const failed = eventsAbout('turn.failed', client.id);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.payload.data).toMatchObject({ turnId: badTurn, userId: client.id });
    expect(Object.keys(failed[0]?.payload.data ?? {}).sort()).toEqual(['errorCode', 'turnId', 'userId']);
    for (const hit of receiver.delivered('/all')) {
      expect(hit.body).not.toMatch(/private words|Another try|Fake reply/);
    }
  });

  it('should deliver phase.changed and identity.committed once each when the engine applies them', async () => {
    const client = await t.newClient();
    await placeAt(t.dataSource, client.id, 'identity_commitment');
    const [identity] = await seedIdentities(t.dataSource, client.id, [
      { name: 'Patient listener', state: 'refinement_complete' },
    ]);
    const engine = t.app.get(ActionEngine);
    const result = await asStaff(engine, client.id, [
      { type: 'accept_commitment', params: { id: identity?.id } },
      { type: 'transition_phase', params: { to: 'i_am_statement' } },
    ]);
    expect(result.rejected).toEqual([]);
    await waitUntil(
      () =>
        eventsAbout('phase.changed', client.id).length > 0 &&
        eventsAbout('identity.committed', client.id).length > 0,
    );
    await settled(all.id);
    expect(eventsAbout('identity.committed', client.id).map((hit) => hit.payload.data)).toEqual([
      { identityId: identity?.id, userId: client.id },
    ]);
    expect(eventsAbout('phase.changed', client.id).map((hit) => hit.payload.data)).toEqual([
      { userId: client.id, from: 'identity_commitment', to: 'i_am_statement' },
    ]);
    expect(JSON.stringify(receiver.delivered('/all'))).not.toContain('Patient listener');
  });

  it('should deliver nothing when the change is rolled back', async () => {
    const client = await t.newClient();
    await placeAt(t.dataSource, client.id, 'identity_commitment');
    const before = receiver.hits.length;
    // The phase changes inside the transaction, then something later in it fails.
    await expect(
      t.dataSource.transaction(async (db) => {
        const applied = await t.app.get(ActionEngine).apply(db, await lockState(db, client.id), {
          userId: client.id,
          actions: [{ type: 'transition_phase', params: { to: 'i_am_statement' } }],
          origin: { source: 'staff' },
        });
        expect(applied.applied).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(eventsAbout('phase.changed', client.id)).toEqual([]);
    expect(receiver.hits.length).toBe(before);
  });

  it('should deliver safety.flagged once with ids only when a client message is flagged', async () => {
    const client = await t.newClient();
    const flagged = await api(t.app, 'POST', '/coach/turns', client.headers, {
      message: 'honestly i dont want to be alive anymore',
    });
    expect(flagged.statusCode, flagged.body).toBe(200);
    await waitUntil(() => eventsAbout('safety.flagged', client.id).length > 0);
    await settled(all.id);
    const [event] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM safety_events WHERE user_id = $1`,
      [client.id],
    );
    const hits = eventsAbout('safety.flagged', client.id);
    expect(hits.map((hit) => hit.payload.data)).toEqual([{ safetyEventId: event?.id, userId: client.id }]);
    expect(hits[0]?.payload.id).toBe(event?.id);
    expect(hits[0]?.body).not.toContain('alive');
  });

  it('should write safety.flagged in the transaction that stores the event, and nothing when it rolls back', async () => {
    const safety = t.app.get(SafetyService);
    const concern = (userId: string) => ({
      userId,
      messageId: null,
      text: 'I keep thinking about ending it',
      concern: 'talk of ending their life',
    });
    // Committed by the caller, with no staff alert queued: the outbox row alone announces it.
    const kept = await t.newClient();
    const eventId = await t.dataSource.transaction(async (db) => {
      const raised = await safety.raiseFromCoach(db, concern(kept.id));
      const rows = await db.query<{ event_id: string }[]>(
        `SELECT event_id FROM webhook_deliveries WHERE event_type = 'safety.flagged' AND event_id = $1`,
        [raised.eventId],
      );
      expect(rows).toHaveLength(1);
      return raised.eventId;
    });
    await waitUntil(() => eventsAbout('safety.flagged', kept.id).length > 0);
    expect(eventsAbout('safety.flagged', kept.id).map((hit) => hit.payload.data)).toEqual([
      { safetyEventId: eventId, userId: kept.id },
    ]);

    const dropped = await t.newClient();
    await expect(
      t.dataSource.transaction(async (db) => {
        await safety.raiseFromCoach(db, concern(dropped.id));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(eventsAbout('safety.flagged', dropped.id)).toEqual([]);
    const left = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM webhook_deliveries WHERE event_type = 'safety.flagged' AND payload->'data'->>'userId' = $1`,
      [dropped.id],
    );
    expect(left).toEqual([]);
  });

  it('should deliver user.deleted once, and keep it, when a client deletes the account', async () => {
    const client: TestUser = await createUser(t.app);
    const headers = await bearerHeaders(t.app, client);
    const erased = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers,
      payload: { password: client.password },
    });
    expect(erased.statusCode, erased.body).toBe(204);
    await waitUntil(() => eventsAbout('user.deleted', client.id).length > 0);
    expect(eventsAbout('user.deleted', client.id).map((hit) => hit.payload.data)).toEqual([
      { userId: client.id },
    ]);
  });

  it('should sign with both secrets during the overlap and accept either in verifyWebhook when a secret is rotated', async () => {
    const rotated = await call('POST', `/${all.id}/rotate-secret`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { secret, previousSecretExpiresAt } = rotated.json<{
      secret: string;
      previousSecretExpiresAt: string;
    }>();
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(all.secret);
    // About 24 h of overlap by default.
    expect(Date.parse(previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect((await endpoint(all.id)).previousSecretExpiresAt).toBe(previousSecretExpiresAt);
    expect(JSON.stringify(await endpoint(all.id))).not.toContain(secret);

    const during = await sendTest(all.id);
    await waitUntil(() => receiver.hits.some((hit) => hit.headers['x-devcoach-delivery'] === during.id));
    const hit = receiver.hits.find((entry) => entry.headers['x-devcoach-delivery'] === during.id)!;
    expect(String(hit.headers['x-devcoach-signature']).split(',')).toHaveLength(2);
    await expect(verifyWebhook(hit.body, hit.headers, secret)).resolves.toMatchObject({
      event: 'webhook.test',
    });
    await expect(verifyWebhook(hit.body, hit.headers, all.secret ?? '')).resolves.toBeTruthy();
    await expect(verifyWebhook(hit.body.replace('test', 'tost'), hit.headers, secret)).rejects.toThrow(
      WebhookVerificationError,
    );

    // Once the window is over, only the new secret signs (the clock moved by hand).
    await t.dataSource.query(
      `UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`,
      [all.id],
    );
    const after = await sendTest(all.id);
    await waitUntil(() => receiver.hits.some((entry) => entry.headers['x-devcoach-delivery'] === after.id));
    const late = receiver.hits.find((entry) => entry.headers['x-devcoach-delivery'] === after.id)!;
    expect(String(late.headers['x-devcoach-signature']).split(',')).toHaveLength(1);
    await expect(verifyWebhook(late.body, late.headers, secret)).resolves.toBeTruthy();
    await expect(verifyWebhook(late.body, late.headers, all.secret ?? '')).rejects.toThrow(
      WebhookVerificationError,
    );
    all = { ...all, secret };
  });

  it('should log three attempts with their status codes and replay a delivered one when a receiver fails twice', async () => {
    const flaky = await register('/flaky', ['user.deleted']);
    const sent = await sendTest(flaky.id);
    await settled(flaky.id);
    const detail = (await call('GET', `/deliveries/${sent.id}`)).json<DeliveryDetail>();
    expect(detail).toMatchObject({ status: 'delivered', attempt: 3, lastStatusCode: 204 });
    expect(detail.attempts.map((row) => [row.attempt, row.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 204],
    ]);
    expect(receiver.delivered('/flaky')).toHaveLength(1);

    const replayed = await call('POST', `/deliveries/${sent.id}/replay`);
    expect(replayed.statusCode, replayed.body).toBe(200);
    await waitUntil(() => receiver.delivered('/flaky').length === 2);
    const ids = receiver.delivered('/flaky').map((hit) => hit.headers['x-devcoach-delivery']);
    expect(ids).toEqual([sent.id, sent.id]);
    await settled(flaky.id);
    expect((await call('GET', `/deliveries/${sent.id}`)).json<DeliveryDetail>().attempts).toHaveLength(4);
  });

  it('should deliver every event once after the receiver comes back when it was down for a while', async () => {
    const down = await register('/down', ['user.deleted']);
    receiver.down = true;
    const sent = [await sendTest(down.id), await sendTest(down.id), await sendTest(down.id)];
    await waitUntil(() => receiver.hits.filter((hit) => hit.path === '/down').length >= 6);
    receiver.down = false;
    await settled(down.id);
    const rows = await deliveriesOf(down.id);
    expect(rows.map((row) => row.status)).toEqual(['delivered', 'delivered', 'delivered']);
    const deliveredIds = receiver.delivered('/down').map((hit) => hit.headers['x-devcoach-delivery']);
    expect(deliveredIds.sort()).toEqual(sent.map((row) => row.id).sort());
    expect((await endpoint(down.id)).consecutiveFailures).toBe(0);
  });

  it('should disable a failing receiver, email staff once, and take it back when it is re-enabled', async () => {
    const dead = await register('/dead', ['user.deleted']);
    // 2 deliveries × 6 attempts = 12 failures in a row: the limit in this app.
    const sent = [await sendTest(dead.id), await sendTest(dead.id)];
    await waitUntil(async () => !(await endpoint(dead.id)).enabled);
    await settled(dead.id);
    const disabled = await endpoint(dead.id);
    expect(disabled).toMatchObject({ enabled: false, disabledAt: expect.any(String) });
    const staffMail = () =>
      t.dataSource.query<{ to_address: string; text: string }[]>(
        `SELECT to_address, text FROM email_outbox WHERE template = 'staff_webhook_disabled'`,
      );
    // The attempt that disables the receiver queues the email after its row is already final,
    // so "every delivery settled" can be seen a moment before the email exists.
    await waitUntil(async () => (await staffMail()).length > 0);
    const mail = await staffMail();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.to_address).toBe('hooks@example.test');
    expect(mail[0]?.text).toContain(receiver.url('/dead'));

    // Disabled: no test sends, no replays.
    expect((await call('POST', `/${dead.id}/test`)).json()).toMatchObject({
      code: 'webhook_endpoint_disabled',
    });
    expect((await call('POST', `/deliveries/${sent[0]?.id}/replay`)).statusCode).toBe(409);

    receiver.dead = false;
    const enabled = await call('POST', `/${dead.id}/enable`);
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json()).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledAt: null });
    const retried = await call('POST', `/deliveries/${sent[0]?.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    await waitUntil(() => receiver.delivered('/dead').length === 1);
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_events WHERE target_id = $1 ORDER BY created_at`,
      [dead.id],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'webhook.endpoint_created',
      'webhook.test_sent',
      'webhook.test_sent',
      'webhook.endpoint_enabled',
    ]);
  });

  it('should change the events and refuse a bad URL when an endpoint is edited', async () => {
    const edited = await call('PATCH', `/${all.id}`, { events: ['turn.completed', 'turn.completed'] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Endpoint>().events).toEqual(['turn.completed']);
    const refused = await call('PATCH', `/${all.id}`, { url: 'ftp://example.com/hook' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'webhook_url_refused' });
    expect((await call('PATCH', `/${all.id}`, { events: ['no.such'] })).statusCode).toBe(400);
    expect((await call('PATCH', `/${all.id}`, { events: WEBHOOK_EVENT_TYPES })).statusCode).toBe(200);
  });

  it('should let an API key with webhooks:write manage endpoints and refuse one without it', async () => {
    const create = async (scopes: string[]) => {
      const res = await api(t.app, 'POST', '/admin/api-keys', root, {
        name: `hooks ${scopes.join()}`,
        scopes,
      });
      expect(res.statusCode, res.body).toBe(201);
      return { 'x-api-key': res.json<{ secret: string }>().secret };
    };
    const writer = await create(['webhooks:write']);
    const other = await create(['prompts:read']);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks', headers: writer });
    expect(list.statusCode, list.body).toBe(200);
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/webhooks',
      headers: writer,
      payload: { url: receiver.url('/all'), events: ['turn.failed'] },
    });
    expect(made.statusCode, made.body).toBe(201);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks', headers: other });
    expect(refused.statusCode).toBe(403);
  });
});
