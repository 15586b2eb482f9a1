import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { MockInstance } from 'vitest';
import { BullMqQueueDriver } from 'src/queue/drivers/bullmq.driver';
import { InProcessQueueDriver } from 'src/queue/drivers/in-process.driver';
import { QueueClosedError } from 'src/queue/queue.errors';
import type { JobContext, QueueDriver } from 'src/queue/queue.types';
import { deleteRedisKeys, redisAvailable, redisRequired, testRedisUrl } from 'test/utils/redis';

// Every behaviour feature code relies on, run against both drivers, so switching REDIS_URL on
// or off can never change what a processor sees.

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 20 s: the jobs run on the machine's shared Redis, which a loaded 2-core machine can hold up past 5 s.
const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await sleep(10);
  }
};

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
};

// Timers and Redis timestamps both round to whole milliseconds.
const TIMER_SLACK_MS = 3;

interface ContractTarget {
  name: string;
  /** Resolves to a reason when this driver cannot run here (tests are then skipped). */
  prepare(): Promise<string | undefined>;
  makeDriver(): QueueDriver;
  cleanup(): Promise<void>;
}

export const runQueueContract = (target: ContractTarget): void => {
  describe(`${target.name} queue driver contract`, () => {
    let skipReason: string | undefined;
    let driver: QueueDriver | undefined;
    let loggedErrors: MockInstance<Logger['error']>;
    let queueCounter = 0;
    // A queue per test: a job one test leaves behind (on purpose, in the close test) must not
    // be picked up by the next test's worker.
    const nextQueue = () => `contract-${(queueCounter += 1)}`;
    const current = (): QueueDriver => {
      if (!driver) {
        throw new Error('driver not created');
      }
      return driver;
    };

    beforeAll(async () => {
      skipReason = await target.prepare();
    });

    beforeEach((context) => {
      if (skipReason) {
        context.skip(skipReason);
      }
      loggedErrors = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      driver = target.makeDriver();
    });

    afterEach(async () => {
      await driver?.close();
      driver = undefined;
      vi.restoreAllMocks();
    });

    afterAll(async () => {
      await target.cleanup();
    });

    it('should resolve ping when the driver is open', async () => {
      await expect(current().ping()).resolves.toBeUndefined();
    });

    it('should run the job with its id, name, data and attempt when it is enqueued and processed', async () => {
      const queue = nextQueue();
      const seen: JobContext[] = [];
      current().process(queue, (job) => {
        seen.push(job);
        return Promise.resolve();
      });
      await current().startWorkers();

      const id = await current().enqueue(queue, 'system.ping', { at: '2026-01-01T00:00:00.000Z' });
      await waitFor(() => seen.length === 1);

      expect(seen[0]).toEqual({
        id,
        queue,
        name: 'system.ping',
        data: { at: '2026-01-01T00:00:00.000Z' },
        attempt: 1,
        maxAttempts: 5,
      });
      await waitFor(async () => (await current().counts(queue)).completed === 1);
      expect(await current().counts(queue)).toEqual({
        waiting: 0,
        active: 0,
        delayed: 0,
        failed: 0,
        completed: 1,
      });
    });

    it('should never run more jobs at once than the concurrency when many are waiting', async () => {
      const queue = nextQueue();
      let active = 0;
      let peak = 0;
      current().process(
        queue,
        async () => {
          active += 1;
          peak = Math.max(peak, active);
          await sleep(60);
          active -= 1;
        },
        { concurrency: 2 },
      );
      for (let i = 0; i < 6; i += 1) {
        await current().enqueue(queue, 'job', { i });
      }
      await current().startWorkers();

      await waitFor(async () => (await current().counts(queue)).completed === 6);
      expect(peak).toBe(2);
    });

    it('should retry with exponential backoff and then succeed when early attempts fail', async () => {
      const queue = nextQueue();
      const attempts: Array<{ attempt: number; maxAttempts: number; at: number }> = [];
      current().process(queue, (job) => {
        attempts.push({ attempt: job.attempt, maxAttempts: job.maxAttempts, at: performance.now() });
        if (job.attempt < 3) {
          return Promise.reject(new Error(`attempt ${job.attempt} fails`));
        }
        return Promise.resolve();
      });
      await current().startWorkers();

      await current().enqueue(queue, 'job', {}, { attempts: 3, backoffMs: 40 });
      await waitFor(async () => (await current().counts(queue)).completed === 1);

      expect(attempts.map(({ attempt, maxAttempts }) => [attempt, maxAttempts])).toEqual([
        [1, 3],
        [2, 3],
        [3, 3],
      ]);
      const [first, second, third] = attempts.map(({ at }) => at) as [number, number, number];
      expect(second - first).toBeGreaterThanOrEqual(40 - TIMER_SLACK_MS);
      expect(third - second).toBeGreaterThanOrEqual(80 - TIMER_SLACK_MS);
      expect(await current().counts(queue)).toMatchObject({ failed: 0, completed: 1 });
      expect(loggedErrors).not.toHaveBeenCalled();
    });

    it('should count the job as failed and log it when every attempt throws', async () => {
      const queue = nextQueue();
      let calls = 0;
      current().process(queue, () => {
        calls += 1;
        return Promise.reject(new Error('permanently broken'));
      });
      await current().startWorkers();

      const id = await current().enqueue(queue, 'job', {}, { attempts: 2, backoffMs: 20 });
      await waitFor(async () => (await current().counts(queue)).failed === 1);

      expect(calls).toBe(2);
      expect(await current().counts(queue)).toMatchObject({
        waiting: 0,
        active: 0,
        delayed: 0,
        completed: 0,
      });
      expect(loggedErrors).toHaveBeenCalledTimes(1);
      const [message] = loggedErrors.mock.calls[0] as [string];
      expect(message).toContain(`${queue}/${id}`);
      expect(message).toContain('attempt 2/2');
      expect(message).toContain('permanently broken');
    });

    it('should list failed jobs with their error and run one again with fresh attempts when retried', async () => {
      const queue = nextQueue();
      const failing = new Set(['first', 'second']);
      const runs: string[] = [];
      current().process(queue, (job) => {
        const { label } = job.data as { label: string };
        runs.push(`${label}:${job.attempt}/${job.maxAttempts}`);
        return failing.has(label) ? Promise.reject(new Error(`${label} is broken`)) : Promise.resolve();
      });
      await current().startWorkers();
      const first = await current().enqueue(queue, 'job', { label: 'first' }, { attempts: 2, backoffMs: 10 });
      await waitFor(async () => (await current().counts(queue)).failed === 1);
      const second = await current().enqueue(
        queue,
        'job:two',
        { label: 'second' },
        { jobId: 'mail:7', attempts: 1 },
      );
      await waitFor(async () => (await current().counts(queue)).failed === 2);

      const newestFirst = await current().failedJobs(queue, { start: 0, end: 9 });
      expect(newestFirst.map((job) => job.id)).toEqual([second, first]);
      expect(newestFirst[1]).toMatchObject({
        id: first,
        queue,
        name: 'job',
        data: { label: 'first' },
        attemptsMade: 2,
        maxAttempts: 2,
        error: 'first is broken',
      });
      expect(newestFirst[1].failedAt.getTime()).toBeGreaterThanOrEqual(newestFirst[1].createdAt.getTime());
      const oldestFirst = await current().failedJobs(queue, { start: 0, end: 0, oldestFirst: true });
      expect(oldestFirst.map((job) => job.id)).toEqual([first]);
      expect(await current().findFailedJob(queue, 'mail:7')).toMatchObject({ name: 'job:two' });
      expect(await current().findFailedJob(queue, 'no-such-job')).toBeNull();

      // Fixed meanwhile: the retry runs it from attempt 1 and it leaves the failed list.
      failing.delete('first');
      expect(await current().retryFailedJob(queue, first)).toBe(true);
      await waitFor(async () => (await current().counts(queue)).completed === 1);
      expect(runs.slice(-1)).toEqual(['first:1/2']);
      expect((await current().failedJobs(queue, { start: 0, end: 9 })).map((job) => job.id)).toEqual([
        second,
      ]);
      expect(await current().retryFailedJob(queue, first)).toBe(false);
      expect(await current().retryFailedJob(queue, 'no-such-job')).toBe(false);

      // Still broken: back in the failed list after its one fresh attempt.
      expect(await current().retryFailedJob(queue, 'mail:7')).toBe(true);
      await waitFor(() => runs.filter((run) => run === 'second:1/1').length === 2);
      await waitFor(async () => (await current().counts(queue)).failed === 1);
      expect(await current().findFailedJob(queue, 'mail:7')).toMatchObject({ attemptsMade: 1 });
    });

    it('should not run a delayed job before its delay when delayMs is set', async () => {
      const queue = nextQueue();
      let ranAt = 0;
      current().process(queue, () => {
        ranAt = performance.now();
        return Promise.resolve();
      });
      await current().startWorkers();

      const enqueuedAt = performance.now();
      await current().enqueue(queue, 'job', {}, { delayMs: 150 });
      expect(await current().counts(queue)).toMatchObject({ delayed: 1, waiting: 0 });
      await waitFor(() => ranAt > 0);

      expect(ranAt - enqueuedAt).toBeGreaterThanOrEqual(150 - TIMER_SLACK_MS);
    });

    it('should return the same id and run the job once when the same jobId is enqueued twice', async () => {
      const queue = nextQueue();
      const seen: JobContext[] = [];
      current().process(queue, (job) => {
        seen.push(job);
        return Promise.resolve();
      });

      const first = await current().enqueue(queue, 'job', { n: 1 }, { jobId: 'digest-user-7' });
      const second = await current().enqueue(queue, 'job', { n: 2 }, { jobId: 'digest-user-7' });
      expect([first, second]).toEqual(['digest-user-7', 'digest-user-7']);
      expect(await current().counts(queue)).toMatchObject({ waiting: 1 });
      await current().startWorkers();
      await waitFor(async () => (await current().counts(queue)).completed === 1);
      await sleep(50);

      expect(seen.map((job) => [job.id, job.data])).toEqual([['digest-user-7', { n: 1 }]]);
    });

    it('should keep the caller id intact when the jobId has colons, percent signs or only digits', async () => {
      const queue = nextQueue();
      const ids = ['user:42:welcome', '42', '0', 'a%3Ab', 'a:b'];
      const seen: string[] = [];
      current().process(queue, (job) => {
        seen.push(job.id);
        return Promise.resolve();
      });
      await current().startWorkers();

      for (const id of ids) {
        expect(await current().enqueue(queue, 'job', {}, { jobId: id })).toBe(id);
      }
      await waitFor(() => seen.length === ids.length);

      expect([...seen].sort()).toEqual([...ids].sort());
    });

    it('should run jobs enqueued earlier when workers start later', async () => {
      const queue = nextQueue();
      const seen: number[] = [];
      current().process(queue, (job) => {
        seen.push((job.data as { n: number }).n);
        return Promise.resolve();
      });
      await current().enqueue(queue, 'job', { n: 1 });
      await current().enqueue(queue, 'job', { n: 2 });
      await sleep(100);

      expect(seen).toEqual([]);
      expect(await current().counts(queue)).toMatchObject({ waiting: 2, active: 0 });
      await current().startWorkers();
      await waitFor(() => seen.length === 2);
      expect([...seen].sort()).toEqual([1, 2]);
    });

    it('should let the active job finish before resolving and refuse new jobs when closed', async () => {
      const queue = nextQueue();
      const release = gate();
      const events: string[] = [];
      let runs = 0;
      current().process(
        queue,
        async () => {
          runs += 1;
          events.push('started');
          await release.opened;
          await sleep(30);
          events.push('finished');
        },
        { concurrency: 1 },
      );
      await current().startWorkers();
      await current().enqueue(queue, 'job', {});
      await waitFor(() => runs === 1);

      const closing = current()
        .close()
        .then(() => events.push('closed'));
      await expect(current().enqueue(queue, 'job', {})).rejects.toBeInstanceOf(QueueClosedError);
      await sleep(50);
      expect(events).toEqual(['started']);
      release.open();
      await closing;

      expect(events).toEqual(['started', 'finished', 'closed']);
      await sleep(50);
      expect(runs).toBe(1);
    });
  });
};

runQueueContract({
  name: 'in-process',
  prepare: () => Promise.resolve(undefined),
  makeDriver: () => new InProcessQueueDriver({ concurrency: 4 }),
  cleanup: () => Promise.resolve(),
});

const redisUrl = testRedisUrl();
// Unique per run so parallel runs (and other test files) never share BullMQ keys.
const prefix = `test-queue-contract-${randomBytes(4).toString('hex')}`;
let redisUp = false;

runQueueContract({
  name: 'bullmq',
  prepare: async () => {
    redisUp = await redisAvailable(redisUrl);
    if (redisUp) {
      return undefined;
    }
    if (redisRequired()) {
      throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${redisUrl}`);
    }
    process.stderr.write(`\nSKIPPED: BullMQ queue contract — no Redis at ${redisUrl}\n`);
    return `no Redis at ${redisUrl}`;
  },
  makeDriver: () =>
    new BullMqQueueDriver({ driver: 'bullmq', redisUrl, runWorkers: true, concurrency: 4, prefix }),
  cleanup: async () => {
    if (redisUp) {
      await deleteRedisKeys(redisUrl, prefix);
    }
  },
});
