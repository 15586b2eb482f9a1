import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminActionRoute,
  AdminListRoute,
  AdminShowRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { AdminEmailsService } from 'src/email/admin-emails.service';
import { EmailDetailDto, EmailSummaryDto } from 'src/email/dto/email-response.dto';
import { UserRole } from 'src/common/auth/user-role';

@ApiTags('admin: emails')
@Auth({ role: UserRole.Staff })
@Controller('admin/emails')
export class AdminEmailsController {
  constructor(private readonly emails: AdminEmailsService) {}

  /** The outbox, newest first. Filters: q (recipient, subject), status, template, userId. */
  @AdminListRoute(EmailSummaryDto)
  async listEmails(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EmailSummaryDto[]> {
    return withContentRange(reply, 'emails', await this.emails.list(query));
  }

  /** One email with its rendered HTML and text (one-time links masked). */
  @AdminShowRoute(EmailDetailDto)
  getEmail(@Param() params: UuidParamDto): Promise<EmailDetailDto> {
    return this.emails.get(params.id);
  }

  /** Queue a failed email (or one stuck sending for 15 minutes) again. Audited. */
  @AdminActionRoute(':id/retry', EmailDetailDto, {
    notFound: '`email_not_found`.',
    conflict: '`email_not_retryable`: not failed, nor stuck sending.',
  })
  retryEmail(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<EmailDetailDto> {
    return this.emails.retry(params.id, principal, meta);
  }
}
