import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
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
  @Get()
  @ApiOkResponse({ type: [EmailSummaryDto], headers: { 'Content-Range': { schema: { type: 'string' } } } })
  async listEmails(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EmailSummaryDto[]> {
    return withContentRange(reply, 'emails', await this.emails.list(query));
  }

  /** One email with its rendered HTML and text (one-time links masked). */
  @Get(':id')
  @ApiOkResponse({ type: EmailDetailDto })
  getEmail(@Param() params: UuidParamDto): Promise<EmailDetailDto> {
    return this.emails.get(params.id);
  }

  /** Queue a failed email again. */
  @Post(':id/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EmailDetailDto })
  retryEmail(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<EmailDetailDto> {
    return this.emails.retry(params.id, principal, meta);
  }
}
