import { randomBytes } from 'node:crypto';
import type { components } from '@dev-coach/api-client';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { deleteRedisKeys, redisAvailable, redisRequired, testRedisUrl } from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type FailedJob = components['schemas']['AdminFailedJobDto'];
type JobCounts = components['schemas']['AdminJobCountsDto'];

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const redisSkipReason = async (): Promise<string | undefined> => {
  if (await redisAvailable(testRedisUrl())) {
    return undefined;
  }
  if (redisRequired()) {
    throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${testRedisUrl()}`);
  }
  process.stderr.write(`\nSKIPPED: back-office jobs on BullMQ — no Redis at ${testRedisUrl()}\n`);
  return `no Redis at ${testRedisUrl()}`;
};

const DRIVERS = [
  { name: 'in-process', env: {} as Record<string, string>, prepare: () => Promise.resolve(undefined) },
  { name: 'bullmq', env: { REDIS_URL: testRedisUrl() } as Record<string, string>, prepare: redisSkipReason },
];

describe.each(DRIVERS)('back office: jobs with the $name queue', ({ name, env, prepare }) => {
  let skipReason: string | undefined;
  let t: TestApp;
  let db: DataSource;
  let staff: TestUser;
  let staffHeaders: AuthHeaders;
  let superHeaders: AuthHeaders;
  let clientHeaders: AuthHeaders;
  const prefix = `adminops-jobs-${randomBytes(4).toString('hex')}`;

  const call = (method: 'GET' | 'POST', url: string, headers = staffHeaders) =>
    t.app.inject({ method, url: `/api/v1/admin/jobs${url}`, headers });
  const counts = async () => (await call('GET', '/counts')).json<JobCounts>();
  const failedIn = async (queue: string) =>
    (await counts()).queues.find((entry) => entry.queue === queue)?.failed ?? 0;
  const waitFor = async (condition: () => Promise<boolean>): Promise<void> => {
    const deadline = Date.now() + 10_000;
    while (!(await condition())) {
      if (Date.now() > deadline) {
        throw new Error('condition not met within 10 s');
      }
      await sleep(25);
    }
  };

  beforeAll(async () => {
    skipReason = await prepare();
    if (skipReason) {
      return;
    }
    t = await startTestApp(`adminops_jobs_${name.replace('-', '_')}`, {
      env: { ...env, QUEUE_PREFIX: prefix },
    });
    db = t.app.get(DataSourceToken);
    staff = await createUser(t.app, { role: UserRole.Staff });
    staffHeaders = await bearerHeaders(t.app, staff);
    superHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Superuser }));
    clientHeaders = await bearerHeaders(t.app, await createUser(t.app));
    // The real email processor on a payload it cannot work with: PostgreSQL rejects the id, the
    // one attempt throws, and the job lands in the failed list as a broken job would.
    await t.app
      .get(QueueService)
      .enqueue(
        QueueName.Email,
        'email.send',
        { outboxId: 'not-a-uuid' },
        { jobId: 'broken-mail-1', attempts: 1 },
      );
    await waitFor(async () => (await failedIn('email')) === 1);
  });

  beforeEach((context) => {
    if (skipReason) {
      context.skip(skipReason);
    }
  });

  afterAll(async () => {
    await t?.close();
    if (!skipReason && name === 'bullmq') {
      await deleteRedisKeys(testRedisUrl(), prefix);
    }
  });

  it('should count jobs per queue and state and name the driver', async () => {
    const answer = await counts();
    expect(answer.driver).toBe(name);
    expect(answer.queues.map((entry) => entry.queue).sort()).toEqual([
      'coach',
      'email',
      'sentinel',
      'studio',
      'system',
      'webhooks',
    ]);
    expect(answer.queues.find((entry) => entry.queue === 'email')).toMatchObject({
      failed: 1,
      waiting: 0,
      active: 0,
    });
  });

  it('should list failed jobs with their error, Content-Range and a queue filter', async () => {
    const all = await call('GET', `?range=${q([0, 9])}`);
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-range']).toBe('jobs 0-0/1');
    const [job] = all.json<FailedJob[]>();
    expect(job).toMatchObject({
      id: 'email/broken-mail-1',
      queue: 'email',
      jobId: 'broken-mail-1',
      name: 'email.send',
      data: { outboxId: 'not-a-uuid' },
      attemptsMade: 1,
      maxAttempts: 1,
    });
    expect(job.error).toMatch(/uuid/i);
    expect((await call('GET', '/email/broken-mail-1')).json()).toMatchObject({ id: 'email/broken-mail-1' });

    const coachOnly = await call('GET', `?filter=${q({ queue: ['coach', 'sentinel'] })}`);
    expect(coachOnly.json()).toEqual([]);
    expect(coachOnly.headers['content-range']).toBe('jobs 0-0/0');
    for (const bad of [
      `filter=${q({ queue: 'nowhere' })}`,
      `sort=${q(['name', 'ASC'])}`,
      `range=${q([4990, 5010])}`,
    ]) {
      const res = await call('GET', `?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed' });
    }
    expect((await call('GET', '/email/no-such-job')).json()).toMatchObject({
      statusCode: 404,
      code: 'job_not_found',
    });
    expect((await call('GET', '/elsewhere/broken-mail-1')).statusCode).toBe(400);
  });

  it('should run a failed job again with fresh attempts when staff retry it, audited', async () => {
    const before = (await call('GET', '/email/broken-mail-1')).json<FailedJob>();
    const retried = await call('POST', '/email/broken-mail-1/retry');
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ jobId: 'broken-mail-1', error: before.error });
    const audit = await db.query<{ actor_id: string; target_id: string; details: Record<string, unknown> }[]>(
      `SELECT actor_id, target_id, details FROM audit_events WHERE action = 'job.retried'`,
    );
    expect(audit).toEqual([
      {
        actor_id: staff.id,
        target_id: 'email/broken-mail-1',
        details: expect.objectContaining({ queue: 'email', jobId: 'broken-mail-1', name: 'email.send' }),
      },
    ]);
    // Still broken, so its one fresh attempt fails again, later than the first time.
    await waitFor(async () => {
      const again = await call('GET', '/email/broken-mail-1');
      return again.statusCode === 200 && again.json<FailedJob>().failedAt > before.failedAt;
    });
    expect((await call('GET', '/email/broken-mail-1')).json()).toMatchObject({ attemptsMade: 1 });
    expect(await failedIn('email')).toBe(1);
    expect((await call('POST', '/email/no-such-job/retry')).statusCode).toBe(404);
  });

  it('should refuse clients and anonymous callers, and serve staff and superusers alike', async () => {
    expect((await call('GET', '', clientHeaders)).statusCode).toBe(403);
    expect((await call('GET', '/counts', clientHeaders)).statusCode).toBe(403);
    expect((await call('POST', '/email/broken-mail-1/retry', clientHeaders)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/jobs/counts' })).statusCode).toBe(401);
    expect((await call('GET', '/counts', superHeaders)).statusCode).toBe(200);
  });
});
