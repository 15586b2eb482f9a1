import { HttpStatus, Injectable } from '@nestjs/common';
import { AdminJobsException } from 'src/admin-jobs/admin-jobs.exception';
import type { AdminFailedJobDto, AdminJobCountsDto } from 'src/admin-jobs/dto/admin-job.dto';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterEnumList } from 'src/common/admin-list/filter-values';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';
import { KEEP_FAILED_JOBS, QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import type { FailedJob } from 'src/queue/queue.types';

const QUEUES = Object.values(QueueName);
// audit_events.target_id is varchar(64); the full id goes in the details.
const AUDIT_TARGET_LENGTH = 64;

const toDto = (job: FailedJob): AdminFailedJobDto => ({
  id: `${job.queue}/${job.id}`,
  queue: job.queue as QueueName,
  jobId: job.id,
  name: job.name,
  data: job.data,
  attemptsMade: job.attemptsMade,
  maxAttempts: job.maxAttempts,
  error: job.error,
  failedAt: job.failedAt.toISOString(),
  createdAt: job.createdAt.toISOString(),
});

/**
 * The queues as staff see them, through QueueService only, so the same answers come from BullMQ
 * (REDIS_URL) and from the in-process driver. Redis being down surfaces as the usual 503.
 */
@Injectable()
export class AdminJobsService {
  constructor(
    private readonly queue: QueueService,
    private readonly audit: AuditService,
  ) {}

  async counts(): Promise<AdminJobCountsDto> {
    const queues = await Promise.all(
      QUEUES.map(async (queue) => ({ queue, ...(await this.queue.counts(queue)) })),
    );
    return { driver: this.queue.kind, queues };
  }

  /**
   * Failed jobs of the chosen queues (all by default), newest failure first. Each queue is read
   * from its start up to the page's end and the lists merged, so pages go no deeper than the
   * failures a queue keeps.
   */
  async list(query: AdminListQueryDto): Promise<AdminListPage<AdminFailedJobDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['failedAt'] as const,
      defaultSort: ['failedAt', 'DESC'],
    });
    const queues = filterEnumList(params.filter, 'queue', QUEUES) ?? QUEUES;
    const end = params.offset + params.limit - 1;
    if (end >= KEEP_FAILED_JOBS) {
      throw new AppException(
        CommonErrorCode.ValidationFailed,
        `Invalid range parameter: failed jobs are kept ${KEEP_FAILED_JOBS} deep per queue.`,
        HttpStatus.BAD_REQUEST,
        [{ field: 'range', message: `must end before ${KEEP_FAILED_JOBS}` }],
      );
    }
    const oldestFirst = params.sortOrder === 'ASC';
    const perQueue = await Promise.all(
      queues.map(async (queue) => ({
        jobs: await this.queue.failedJobs(queue, { start: 0, end, oldestFirst }),
        total: (await this.queue.counts(queue)).failed,
      })),
    );
    const direction = oldestFirst ? 1 : -1;
    const merged = perQueue
      .flatMap((entry) => entry.jobs)
      .sort((a, b) => direction * (a.failedAt.getTime() - b.failedAt.getTime()));
    return {
      items: merged.slice(params.offset, end + 1).map(toDto),
      total: perQueue.reduce((sum, entry) => sum + entry.total, 0),
      offset: params.offset,
    };
  }

  async get(queue: QueueName, jobId: string): Promise<AdminFailedJobDto> {
    const job = await this.queue.findFailedJob(queue, jobId);
    if (!job) {
      throw AdminJobsException.notFound();
    }
    return toDto(job);
  }

  /** Back in line with a fresh set of attempts. Audited with the error it had. */
  async retry(
    queue: QueueName,
    jobId: string,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<AdminFailedJobDto> {
    const job = await this.get(queue, jobId);
    if (!(await this.queue.retryFailedJob(queue, jobId))) {
      throw AdminJobsException.notRetryable();
    }
    await this.audit.record({
      action: AuditAction.JobRetried,
      actorId: actor.userId,
      targetType: 'job',
      targetId: job.id.slice(0, AUDIT_TARGET_LENGTH),
      meta,
      details: { queue, jobId, name: job.name, attemptsMade: job.attemptsMade, error: job.error },
    });
    return job;
  }
}
