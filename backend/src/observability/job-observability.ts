import { errorReportingEnabled, reportError } from 'src/observability/error-reporting';
import { inSpan, SpanKind, tracingEnabled } from 'src/observability/tracing';
import type { JobContext, JobHandler, QueueDriver } from 'src/queue/queue.types';

const isFinalAttempt = (job: JobContext): boolean => job.attempt >= job.maxAttempts;

/**
 * The queue's handler, observed: each attempt runs in a consumer span (the database queries it
 * makes nest under it), and a last attempt that fails is reported as an error (earlier ones
 * will be retried). With tracing and error reporting both off, the handler itself comes back.
 *
 * Job spans start a trace of their own: with BullMQ the enqueuing request is in another
 * process, and the in-process driver behaves the same so traces look alike in both modes.
 */
export const observeJob = (driver: QueueDriver['kind'], handler: JobHandler): JobHandler => {
  const tracing = tracingEnabled();
  const reporting = errorReportingEnabled();
  if (!tracing && !reporting) {
    return handler;
  }
  const reportFinalFailure = async (job: JobContext): Promise<void> => {
    try {
      await handler(job);
    } catch (error) {
      if (reporting && isFinalAttempt(job)) {
        reportError(error, {
          source: 'job',
          tags: { queue: job.queue, job: job.name, attempt: job.attempt },
        });
      }
      throw error;
    }
  };
  if (!tracing) {
    return reportFinalFailure;
  }
  return (job) =>
    inSpan(
      `${job.queue} process`,
      {
        kind: SpanKind.CONSUMER,
        root: true,
        // OpenTelemetry messaging conventions; the payload (ids, never content) stays out.
        attributes: {
          'messaging.system': driver === 'bullmq' ? 'bullmq' : 'in_process',
          'messaging.operation.type': 'process',
          'messaging.operation.name': 'process',
          'messaging.destination.name': job.queue,
          'messaging.message.id': job.id,
          'devcoach.job.name': job.name,
          'devcoach.job.attempt': job.attempt,
          'devcoach.job.max_attempts': job.maxAttempts,
        },
      },
      () => reportFinalFailure(job),
    );
};
