import type { ConfigService } from '@nestjs/config';
import type { AllConfig } from 'src/config/config.types';
import type { QueueService } from 'src/queue/queue.service';
import { SentinelScheduler } from 'src/sentinel/sentinel-scheduler.service';
import type { UserNotesRepository } from 'src/notes/user-notes.repository';

interface Enqueued {
  name: string;
  data: unknown;
  options: { jobId?: string; delayMs?: number };
}

const scheduler = (memory: boolean, failing = false) => {
  const enqueued: Enqueued[] = [];
  const queue = {
    enqueue: (_queue: string, name: string, data: unknown, options: Enqueued['options']) => {
      if (failing) {
        return Promise.reject(new Error('queue down'));
      }
      enqueued.push({ name, data, options });
      return Promise.resolve(options.jobId ?? 'id');
    },
  } as unknown as QueueService;
  const notes = { memoryEnabled: () => Promise.resolve(memory) } as unknown as UserNotesRepository;
  const config = { get: () => 5000 } as unknown as ConfigService<AllConfig, true>;
  return { subject: new SentinelScheduler(queue, notes, config), enqueued };
};

describe('SentinelScheduler', () => {
  it('should give every message of one window the same job id, delayed to the window end, when memory is on', async () => {
    const { subject, enqueued } = scheduler(true);
    const first = await subject.afterUserMessage('u1', 10_000);
    const second = await subject.afterUserMessage('u1', 14_999);
    expect(first).toBe('sentinel-u1-2');
    expect(second).toBe(first);
    expect(enqueued.map((job) => job.options.delayMs)).toEqual([5000, 1]);
    expect(enqueued[0]).toMatchObject({ name: 'sentinel.extract', data: { userId: 'u1' } });
  });

  it('should use a new job id when the next window starts', async () => {
    const { subject } = scheduler(true);
    expect(await subject.afterUserMessage('u1', 15_000)).toBe('sentinel-u1-3');
  });

  it('should enqueue nothing when memory is off', async () => {
    const { subject, enqueued } = scheduler(false);
    expect(await subject.afterUserMessage('u1', 10_000)).toBeNull();
    expect(enqueued).toEqual([]);
  });

  it('should return null instead of throwing when the queue fails', async () => {
    const { subject } = scheduler(true, true);
    await expect(subject.afterUserMessage('u1', 10_000)).resolves.toBeNull();
  });
});
