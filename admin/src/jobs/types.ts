import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';
import { valuesOf } from '../common/exhaustive';

type Schemas = components['schemas'];

/** A job out of attempts, as `GET /api/v1/admin/jobs` lists it. */
export type FailedJob = Schemas['AdminFailedJobDto'] & RaRecord<string>;
export type JobCounts = Schemas['AdminJobCountsDto'];

export const JOB_STATES = [
  'waiting',
  'active',
  'delayed',
  'failed',
  'completed',
] as const satisfies readonly Exclude<keyof Schemas['AdminQueueCountsDto'], 'queue'>[];

export const QUEUES = valuesOf<Schemas['QueueName']>()([
  'coach',
  'sentinel',
  'studio',
  'email',
  'webhooks',
  'system',
]);
export const queueChoices = QUEUES.map((id) => ({ id, name: `devcoach.jobs.queue.${id}` }));
