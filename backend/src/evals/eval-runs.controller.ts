import { Body, Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminCreateRoute,
  AdminListRoute,
  AdminShowRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { AdminEvalRunDetailDto, AdminEvalRunDto } from 'src/evals/dto/admin-eval-run.dto';
import { EvalReportDto } from 'src/evals/dto/eval-report.dto';
import { REPORT_CSP } from 'src/eval/eval-html';
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
  @AdminCreateRoute(AdminEvalRunDto, {
    auth: { role: UserRole.Staff, scopes: ['eval:run'] },
    operationId: 'createAdminEvalRun',
    badRequest: '`validation_failed`: not a report of this format.',
  })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: '`payload_too_large`: over 2 MB.' })
  createAdminEvalRun(
    @Body() report: EvalReportDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminEvalRunDto> {
    return this.evals.record(report, principal, meta);
  }

  @AdminListRoute(AdminEvalRunDto, {
    operationId: 'listAdminEvalRuns',
    description:
      'Stored evaluation reports, newest first, without the reports themselves. Filters: ' +
      'promptVersionId (runs that used that version), provider, id (list). Sort: createdAt, provider.',
    contentRange: 'e.g. `evals 0-24/40`',
  })
  async listAdminEvalRuns(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminEvalRunDto[]> {
    return withContentRange(reply, 'evals', await this.evals.list(query));
  }

  @AdminShowRoute(AdminEvalRunDetailDto, { operationId: 'getAdminEvalRun', notFound: '`not_found`.' })
  getAdminEvalRun(@Param() params: UuidParamDto): Promise<AdminEvalRunDetailDto> {
    return this.evals.get(params.id);
  }

  /**
   * The stored report as the self-contained HTML page the CLI writes beside its JSON (summary,
   * charts, comparison, transcripts). Served with a CSP that allows no script and no request,
   * only the page's own stylesheet: the transcripts hold model output.
   */
  @Get(':id/report')
  @ApiOperation({ operationId: 'getAdminEvalRunReport' })
  @ApiProduces('text/html')
  @ApiOkResponse({
    description: 'The HTML page (text/html; charset=utf-8).',
    schema: { type: 'string' },
    headers: {
      'Content-Security-Policy': {
        schema: { type: 'string' },
        description: "default-src 'none'; only the page's stylesheet, by hash",
      },
    },
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`not_found`.' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: '`eval_report_unreadable`: the stored report lacks what the page shows.',
  })
  async getAdminEvalRunReport(
    @Param() params: UuidParamDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const html = await this.evals.reportPage(params.id);
    void reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP);
    return html;
  }
}
