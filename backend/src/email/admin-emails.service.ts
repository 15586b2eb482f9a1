import { Injectable } from '@nestjs/common';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  filterEnumList,
  filterString,
  filterUuid,
  filterUuidList,
} from 'src/common/admin-list/filter-values';
import type { EmailDetailDto, EmailSummaryDto } from 'src/email/dto/email-response.dto';
import { EmailException } from 'src/email/email.exception';
import { EmailOutboxRepository } from 'src/email/email-outbox.repository';
import { EmailService } from 'src/email/email.service';
import { type EmailOutboxEntity, EmailStatus } from 'src/email/entities/email-outbox.entity';
import { EmailTemplate } from 'src/email/templates/email-templates';

const toSummary = (row: EmailOutboxEntity): EmailSummaryDto => ({
  id: row.id,
  toAddress: row.toAddress,
  userId: row.userId,
  template: row.template,
  subject: row.subject,
  status: row.status,
  attempts: row.attempts,
  lastError: row.lastError,
  providerMessageId: row.providerMessageId,
  sentAt: row.sentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

@Injectable()
export class AdminEmailsService {
  constructor(
    private readonly outbox: EmailOutboxRepository,
    private readonly email: EmailService,
    private readonly audit: AuditService,
  ) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<EmailSummaryDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['createdAt', 'status', 'toAddress', 'template', 'sentAt'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const [rows, total] = await this.outbox.list({
      ...params,
      q: filterString(params.filter, 'q'),
      statuses: filterEnumList(params.filter, 'status', Object.values(EmailStatus)),
      templates: filterEnumList(params.filter, 'template', Object.values(EmailTemplate)),
      userId: filterUuid(params.filter, 'userId'),
      ids: filterUuidList(params.filter, 'id'),
    });
    return { items: rows.map(toSummary), total, offset: params.offset };
  }

  async get(id: string): Promise<EmailDetailDto> {
    const row = await this.outbox.findById(id);
    if (!row) {
      throw EmailException.notFound();
    }
    return { ...toSummary(row), html: row.html, text: row.text };
  }

  async retry(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<EmailDetailDto> {
    await this.get(id);
    if (!(await this.email.retry(id))) {
      throw EmailException.notRetryable();
    }
    await this.audit.record({
      action: AuditAction.EmailRetried,
      actorId: actor.userId,
      targetType: 'email',
      targetId: id,
      meta,
    });
    return this.get(id);
  }
}
