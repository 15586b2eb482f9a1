import { DataSource } from 'typeorm';
import { CoachingContextService } from 'src/coaching/context/coaching-context.service';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { FakeOpenAiServer } from 'test/fakes/fake-openai-server';
import { api, QueryMeter } from 'test/utils/coach-turns';
import { distribution, epochNow, round, writeBenchResult } from 'test/utils/bench';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// quality.md, Performance / Scale: turn latency and database time stay flat from 100 to 10,000
// messages of history. Two clients on one app (in-process queue, fast fake model), turns
// interleaved A, B, A, B… so machine noise hits both sizes alike.

const SIZES = [100, 10_000] as const;
const TURNS = Number(process.env.BENCH_HISTORY_TURNS ?? 20);
const WARMUP = 3;
const CONTEXT_BUILDS = 50;

/**
 * `messages` rows of history for one client, as the pipeline writes them: a done turn per
 * user/coach pair (two minutes apart, ending an hour ago), one applied action per coach message
 * and one llm_calls row per turn. Bulk SQL, then ANALYZE.
 */
const seedHistory = async (dataSource: DataSource, userId: string, messages: number): Promise<void> => {
  const turns = messages / 2;
  await dataSource.transaction(async (db) => {
    await db.query(
      `INSERT INTO turns (user_id, status, input, model, input_tokens, output_tokens, latency_ms, ttft_ms,
                          started_at, finished_at, created_at, updated_at)
       SELECT $1, 'done', jsonb_build_object('message', 'History message ' || g, 'actions', '[]'::jsonb),
              'fake-model', 900, 60, 800, 300, ts, ts + interval '1 second', ts, ts
         FROM generate_series(1, $2::int) g,
              LATERAL (SELECT now() - interval '1 hour' - ($2::int - g) * interval '2 minutes' AS ts) t`,
      [userId, turns],
    );
    await db.query(
      `INSERT INTO chat_messages (user_id, role, content, turn_id, created_at, updated_at)
       SELECT t.user_id, r.role, r.text || repeat(' and more detail about it', 8), t.id,
              t.created_at + r.offs, t.created_at + r.offs
         FROM turns t
        CROSS JOIN (VALUES ('user', 'I think I am someone who keeps going', interval '0'),
                           ('coach', 'That sounds like persistence', interval '1 second')) r(role, text, offs)
        WHERE t.user_id = $1`,
      [userId],
    );
    await db.query(
      `INSERT INTO action_logs (user_id, turn_id, message_id, type, params, status, source, sequence, summary,
                                created_at, updated_at)
       SELECT m.user_id, m.turn_id, m.id, 'mark_question_asked', '{"topic":"values"}', 'applied', 'model', 0,
              'Noted that the question about values was asked.', m.created_at, m.created_at
         FROM chat_messages m
        WHERE m.user_id = $1 AND m.role = 'coach' AND m.turn_id IS NOT NULL`,
      [userId],
    );
    await db.query(
      `INSERT INTO llm_calls (user_id, purpose, provider, model, stream, status, input_tokens, output_tokens,
                              latency_ms, ttft_ms, created_at, updated_at)
       SELECT user_id, 'coach_turn', 'openai', 'fake-model', true, 'ok', 900, 60, 800, 300, created_at, created_at
         FROM turns WHERE user_id = $1`,
      [userId],
    );
  });
  await dataSource.query('ANALYZE turns, chat_messages, action_logs, llm_calls');
};

interface Sample {
  ms: number;
  dbMs: number;
  queries: number;
}

const summarise = (samples: Sample[]) => ({
  latencyMs: distribution(samples.map((sample) => sample.ms)),
  dbMs: distribution(samples.map((sample) => sample.dbMs)),
  queries: distribution(samples.map((sample) => sample.queries)),
});

const ratio = (big: number, small: number): number => round(big / small, 2);

describe('history scaling bench', () => {
  let t: TestApp;
  let fake: FakeOpenAiServer;
  const results: Record<string, unknown> = {
    description:
      'Turn latency = POST /coach/turns?wait=true → 200 with the done result (fast fake model, no delays). ' +
      'dbMs = summed client-side duration (round trip incl.) of every query the app ran through TypeORM ' +
      'during the turn (QueryRunner.query wrapped; turns run one at a time, nothing else in flight). ' +
      'contextBuild = CoachingContextService.buildForUser alone (the history-dependent reads of a turn).',
    turnsPerSize: TURNS,
  };

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
    t = await startTestApp('bench_history', {
      env: {
        AI_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-bench-key',
        OPENAI_BASE_URL: fake.baseUrl,
        USER_TURNS_PER_MINUTE: '0',
        LOGIN_RATE_LIMIT_IP: '100000',
        AUTH_RATE_LIMIT_IP: '100000',
      },
    });
  });

  afterAll(async () => {
    writeBenchResult('historyScaling', results);
    await t?.close();
    await fake?.close();
  });

  it('should keep turn latency and database time flat when history grows from 100 to 10,000 messages', async () => {
    const dataSource = t.app.get(DataSource);
    const meter = new QueryMeter().install(dataSource);

    const clients: { size: number; id: string; headers: AuthHeaders }[] = [];
    for (const size of SIZES) {
      const user = await createUser(t.app);
      const headers = await bearerHeaders(t.app, user);
      await api(t.app, 'GET', '/coach/state', headers);
      const seeded = epochNow();
      await seedHistory(dataSource, user.id, size);
      results[`seedMs_${size}`] = round(epochNow() - seeded);
      clients.push({ size, id: user.id, headers });
    }

    const turn = async (headers: AuthHeaders, index: number): Promise<Sample> => {
      const measured = await meter.measure(() =>
        api(t.app, 'POST', '/coach/turns?wait=true', headers, { message: `Bench history turn ${index}` }),
      );
      const result = measured.value.json<{ turn?: { status: string } }>();
      if (measured.value.statusCode !== 200 || result.turn?.status !== 'done') {
        throw new Error(`turn failed: ${measured.value.statusCode} ${measured.value.body.slice(0, 200)}`);
      }
      return { ms: measured.ms, dbMs: measured.dbMs, queries: measured.queries };
    };

    const turns = new Map<number, Sample[]>(SIZES.map((size) => [size, []]));
    for (let index = 0; index < WARMUP + TURNS; index += 1) {
      for (const client of clients) {
        const sample = await turn(client.headers, index);
        if (index >= WARMUP) {
          turns.get(client.size)?.push(sample);
        }
      }
    }

    const context = t.app.get(CoachingContextService);
    const builds = new Map<number, Sample[]>(SIZES.map((size) => [size, []]));
    for (let index = 0; index < CONTEXT_BUILDS + 5; index += 1) {
      for (const client of clients) {
        const measured = await meter.measure(() => context.buildForUser(client.id));
        if (index >= 5) {
          builds.get(client.size)?.push({ ms: measured.ms, dbMs: measured.dbMs, queries: measured.queries });
        }
      }
    }

    const [small, big] = SIZES;
    const turnSmall = summarise(turns.get(small) ?? []);
    const turnBig = summarise(turns.get(big) ?? []);
    const buildSmall = summarise(builds.get(small) ?? []);
    const buildBig = summarise(builds.get(big) ?? []);
    Object.assign(results, {
      turn: { [`history_${small}`]: turnSmall, [`history_${big}`]: turnBig },
      contextBuild: { [`history_${small}`]: buildSmall, [`history_${big}`]: buildBig },
      ratios: {
        note: `${big} / ${small} messages of history, p50 (goal ≈ 1.0)`,
        turnLatencyP50: ratio(turnBig.latencyMs.p50, turnSmall.latencyMs.p50),
        turnDbMsP50: ratio(turnBig.dbMs.p50, turnSmall.dbMs.p50),
        turnQueriesP50: ratio(turnBig.queries.p50, turnSmall.queries.p50),
        contextBuildP50: ratio(buildBig.latencyMs.p50, buildSmall.latencyMs.p50),
        contextBuildDbMsP50: ratio(buildBig.dbMs.p50, buildSmall.dbMs.p50),
      },
    });
  });
});
