import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook, WebhookVerificationError } from '@dev-coach/api-client';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { FakeOpenAiServer, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { api } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';
import { WebhooksRepository } from 'src/webhooks/webhooks.repository';
import { WebhooksService } from 'src/webhooks/webhooks.service';

// Until the lead regenerates the client, the shapes this spec reads.
interface CreatedEndpoint {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  secret: string;
}
interface Delivery {
  id: string;
  endpointId: string;
  eventType: string;
  eventId: string;
  attempt: number;
  status: string;
  lastStatusCode: number | null;
}
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local receiver: `/ok` answers 204; `/flaky` answers 500 twice, then 204. */
const startReceiver = async (): Promise<{ server: Server; received: Received[]; port: number }> => {
  const received: Received[] = [];
  let flakyCalls = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      flakyCalls += path === '/flaky' ? 1 : 0;
      res.statusCode = path === '/flaky' && flakyCalls <= 2 ? 500 : 204;
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Any free port: a fixed one collides with whatever else runs on the machine.
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, received, port: (server.address() as AddressInfo).port };
};

const waitUntil = async (check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const CRISIS = 'honestly i dont want to be alive anymore';

// Signed webhooks end to end: a flagged message reaches a real HTTP receiver, signed so the
// SDK's verifyWebhook accepts it, retried with backoff when the receiver fails.
describe('webhooks', () => {
  let t: TestApp;
  let fake: FakeOpenAiServer;
  let receiver: { server: Server; received: Received[]; port: number };
  let root: AuthHeaders;
  let ok: CreatedEndpoint;
  let flaky: CreatedEndpoint;
  let safetyEventId: string;

  const deliveriesOf = async (endpointId: string): Promise<Delivery[]> => {
    const filter = encodeURIComponent(JSON.stringify({ endpointId }));
    const res = await api(t.app, 'GET', `/admin/webhooks/deliveries?filter=${filter}`, root);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Delivery[]>();
  };

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
    receiver = await startReceiver();
    t = await startTestApp('webhooks', {
      env: {
        ...fakeModelEnv(fake.baseUrl),
        AI_MAX_RETRIES: '0',
        USER_TURNS_PER_MINUTE: '0',
        SENTINEL_DEBOUNCE_MS: '600000',
        WEBHOOK_BACKOFF_MS: '50',
        WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      },
    });
    root = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Superuser }));
    const create = async (path: string): Promise<CreatedEndpoint> => {
      const res = await api(t.app, 'POST', '/admin/webhooks', root, {
        url: `http://127.0.0.1:${receiver.port}${path}`,
        events: ['safety.flagged'],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<CreatedEndpoint>();
    };
    ok = await create('/ok');
    flaky = await create('/flaky');

    const client = await createUser(t.app);
    const posted = await api(t.app, 'POST', '/coach/turns', await bearerHeaders(t.app, client), {
      message: CRISIS,
    });
    expect(posted.statusCode, posted.body).toBe(200);
    await waitUntil(async () => (await deliveriesOf(flaky.id))[0]?.status === 'delivered');
    // Separate jobs: /flaky's third attempt can settle before /ok's only one on a loaded machine.
    await waitUntil(async () => (await deliveriesOf(ok.id))[0]?.status === 'delivered');
    const [delivery] = await deliveriesOf(ok.id);
    safetyEventId = delivery?.eventId ?? '';
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
    receiver?.server.closeAllConnections();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  it('should deliver one signed safety.flagged event with ids only when a message is flagged', async () => {
    const hits = receiver.received.filter((hit) => hit.path === '/ok');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    const verified = await verifyWebhook<{ type: string; data: Record<string, string> }>(
      hit.body,
      hit.headers,
      ok.secret,
    );
    expect(verified.event).toBe('safety.flagged');
    expect(verified.payload.type).toBe('safety.flagged');
    expect(Object.keys(verified.payload.data).sort()).toEqual(['safetyEventId', 'userId']);
    expect(verified.payload.data.safetyEventId).toBe(safetyEventId);
    expect(hit.body).not.toContain('alive');

    const [delivery] = await deliveriesOf(ok.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempt: 1, lastStatusCode: 204 });
    expect(verified.deliveryId).toBe(delivery?.id);
  });

  it('should reject the delivery in verifyWebhook when its body or secret is changed', async () => {
    const hit = receiver.received.find((entry) => entry.path === '/ok')!;
    await expect(verifyWebhook(hit.body.replace('safety', 'Safety'), hit.headers, ok.secret)).rejects.toThrow(
      WebhookVerificationError,
    );
    await expect(verifyWebhook(hit.body, hit.headers, flaky.secret)).rejects.toThrow(
      WebhookVerificationError,
    );
    await expect(
      verifyWebhook(hit.body, hit.headers, ok.secret, { now: Date.now() + 10 * 60_000 }),
    ).rejects.toThrow('timestamp');
  });

  it('should retry with backoff and deliver once when the receiver fails twice', async () => {
    const hits = receiver.received.filter((hit) => hit.path === '/flaky');
    expect(hits).toHaveLength(3);
    const ids = new Set(hits.map((hit) => hit.headers['x-devcoach-delivery']));
    expect(ids.size).toBe(1);
    const deliveries = await deliveriesOf(flaky.id);
    expect(deliveries).toEqual([
      expect.objectContaining({ status: 'delivered', attempt: 3, lastStatusCode: 204 }),
    ]);
    // A success resets the endpoint's failure count.
    const list = await api(t.app, 'GET', '/admin/webhooks', root);
    expect(list.json<CreatedEndpoint[]>().find((row) => row.id === flaky.id)).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
    });
    expect(JSON.stringify(list.json())).not.toContain(flaky.secret);
  });

  it('should answer 409 when a delivered delivery is retried', async () => {
    const [delivery] = await deliveriesOf(ok.id);
    const res = await api(t.app, 'POST', `/admin/webhooks/deliveries/${delivery.id}/retry`, root);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'webhook_delivery_not_retryable' });
  });

  it('should refuse a URL that is not http or https when an endpoint is created', async () => {
    const res = await api(t.app, 'POST', '/admin/webhooks', root, {
      url: 'file:///etc/passwd',
      events: ['safety.flagged'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'webhook_url_refused' });
  });

  it('should let only superusers manage webhooks when clients and staff try', async () => {
    const client = await bearerHeaders(t.app, await createUser(t.app));
    const staff = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
    expect((await api(t.app, 'GET', '/admin/webhooks', client)).statusCode).toBe(403);
    expect((await api(t.app, 'GET', '/admin/webhooks', staff)).statusCode).toBe(403);
    expect((await api(t.app, 'GET', '/admin/webhooks/deliveries', staff)).statusCode).toBe(403);
    expect(
      (
        await api(t.app, 'POST', '/admin/webhooks', staff, {
          url: 'https://example.com',
          events: ['safety.flagged'],
        })
      ).statusCode,
    ).toBe(403);
    const list = await api(t.app, 'GET', '/admin/webhooks', root);
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-range']).toMatch(/^webhooks 0-1\/2$/);
  });

  it('should delete the deliveries that name a client when the client deletes the account', async () => {
    const client = await createUser(t.app);
    const headers = await bearerHeaders(t.app, client);
    expect((await api(t.app, 'POST', '/coach/turns', headers, { message: CRISIS })).statusCode).toBe(200);
    const naming = async (): Promise<number> =>
      (await deliveriesOf(ok.id)).filter((delivery) => delivery.status === 'delivered').length;
    await waitUntil(async () => (await naming()) === 2);

    const erased = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers,
      payload: { password: client.password },
    });
    expect(erased.statusCode, erased.body).toBe(204);
    expect(await naming()).toBe(1);
  });

  it('should audit the deletion when a superuser deletes an endpoint', async () => {
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/webhooks/${ok.id}`,
      headers: root,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/webhooks/${ok.id}`, headers: root }))
        .statusCode,
    ).toBe(404);
    const filter = encodeURIComponent(JSON.stringify({ action: 'webhook.endpoint_deleted' }));
    const audit = await api(t.app, 'GET', `/admin/audit-log?filter=${filter}`, root);
    expect(audit.json<{ targetId: string }[]>().map((row) => row.targetId)).toEqual([ok.id]);
  });

  it('should deliver a pending row whose job was lost when the sweeper runs', async () => {
    // A row written without its job, as after a restart of the in-process queue.
    const eventId = randomUUID();
    const [id] = await t.app
      .get(WebhooksRepository)
      .insertDeliveries('safety.flagged', eventId, { id: eventId, type: 'safety.flagged', data: {} });
    expect(id).toBeDefined();
    expect(await t.app.get(WebhooksService).sweep(0)).toBeGreaterThanOrEqual(1);
    await waitUntil(async () =>
      (await deliveriesOf(flaky.id)).some((row) => row.id === id && row.status === 'delivered'),
    );
    expect(receiver.received.filter((hit) => hit.headers['x-devcoach-delivery'] === id)).toHaveLength(1);
  });
});
