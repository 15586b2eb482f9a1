import type { JobContext } from 'src/queue/queue.types';

/** Injection token for the active QueueDriver (BullMQ or in-process). */
export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');

// One queue per workload so a flood of one kind (say, emails) cannot starve another (coach turns).
export enum QueueName {
  Coach = 'coach',
  Sentinel = 'sentinel',
  Email = 'email',
  System = 'system',
  Webhooks = 'webhooks',
  Studio = 'studio',
}

/**
 * Payload type for every job name. Adding a job means adding its entry here, which makes
 * `QueueService.enqueue` reject a wrong payload at compile time.
 */
export interface JobPayloads {
  /** Round-trip probe used by smoke tests and operators to see that workers consume. */
  'system.ping': { at: string };
  /** Deliver one email_outbox row (the row, not the payload, holds the mail). */
  'email.send': { outboxId: string };
  /** Answer one queued coach turn (the turn row holds the input). */
  'coach.turn': { turnId: string };
  /** Update one client's long-term notes from their latest messages (debounced per client). */
  'sentinel.extract': { userId: string };
  /** One attempt at one webhook_deliveries row (the row holds the payload). */
  'webhook.deliver': { deliveryId: string };
  /** Draw one pending studio draft (the row says what; docs/studio.md). */
  'studio.image': { draftId: string };
}

export type JobName = keyof JobPayloads;

/** What a processor receives: a union narrowed by `job.name`. */
export type QueueJob = { [N in JobName]: JobContext<JobPayloads[N]> & { name: N } }[JobName];

export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 1000;

// Finished jobs kept per queue. BullMQ trims its completed/failed sets to these counts; the
// in-process driver caps its counters at the same numbers so `counts()` reads alike on both.
// Failures are kept longer because they are what someone ends up debugging.
export const KEEP_COMPLETED_JOBS = 1000;
export const KEEP_FAILED_JOBS = 5000;
