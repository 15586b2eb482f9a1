import type { components } from '@dev-coach/api-client';
import { DataSource, IsNull } from 'typeorm';
import type { CreateTurnDto } from 'src/coach-turns/dto/turn.dto';
import { TurnRunner } from 'src/coach-turns/turn-runner.service';
import { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { TurnEntity } from 'src/coaching/entities/turn.entity';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';
import { TurnRepository } from 'src/coaching/repositories/turn.repository';
import { type TurnPostResult, TurnsService } from 'src/coach-turns/turns.service';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { FakeOpenAiServer, fakeReplies, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { api, openCard, pressBody, QueryMeter } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// One request, one read of each row: the statements a turn costs, counted on the real
// PostgreSQL (BEGIN and COMMIT included, and the safety screen, quotas and sentinel scheduling
// the intake runs). A code path always runs the same statements, so a repeated read fails here.
// Lower a limit when a change saves a query; raise one only for a read or write the turn really
// needs. The intake is TurnsService.post, what POST /coach/turns runs after sign-in (whose
// session check is not the turn's). The queue runs no workers, so the coach.turn job is counted
// apart: it is run by hand, as the processor would. The limits are the counts measured (issue
// #14: 14/15/21/18/14 before the quotas became one statement, llm_calls rows lost their
// BEGIN/COMMIT and the open break and memory setting joined the running-turn check), so any added
// statement fails.
const LIMITS = {
  /** A typed message the model answers → queued (202). */
  typedIntake: 8,
  /** The same with an Idempotency-Key: one more lookup, before anything is spent. */
  keyedIntake: 9,
  /**
   * The coach.turn job of that message: prompt, model, apply, result. 19 before the prompt
   * context became one statement (it was six) and the turn's messages and action logs of its
   * result one (it was two); 12 since a reply without actions skips the engine's identity read;
   * 11 since the active prompt versions come from the per-process cache.
   */
  job: 11,
  /** A typed message answered without the model (a safety hold) → answered (200). */
  answeredIntake: 13,
  /** Continue on the welcome video card: a button whose actions apply, then the model → queued. */
  buttonIntake: 13,
};

type TurnResult = components['schemas']['TurnResultResponseDto'];

const listing = (statements: readonly string[]): string => `\n  ${statements.join('\n  ')}`;

describe('queries per coach turn', () => {
  let t: TestApp;
  let fake: FakeOpenAiServer;
  let meter: QueryMeter;
  let runner: TurnRunner;
  let turns: TurnsService;

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
    t = await startTestApp('coaching_turn_queries', {
      env: {
        ...fakeModelEnv(fake.baseUrl),
        QUEUE_RUN_WORKERS: 'false',
      },
    });
    meter = new QueryMeter().install(t.app.get(DataSource));
    runner = t.app.get(TurnRunner);
    turns = t.app.get(TurnsService);
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

  /** The intake of one posted turn, as the turns controller calls it. */
  const post = (userId: string, body: CreateTurnDto, idempotencyKey?: string) =>
    meter.measure(() => turns.post(userId, body, false, idempotencyKey));

  const queuedId = (posted: TurnPostResult): string => {
    if (posted.kind !== 'queued') {
      throw new Error(`Expected the model to answer, got ${JSON.stringify(posted)}`);
    }
    return posted.turn.id;
  };

  const typedTurn = async (
    client: { id: string; headers: AuthHeaders },
    message: string,
    idempotencyKey?: string,
  ) => {
    const intake = await post(client.id, { message }, idempotencyKey);
    const job = await answer(client.headers, queuedId(intake.value));
    return { intake, job };
  };

  it('should stay within the counted queries when a typed message is taken in and answered by the job', async () => {
    const client = await startedClient();
    // The first turn warms the caches (prompt versions, the model catalogue); the second is the
    // steady state a client lives in.
    await typedTurn(client, 'Hello coach');
    const { intake, job } = await typedTurn(client, 'I would like to work on myself');
    expect(intake.queries, listing(intake.statements)).toBeLessThanOrEqual(LIMITS.typedIntake);
    expect(job.queries, listing(job.statements)).toBeLessThanOrEqual(LIMITS.job);

    const keyed = await typedTurn(client, 'And on my habits', 'queries-1');
    expect(keyed.intake.queries, listing(keyed.intake.statements)).toBeLessThanOrEqual(LIMITS.keyedIntake);
  });

  it('should stay within the counted queries when a typed message is answered without the model', async () => {
    const client = await startedClient();
    // Every phase calls the model; a message during a safety hold is answered without it.
    await t.app
      .get(DataSource)
      .query(`UPDATE coach_states SET safety_hold = $2 WHERE user_id = $1`, [
        client.id,
        { since: new Date().toISOString(), safetyEventId: null, reason: 'test' },
      ]);
    await turns.post(client.id, { message: 'Warm-up' }, false, undefined);
    const answered = await post(client.id, { message: 'Thank you' });
    expect(answered.value).toMatchObject({ kind: 'answered', result: { turn: { status: 'done' } } });
    expect(answered.queries, listing(answered.statements)).toBeLessThanOrEqual(LIMITS.answeredIntake);
  });

  it('should refuse a typed message during a break, read with the running turn in one statement', async () => {
    const client = await startedClient();
    await turns.post(client.id, { message: 'Before the break' }, false, undefined);
    await t.app.get(DataSource).query(`UPDATE turns SET status = 'done' WHERE user_id = $1`, [client.id]);
    await t.app
      .get(DataSource)
      .query(`INSERT INTO breaks (user_id, session) VALUES ($1, 'brainstorming')`, [client.id]);
    await expect(turns.post(client.id, { message: 'Still there?' }, false, undefined)).rejects.toMatchObject({
      code: 'on_break',
    });
  });

  it('should stay within the counted queries when a card button is pressed', async () => {
    const client = await startedClient();
    const card = await openCard(t.app, client.headers);
    if (!card) {
      throw new Error('A new client should have the welcome card open');
    }
    const press = await post(client.id, pressBody(card));
    expect(press.queries, listing(press.statements)).toBeLessThanOrEqual(LIMITS.buttonIntake);
    await answer(client.headers, queuedId(press.value));
  });

  it('should read the live identities with its own statement exactly as TypeORM hydrates them', async () => {
    const client = await startedClient();
    const db = t.app.get(DataSource).manager;
    const repository = t.app.get(IdentityRepository);
    const base = { userId: client.id, category: 'spiritual' as const, state: 'proposed' as const };
    const first = await repository.insert(db, { ...base, name: 'Gardener', notes: [], order: 1 });
    await repository.insert(db, {
      ...base,
      name: 'Runner',
      notes: [{ text: 'Runs at dawn', createdAt: new Date().toISOString(), provenance: null }],
      order: 0,
    });
    await repository.insert(db, { ...base, name: 'Singer', notes: [], order: 2 });
    await repository.update(db, first, { iAmStatement: 'I am a gardener', visualization: 'Soil' });
    const archived = await repository.insert(db, { ...base, name: 'Old', notes: [], order: 3 });
    await repository.archive(db, archived);

    const viaTypeOrm = await db.getRepository(IdentityEntity).find({
      where: { userId: client.id, archivedAt: IsNull() },
      order: { order: 'ASC', createdAt: 'ASC' },
    });
    const listed = await repository.listLive(db, client.id);
    expect(listed.map((identity) => identity.name)).toEqual(['Runner', 'Gardener', 'Singer']);
    expect(listed).toEqual(viaTypeOrm);
    expect(listed.every((identity) => identity instanceof IdentityEntity)).toBe(true);
  });

  it('should read a turn under its lock with its own statement exactly as TypeORM hydrates it', async () => {
    const client = await startedClient();
    const { intake } = await typedTurn(client, 'A turn to read back', 'read-back-1');
    const id = queuedId(intake.value);
    const dataSource = t.app.get(DataSource);
    const viaTypeOrm = await dataSource.getRepository(TurnEntity).findOneOrFail({ where: { id } });
    expect(viaTypeOrm.promptVersionIds.length).toBeGreaterThan(0);
    expect(viaTypeOrm.requestHash).not.toBeNull();
    const locked = await dataSource.transaction((db) => t.app.get(TurnRepository).findForUpdate(db, id));
    expect(locked).toEqual(viaTypeOrm);
    expect(locked).toBeInstanceOf(TurnEntity);
    await expect(
      dataSource.transaction((db) => t.app.get(TurnRepository).findForUpdate(db, client.id)),
    ).resolves.toBeNull();
  });
});
