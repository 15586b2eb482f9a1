import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { components } from '@dev-coach/api-client';
import { DataSource } from 'typeorm';
import { createApp } from 'src/app.factory';
import { freePort } from 'src/common/net/free-port';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { FakeOpenAiServer, fakeReplies, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { api } from 'test/utils/coach-turns';
import { deleteRedisKeys, redisAvailable, testRedisUrl } from 'test/utils/redis';
import { createTestDatabase, type TestDatabase } from 'test/utils/postgres';
import { FROM_SOURCE, type RunningProcess, startNode, waitForOk } from 'test/utils/process';

type TurnAccepted = components['schemas']['TurnAcceptedResponseDto'];

interface TurnRow {
  id: string;
  status: string;
  error_code: string | null;
  lease_owner: string | null;
  lease_expires_at: Date | null;
}

// Renewed every third of it: 4 s leaves a loaded machine ~2.7 s of stall before a live lease looks lost.
const LEASE_MS = 4000;
const JWT_SECRET = 'lease-test-secret-lease-test-secret-0123456789';

const aiEnv = (fake: FakeOpenAiServer): Record<string, string> => ({
  ...fakeModelEnv(fake.baseUrl),
  AI_MAX_RETRIES: '0',
  AI_TIMEOUT_MS: '120000',
  USER_TURNS_PER_MINUTE: '0',
  JWT_SECRET,
  COACH_TURN_LEASE_MS: String(LEASE_MS),
  // The sentinel's model calls would take the scripted replies meant for the turns.
  SENTINEL_DEBOUNCE_MS: '600000',
});

/** The production app (same factory as main.ts) on an existing database, on a real port. */
const startAppOn = async (
  database: TestDatabase,
  env: Record<string, string>,
): Promise<{ app: NestFastifyApplication; baseUrl: string }> => {
  const previous = { ...process.env };
  Object.assign(process.env, { DATABASE_URL: database.url, ...env });
  try {
    const { app } = await createApp();
    await app.init();
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { app, baseUrl: `http://127.0.0.1:${port}` };
  } finally {
    process.env = previous;
  }
};

interface SseEvent {
  type: string;
  data: unknown;
}

/** Reads an SSE response to its end and returns its event types and data. */
const readEvents = async (response: Response): Promise<SseEvent[]> =>
  (await response.text())
    .split('\n\n')
    .filter((block) => block.includes('event: '))
    .map((block) => {
      const field = (name: string): string =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))
          ?.slice(name.length + 2) ?? '';
      return { type: field('event'), data: JSON.parse(field('data')) as unknown };
    });

const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await sleep(100);
  }
};

// A process killed mid-turn (SIGKILL: no shutdown hook runs) leaves its turns `streaming`. A
// second process on the same database must fail them as `worker_lost` once their lease runs
// out, so the client's next turn, reset and waiting SSE all move on.
describe('coach turn leases when the process running a turn is killed', () => {
  let database: TestDatabase;
  let fake: FakeOpenAiServer;
  let survivor: { app: NestFastifyApplication; baseUrl: string };
  let restarted: { app: NestFastifyApplication; baseUrl: string } | undefined;
  const prefix = `lease-${randomBytes(4).toString('hex')}`;
  // Both surviving processes share Redis (queue and turn events); they sweep only at start, so
  // each repair below is the one its step names.
  const survivorEnv = (): Record<string, string> => ({
    ...aiEnv(fake),
    COACH_TURN_SWEEP_MS: '600000',
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: prefix,
  });
  let dataSource: DataSource;
  let child: RunningProcess | undefined;
  let dataDir: string;
  const sse = new AbortController();

  beforeAll(async () => {
    database = await createTestDatabase('coach_turns_lease');
    fake = await FakeOpenAiServer.start();
    dataDir = mkdtempSync(join(tmpdir(), 'devcoach-lease-'));
    if (!(await redisAvailable(testRedisUrl()))) {
      throw new Error(`This test needs Redis at ${testRedisUrl()}`);
    }
    survivor = await startAppOn(database, survivorEnv());
    dataSource = survivor.app.get(DataSource);
  });

  afterAll(async () => {
    child?.child.kill('SIGKILL');
    sse.abort();
    await survivor?.app.close();
    await restarted?.app.close();
    await fake?.close();
    await deleteRedisKeys(testRedisUrl(), prefix);
    await database?.drop();
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  /** The process to be killed, on the test's database; resolves to its port once it is ready. */
  const startDoomed = async (env: Record<string, string>): Promise<number> => {
    // It runs the code under test from source, so a stale build cannot pass.
    const port = await freePort();
    const run = startNode(
      'src/main.ts',
      {
        ...aiEnv(fake),
        DATABASE_URL: database.url,
        PORT: String(port),
        DATA_DIR: dataDir,
        SERVE_STATIC: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        ...env,
      },
      FROM_SOURCE,
    );
    child = run;
    await waitForOk(`http://127.0.0.1:${port}/health/ready`, 120_000).catch((error: Error) => {
      run.child.kill('SIGKILL');
      throw new Error(`${error.message}\n--- process output ---\n${run.output()}`);
    });
    return port;
  };

  const postTo = async (port: number, headers: AuthHeaders, message: string): Promise<string> => {
    const posted = await fetch(`http://127.0.0.1:${port}/api/v1/coach/turns`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ message }),
    });
    expect(posted.status, await posted.clone().text()).toBe(202);
    return ((await posted.json()) as TurnAccepted).turn.id;
  };

  const turnsOf = (userId: string): Promise<TurnRow[]> =>
    dataSource.query<TurnRow[]>(
      `SELECT id, status, error_code, lease_owner, lease_expires_at FROM turns WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );

  it('should fail the dead process’s turns as worker_lost and let each client go on when their leases run out', async () => {
    const clients: { id: string; headers: AuthHeaders }[] = [];
    for (let index = 0; index < 3; index += 1) {
      const user = await createUser(survivor.app);
      clients.push({ id: user.id, headers: await bearerHeaders(survivor.app, user) });
    }
    const [nextTurn, reset, waiting] = clients as [
      (typeof clients)[number],
      (typeof clients)[number],
      (typeof clients)[number],
    ];

    const port = await startDoomed({});

    // The model never answers, so every turn stays streaming until its process dies.
    fake.enqueue(fakeReplies.hang(), fakeReplies.hang(), fakeReplies.hang());
    const turnIds: string[] = [];
    for (const client of clients) {
      turnIds.push(await postTo(port, client.headers, 'Hello coach'));
    }
    const streaming = async (): Promise<TurnRow[]> =>
      (await Promise.all(clients.map((client) => turnsOf(client.id))))
        .flat()
        .filter((row) => row.status === 'streaming');
    await waitFor('three streaming turns', async () => (await streaming()).length === 3, 30_000);

    // While its process lives, the heartbeat keeps each lease ahead of the clock.
    await sleep(LEASE_MS * 1.5);
    const alive = await streaming();
    expect(alive).toHaveLength(3);
    for (const row of alive) {
      expect(row.lease_owner).toMatch(/:\d+:[0-9a-f]{8}$/);
      expect(row.lease_expires_at?.getTime()).toBeGreaterThan(Date.now());
    }
    const blocked = await api(survivor.app, 'POST', '/coach/turns', nextTurn.headers, { message: 'Again' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json<{ code: string }>().code).toBe('turn_in_progress');

    // Each client waits on its turn's SSE in the surviving process; every repair below ends it.
    const [nextTurnEvents, resetEvents, waitingEvents] = clients.map((client, index) => {
      const events = fetch(`${survivor.baseUrl}/api/v1/coach/turns/${turnIds[index]}/events`, {
        headers: client.headers,
        signal: sse.signal,
      }).then(readEvents);
      // Settled here, so a failure above this test's end does not leave it unhandled.
      events.catch(() => undefined);
      return events;
    }) as [Promise<SseEvent[]>, Promise<SseEvent[]>, Promise<SseEvent[]>];
    const lostEvent = { type: 'error', data: { code: 'worker_lost' } };

    const killedAt = Date.now();
    child?.child.kill('SIGKILL');
    await child?.exited;
    await waitFor(
      'the leases to run out',
      async () => (await streaming()).every((row) => (row.lease_expires_at?.getTime() ?? 0) < Date.now()),
      LEASE_MS * 3,
    );
    // Nothing repaired them yet: the turns still block their clients until a repair below runs.
    expect(await streaming()).toHaveLength(3);

    // The client's next turn fails the lost one and is accepted.
    fake.enqueue(fakeReplies.json({ message: 'Welcome back.', actions: [] }));
    const next = await api(survivor.app, 'POST', '/coach/turns?wait=true', nextTurn.headers, {
      message: 'Hello again',
    });
    expect(next.statusCode, next.body).toBe(200);
    expect((await turnsOf(nextTurn.id)).map((row) => [row.status, row.error_code])).toEqual([
      ['failed', 'worker_lost'],
      ['done', null],
    ]);
    expect((await nextTurnEvents).at(-1)).toMatchObject(lostEvent);

    // So does a reset.
    const resetResponse = await api(survivor.app, 'POST', '/coach/reset', reset.headers, { confirm: true });
    expect(resetResponse.statusCode, resetResponse.body).toBe(204);
    expect((await turnsOf(reset.id)).map((row) => [row.status, row.error_code])).toEqual([
      ['failed', 'worker_lost'],
    ]);
    expect((await resetEvents).at(-1)).toMatchObject(lostEvent);

    // A process starting on the database fails the last one before it serves anything, and its
    // error event (over Redis) ends the SSE that waited on it in the other process.
    restarted = await startAppOn(database, survivorEnv());
    expect((await turnsOf(waiting.id)).map((row) => [row.status, row.error_code])).toEqual([
      ['failed', 'worker_lost'],
    ]);
    expect((await waitingEvents).at(-1)).toMatchObject(lostEvent);
    // Well inside the one-minute promise, with a short lease.
    expect(Date.now() - killedAt).toBeLessThan(60_000);

    fake.enqueue(fakeReplies.json({ message: 'Here again.', actions: [] }));
    const retry = await api(restarted.app, 'POST', '/coach/turns?wait=true', waiting.headers, {
      message: 'Retry',
    });
    expect(retry.statusCode, retry.body).toBe(200);
  }, 240_000);

  it('should fail a lost turn with the periodic sweep when its client sends nothing', async () => {
    const user = await createUser(survivor.app);
    const headers = await bearerHeaders(survivor.app, user);
    // A longer lease, so the sweeping process is up before it runs out: the repair below is
    // the periodic sweep's, not the start-up one's.
    const leaseMs = 8000;
    const port = await startDoomed({ COACH_TURN_LEASE_MS: String(leaseMs) });
    fake.enqueue(fakeReplies.hang());
    await postTo(port, headers, 'Hello coach');
    await waitFor(
      'a streaming turn',
      async () => (await turnsOf(user.id))[0]?.status === 'streaming',
      30_000,
    );

    const killedAt = Date.now();
    child?.child.kill('SIGKILL');
    await child?.exited;
    const sweeper = await startAppOn(database, { ...survivorEnv(), COACH_TURN_SWEEP_MS: '250' });
    try {
      expect((await turnsOf(user.id)).map((row) => row.status)).toEqual(['streaming']);
      await waitFor(
        'the sweep to fail the turn',
        async () => (await turnsOf(user.id))[0]?.status === 'failed',
        leaseMs + 5000,
      );
      expect((await turnsOf(user.id))[0]?.error_code).toBe('worker_lost');
      expect(Date.now() - killedAt).toBeLessThan(leaseMs + 5000);
    } finally {
      await sweeper.app.close();
    }
  }, 240_000);
});
