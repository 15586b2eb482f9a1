import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AiErrorCode, AiException } from 'src/ai/ai.exception';
import type { ChatMessage } from 'src/ai/ai.types';
import type { LlmRequest, LlmStreamEvent } from 'src/ai/llm.types';
import { LlmService } from 'src/ai/llm.service';
import { countChatTokens, countTextTokens } from 'src/ai/tokens/token-counter';
import { UsageService } from 'src/usage/usage.service';
import type { LlmCallEntity } from 'src/usage/entities/llm-call.entity';
import { FakeOpenAiServer, fakeReplies, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const replySchema = {
  name: 'coach_reply',
  schema: {
    type: 'object' as const,
    properties: {
      message: { type: 'string' as const },
      actions: { type: 'array' as const, items: { type: 'string' as const, enum: ['wave'] } },
    },
    required: ['message', 'actions'],
    additionalProperties: false as const,
  },
};

// The real app with the openai provider, driving the real `openai` SDK against the fake
// server: retries, timeouts, streaming order, repair of bad JSON and usage rows.
describe('openai provider against a fake OpenAI-compatible server', () => {
  let fake: FakeOpenAiServer;
  let t: TestApp;
  let llm: LlmService;
  let userId: string;

  const rows = async (): Promise<LlmCallEntity[]> =>
    (await t.app.get(UsageService).recentCallsForUser(userId, 20)).reverse();

  const request = (overrides: Partial<LlmRequest> = {}): LlmRequest => ({
    purpose: 'coach_turn',
    userId,
    messages: [
      { role: 'system', content: 'You are a coach.' },
      { role: 'user', content: 'Hello there, coach!' },
    ],
    responseFormat: replySchema,
    promptVersionIds: [],
    ...overrides,
  });

  const collect = async (events: AsyncIterable<LlmStreamEvent>): Promise<LlmStreamEvent[]> => {
    const seen: LlmStreamEvent[] = [];
    for await (const event of events) {
      seen.push(event);
    }
    return seen;
  };

  const failure = async (promise: Promise<unknown>): Promise<AiException> => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof AiException) {
        return error;
      }
      throw error;
    }
    throw new Error('expected the call to fail');
  };

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
    t = await startTestApp('ai_openai', {
      env: {
        ...fakeModelEnv(fake.baseUrl),
        COACH_MODEL: 'gpt-4.1-mini',
        AI_MAX_RETRIES: '2',
        AI_RETRY_BASE_DELAY_MS: '5',
        AI_TIMEOUT_MS: '5000',
        AI_MODEL_CAPABILITIES: JSON.stringify({ 'tiny-model': { contextWindow: 300, maxOutputTokens: 100 } }),
      },
    });
    llm = t.app.get(LlmService);
    const [user] = await t.app
      .get(DataSource)
      .query<{ id: string }[]>(`INSERT INTO users (email) VALUES ($1) RETURNING id`, [
        `ai-${randomBytes(4).toString('hex')}@example.test`,
      ]);
    userId = user?.id ?? '';
  });

  beforeEach(() => {
    fake.reset();
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('should stream deltas in order and record usage when the fake streams a reply', async () => {
    const chunks = ['{"mess', 'age":"Hel', 'lo, ', 'Maya!","act', 'ions":["wave"]}'];
    fake.enqueue({ chunks, firstTokenDelayMs: 120, chunkDelayMs: 10, usage: { cached_tokens: 4 } });
    const before = (await rows()).length;

    const events = await collect(llm.stream(request()));

    expect(events.filter((event) => event.type === 'delta').map((event) => event.text)).toEqual(chunks);
    expect(
      events
        .filter((event) => event.type === 'message')
        .map((event) => event.text)
        .join(''),
    ).toBe('Hello, Maya!');
    const done = events[events.length - 1];
    expect(done?.type).toBe('done');
    const result = done?.type === 'done' ? done.result : null;
    expect(result?.json).toEqual({ message: 'Hello, Maya!', actions: ['wave'] });
    expect(result?.timing.ttftMs).toBeGreaterThanOrEqual(100);
    expect(result?.timing.latencyMs).toBeGreaterThanOrEqual(result?.timing.ttftMs ?? 0);

    const sent = fake.chatRequests()[0];
    expect(sent).toMatchObject({
      model: 'gpt-4.1-mini',
      stream: true,
      stream_options: { include_usage: true },
      response_format: { type: 'json_schema', json_schema: { name: 'coach_reply', strict: true } },
    });
    expect(sent?.max_completion_tokens).toBeGreaterThan(0);

    const all = await rows();
    expect(all).toHaveLength(before + 1);
    const row = all[all.length - 1];
    const served = fake.requests[0];
    expect(served?.status).toBe(200);
    expect((served?.firstTokenSentAt ?? 0) - (served?.receivedAt ?? 0)).toBeGreaterThanOrEqual(100);
    expect(row).toMatchObject({
      status: 'ok',
      stream: true,
      purpose: 'coach_turn',
      provider: 'openai',
      model: 'gpt-4.1-mini',
      cachedTokens: 4,
      errorCode: null,
      attempts: 1,
    });
    // The fake reports usage counted with the same tokenizer and chat framing.
    expect(row?.inputTokens).toBe(countChatTokens(sent.messages as ChatMessage[], 'o200k_base'));
    expect(row?.outputTokens).toBe(countTextTokens(chunks.join(''), 'o200k_base'));
    expect(row?.inputTokens).toBe(result?.usage.inputTokens);
    expect(row?.promptTokensEstimate).toBeGreaterThan(0);
    expect(row?.ttftMs).toBeGreaterThanOrEqual(100);
    // gpt-4.1-mini list price: (in - cached) × 0.4 + cached × 0.1 + out × 1.6 per million.
    const expectedCost = ((row.inputTokens - 4) * 0.4 + 4 * 0.1 + row.outputTokens * 1.6) / 1_000_000;
    expect(row?.costUsd).toBeCloseTo(expectedCost, 8);
  });

  it('should record exactly the token counts the provider reported when completing', async () => {
    fake.enqueue(
      fakeReplies.json(
        { message: 'Hi', actions: [] },
        { usage: { prompt_tokens: 321, completion_tokens: 12 } },
      ),
    );
    const result = await llm.complete(request());
    expect(result.usage).toMatchObject({ inputTokens: 321, outputTokens: 12 });
    const row = (await rows()).pop();
    expect(row).toMatchObject({ status: 'ok', stream: false, inputTokens: 321, outputTokens: 12 });
  });

  it('should retry after a 429 and succeed when the next attempt works', async () => {
    fake.enqueue(fakeReplies.rateLimited(0.05), fakeReplies.json({ message: 'Back', actions: [] }));
    const started = Date.now();
    const result = await llm.complete(request());
    expect(result.json).toEqual({ message: 'Back', actions: [] });
    expect(fake.chatRequests()).toHaveLength(2);
    // Retry-After (50 ms) beats the 5 ms base delay.
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect((await rows()).pop()).toMatchObject({ status: 'ok', attempts: 2 });
  });

  it('should retry 5xx errors and dropped connections when streaming has not started', async () => {
    fake.enqueue(
      fakeReplies.serverError(500),
      fakeReplies.dropConnection(0),
      fakeReplies.json({ message: 'Ok', actions: [] }),
    );
    const events = await collect(llm.stream(request()));
    expect(events[events.length - 1]?.type).toBe('done');
    expect(fake.chatRequests()).toHaveLength(3);
    expect((await rows()).pop()).toMatchObject({ status: 'ok', attempts: 3 });
  });

  it('should give up with the last error code when every retry fails', async () => {
    fake.enqueue(fakeReplies.serverError(503), fakeReplies.serverError(502), fakeReplies.rateLimited());
    const error = await failure(llm.complete(request()));
    expect(error.aiCode).toBe(AiErrorCode.RateLimited);
    expect(fake.chatRequests()).toHaveLength(3);
    expect((await rows()).pop()).toMatchObject({ status: 'error', errorCode: 'rate_limited', attempts: 3 });
  });

  it.each([
    [fakeReplies.badRequest('bad schema'), AiErrorCode.BadRequest],
    [{ status: 401 }, AiErrorCode.AuthFailed],
    [{ status: 404 }, AiErrorCode.BadRequest],
  ])('should not retry when the provider answers %j', async (reply, code) => {
    fake.enqueue(reply, fakeReplies.json({ message: 'never', actions: [] }));
    const error = await failure(llm.complete(request()));
    expect(error.aiCode).toBe(code);
    expect(fake.chatRequests()).toHaveLength(1);
    expect((await rows()).pop()).toMatchObject({ status: 'error', errorCode: code, attempts: 1 });
  });

  it('should time out when the server never answers', async () => {
    fake.enqueue(fakeReplies.hang());
    const started = Date.now();
    const error = await failure(llm.complete(request({ timeoutMs: 300 })));
    expect(error.aiCode).toBe(AiErrorCode.Timeout);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(fake.chatRequests()).toHaveLength(1);
    expect((await rows()).pop()).toMatchObject({ status: 'error', errorCode: 'timeout' });
  });

  it('should time out a stream whose first token comes too late', async () => {
    fake.enqueue({ json: { message: 'late', actions: [] }, firstTokenDelayMs: 2_000 });
    const error = await failure(collect(llm.stream(request({ timeoutMs: 300 }))));
    expect(error.aiCode).toBe(AiErrorCode.Timeout);
  });

  it('should fail cleanly without retrying when a stream breaks after text arrived', async () => {
    fake.enqueue({
      content: '{"message":"Hello wor',
      chunks: ['{"message":', '"Hello', ' wor'],
      dropAfterChunks: 2,
    });
    const seen: LlmStreamEvent[] = [];
    const error = await failure(
      (async () => {
        for await (const event of llm.stream(request())) {
          seen.push(event);
        }
      })(),
    );
    expect(error.aiCode).toBe(AiErrorCode.NetworkError);
    expect(seen.filter((event) => event.type === 'delta')).toHaveLength(2);
    expect(seen.some((event) => event.type === 'done')).toBe(false);
    expect(fake.chatRequests()).toHaveLength(1);
  });

  it('should record an aborted call when the consumer stops reading mid-stream', async () => {
    fake.enqueue({ chunks: ['{"message":"Hel', 'lo"', ',"actions":[]}'], chunkDelayMs: 50 });
    for await (const event of llm.stream(request())) {
      if (event.type === 'delta') {
        break;
      }
    }
    expect((await rows()).pop()).toMatchObject({ status: 'error', errorCode: 'aborted' });
  });

  it('should repair malformed JSON once with the validation error when the model slips', async () => {
    fake.enqueue(fakeReplies.malformedJson(), fakeReplies.json({ message: 'Fixed', actions: [] }));
    const events = await collect(llm.stream(request()));
    expect(events.map((event) => event.type)).toContain('restart');
    const done = events[events.length - 1];
    expect(done?.type === 'done' && done.result).toMatchObject({
      repaired: true,
      json: { message: 'Fixed', actions: [] },
    });
    const repairRequest = fake.chatRequests()[1];
    const lastTwo = repairRequest?.messages.slice(-2);
    expect(lastTwo?.[0]).toMatchObject({
      role: 'assistant',
      content: '{"message": "Hello there", "actions": [',
    });
    expect(lastTwo?.[1]?.content).toContain('not valid JSON');
    const [first, second] = (await rows()).slice(-2);
    expect(first).toMatchObject({ status: 'error', errorCode: 'malformed_json' });
    expect(first?.outputTokens).toBeGreaterThan(0);
    expect(second).toMatchObject({ status: 'ok' });
  });

  it('should fail with a recorded schema_violation and no result when the repair is wrong too', async () => {
    fake.enqueue(
      fakeReplies.json({ message: 'Hi', actions: ['dance'] }),
      fakeReplies.json({ message: 'Hi', actions: ['dance'], extra: true }),
    );
    const error = await failure(llm.complete(request()));
    expect(error.aiCode).toBe(AiErrorCode.SchemaViolation);
    expect(error.message).toContain('actions[0] must be one of wave; got "dance"');
    expect(fake.chatRequests()[1]?.messages.pop()?.content).toContain('actions[0] must be one of wave');
    const [first, second] = (await rows()).slice(-2);
    expect(first).toMatchObject({ status: 'error', errorCode: 'schema_violation' });
    expect(second).toMatchObject({ status: 'error', errorCode: 'schema_violation' });
  });

  it('should report truncation when the reply hits the output limit', async () => {
    fake.enqueue(
      { content: '{"message":"long', finishReason: 'length' },
      { content: '{"message":"long', finishReason: 'length' },
    );
    expect((await failure(llm.complete(request()))).aiCode).toBe(AiErrorCode.Truncated);
  });

  it('should answer identical cached requests from the cache and never cache chat turns by default', async () => {
    fake.setFallback(() => fakeReplies.json({ message: `fresh ${fake.chatRequests().length}`, actions: [] }));
    const preview = request({ purpose: 'prompt_preview', cache: true });
    const first = await llm.complete(preview);
    const second = await llm.complete(preview);
    expect(second).toMatchObject({ cached: true, text: first.text, json: first.json });
    expect(fake.chatRequests()).toHaveLength(1);
    expect(fake.chatRequests()[0]?.temperature).toBe(0);
    expect((await rows()).pop()).toMatchObject({ status: 'cache_hit', costUsd: 0, inputTokens: 0 });

    await llm.complete(request());
    await llm.complete(request());
    expect(fake.chatRequests()).toHaveLength(3);
    fake.setFallback(() => fakeReplies.json({ message: 'x', actions: [] }));
  });

  it('should shape the request from the capability table when the model changes', async () => {
    fake.setFallback(() => fakeReplies.json({ message: 'ok', actions: [] }));
    await llm.complete(request({ model: 'gpt-5-mini', temperature: 0.7 }));
    await llm.complete(request({ model: 'gpt-4o', temperature: 0.7 }));
    await llm.complete(request({ model: 'llama3.1:8b', temperature: 0.7 }));
    const [reasoning, classic, unknown] = fake.chatRequests();
    expect(reasoning).toMatchObject({ model: 'gpt-5-mini', reasoning_effort: 'minimal' });
    expect(reasoning).not.toHaveProperty('temperature');
    expect(classic).toMatchObject({ model: 'gpt-4o', temperature: 0.7 });
    expect(classic).toHaveProperty('max_completion_tokens');
    expect(unknown).toHaveProperty('max_tokens');
    expect(unknown).not.toHaveProperty('max_completion_tokens');
  });

  it('should refuse a request over the context budget without calling the provider', async () => {
    const long = 'word '.repeat(400);
    const error = await failure(
      llm.complete(request({ model: 'tiny-model', messages: [{ role: 'user', content: long }] })),
    );
    expect(error.aiCode).toBe(AiErrorCode.ContextOverflow);
    expect(fake.chatRequests()).toHaveLength(0);
    expect((await rows()).pop()).toMatchObject({
      status: 'error',
      errorCode: 'context_overflow',
      attempts: 0,
    });
  });

  it('should estimate usage with the tokenizer when the server reports none', async () => {
    fake.enqueue({ json: { message: 'no usage here', actions: [] }, omitUsage: true });
    const result = await llm.complete(request());
    expect(result.usage.inputTokens).toBeGreaterThan(10);
    expect(result.usage.outputTokens).toBeGreaterThan(3);
  });

  it('should moderate through the moderation endpoint and record the call', async () => {
    fake.enqueueModeration({ flagged: true, categories: { 'self-harm/intent': true } });
    const result = await llm.moderate('I want to hurt myself', { userId });
    expect(result).toMatchObject({ flagged: true, provider: 'openai' });
    expect(result.categories['self-harm/intent']).toBe(true);
    expect(fake.requests.find((r) => r.path === '/v1/moderations')?.body).toMatchObject({
      model: 'omni-moderation-latest',
      input: 'I want to hurt myself',
    });
    expect((await rows()).pop()).toMatchObject({ purpose: 'moderation', status: 'ok', costUsd: 0 });
  });

  it('should send the API key as a bearer token when calling the server', () => {
    return llm.complete(request()).then(() => {
      expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk-test-key');
    });
  });
});
