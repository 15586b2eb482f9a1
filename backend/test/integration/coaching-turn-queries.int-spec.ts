import type { components } from '@dev-coach/api-client';
import { DataSource } from 'typeorm';
import { TurnRunner } from 'src/coach-turns/turn-runner.service';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { FakeOpenAiServer, fakeReplies } from 'test/fakes/fake-openai-server';
import { api, openCard, pressBody, QueryMeter } from 'test/utils/coach-turns';
import { placeAt } from 'test/utils/coaching';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// One request, one read of each row: the statements a turn costs, counted on the real
// PostgreSQL (BEGIN and COMMIT included, the request's sign-in check, safety screen, quotas and
// sentinel scheduling too). A code path always runs the same statements, so a repeated read
// fails here. Lower a limit when a change saves a query; raise one only for a new write or read
// the turn really needs. The queue runs no workers, so the intake (the HTTP request) and the
// coach.turn job are counted apart: the job is run by hand, as the processor would.
const LIMITS = {
  /** POST /coach/turns with a typed message the model answers → 202. */
  typedIntake: 15,
  /** The same with an Idempotency-Key: one more lookup, before anything is spent. */
  keyedIntake: 16,
  /** The coach.turn job of that message: prompt, model, apply, result. */
  job: 22,
  /** A typed message answered without the model (the final phase) → 200 with the result. */
  answeredIntake: 20,
  /** Continue on the welcome video card: a button whose actions apply, then the model → 202. */
  buttonIntake: 15,
};

type TurnAccepted = components['schemas']['TurnAcceptedResponseDto'];
type TurnResult = components['schemas']['TurnResultResponseDto'];

const listing = (statements: readonly string[]): string => `\n  ${statements.join('\n  ')}`;

describe('queries per coach turn', () => {
  let t: TestApp;
  let fake: FakeOpenAiServer;
  let meter: QueryMeter;
  let runner: TurnRunner;

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
    t = await startTestApp('coaching_turn_queries', {
      env: {
        AI_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-test-key',
        OPENAI_BASE_URL: fake.baseUrl,
        QUEUE_RUN_WORKERS: 'false',
      },
    });
    meter = new QueryMeter().install(t.app.get(DataSource));
    runner = t.app.get(TurnRunner);
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const startedClient = async (): Promise<{ id: string; headers: AuthHeaders }> => {
    const user = await createUser(t.app);
    const headers = await bearerHeaders(t.app, user);
    await api(t.app, 'GET', '/coach/state', headers);
    return { id: user.id, headers };
  };

  /** Runs a queued turn's job with a plain reply and checks it finished. */
  const answer = async (headers: AuthHeaders, turnId: string) => {
    fake.enqueue(fakeReplies.json({ message: 'Good to meet you.', actions: [] }));
    const job = await meter.measure(() => runner.run(turnId, false));
    const result = (await api(t.app, 'GET', `/coach/turns/${turnId}`, headers)).json<TurnResult>();
    expect(result.turn.status).toBe('done');
    expect(result.messages.at(-1)?.content).toBe('Good to meet you.');
    return job;
  };

  const typedTurn = async (headers: AuthHeaders, message: string, extra: Record<string, string> = {}) => {
    const intake = await meter.measure(() =>
      api(t.app, 'POST', '/coach/turns', { ...headers, ...extra }, { message }),
    );
    expect(intake.value.statusCode, intake.value.body).toBe(202);
    const job = await answer(headers, intake.value.json<TurnAccepted>().turn.id);
    return { intake, job };
  };

  it('should stay within the counted queries when a typed message is taken in and answered by the job', async () => {
    const { headers } = await startedClient();
    // The first turn warms the caches (prompt versions, the model catalogue); the second is the
    // steady state a client lives in.
    await typedTurn(headers, 'Hello coach');
    const { intake, job } = await typedTurn(headers, 'I would like to work on myself');
    expect(intake.queries, listing(intake.statements)).toBeLessThanOrEqual(LIMITS.typedIntake);
    expect(job.queries, listing(job.statements)).toBeLessThanOrEqual(LIMITS.job);

    const keyed = await typedTurn(headers, 'And on my habits', { 'idempotency-key': 'queries-1' });
    expect(keyed.intake.queries, listing(keyed.intake.statements)).toBeLessThanOrEqual(LIMITS.keyedIntake);
  });

  it('should stay within the counted queries when a typed message is answered without the model', async () => {
    const client = await startedClient();
    await placeAt(t.app.get(DataSource), client.id, 'identity_visualization');
    await api(t.app, 'POST', '/coach/turns', client.headers, { message: 'Warm-up' });
    const answered = await meter.measure(() =>
      api(t.app, 'POST', '/coach/turns', client.headers, { message: 'Thank you' }),
    );
    expect(answered.value.statusCode, answered.value.body).toBe(200);
    expect(answered.value.json<TurnResult>().turn.status).toBe('done');
    expect(answered.queries, listing(answered.statements)).toBeLessThanOrEqual(LIMITS.answeredIntake);
  });

  it('should stay within the counted queries when a card button is pressed', async () => {
    const { headers } = await startedClient();
    const card = await openCard(t.app, headers);
    if (!card) {
      throw new Error('A new client should have the welcome card open');
    }
    const press = await meter.measure(() => api(t.app, 'POST', '/coach/turns', headers, pressBody(card)));
    expect(press.value.statusCode, press.value.body).toBe(202);
    expect(press.queries, listing(press.statements)).toBeLessThanOrEqual(LIMITS.buttonIntake);
    await answer(headers, press.value.json<TurnAccepted>().turn.id);
  });
});
