import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminAuditLogService } from 'src/audit/admin-audit-log.service';
import { AuditEventResponseDto } from 'src/audit/dto/audit-event-response.dto';
import { Auth } from 'src/common/auth/auth.decorator';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { AdminListRoute, AdminShowRoute } from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { UserRole } from 'src/common/auth/user-role';

@ApiTags('admin: audit log')
@Auth({ role: UserRole.Staff })
@Controller('admin/audit-log')
export class AdminAuditLogController {
  constructor(private readonly auditLog: AdminAuditLogService) {}

  /** Security and staff events, newest first. Filters: q, action, actorId, targetId, since, until. */
  @AdminListRoute(AuditEventResponseDto)
  async listAuditEvents(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuditEventResponseDto[]> {
    return withContentRange(reply, 'audit-log', await this.auditLog.list(query));
  }

  @AdminShowRoute(AuditEventResponseDto)
  getAuditEvent(@Param() params: UuidParamDto): Promise<AuditEventResponseDto> {
    return this.auditLog.get(params.id);
  }
}
