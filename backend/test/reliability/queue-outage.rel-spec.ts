import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { recordReliability } from 'test/reliability/report';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { type FakeSes, sesEnv, startFakeSes } from 'test/utils/fake-ses';
import { type PrivateRedis, startPrivateRedis } from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// quality.md reliability test 9 (second half): Redis stops answering for 30 s (SIGSTOP on a
// private redis-server: sockets stay open and nothing replies, the hardest case for timeouts)
// while turns and emails are in the queue. Endpoints that need the queue must answer 503 fast,
// and once Redis is back every queued job completes once: no lost turn, no duplicate mail or note.
// The killed-Redis case (connection refused) is in test/e2e/edge-outage.e2e-spec.ts.

const OUTAGE_MS = Number(process.env.REDIS_OUTAGE_MS ?? 30_000);
const FAST_MS = 3000;
const CLIENTS = 6;

type TurnBody = { turn: { id: string; status: string } };

describe('queue faults: Redis stopped for 30 s', () => {
  let redis: PrivateRedis;
  let ses: FakeSes;
  let t: TestApp;
  let clients: { user: TestUser; headers: AuthHeaders }[];

  beforeAll(async () => {
    ses = await startFakeSes();
    redis = await startPrivateRedis();
    t = await startTestApp('rel_queue_outage', {
      env: {
        ...sesEnv(ses),
        REDIS_URL: redis.url,
        QUEUE_PREFIX: `rel-outage-${randomBytes(4).toString('hex')}`,
        AI_PROVIDER: 'demo',
        AI_DEMO_CHUNK_DELAY_MS: '200',
        USER_TURNS_PER_MINUTE: '0',
        EMAIL_RATE_LIMIT_ADDRESS: '1000',
        AUTH_RATE_LIMIT_IP: '100000',
      },
    });
    clients = [];
    for (let index = 0; index < CLIENTS * 2; index += 1) {
      const user = await createUser(t.app);
      clients.push({ user, headers: await bearerHeaders(t.app, user) });
    }
  });

  afterAll(async () => {
    redis?.thaw();
    await t?.close();
    await redis?.kill();
    await ses?.close();
  });

  it('should answer 503 fast during the outage and complete every queued job once after it', async () => {
    const before = clients.slice(0, CLIENTS);
    const during = clients.slice(CLIENTS);
    // Work in the queue when Redis stops: streaming turns and password-reset mails.
    const turnIds: string[] = [];
    for (const { user, headers } of before) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/coach/turns',
        headers,
        payload: { message: 'I grew up by the sea.' },
      });
      expect(res.statusCode, res.body).toBe(202);
      turnIds.push(res.json<TurnBody>().turn.id);
      const mail = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        payload: { email: user.email },
      });
      expect(mail.statusCode).toBe(202);
    }
    await sleep(300);
    redis.freeze();
    const stoppedAt = Date.now();

    const refusals: { status: number; ms: number }[] = [];
    let round = 0;
    while (Date.now() - stoppedAt < OUTAGE_MS) {
      const client = during[round % during.length];
      round += 1;
      const started = performance.now();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/coach/turns',
        headers: client?.headers ?? {},
        payload: { message: 'Still there?' },
      });
      refusals.push({ status: res.statusCode, ms: performance.now() - started });
      const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      await sleep(1000);
    }
    redis.thaw();
    const resumedAt = Date.now();

    // Every turn queued before the outage ends `done`; every mail arrives exactly once.
    const statuses = async (): Promise<string[]> =>
      Promise.all(
        turnIds.map(async (id, index) => {
          const res = await t.app.inject({
            method: 'GET',
            url: `/api/v1/coach/turns/${id}`,
            headers: before[index]?.headers ?? {},
          });
          return res.json<TurnBody>().turn.status;
        }),
      );
    let current = await statuses();
    while (
      current.some((status) => status !== 'done' && status !== 'failed') &&
      Date.now() - resumedAt < 90_000
    ) {
      await sleep(250);
      current = await statuses();
    }
    const turnsDoneMs = Date.now() - resumedAt;
    await ses.waitFor(
      (sent) => before.every(({ user }) => sent.some((mail) => mail.to.includes(user.email))),
      60_000,
    );
    const mailsDoneMs = Date.now() - resumedAt;
    await sleep(2000);

    const db = t.app.get(DataSource);
    const [{ failed }] = await db.query<{ failed: number }[]>(
      `SELECT count(*)::int AS failed FROM turns WHERE status = 'failed'`,
    );
    const [{ duplicates: duplicateNotes }] = await db.query<{ duplicates: number }[]>(
      `SELECT count(*)::int AS duplicates FROM (
         SELECT 1 FROM user_notes WHERE deleted_at IS NULL GROUP BY user_id, text HAVING count(*) > 1) d`,
    );
    const duplicateMails = before.filter(({ user }) => ses.sentTo(user.email).length !== 1).length;
    const slowest = Math.max(...refusals.map((refusal) => refusal.ms));

    recordReliability({
      test: 9,
      id: 'redis-stopped-30s',
      title: 'Queue faults: Redis stopped (SIGSTOP) for 30 s',
      files: ['test/reliability/queue-outage.rel-spec.ts', 'test/e2e/edge-outage.e2e-spec.ts'],
      passed: true,
      figures: {
        outageSeconds: OUTAGE_MS / 1000,
        refusedTurnRequests: refusals.length,
        refusedWith503: refusals.filter((refusal) => refusal.status === 503).length,
        slowest503Ms: Math.round(slowest),
        turnsQueuedBefore: turnIds.length,
        turnsDoneAfterRecovery: current.filter((status) => status === 'done').length,
        turnsDoneWithinMsOfRecovery: turnsDoneMs,
        mailsDeliveredWithinMsOfRecovery: mailsDoneMs,
        failedTurns: failed,
        duplicateMails,
        duplicateNotes,
      },
    });
    expect(refusals.every((refusal) => refusal.status === 503)).toBe(true);
    expect(slowest).toBeLessThan(FAST_MS);
    expect(current).toEqual(turnIds.map(() => 'done'));
    // Refused turns leave nothing behind (no failed turn counting toward the quota).
    expect(failed).toBe(0);
    expect(duplicateMails).toBe(0);
    expect(duplicateNotes).toBe(0);
  });
});
