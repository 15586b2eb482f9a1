import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';
import { freePort } from 'src/common/net/free-port';

export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';

export const testRedisUrl = (): string => process.env.TEST_REDIS_URL ?? DEFAULT_TEST_REDIS_URL;

/** CI sets REQUIRE_REDIS=1 so a missing Redis fails the run instead of silently skipping. */
export const redisRequired = (): boolean => process.env.REQUIRE_REDIS === '1';

/**
 * Why a test that needs the shared Redis must skip ('' when it can run): throws instead when CI
 * requires Redis (REQUIRE_REDIS=1), so a missing Redis never passes as a skip there.
 */
export const redisSkipReason = async (): Promise<string> => {
  if (await redisAvailable(testRedisUrl())) {
    return '';
  }
  if (redisRequired()) {
    throw new Error(`REQUIRE_REDIS=1 but Redis at ${testRedisUrl()} is not reachable`);
  }
  return 'Redis is not reachable';
};

/**
 * The two deployments a per-process cache's invalidation is proved in: one process without
 * Redis, and two apps on one database joined by Redis (the change on one, the read on the other).
 */
export const CACHE_INVALIDATION_MODES = [
  { name: 'in-process (no Redis)', redis: false },
  { name: 'Redis, changed on one app and read on another', redis: true },
] as const;

// One attempt, short timeout, no reconnect: a test run must learn "no Redis" in well under a second.
export const redisAvailable = async (url: string, timeoutMs = 1000): Promise<boolean> => {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Without a listener ioredis prints "Unhandled error event" for the refused connection.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
};

/** Deletes every key under `prefix:` (a test's BullMQ namespace) without blocking Redis. */
export const deleteRedisKeys = async (url: string, prefix: string): Promise<number> => {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) {
        deleted += await client.unlink(...keys);
      }
    } while (cursor !== '0');
    return deleted;
  } finally {
    client.disconnect();
  }
};

export const REDIS_SERVER_BINARY = '/usr/bin/redis-server';

export const redisServerInstalled = (): boolean => existsSync(REDIS_SERVER_BINARY);

export interface PrivateRedis {
  readonly port: number;
  readonly url: string;
  /** SIGKILLs the server (a crash, not a clean shutdown) and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts a fresh, empty server on the same port. */
  start(): Promise<void>;
  /** SIGSTOPs the server: connections stay open and nothing answers (a hung or partitioned Redis). */
  freeze(): void;
  /** SIGCONTs a frozen server, data intact. */
  thaw(): void;
}

/**
 * A throwaway redis-server on a free port, for tests that kill Redis. Never the machine's shared
 * instance: other test files and developers use that one.
 */
export const startPrivateRedis = async (): Promise<PrivateRedis> => {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  // Best effort if the test process dies before its afterAll runs.
  const killOnExit = (): void => {
    child?.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const start = async (): Promise<void> => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const spawned = spawn(REDIS_SERVER_BINARY, args, { stdio: 'ignore' });
    child = spawned;
    const deadline = Date.now() + 5000;
    while (!(await redisAvailable(url, 200))) {
      if (spawned.exitCode !== null || Date.now() > deadline) {
        spawned.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  const kill = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) {
      return;
    }
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    port,
    url,
    kill,
    start,
    freeze: () => child?.kill('SIGSTOP'),
    thaw: () => child?.kill('SIGCONT'),
  };
};
