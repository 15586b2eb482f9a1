import { Logger } from '@nestjs/common';
import { ConfigModule, registerAs } from '@nestjs/config';
import { Test, type TestingModule } from '@nestjs/testing';
import type { QueueConfig } from 'src/queue/queue.config';
import { QueueName, type QueueJob } from 'src/queue/queue.constants';
import { QueueClosedError } from 'src/queue/queue.errors';
import { QueueModule } from 'src/queue/queue.module';
import { QueueService } from 'src/queue/queue.service';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const waitFor = async (condition: () => boolean, timeoutMs = 2000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await sleep(5);
  }
};

const compile = (queue: Partial<QueueConfig>): Promise<TestingModule> =>
  Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({
        isGlobal: true,
        ignoreEnvFile: true,
        load: [
          registerAs('queue', (): QueueConfig => ({
            driver: 'in-process',
            runWorkers: true,
            concurrency: 2,
            prefix: 'test',
            ...queue,
          })),
        ],
      }),
      QueueModule,
    ],
  }).compile();

describe('QueueModule', () => {
  let moduleRef: TestingModule | undefined;

  beforeEach(() => {
    vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    await moduleRef?.close();
    moduleRef = undefined;
    vi.restoreAllMocks();
  });

  it('should use the in-process driver and run jobs after bootstrap when runWorkers is true', async () => {
    moduleRef = await compile({});
    const queue = moduleRef.get(QueueService);
    const seen: QueueJob[] = [];
    queue.process(QueueName.System, (job) => {
      seen.push(job);
      return Promise.resolve();
    });
    await queue.enqueue(QueueName.System, 'system.ping', { at: 'now' });
    await sleep(20);
    expect(seen).toHaveLength(0);

    await moduleRef.init();
    await waitFor(() => seen.length === 1);

    expect(queue.kind).toBe('in-process');
    expect(seen[0]).toMatchObject({ queue: 'system', name: 'system.ping', data: { at: 'now' } });
    await expect(queue.ping()).resolves.toBeUndefined();
  });

  it('should only produce when runWorkers is false', async () => {
    moduleRef = await compile({ runWorkers: false });
    const queue = moduleRef.get(QueueService);
    let runs = 0;
    queue.process(QueueName.Email, () => {
      runs += 1;
      return Promise.resolve();
    });
    await moduleRef.init();

    await queue.enqueue(QueueName.Email, 'system.ping', { at: 'now' });
    await sleep(30);

    expect(runs).toBe(0);
    expect(await queue.counts(QueueName.Email)).toMatchObject({ waiting: 1 });
  });

  it('should finish the running job and close the driver when the application shuts down', async () => {
    moduleRef = await compile({});
    const queue = moduleRef.get(QueueService);
    let finished = false;
    queue.process(QueueName.Coach, async () => {
      await sleep(50);
      finished = true;
    });
    await moduleRef.init();
    await queue.enqueue(QueueName.Coach, 'system.ping', { at: 'now' });
    await sleep(10);

    await moduleRef.close();
    moduleRef = undefined;

    expect(finished).toBe(true);
    await expect(queue.enqueue(QueueName.Coach, 'system.ping', { at: 'later' })).rejects.toBeInstanceOf(
      QueueClosedError,
    );
  });

  it('should pick the BullMQ driver when the config says bullmq', async () => {
    // Nothing listens on port 1: only the driver choice is under test, not Redis.
    moduleRef = await compile({ driver: 'bullmq', redisUrl: 'redis://127.0.0.1:1', runWorkers: false });

    expect(moduleRef.get(QueueService).kind).toBe('bullmq');
  });
});
