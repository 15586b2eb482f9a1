import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { withContentRange } from 'src/common/admin-list/content-range';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { AdminEvalRunDetailDto, AdminEvalRunDto } from 'src/evals/dto/admin-eval-run.dto';
import { EvalReportDto } from 'src/evals/dto/eval-report.dto';
import { EvalRunsService } from 'src/evals/eval-runs.service';

@ApiTags('admin: evaluations')
@Auth({ role: UserRole.Staff })
@Controller('admin/evals')
export class EvalRunsController {
  constructor(private readonly evals: EvalRunsService) {}

  /**
   * Store a report of `npm run eval` (the JSON it writes, as is). Each pinned prompt version is
   * matched to the version here with the same key and text. Staff, or an API key with `eval:run`.
   * Audited.
   */
  @Post()
  @Auth({ role: UserRole.Staff, scopes: ['eval:run'] })
  @ApiOperation({ operationId: 'createAdminEvalRun' })
  @ApiCreatedResponse({ type: AdminEvalRunDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`validation_failed`: not a report of this format.',
  })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: '`payload_too_large`: over 2 MB.' })
  createAdminEvalRun(
    @Body() report: EvalReportDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminEvalRunDto> {
    return this.evals.record(report, principal, meta);
  }

  @Get()
  @ApiOperation({
    operationId: 'listAdminEvalRuns',
    description:
      'Stored evaluation reports, newest first, without the reports themselves. Filters: ' +
      'promptVersionId (runs that used that version), provider, id (list). Sort: createdAt, provider.',
  })
  @ApiOkResponse({
    type: [AdminEvalRunDto],
    headers: { 'Content-Range': { schema: { type: 'string' }, description: 'e.g. `evals 0-24/40`' } },
  })
  async listAdminEvalRuns(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminEvalRunDto[]> {
    return withContentRange(reply, 'evals', await this.evals.list(query));
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getAdminEvalRun' })
  @ApiOkResponse({ type: AdminEvalRunDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`not_found`.' })
  getAdminEvalRun(@Param() params: UuidParamDto): Promise<AdminEvalRunDetailDto> {
    return this.evals.get(params.id);
  }
}
