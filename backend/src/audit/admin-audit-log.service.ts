import { HttpStatus, Injectable } from '@nestjs/common';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterDate, filterString, filterUuid } from 'src/common/admin-list/filter-values';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';
import { AuditService } from 'src/audit/audit.service';
import type { AuditEventResponseDto } from 'src/audit/dto/audit-event-response.dto';

@Injectable()
export class AdminAuditLogService {
  constructor(private readonly audit: AuditService) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<AuditEventResponseDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['createdAt', 'action'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const action = filterString(params.filter, 'action', 64);
    const [events, total] = await this.audit.list({
      ...params,
      q: filterString(params.filter, 'q'),
      actions: action ? [action] : undefined,
      actorId: filterUuid(params.filter, 'actorId'),
      targetId: filterString(params.filter, 'targetId', 64),
      since: filterDate(params.filter, 'since'),
      until: filterDate(params.filter, 'until'),
    });
    return { items: events, total, offset: params.offset };
  }

  async get(id: string): Promise<AuditEventResponseDto> {
    const event = await this.audit.get(id);
    if (!event) {
      throw new AppException(CommonErrorCode.NotFound, 'Audit event not found.', HttpStatus.NOT_FOUND);
    }
    return event;
  }
}
