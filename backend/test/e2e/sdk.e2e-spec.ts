import { JwtService } from '@nestjs/jwt';
import { createDevCoachClient, type FetchLike, type TurnEvent } from '@dev-coach/api-client';
import { DataSource } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { createUser, loginAs, type TestUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// The SDK (packages/api-client) from Node against the real app on a real port (the sdk helper's
// range), with the offline demo coach streaming its replies. Nothing of ours is faked: faults are
// injected only in the fetch the SDK is given, as a flaky network would.
// Any free port, set in beforeAll: a fixed one collides with whatever else runs on the machine.
let baseUrl = '';

const collect = async (events: AsyncIterable<TurnEvent>): Promise<TurnEvent[]> => {
  const all: TurnEvent[] = [];
  for await (const event of events) {
    all.push(event);
  }
  return all;
};

const deltaText = (events: TurnEvent[]): string =>
  events.map((event) => (event.type === 'delta' ? event.data.text : '')).join('');

const coachText = (events: TurnEvent[]): string => {
  const done = events.at(-1);
  if (done?.type !== 'done') {
    throw new Error(`the stream ended with ${done?.type ?? 'nothing'}`);
  }
  return done.data.messages.find((message) => message.role === 'coach')?.content ?? '';
};

describe('the SDK against a running server', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sdk_e2e', {
      env: {
        AI_PROVIDER: 'demo',
        // Slow enough that a connection can be cut while deltas are still coming.
        AI_DEMO_CHUNK_DELAY_MS: '15',
        USER_TURNS_PER_MINUTE: '1',
        USER_BUTTON_PRESSES_PER_MINUTE: '0',
      },
    });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
  });

  afterAll(async () => {
    await t?.close();
  });

  const signedIn = async (user: TestUser, fetch?: FetchLike) => {
    const client = createDevCoachClient({ baseUrl, fetch });
    await client.signIn({ email: user.email, password: user.password });
    return client;
  };

  // Dates the client's turns `seconds` ago (from now, not from their own creation, which a slow stream pushes back).
  const ageTurns = async (user: TestUser, seconds: number): Promise<void> => {
    await t.app
      .get(DataSource)
      .query(`UPDATE turns SET created_at = now() - make_interval(secs => $2) WHERE user_id = $1`, [
        user.id,
        seconds,
      ]);
  };

  it('should sign in, post a turn and stream it to done, the deltas adding up to the coach’s reply', async () => {
    const user = await createUser(t.app);
    const client = await signedIn(user);

    const events = await collect(client.streamTurn({ message: 'Hello coach' }));

    expect(events.filter((event) => event.type === 'delta').length).toBeGreaterThan(2);
    expect(events.at(-1)?.type).toBe('done');
    expect(events.map((event) => event.id)).toEqual(events.map((_event, index) => index + 1));
    expect(deltaText(events)).toBe(coachText(events));
    expect(coachText(events).length).toBeGreaterThan(20);
  });

  it('should resume with Last-Event-ID after the connection drops mid-stream, without doubled text', async () => {
    const user = await createUser(t.app);
    let cut = false;
    const lastEventIds: (string | null)[] = [];
    // Cuts the first event stream after its third event: the socket is really closed (abort),
    // so the server sees a vanished client and the SDK a body that errors mid-read.
    const flaky: FetchLike = async (request) => {
      if (!request.url.endsWith('/events')) {
        return fetch(request);
      }
      lastEventIds.push(request.headers.get('last-event-id'));
      const controller = new AbortController();
      const response = await fetch(request, { signal: controller.signal });
      if (cut || !response.body) {
        return response;
      }
      cut = true;
      let seen = 0;
      const body = response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, sink) {
            sink.enqueue(chunk);
            seen += new TextDecoder().decode(chunk).split('\n\n').length - 1;
            if (seen >= 3) {
              controller.abort(new Error('connection reset'));
              sink.error(new TypeError('terminated'));
            }
          },
        }),
      );
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const client = await signedIn(user, flaky);

    const events = await collect(client.streamTurn({ message: 'Hello coach' }));

    expect(cut).toBe(true);
    expect(lastEventIds).toHaveLength(2);
    expect(lastEventIds[0]).toBeNull();
    expect(Number(lastEventIds[1])).toBeGreaterThanOrEqual(1);
    expect(events.at(-1)?.type).toBe('done');
    // The cut came before the end: the rest arrived on the second connection.
    expect(Number(lastEventIds[1])).toBeLessThan(events.length - 1);
    // Every event exactly once, in order, across the two connections.
    expect(events.map((event) => event.id)).toEqual(events.map((_event, index) => index + 1));
    expect(deltaText(events)).toBe(coachText(events));
  });

  it('should wait out a 429 from the turn quota (Retry-After) and then post the turn once', async () => {
    const user = await createUser(t.app);
    const client = await signedIn(user);
    await collect(client.streamTurn({ message: 'Hello coach' }));
    // The quota is one typed message a minute: age the first turn so the window frees in ~5 s (2 s could pass before the POST).
    await ageTurns(user, 55);
    const statuses: number[] = [];
    const watching = createDevCoachClient({
      baseUrl,
      accessToken: client.accessToken,
      fetch: async (request) => {
        const response = await fetch(request);
        if (request.method === 'POST') {
          statuses.push(response.status);
          if (response.status === 429) {
            expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
          }
        }
        return response;
      },
    });

    const started = Date.now();
    const events = await collect(watching.streamTurn({ message: 'Tell me more' }));

    expect(statuses).toEqual([429, 202]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(events.at(-1)?.type).toBe('done');
    const turns = await t.app
      .get(DataSource)
      .query<{ count: number }[]>(`SELECT count(*)::int AS count FROM turns WHERE user_id = $1`, [user.id]);
    expect(turns[0]?.count).toBe(2);
  });

  it('should refresh an expired access token once for concurrent calls and hand over the new pair', async () => {
    const user = await createUser(t.app);
    const tokens = await loginAs(t.app, user);
    const { sid } = t.app.get(JwtService).decode<{ sid: string }>(tokens.accessToken);
    const expired = t.app.get(JwtService).sign({ sub: user.id, sid, typ: 'access' }, { expiresIn: -60 });
    const refreshes: string[] = [];
    const handedOver: string[] = [];
    const client = createDevCoachClient({
      baseUrl,
      accessToken: expired,
      refreshToken: tokens.refreshToken,
      onTokens: (pair) => {
        handedOver.push(pair.refreshToken);
      },
      fetch: (request) => {
        if (request.url.endsWith('/auth/refresh')) {
          refreshes.push(request.url);
        }
        return fetch(request);
      },
    });

    const answers = await Promise.all([client.api.GET('/api/v1/me'), client.api.GET('/api/v1/me')]);

    expect(answers.map(({ response }) => response.status)).toEqual([200, 200]);
    expect(answers[0]?.data?.email).toBe(user.email);
    expect(refreshes).toHaveLength(1);
    expect(handedOver).toHaveLength(1);
    expect(client.accessToken).not.toBe(expired);
  });

  it('should call a scoped route with an API key and be refused where the key has no scope', async () => {
    const admin = await createUser(t.app, { role: UserRole.Superuser });
    const staff = await signedIn(admin);
    const created = await staff.api.POST('/api/v1/admin/api-keys', {
      body: { name: 'sdk test', scopes: ['prompts:read'] },
    });
    expect(created.response.status).toBe(201);
    const keyed = createDevCoachClient({ baseUrl, apiKey: created.data?.secret ?? '' });

    const prompts = await keyed.api.GET('/api/v1/admin/prompts');
    const me = await keyed.api.GET('/api/v1/me');

    expect(prompts.response.status).toBe(200);
    expect(Array.isArray(prompts.data)).toBe(true);
    expect(me.response.status).toBe(403);
    expect(me.error?.code).toBe('insufficient_scope');
  });
});
