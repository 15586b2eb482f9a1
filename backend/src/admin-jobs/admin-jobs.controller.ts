import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminJobsService } from 'src/admin-jobs/admin-jobs.service';
import { AdminFailedJobDto, AdminJobCountsDto, JobParamsDto } from 'src/admin-jobs/dto/admin-job.dto';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminActionRoute,
  AdminListRoute,
  AdminShowRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';

const QUEUE_DOWN = { type: ErrorResponseDto, description: '`service_unavailable`: Redis does not answer.' };
const JOB_NOT_FOUND = '`job_not_found`: not a failed job (any more).';

@ApiTags('admin: jobs')
@Auth({ role: UserRole.Staff })
@ApiServiceUnavailableResponse(QUEUE_DOWN)
@Controller('admin/jobs')
export class AdminJobsController {
  constructor(private readonly jobs: AdminJobsService) {}

  /** Failed jobs, newest failure first. Filters: queue (list). Sort: failedAt. */
  @AdminListRoute(AdminFailedJobDto, { badRequest: '`validation_failed`.' })
  async listAdminJobs(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminFailedJobDto[]> {
    return withContentRange(reply, 'jobs', await this.jobs.list(query));
  }

  /** Jobs per queue and state, and which queue driver this server runs. */
  @Get('counts')
  @ApiOkResponse({ type: AdminJobCountsDto })
  getAdminJobCounts(): Promise<AdminJobCountsDto> {
    return this.jobs.counts();
  }

  @AdminShowRoute(AdminFailedJobDto, { path: ':queue/:jobId', notFound: JOB_NOT_FOUND })
  getAdminJob(@Param() params: JobParamsDto): Promise<AdminFailedJobDto> {
    return this.jobs.get(params.queue, params.jobId);
  }

  /** Run a failed job again with a fresh set of attempts. Answers with the job as it was. Audited. */
  @AdminActionRoute(':queue/:jobId/retry', AdminFailedJobDto, {
    notFound: JOB_NOT_FOUND,
    conflict: '`job_not_retryable`.',
  })
  retryAdminJob(
    @Param() params: JobParamsDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminFailedJobDto> {
    return this.jobs.retry(params.queue, params.jobId, principal, meta);
  }
}
