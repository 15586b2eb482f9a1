import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { createClients, crudLoop, errorCount, newTally, signIn, streamingTurn } from 'test/reliability/load';
import { recordReliability } from 'test/reliability/report';
import { type ServerProcess, startServer } from 'test/reliability/server';
import { FROM_SOURCE, type RunningProcess, startNode } from 'test/utils/process';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// quality.md reliability test 10: a private PostgreSQL is stopped for 8 s and started again while
// clients stream turns and run CRUD against the API process. During the outage answers are 503
// (never 500 or a hang), the pool reconnects on its own, and no turn is left half written: every
// turn ends done with its coach reply, or failed with no coach reply.

const STREAMERS = 10;
const CRUD_CLIENTS = 10;
const OUTAGE_MS = 8000;
const JWT_SECRET = randomBytes(32).toString('hex');

interface PrivatePostgres {
  url: string;
  stop(): Promise<void>;
}

/** The embedded server on `dataDir` in a child process; the same folder keeps data and port. */
const startPostgres = async (dataDir: string): Promise<PrivatePostgres> => {
  const run: RunningProcess = startNode(
    'test/reliability/fixtures/embedded-postgres.ts',
    { PG_DATA_DIR: dataDir },
    FROM_SOURCE,
  );
  const deadline = Date.now() + 120_000;
  let url: string | undefined;
  while (!url) {
    url = /^url (\S+)$/m.exec(run.output())?.[1];
    if (Date.now() > deadline || run.child.exitCode !== null) {
      run.child.kill('SIGKILL');
      throw new Error(`embedded PostgreSQL did not start:\n${run.output()}`);
    }
    await sleep(100);
  }
  return {
    url,
    stop: async () => {
      if (run.child.exitCode === null) {
        run.child.kill('SIGTERM');
        await run.exited;
      }
    },
  };
};

describe('PostgreSQL restart under load', () => {
  let dataDir: string;
  let postgres: PrivatePostgres;
  let t: TestApp;
  let server: ServerProcess;
  let emails: string[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'devcoach-rel-pg-'));
    postgres = await startPostgres(dataDir);
    // startTestApp makes its database on the server TEST_DATABASE_URL names: the private one.
    const shared = process.env.TEST_DATABASE_URL;
    process.env.TEST_DATABASE_URL = postgres.url;
    try {
      t = await startTestApp('rel_pg_restart', { env: { JWT_SECRET } });
    } finally {
      if (shared === undefined) {
        delete process.env.TEST_DATABASE_URL;
      } else {
        process.env.TEST_DATABASE_URL = shared;
      }
    }
    emails = await createClients(t.app, STREAMERS + CRUD_CLIENTS, 'pg-restart');
    await t.app.close();
    server = await startServer(t.database.url, {
      JWT_SECRET,
      AI_PROVIDER: 'demo',
      AI_DEMO_CHUNK_DELAY_MS: '20',
      USER_TURNS_PER_MINUTE: '0',
      AUTH_RATE_LIMIT_IP: '1000000',
    });
  });

  afterAll(async () => {
    await server?.stop();
    await postgres?.stop();
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('should answer 503 while the server is down, reconnect after it restarts and leave no half-written turn', async () => {
    const headers = await signIn(server.base, emails);
    const tally = newTally();
    // 409: a client's previous turn is still running (its stream was cut by the outage).
    const acceptable = (status: number): boolean =>
      (status >= 200 && status < 300) || status === 503 || status === 409;
    let running = true;
    const streamers = headers.slice(0, STREAMERS).map(async (client) => {
      while (running) {
        await streamingTurn(tally, server.base, client, acceptable);
        await sleep(200);
      }
    });
    const crud = headers
      .slice(STREAMERS)
      .map((client) => crudLoop(tally, server.base, client, () => !running, acceptable));

    await sleep(8000);
    const firstUrl = postgres.url;
    await postgres.stop();
    const stoppedAt = Date.now();
    await sleep(OUTAGE_MS);
    postgres = await startPostgres(dataDir);
    expect(postgres.url).toBe(firstUrl);
    const restartedAt = Date.now();
    let ready = false;
    while (!ready && Date.now() - restartedAt < 60_000) {
      ready = (await fetch(`${server.base}/health/ready`)).ok;
      if (!ready) {
        await sleep(100);
      }
    }
    const reconnectMs = Date.now() - restartedAt;
    await sleep(8000);
    running = false;
    await Promise.all([...streamers, ...crud]);

    // Turns in flight when the server stopped end one way or the other once their retries run.
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    try {
      const unfinished = async (): Promise<number> =>
        (
          await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM turns WHERE status IN ('queued', 'streaming')`,
          )
        ).rows[0]?.n ?? 0;
      const settleStarted = Date.now();
      while ((await unfinished()) > 0 && Date.now() - settleStarted < 90_000) {
        await sleep(500);
      }
      const { rows } = await db.query<{
        done: number;
        failed: number;
        unfinished: number;
        halfWritten: number;
        doneWithoutReply: number;
      }>(
        `SELECT
           count(*) FILTER (WHERE status = 'done')::int AS done,
           count(*) FILTER (WHERE status = 'failed')::int AS failed,
           count(*) FILTER (WHERE status IN ('queued', 'streaming'))::int AS unfinished,
           count(*) FILTER (WHERE status = 'failed' AND EXISTS (
             SELECT 1 FROM chat_messages m WHERE m.turn_id = t.id AND m.role <> 'user'))::int AS "halfWritten",
           count(*) FILTER (WHERE status = 'done' AND NOT EXISTS (
             SELECT 1 FROM chat_messages m WHERE m.turn_id = t.id AND m.role <> 'user'))::int AS "doneWithoutReply"
         FROM turns t`,
      );
      const turns = rows[0];
      const serverErrors = errorCount(tally, (outcome) => /^5\d\d$/.test(outcome) && outcome !== '503');
      const otherErrors = errorCount(
        tally,
        (outcome) => outcome === 'network' || outcome === 'stream-network',
      );
      recordReliability({
        test: 10,
        id: 'postgres-restart',
        title: 'PostgreSQL restart under load',
        files: ['test/reliability/postgres-restart.rel-spec.ts', 'test/e2e/edge-outage.e2e-spec.ts'],
        passed: true,
        figures: {
          outageMs: restartedAt - stoppedAt,
          readyAgainMsAfterRestart: reconnectMs,
          requests: tally.total,
          answered503: tally.statuses['503'] ?? 0,
          serverErrorsOtherThan503: serverErrors,
          networkErrors: otherErrors,
          turnsDone: turns?.done ?? 0,
          turnsFailed: turns?.failed ?? 0,
          turnsUnfinished: turns?.unfinished ?? 0,
          streamsCutByTheOutage: tally.statuses['stream-cut'] ?? 0,
          halfWrittenTurns: (turns?.halfWritten ?? 0) + (turns?.doneWithoutReply ?? 0),
          statuses: JSON.stringify(tally.statuses),
        },
      });
      expect(ready).toBe(true);
      const errorLines = server.run
        .output()
        .split('\n')
        .filter((line) => /"level":(50|60)|ERROR/.test(line))
        .slice(0, 5);
      expect(serverErrors, [...tally.samples, ...errorLines].join('\n')).toBe(0);
      expect(otherErrors, tally.samples.join('\n')).toBe(0);
      expect(tally.statuses['503'] ?? 0).toBeGreaterThan(0);
      expect(turns).toMatchObject({ unfinished: 0, halfWritten: 0, doneWithoutReply: 0 });
      expect(turns?.done).toBeGreaterThanOrEqual(STREAMERS);
    } finally {
      await db.end();
    }
  });
});
