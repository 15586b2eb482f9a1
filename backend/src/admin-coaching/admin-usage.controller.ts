import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminUsageService } from 'src/admin-coaching/admin-usage.service';
import { AdminUsageRowDto } from 'src/admin-coaching/dto/admin-usage.dto';
import { CONTENT_RANGE_HEADER } from 'src/admin-coaching/staff-list';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { AdminListRoute } from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { Auth } from 'src/common/auth/auth.decorator';
import { UserRole } from 'src/common/auth/user-role';

// A data team's API key (usage:read) pulls the report and its CSV.
const USAGE_READ = { role: UserRole.Staff, scopes: ['usage:read' as const] };

@ApiTags('admin: usage')
@Auth({ role: UserRole.Staff })
@Controller('admin/usage')
export class AdminUsageController {
  constructor(private readonly usage: AdminUsageService) {}

  /**
   * Model calls, tokens and cost per day (UTC), client, kind (text or image), model and prompt
   * versions. Filters: since and until (ISO dates; since defaults to 30 days ago), userId, model,
   * kind (`text`, `image` or both). Sort: day, calls, costUsd, totalTokens.
   */
  @AdminListRoute(AdminUsageRowDto, {
    auth: USAGE_READ,
    contentRange: CONTENT_RANGE_HEADER['Content-Range'].description,
  })
  async listAdminUsage(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminUsageRowDto[]> {
    return withContentRange(reply, 'usage', await this.usage.list(query));
  }

  /** The same report as CSV (all matching rows up to 20,000; `range` is ignored). */
  @Get('export')
  @Auth(USAGE_READ)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="dev-coach-usage.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header line.', schema: { type: 'string' } })
  exportAdminUsage(@Query() query: AdminListQueryDto): Promise<string> {
    return this.usage.csv(query);
  }
}
