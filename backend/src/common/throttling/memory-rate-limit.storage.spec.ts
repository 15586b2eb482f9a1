import { MemoryRateLimitStorage } from 'src/common/throttling/memory-rate-limit.storage';

describe('MemoryRateLimitStorage', () => {
  let now = 1_000_000;
  const storage = new MemoryRateLimitStorage(() => now);

  afterAll(() => storage.onModuleDestroy());

  it('should block past the limit for blockDuration and then start a fresh window', async () => {
    for (let i = 1; i <= 3; i += 1) {
      expect((await storage.increment('k', 10_000, 3, 60_000, 'n')).isBlocked).toBe(false);
    }
    const blocked = await storage.increment('k', 10_000, 3, 60_000, 'n');
    expect(blocked).toMatchObject({ isBlocked: true, timeToBlockExpire: 60, totalHits: 4 });
    now += 30_000;
    expect(await storage.increment('k', 10_000, 3, 60_000, 'n')).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 30,
    });
    now += 30_001;
    expect(await storage.increment('k', 10_000, 3, 60_000, 'n')).toMatchObject({
      isBlocked: false,
      totalHits: 1,
    });
  });

  it('should keep throttler names apart and report zero after a reset', async () => {
    await storage.increment('shared', 10_000, 5, 10_000, 'a');
    expect((await storage.peek('shared', 'a')).totalHits).toBe(1);
    expect((await storage.peek('shared', 'b')).totalHits).toBe(0);
    await storage.reset('shared', 'a');
    expect((await storage.peek('shared', 'a')).totalHits).toBe(0);
  });
});
