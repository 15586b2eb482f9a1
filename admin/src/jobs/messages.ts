/** The jobs page's texts, merged into the app's messages by the i18n provider. */
export const jobMessages = {
  resources: {
    jobs: {
      name: 'Job |||| Jobs',
      fields: {
        queue: 'Queue',
        name: 'Job',
        error: 'Last error',
        attemptsMade: 'Attempts',
        failedAt: 'Failed',
      },
    },
  },
  devcoach: {
    jobs: {
      counts_title: 'Queues',
      failed_title: 'Failed jobs',
      none_failed: 'No failed jobs. Nothing to retry.',
      queue_column: 'Queue',
      attempts: '%{made} of %{max}',
      retry: 'Retry',
      retried: '“%{name}” is queued again with a fresh set of attempts.',
      driver: {
        bullmq: 'Queues run on Redis (BullMQ): jobs survive a restart.',
        'in-process': 'Queues run inside the server, without Redis: waiting jobs are lost on a restart.',
      },
      queue: {
        coach: 'Coach replies',
        sentinel: 'Client memory',
        studio: 'Studio pictures',
        webhooks: 'Webhooks',
        email: 'Email',
        system: 'System',
      },
      state: {
        waiting: 'waiting',
        active: 'running',
        delayed: 'delayed',
        failed: 'failed',
        completed: 'done',
      },
    },
  },
};
