import { Logger } from '@nestjs/common';
import type { MockInstance } from 'vitest';
import { InProcessQueueDriver } from 'src/queue/drivers/in-process.driver';
import { KEEP_COMPLETED_JOBS } from 'src/queue/queue.constants';
import { QueueClosedError } from 'src/queue/queue.errors';
import type { JobContext } from 'src/queue/queue.types';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await sleep(5);
  }
};

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
};

describe('InProcessQueueDriver', () => {
  let driver: InProcessQueueDriver;
  let loggedErrors: MockInstance<Logger['error']>;

  beforeEach(() => {
    loggedErrors = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    driver = new InProcessQueueDriver({ concurrency: 4 });
  });

  afterEach(async () => {
    await driver.close();
    vi.restoreAllMocks();
  });

  it('should hand the processor a JSON copy of the payload with attempt 1 when a job runs', async () => {
    const seen: JobContext[] = [];
    driver.process('q', (job) => {
      seen.push(job);
      return Promise.resolve();
    });
    await driver.startWorkers();
    const payload = { at: new Date(0), nested: { n: 1 } };

    const id = await driver.enqueue('q', 'system.ping', payload);
    payload.nested.n = 2;
    await waitFor(() => seen.length === 1);

    expect(seen[0]).toEqual({
      id,
      queue: 'q',
      name: 'system.ping',
      data: { at: '1970-01-01T00:00:00.000Z', nested: { n: 1 } },
      attempt: 1,
      maxAttempts: 5,
    });
    await waitFor(async () => (await driver.counts('q')).completed === 1);
  });

  it('should not run the handler inside enqueue when workers are already running', async () => {
    let ran = false;
    driver.process('q', () => {
      ran = true;
      return Promise.resolve();
    });
    await driver.startWorkers();

    const enqueued = driver.enqueue('q', 'job', {});
    expect(ran).toBe(false);
    await enqueued;
    await waitFor(() => ran);
  });

  it('should limit each queue separately when two queues have their own concurrency', async () => {
    const active = { a: 0, b: 0 };
    const peak = { a: 0, b: 0 };
    const handler = (queue: 'a' | 'b') => async () => {
      active[queue] += 1;
      peak[queue] = Math.max(peak[queue], active[queue]);
      await sleep(20);
      active[queue] -= 1;
    };
    driver.process('a', handler('a'), { concurrency: 1 });
    driver.process('b', handler('b'), { concurrency: 3 });
    await driver.startWorkers();

    for (let i = 0; i < 6; i += 1) {
      await driver.enqueue('a', 'job', { i });
      await driver.enqueue('b', 'job', { i });
    }
    await waitFor(
      async () => (await driver.counts('a')).completed === 6 && (await driver.counts('b')).completed === 6,
    );

    expect(peak).toEqual({ a: 1, b: 3 });
  });

  it('should use the driver default concurrency when process() passes none', async () => {
    let active = 0;
    let peak = 0;
    const release = gate();
    driver.process('q', async () => {
      active += 1;
      peak = Math.max(peak, active);
      await release.opened;
      active -= 1;
    });
    await driver.startWorkers();
    for (let i = 0; i < 6; i += 1) {
      await driver.enqueue('q', 'job', { i });
    }

    await waitFor(() => active === 4);
    expect(await driver.counts('q')).toMatchObject({ active: 4, waiting: 2 });
    release.open();
    await waitFor(async () => (await driver.counts('q')).completed === 6);
    expect(peak).toBe(4);
  });

  it('should retry after backoffMs * 2^(attempt-1) when the handler keeps failing', async () => {
    const startedAt: number[] = [];
    driver.process('q', (job) => {
      startedAt.push(performance.now());
      if (job.attempt < 3) {
        return Promise.reject(new Error(`boom ${job.attempt}`));
      }
      return Promise.resolve();
    });
    await driver.startWorkers();

    await driver.enqueue('q', 'job', {}, { attempts: 3, backoffMs: 30 });
    await waitFor(async () => (await driver.counts('q')).completed === 1);

    expect(startedAt).toHaveLength(3);
    const [first = 0, second = 0, third = 0] = startedAt;
    expect(second - first).toBeGreaterThanOrEqual(29);
    expect(third - second).toBeGreaterThanOrEqual(59);
    expect(await driver.counts('q')).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, completed: 1 });
    expect(loggedErrors).not.toHaveBeenCalled();
  });

  it('should show a job as delayed between retries when it failed with attempts left', async () => {
    driver.process('q', (job) => {
      if (job.attempt === 1) {
        return Promise.reject(new Error('first try fails'));
      }
      return Promise.resolve();
    });
    await driver.startWorkers();

    await driver.enqueue('q', 'job', {}, { attempts: 2, backoffMs: 200 });
    await waitFor(async () => (await driver.counts('q')).delayed === 1);
    expect(await driver.counts('q')).toMatchObject({ active: 0, delayed: 1, completed: 0 });
    await waitFor(async () => (await driver.counts('q')).completed === 1);
  });

  it('should count the job as failed and log queue, id and attempt when retries are exhausted', async () => {
    let calls = 0;
    driver.process('q', () => {
      calls += 1;
      return Promise.reject(new Error('always broken'));
    });
    await driver.startWorkers();

    const id = await driver.enqueue('q', 'job.name', {}, { attempts: 2, backoffMs: 5, jobId: 'job-7' });
    await waitFor(async () => (await driver.counts('q')).failed === 1);

    expect(id).toBe('job-7');
    expect(calls).toBe(2);
    expect(loggedErrors).toHaveBeenCalledTimes(1);
    const [message, stack] = loggedErrors.mock.calls[0] as [string, string];
    expect(message).toContain('q/job-7');
    expect(message).toContain('attempt 2/2');
    expect(message).toContain('always broken');
    expect(stack).toContain('always broken');
  });

  it('should treat a thrown non-Error and a synchronous throw as failures when the handler misbehaves', async () => {
    driver.process('sync', () => {
      throw new Error('sync throw');
    });
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test
    driver.process('string', () => Promise.reject('just a string'));
    await driver.startWorkers();

    await driver.enqueue('sync', 'job', {}, { attempts: 1 });
    await driver.enqueue('string', 'job', {}, { attempts: 1 });
    await waitFor(
      async () => (await driver.counts('sync')).failed === 1 && (await driver.counts('string')).failed === 1,
    );

    const messages = loggedErrors.mock.calls.map(([message]) => String(message));
    expect(messages.some((message) => message.includes('sync throw'))).toBe(true);
    expect(messages.some((message) => message.includes('just a string'))).toBe(true);
  });

  it('should not run a delayed job before its delay when delayMs is set', async () => {
    let ranAt = 0;
    driver.process('q', () => {
      ranAt = performance.now();
      return Promise.resolve();
    });
    await driver.startWorkers();

    const enqueuedAt = performance.now();
    await driver.enqueue('q', 'job', {}, { delayMs: 80 });
    expect(await driver.counts('q')).toMatchObject({ delayed: 1, waiting: 0 });
    await waitFor(() => ranAt > 0);

    expect(ranAt - enqueuedAt).toBeGreaterThanOrEqual(79);
  });

  it('should return the existing id and add nothing when the jobId is waiting, delayed or active', async () => {
    const release = gate();
    const runs: string[] = [];
    driver.process('q', async (job) => {
      runs.push(job.id);
      await release.opened;
    });

    expect(await driver.enqueue('q', 'job', { n: 1 }, { jobId: 'waiting' })).toBe('waiting');
    expect(await driver.enqueue('q', 'job', { n: 2 }, { jobId: 'waiting' })).toBe('waiting');
    await driver.enqueue('q', 'job', {}, { jobId: 'delayed', delayMs: 10_000 });
    await driver.enqueue('q', 'job', {}, { jobId: 'delayed' });
    expect(await driver.counts('q')).toMatchObject({ waiting: 1, delayed: 1 });

    await driver.startWorkers();
    await waitFor(() => runs.length === 1);
    expect(await driver.enqueue('q', 'job', {}, { jobId: 'waiting' })).toBe('waiting');
    expect(await driver.counts('q')).toMatchObject({ waiting: 0, active: 1, delayed: 1 });

    release.open();
    await waitFor(async () => (await driver.counts('q')).completed === 1);
    expect(runs).toEqual(['waiting']);
  });

  it('should accept the same jobId again when the first job has finished', async () => {
    let runs = 0;
    driver.process('q', () => {
      runs += 1;
      return Promise.resolve();
    });
    await driver.startWorkers();

    await driver.enqueue('q', 'job', {}, { jobId: 'once' });
    await waitFor(() => runs === 1);
    await waitFor(async () => (await driver.counts('q')).completed === 1);
    await driver.enqueue('q', 'job', {}, { jobId: 'once' });
    await waitFor(() => runs === 2);
  });

  it('should keep jobs waiting when enqueued before startWorkers and run them after', async () => {
    const runs: number[] = [];
    driver.process('q', (job) => {
      runs.push((job.data as { n: number }).n);
      return Promise.resolve();
    });
    await driver.enqueue('q', 'job', { n: 1 });
    await driver.enqueue('q', 'job', { n: 2 });
    await sleep(30);

    expect(runs).toEqual([]);
    expect(await driver.counts('q')).toMatchObject({ waiting: 2 });
    await driver.startWorkers();
    await waitFor(() => runs.length === 2);
    expect(runs).toEqual([1, 2]);
  });

  it('should start consuming a queue at once when process() is called after startWorkers', async () => {
    await driver.startWorkers();
    await driver.enqueue('late', 'job', {});
    let ran = false;
    driver.process('late', () => {
      ran = true;
      return Promise.resolve();
    });
    await waitFor(() => ran);
  });

  it('should throw when a second processor is registered for the same queue', () => {
    driver.process('q', () => Promise.resolve());
    expect(() => driver.process('q', () => Promise.resolve())).toThrow(/already registered/);
  });

  it('should reject invalid options when enqueue gets them', async () => {
    await expect(driver.enqueue('q', 'job', {}, { attempts: 0 })).rejects.toThrow(RangeError);
    await expect(driver.enqueue('q', 'job', {}, { delayMs: -1 })).rejects.toThrow(RangeError);
    await expect(driver.enqueue('q', 'job', {}, { backoffMs: Number.NaN })).rejects.toThrow(RangeError);
    await expect(driver.enqueue('q', 'job', {}, { jobId: '' })).rejects.toThrow(RangeError);
    expect(() => driver.process('q', () => Promise.resolve(), { concurrency: 0 })).toThrow(RangeError);
  });

  it('should cap the completed count when more jobs finish than are kept', async () => {
    driver.process('q', () => Promise.resolve(), { concurrency: 50 });
    await driver.startWorkers();
    for (let i = 0; i < KEEP_COMPLETED_JOBS + 5; i += 1) {
      await driver.enqueue('q', 'job', {});
    }
    await waitFor(async () => {
      const counts = await driver.counts('q');
      return counts.waiting === 0 && counts.active === 0;
    }, 5000);

    expect((await driver.counts('q')).completed).toBe(KEEP_COMPLETED_JOBS);
  });

  it('should report zero counts when a queue was never used', async () => {
    expect(await driver.counts('unknown')).toEqual({
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
      completed: 0,
    });
  });

  it('should wait for the active job, leave others untouched and refuse new work when closed', async () => {
    const release = gate();
    let finished = false;
    let runs = 0;
    driver.process(
      'q',
      async () => {
        runs += 1;
        await release.opened;
        await sleep(20);
        finished = true;
      },
      { concurrency: 1 },
    );
    await driver.startWorkers();
    await driver.enqueue('q', 'job', {});
    await driver.enqueue('q', 'job', {});
    await driver.enqueue('q', 'job', {}, { delayMs: 30 });
    await waitFor(() => runs === 1);

    let closed = false;
    const closing = driver.close().then(() => {
      closed = true;
    });
    await expect(driver.enqueue('q', 'job', {})).rejects.toBeInstanceOf(QueueClosedError);
    await sleep(10);
    expect(closed).toBe(false);
    release.open();
    await closing;

    expect(finished).toBe(true);
    await sleep(50);
    expect(runs).toBe(1);
    expect(await driver.counts('q')).toMatchObject({ waiting: 1, delayed: 1, active: 0, completed: 1 });
    await expect(driver.ping()).rejects.toBeInstanceOf(QueueClosedError);
    await expect(driver.startWorkers()).rejects.toBeInstanceOf(QueueClosedError);
    await expect(driver.close()).resolves.toBeUndefined();
  });

  it('should leave a failed job delayed without a retry timer when it fails during close', async () => {
    const release = gate();
    let runs = 0;
    driver.process('q', async () => {
      runs += 1;
      await release.opened;
      throw new Error('fails while closing');
    });
    await driver.startWorkers();
    await driver.enqueue('q', 'job', {}, { attempts: 3, backoffMs: 1 });
    await waitFor(() => runs === 1);

    const closing = driver.close();
    release.open();
    await closing;
    await sleep(20);

    expect(runs).toBe(1);
    expect(await driver.counts('q')).toMatchObject({ delayed: 1, failed: 0 });
  });

  it('should finish running jobs but keep accepting enqueues when stopWorkers is called', async () => {
    const release = gate();
    let runs = 0;
    driver.process('q', async () => {
      runs += 1;
      await release.opened;
    });
    await driver.startWorkers();
    await driver.enqueue('q', 'job', {});
    await waitFor(() => runs === 1);

    const stopping = driver.stopWorkers();
    await driver.enqueue('q', 'job', {});
    release.open();
    await stopping;
    await sleep(20);

    expect(runs).toBe(1);
    expect(await driver.counts('q')).toMatchObject({ waiting: 1, completed: 1 });
    await driver.ping();
  });
});
