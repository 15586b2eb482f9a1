import type { RaRecord } from 'react-admin';

// The shapes of `AdminFailedJobDto` and `AdminJobCountsDto` (GET /api/v1/admin/jobs…), written out
// until the generated client is regenerated with the jobs routes.
export interface FailedJob extends RaRecord<string> {
  queue: string;
  jobId: string;
  name: string;
  data: unknown;
  attemptsMade: number;
  maxAttempts: number;
  error: string;
  failedAt: string;
  createdAt: string;
}

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export type QueueCounts = { queue: string } & Record<JobState, number>;

export interface JobCounts {
  driver: 'bullmq' | 'in-process';
  queues: QueueCounts[];
}

export const QUEUES = ['coach', 'sentinel', 'email', 'system'] as const;
export const queueChoices = QUEUES.map((id) => ({ id, name: `devcoach.jobs.queue.${id}` }));

export const JOBS_API = '/api/v1/admin/jobs';
