import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';
import type { FailedJob, JobCounts } from '../types';

const idle = { waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 };
const counts: JobCounts = {
  driver: 'bullmq',
  queues: [
    { queue: 'coach', ...idle, completed: 40 },
    { queue: 'sentinel', ...idle },
    { queue: 'email', ...idle, failed: 1 },
    { queue: 'system', ...idle },
  ],
};
const failed: FailedJob = {
  id: 'email/email-42',
  queue: 'email',
  jobId: 'email-42',
  name: 'email.send',
  data: { outboxId: '5e0c9a8b-3c1d-4f2e-9a7b-6d5c4b3a2910' },
  attemptsMade: 5,
  maxAttempts: 5,
  error: 'Throttling: Maximum sending rate exceeded',
  failedAt: '2026-11-25T09:05:00.000Z',
  createdAt: '2026-11-25T09:00:00.000Z',
};

describe('JobList', APP_TESTS, () => {
  it('should show counts per queue and retry a failed job through its queue and id', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/admin/jobs/counts': () => json(200, counts),
      'GET /api/v1/admin/jobs': () => json(200, [failed], { 'Content-Range': 'jobs 0-0/1' }),
      'POST /api/v1/admin/jobs/email/email-42/retry': () => json(200, failed),
    });
    renderAdmin('/jobs', { role: 'staff' });

    const table = await screen.findByRole('table', { name: 'Queues' }, SLOW);
    const coach = within(table).getByRole('row', { name: /Coach replies/ });
    expect(within(coach).getByText('40')).toBeInTheDocument();
    expect(screen.getByText('Queues run on Redis (BullMQ): jobs survive a restart.')).toBeInTheDocument();

    const row = (await screen.findByText(failed.error)).closest('tr') as HTMLElement;
    expect(within(row).getByText('5 of 5')).toBeInTheDocument();
    fireEvent.click(within(row).getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByText('“email.send” is queued again with a fresh set of attempts.'),
    ).toBeInTheDocument();
    expect(
      calls.some((call) => call.method === 'POST' && call.url.endsWith('/jobs/email/email-42/retry')),
    ).toBe(true);
  });
});
