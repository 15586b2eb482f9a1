import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { CreatedInviteResponseDto, CreateInviteDto, InviteResponseDto } from 'src/auth/dto/invite.dto';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { InvitesService } from 'src/auth/services/invites.service';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminActionRoute,
  AdminCreateRoute,
  AdminDeleteRoute,
  AdminListRoute,
  AdminShowRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { UserRole } from 'src/common/auth/user-role';

const READ = { role: UserRole.Superuser, scopes: ['invites:read' as const] };
const WRITE = { role: UserRole.Superuser, scopes: ['invites:write' as const] };

@ApiTags('admin: invites')
@Auth({ role: UserRole.Superuser })
@Controller('admin/invites')
export class AdminInvitesController {
  constructor(private readonly invites: InvitesService) {}

  /** Invites, newest first. Filters: q (email), status (pending, accepted, revoked, expired), id (list). */
  @AdminListRoute(InviteResponseDto, { auth: READ })
  async listInvites(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InviteResponseDto[]> {
    return withContentRange(reply, 'invites', await this.invites.list(query));
  }

  @AdminShowRoute(InviteResponseDto, { auth: READ })
  getInvite(@Param() params: UuidParamDto): Promise<InviteResponseDto> {
    return this.invites.get(params.id);
  }

  /**
   * Invite someone by email; the link is valid for 7 days and works once. With mail kept in the
   * outbox, the answer includes the link (once) so the inviter can pass it on.
   */
  @AdminCreateRoute(CreatedInviteResponseDto, { auth: WRITE, conflict: '`email_taken` or `invite_pending`.' })
  createInvite(
    @Body() dto: CreateInviteDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<CreatedInviteResponseDto> {
    return this.invites.create(dto, principal, meta);
  }

  /** Send a fresh link (the previous one stops working). */
  @AdminActionRoute(':id/resend', InviteResponseDto, {
    auth: WRITE,
    conflict: '`invite_not_pending`: accepted or revoked.',
  })
  resendInvite(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<InviteResponseDto> {
    return this.invites.resend(params.id, principal, meta);
  }

  /**
   * Revoke an invite: its link stops working and it stays listed as revoked. Answers with the
   * revoked invite (react-admin delete). Revoking a revoked invite changes nothing.
   */
  @AdminDeleteRoute(InviteResponseDto, {
    auth: WRITE,
    conflict: '`invite_not_pending`: already accepted.',
  })
  deleteInvite(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<InviteResponseDto> {
    return this.invites.revoke(params.id, principal, meta);
  }
}
