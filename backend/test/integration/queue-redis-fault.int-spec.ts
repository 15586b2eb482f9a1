import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { BullMqQueueDriver } from 'src/queue/drivers/bullmq.driver';
import { QueueUnavailableError } from 'src/queue/queue.errors';
import {
  type PrivateRedis,
  REDIS_SERVER_BINARY,
  redisRequired,
  redisServerInstalled,
  startPrivateRedis,
} from 'test/utils/redis';

// Kills Redis under a live BullMQ driver. Runs its own redis-server on a free port, so the
// machine's shared Redis (and every other test using it) is never touched.

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await sleep(20);
  }
};

const elapsed = async (work: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> => {
  const started = performance.now();
  try {
    await work();
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
};

const QUEUE = 'fault';

describe('BullMQ queue driver when Redis goes down', () => {
  let skipReason: string | undefined;
  let redis: PrivateRedis | undefined;
  let driver: BullMqQueueDriver | undefined;
  const processed: string[] = [];

  const live = (): { redis: PrivateRedis; driver: BullMqQueueDriver } => {
    if (!redis || !driver) {
      throw new Error('fault test setup did not run');
    }
    return { redis, driver };
  };

  beforeAll(async () => {
    if (!redisServerInstalled()) {
      if (redisRequired()) {
        throw new Error(`REQUIRE_REDIS=1 but ${REDIS_SERVER_BINARY} is missing`);
      }
      skipReason = `${REDIS_SERVER_BINARY} is missing`;
      process.stderr.write(`\nSKIPPED: queue Redis fault test — ${skipReason}\n`);
      return;
    }
    vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    vi.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    vi.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    redis = await startPrivateRedis();
    const prefix = `test-queue-fault-${randomBytes(4).toString('hex')}`;
    driver = new BullMqQueueDriver(
      { driver: 'bullmq', redisUrl: redis.url, runWorkers: true, concurrency: 2, prefix },
      { closeTimeoutMs: 5000 },
    );
    driver.process(QUEUE, (job) => {
      processed.push((job.data as { label: string }).label);
      return Promise.resolve();
    });
    await driver.startWorkers();
  });

  beforeEach((context) => {
    if (skipReason) {
      context.skip(skipReason);
    }
  });

  afterAll(async () => {
    await driver?.close();
    await redis?.kill();
    vi.restoreAllMocks();
  });

  it('should process a job when Redis is up', async () => {
    await live().driver.enqueue(QUEUE, 'job', { label: 'before' });
    // 20 s, not 5: a job on a loaded machine can take longer than 5 s to be picked up.
    await waitFor(() => processed.includes('before'), 20_000);
  });

  it('should reject enqueue and ping within 2 s when the Redis server has been killed', async () => {
    const { redis: server, driver: queue } = live();
    await server.kill();

    // Straight after the kill: the client may not have noticed yet, so this covers a command
    // written to a dead socket.
    const firstEnqueue = await elapsed(() => queue.enqueue(QUEUE, 'job', { label: 'lost-1' }));
    expect(firstEnqueue.error).toBeInstanceOf(QueueUnavailableError);
    expect(firstEnqueue.ms).toBeLessThan(2000);

    // Once the client knows it is disconnected, failing should be immediate.
    await sleep(200);
    const secondEnqueue = await elapsed(() => queue.enqueue(QUEUE, 'job', { label: 'lost-2' }));
    expect(secondEnqueue.error).toBeInstanceOf(QueueUnavailableError);
    expect(secondEnqueue.ms).toBeLessThan(500);

    const ping = await elapsed(() => queue.ping());
    expect(ping.error).toBeInstanceOf(QueueUnavailableError);
    expect(ping.ms).toBeLessThan(2000);
  });

  it('should accept and process new jobs when Redis restarts on the same port', async () => {
    const { redis: server, driver: queue } = live();
    await server.start();

    // ioredis reconnects on its own backoff (at most 2 s between tries).
    await waitFor(
      () =>
        queue.ping().then(
          () => true,
          () => false,
        ),
      10_000,
    );
    await queue.enqueue(QUEUE, 'job', { label: 'after' });
    await waitFor(() => processed.includes('after'), 10_000);

    expect(processed).not.toContain('lost-1');
    expect(processed).not.toContain('lost-2');
  });
});
