import { randomBytes } from 'node:crypto';
import { MemoryRateLimitStorage } from 'src/common/throttling/memory-rate-limit.storage';
import type { RateLimitStorage } from 'src/common/throttling/rate-limit.storage';
import { RedisRateLimitStorage } from 'src/common/throttling/redis-rate-limit.storage';
import { createUser } from 'test/factories/user.factory';
import { deleteRedisKeys, redisAvailable, redisRequired, testRedisUrl } from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const redisUrl = testRedisUrl();
const prefix = `test-rl-${randomBytes(4).toString('hex')}`;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let redisUp = false;

beforeAll(async () => {
  redisUp = await redisAvailable(redisUrl);
  if (!redisUp) {
    if (redisRequired()) {
      throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${redisUrl}`);
    }
    process.stderr.write(`\nSKIPPED: Redis rate-limit storage — no Redis at ${redisUrl}\n`);
  }
});

afterAll(async () => {
  if (redisUp) {
    await deleteRedisKeys(redisUrl, prefix);
  }
});

// Both storages must count alike, or switching REDIS_URL on would change who gets a 429.
describe.each([
  ['memory', () => new MemoryRateLimitStorage()],
  ['redis', () => new RedisRateLimitStorage({ url: redisUrl, prefix })],
] as const)('%s rate-limit storage', (kind, make) => {
  let storage: (RateLimitStorage & { onModuleDestroy(): unknown }) | undefined;

  beforeEach((context) => {
    if (kind === 'redis' && !redisUp) {
      context.skip(`no Redis at ${redisUrl}`);
    }
    storage = make();
  });

  afterEach(async () => {
    await storage?.onModuleDestroy();
  });

  const key = () => randomBytes(6).toString('hex');

  it('should block the hit after the limit and report when the block ends', async () => {
    const id = key();
    const results = [];
    for (let i = 0; i < 4; i += 1) {
      results.push(await storage!.increment(id, 60_000, 3, 5_000, 'test'));
    }
    expect(results.map((r) => [r.totalHits, r.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(results[3]?.timeToBlockExpire).toBeGreaterThan(0);
    expect(results[3]?.timeToBlockExpire).toBeLessThanOrEqual(5);
    const blocked = await storage!.increment(id, 60_000, 3, 5_000, 'test');
    expect(blocked).toMatchObject({ isBlocked: true, totalHits: 4 });
  });

  it('should peek without counting and forget everything on reset', async () => {
    const id = key();
    await storage!.increment(id, 60_000, 5, 60_000, 'peek');
    await storage!.increment(id, 60_000, 5, 60_000, 'peek');
    expect(await storage!.peek(id, 'peek')).toMatchObject({ totalHits: 2, isBlocked: false });
    expect(await storage!.peek(id, 'peek')).toMatchObject({ totalHits: 2 });
    expect(await storage!.peek(id, 'other-name')).toMatchObject({ totalHits: 0 });
    await storage!.reset(id, 'peek');
    expect(await storage!.peek(id, 'peek')).toMatchObject({ totalHits: 0, timeToExpire: 0 });
  });

  it('should start a new window when the old one has passed', async () => {
    const id = key();
    await storage!.increment(id, 150, 1, 150, 'window');
    expect((await storage!.increment(id, 150, 1, 150, 'window')).isBlocked).toBe(true);
    await sleep(400);
    expect(await storage!.increment(id, 150, 1, 150, 'window')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
    });
  });

  it('should never let concurrent hits slip under the limit when they race', async () => {
    const id = key();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => storage!.increment(id, 60_000, 5, 60_000, 'race')),
    );
    expect(results.filter((r) => !r.isBlocked)).toHaveLength(5);
  });
});

describe('login limits shared through Redis', () => {
  const apps: TestApp[] = [];

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('should count failed logins across API processes when REDIS_URL is set', async (context) => {
    if (!redisUp) {
      context.skip(`no Redis at ${redisUrl}`);
    }
    const env = { REDIS_URL: redisUrl, QUEUE_PREFIX: `${prefix}-login` };
    apps.push(await startTestApp('rl_shared_a', { env }));
    // Two processes (each on its own test database, holding the same account) share one Redis.
    apps.push(await startTestApp('rl_shared_b', { env: { ...env } }));
    const [a, b] = apps as [TestApp, TestApp];
    const user = await createUser(a.app);
    await createUser(b.app, { email: user.email });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const app = attempt % 2 === 0 ? a : b;
      const res = await app.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: 'Wrong-Password-0' },
        // One address: the lock is per account and address (docs/auth.md).
        remoteAddress: '192.0.2.1',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
