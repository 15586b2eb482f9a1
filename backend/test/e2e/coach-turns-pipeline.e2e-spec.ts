import { randomBytes } from 'node:crypto';
import type { ApiErrorBody, components } from '@dev-coach/api-client';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { fakeReplies } from 'test/fakes/fake-openai-server';
import { api, type FakeModelApp, openCard, startFakeModelApp } from 'test/utils/coach-turns';
import { countRows, placeAt } from 'test/utils/coaching';
import { deleteRedisKeys, redisAvailable, redisRequired, testRedisUrl } from 'test/utils/redis';

interface SseEvent {
  id: number;
  type: string;
  data: unknown;
  at: number;
}

const parseSse = (text: string, at: number): SseEvent[] =>
  text
    .split('\n\n')
    .filter((block) => block.includes('event: '))
    .map((block) => {
      const field = (name: string): string =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))
          ?.slice(name.length + 2) ?? '';
      return {
        id: Number(field('id')),
        type: field('event'),
        data: JSON.parse(field('data')) as unknown,
        at,
      };
    });

/** Reads an SSE response as it arrives, stamping each event with its arrival time. */
const readSse = async (response: Response): Promise<SseEvent[]> => {
  const events: SseEvent[] = [];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) {
      break;
    }
    buffer += decoder.decode(chunk.value, { stream: true });
    const end = buffer.lastIndexOf('\n\n');
    if (end >= 0) {
      events.push(...parseSse(buffer.slice(0, end + 2), performance.now()));
      buffer = buffer.slice(end + 2);
    }
  }
  return events;
};

type TurnResult = components['schemas']['TurnResultResponseDto'];
type TurnAccepted = components['schemas']['TurnAcceptedResponseDto'];

const replyJson = (message: string, actions: unknown[] = []): string => JSON.stringify({ message, actions });

const pieces = (text: string, size: number): string[] => {
  const out: string[] = [];
  for (let index = 0; index < text.length; index += size) {
    out.push(text.slice(index, index + size));
  }
  return out;
};

// Resolves to a skip reason when the driver cannot run here; loud, and fatal with REQUIRE_REDIS=1.
const redisSkipReason = async (): Promise<string | undefined> => {
  if (await redisAvailable(testRedisUrl())) {
    return undefined;
  }
  if (redisRequired()) {
    throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${testRedisUrl()}`);
  }
  process.stderr.write(`\nSKIPPED: BullMQ turn streaming — no Redis at ${testRedisUrl()}\n`);
  return `no Redis at ${testRedisUrl()}`;
};

const DRIVERS = [
  { name: 'in-process', env: {} as Record<string, string>, prepare: () => Promise.resolve(undefined) },
  { name: 'bullmq', env: { REDIS_URL: testRedisUrl() } as Record<string, string>, prepare: redisSkipReason },
];

// startFakeModelApp's frame, with the provider's own retries on (they are under test here).
const retryEnv: Record<string, string> = {
  AI_MAX_RETRIES: '2',
  AI_RETRY_BASE_DELAY_MS: '5',
  AI_TIMEOUT_MS: '10000',
};

describe.each(DRIVERS)('coach turn streaming with the $name queue', ({ name, env, prepare }) => {
  let skipReason: string | undefined;
  let t: FakeModelApp;
  let baseUrl: string;
  const prefix = `turns-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    skipReason = await prepare();
    if (skipReason) {
      return;
    }
    t = await startFakeModelApp(`coach_turns_${name.replace('-', '_')}`, {
      ...retryEnv,
      ...env,
      QUEUE_PREFIX: prefix,
    });
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address();
    baseUrl = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  });

  afterAll(async () => {
    await t?.close();
    if (!skipReason && name === 'bullmq') {
      await deleteRedisKeys(testRedisUrl(), prefix);
    }
  });

  it('should stream deltas before the turn finishes and resume after Last-Event-ID when the client reconnects', async (context) => {
    if (skipReason) {
      context.skip(skipReason);
    }
    const headers = await bearerHeaders(t.app, await createUser(t.app));
    const text = replyJson('Welcome! Identity coaching starts from who you are. Shall we begin?');
    t.fake.enqueue({ chunks: pieces(text, 8), firstTokenDelayMs: 200, chunkDelayMs: 40 });

    const posted = await api(t.app, 'POST', '/coach/turns', headers, { message: 'Hello coach' });
    expect(posted.statusCode, posted.body).toBe(202);
    const turnId = posted.json<TurnAccepted>().turn.id;

    const sse = await fetch(`${baseUrl}/api/v1/coach/turns/${turnId}/events`, { headers });
    expect(sse.status).toBe(200);
    expect(sse.headers.get('content-type')).toContain('text/event-stream');
    expect(sse.headers.get('cache-control')).toContain('no-cache');
    expect(sse.headers.get('x-accel-buffering')).toBe('no');
    const events = await readSse(sse);

    const deltas = events.filter((event) => event.type === 'delta');
    const done = events.find((event) => event.type === 'done');
    expect(deltas.length).toBeGreaterThan(2);
    expect(done).toBeDefined();
    expect(events.map((event) => event.id)).toEqual(events.map((_event, index) => index + 1));
    // The first words reached the client well before the reply was complete.
    expect((done?.at ?? 0) - (deltas[0]?.at ?? 0)).toBeGreaterThan(100);
    expect(deltas.map((event) => (event.data as { text: string }).text).join('')).toBe(
      'Welcome! Identity coaching starts from who you are. Shall we begin?',
    );

    const resumed = await api(t.app, 'GET', `/coach/turns/${turnId}/events`, {
      ...headers,
      'last-event-id': '2',
    });
    const replayed = parseSse(resumed.body, 0);
    expect(replayed[0]?.id).toBe(3);
    expect(replayed[replayed.length - 1]?.type).toBe('done');
  });
});

describe('coach turn pipeline against a fake model', () => {
  let t: FakeModelApp;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_pipeline', retryEnv);
  });

  afterAll(async () => {
    await t?.close();
  });

  const newClient = async (): Promise<{ id: string; headers: AuthHeaders }> => {
    const user = await createUser(t.app);
    return { id: user.id, headers: await bearerHeaders(t.app, user) };
  };

  it('should fail the turn, keep the message and apply nothing when the provider keeps failing', async () => {
    const client = await newClient();
    t.fake.enqueue(fakeReplies.serverError(), fakeReplies.serverError(), fakeReplies.serverError());
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', client.headers, { message: 'Hi there' });
    const result = res.json<TurnResult>();
    expect(result.turn.status).toBe('failed');
    expect(result.turn.errorCode).toBe('server_error');
    expect(result.messages.map((message) => message.role)).toEqual(['user']);
    expect(result.actions).toEqual([]);
    expect(result.state.currentPhase).toBe('introduction');
  });

  it('should create one turn, one provider call and one coach message when 5 identical requests race', async () => {
    const client = await newClient();
    await api(t.app, 'GET', '/coach/state', client.headers);
    const before = t.fake.chatRequests().length;
    t.fake.enqueue(fakeReplies.json({ message: 'Hello!', actions: [] }, { firstTokenDelayMs: 100 }));
    const headers = { ...client.headers, 'idempotency-key': 'race-1' };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        api(t.app, 'POST', '/coach/turns?wait=true', headers, { message: 'Same' }),
      ),
    );
    const ids = new Set(responses.map((res) => res.json<TurnResult>().turn.id));
    expect(responses.map((res) => res.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(ids.size).toBe(1);
    expect(t.fake.chatRequests().length - before).toBe(1);
    expect(await countRows(t.dataSource, 'turns', client.id)).toBe(1);
    const rows = await t.dataSource.query<{ role: string }[]>(
      `SELECT role FROM chat_messages WHERE user_id = $1 AND turn_id IS NOT NULL ORDER BY created_at`,
      [client.id],
    );
    expect(rows.map((row) => row.role)).toEqual(['user', 'coach']);

    const other = await api(t.app, 'POST', '/coach/turns', headers, { message: 'Different' });
    expect(other.statusCode).toBe(409);
    expect(other.json<ApiErrorBody>().code).toBe('idempotency_key_reused');
  });

  it('should reject an action on another client’s identity and apply the rest when the model names it', async () => {
    const bob = await newClient();
    const bobIdentity = (
      await api(t.app, 'POST', '/identities', bob.headers, {
        name: 'Sailor',
        category: 'passions_and_talents',
      })
    ).json<components['schemas']['IdentityResponseDto']>();
    const alice = await newClient();
    await api(t.app, 'GET', '/coach/state', alice.headers);
    await placeAt(t.dataSource, alice.id, 'identity_brainstorming');
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Noted: Baker.',
        actions: [
          { type: 'add_identity_note', params: { id: bobIdentity.id, note: 'stolen' } },
          {
            type: 'create_identity',
            params: { name: 'Baker', category: 'passions_and_talents', note: 'bakes' },
          },
        ],
      }),
    );
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', alice.headers, {
      message: 'I bake bread.',
    });
    const result = res.json<TurnResult>();
    expect(result.turn.status).toBe('done');
    const byType = Object.fromEntries(result.actions.map((action) => [action.type, action]));
    expect(byType.add_identity_note?.status).toBe('rejected');
    expect(byType.add_identity_note?.reasonCode).toBe('identity_not_found');
    expect(byType.create_identity?.status).toBe('applied');
    const bobView = (await api(t.app, 'GET', `/identities/${bobIdentity.id}`, bob.headers)).json<
      components['schemas']['IdentityResponseDto']
    >();
    expect(bobView.notes).toEqual([]);
    const foreignTurn = await api(t.app, 'GET', `/coach/turns/${result.turn.id}`, bob.headers);
    expect(foreignTurn.statusCode).toBe(404);
    expect(foreignTurn.json<ApiErrorBody>().code).toBe('turn_not_found');
  });

  it('should answer with the documented 4xx and save nothing when the input is bad', async () => {
    const client = await newClient();
    await api(t.app, 'GET', '/coach/state', client.headers);
    const turnsBefore = await countRows(t.dataSource, 'turns', client.id);

    const empty = await api(t.app, 'POST', '/coach/turns', client.headers, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json<ApiErrorBody>().code).toBe('empty_turn');

    const long = await api(t.app, 'POST', '/coach/turns', client.headers, { message: 'x'.repeat(4001) });
    expect(long.statusCode).toBe(400);
    expect(long.json<ApiErrorBody>().code).toBe('validation_failed');

    const card = await openCard(t.app, client.headers);
    const forged = await api(t.app, 'POST', '/coach/turns', client.headers, {
      button: { messageId: card?.id, buttonId: 'continue' },
      actions: [{ type: 'start_break', params: { session: 'welcome' } }],
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json<ApiErrorBody>().code).toBe('button_not_offered');
    expect(await countRows(t.dataSource, 'turns', client.id)).toBe(turnsBefore);

    t.fake.enqueue(fakeReplies.json({ message: 'Slow hello', actions: [] }, { firstTokenDelayMs: 400 }));
    const first = await api(t.app, 'POST', '/coach/turns', client.headers, { message: 'One' });
    expect(first.statusCode).toBe(202);
    const second = await api(t.app, 'POST', '/coach/turns', client.headers, { message: 'Two' });
    expect(second.statusCode).toBe(409);
    expect(second.json<ApiErrorBody>().code).toBe('turn_in_progress');

    const turnId = first.json<TurnAccepted>().turn.id;
    const malformed = await api(t.app, 'GET', `/coach/turns/${turnId}/events`, {
      ...client.headers,
      'last-event-id': 'abc',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<ApiErrorBody>().code).toBe('invalid_last_event_id');
    // Let the running turn finish before the app closes.
    await api(t.app, 'GET', `/coach/turns/${turnId}/events`, client.headers);
  });
});

describe('coach turn quotas', () => {
  let t: FakeModelApp;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_quota', { ...retryEnv, USER_TURNS_PER_MINUTE: '2' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer 429 with Retry-After and call no model when the client exceeds turns per minute', async () => {
    const headers = await bearerHeaders(t.app, await createUser(t.app));
    for (const message of ['one', 'two']) {
      const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, { message });
      expect(res.statusCode, res.body).toBe(200);
    }
    const calls = t.fake.chatRequests().length;
    const limited = await api(t.app, 'POST', '/coach/turns', headers, { message: 'three' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json<ApiErrorBody>().code).toBe('turn_rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(t.fake.chatRequests().length).toBe(calls);
  });
});

describe('coach turn daily token budget', () => {
  let t: FakeModelApp;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_budget', { ...retryEnv, USER_DAILY_TOKEN_BUDGET: '1000' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("should answer 429 daily_token_budget_exceeded and call no model when today's tokens are spent", async () => {
    const user = await createUser(t.app);
    const headers = await bearerHeaders(t.app, user);
    await t.dataSource.query(
      `INSERT INTO llm_calls (user_id, purpose, provider, model, status, input_tokens, output_tokens)
       VALUES ($1, 'coach_turn', 'openai', 'gpt-test', 'ok', 700, 300)`,
      [user.id],
    );
    const limited = await api(t.app, 'POST', '/coach/turns', headers, { message: 'hello again' });
    expect(limited.statusCode, limited.body).toBe(429);
    expect(limited.json<ApiErrorBody>().code).toBe('daily_token_budget_exceeded');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(t.fake.chatRequests()).toHaveLength(0);
    expect(await countRows(t.dataSource, 'chat_messages', user.id)).toBe(0);
  });
});
