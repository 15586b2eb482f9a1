import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminUsersService } from 'src/admin-users/admin-users.service';
import {
  AdminBulkVerifyDto,
  AdminBulkVerifyResultDto,
  AdminCreateUserDto,
  AdminUpdateUserDto,
} from 'src/admin-users/dto/admin-user.dto';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { InviteResponseDto } from 'src/auth/dto/invite.dto';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminActionRoute,
  AdminCreateRoute,
  AdminDeleteRoute,
  AdminListRoute,
  AdminShowRoute,
  AdminUpdateRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { UserResponseDto } from 'src/users/dto/user-response.dto';
import { UserRole } from 'src/common/auth/user-role';

// An HR portal's API key manages client accounts with users:read / users:write; staff
// accounts and roles stay with signed-in superusers (admin-users.service.ts).
const READ = { role: UserRole.Staff, scopes: ['users:read' as const] };
const WRITE = { role: UserRole.Staff, scopes: ['users:write' as const] };

@ApiTags('admin: users')
@Auth({ role: UserRole.Staff })
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  /**
   * Accounts. Filters: q (email, name), role, verified, active, testUser (made from a test
   * scenario), phase (list: the client's coaching phase), id (list).
   */
  @AdminListRoute(UserResponseDto, { auth: READ })
  async listUsers(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponseDto[]> {
    return withContentRange(reply, 'users', await this.users.list(query));
  }

  @AdminShowRoute(UserResponseDto, { auth: READ })
  getUser(@Param() params: UuidParamDto): Promise<UserResponseDto> {
    return this.users.get(params.id);
  }

  /** Create an account without a password; an invite email lets the person set one. */
  @AdminCreateRoute(UserResponseDto, { auth: WRITE, conflict: '`email_taken`.' })
  createUser(
    @Body() dto: AdminCreateUserDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<UserResponseDto> {
    return this.users.create(dto, principal, meta);
  }

  /** Edit an account (role: superusers only). */
  @AdminUpdateRoute(UserResponseDto, { auth: WRITE })
  updateUser(
    @Param() params: UuidParamDto,
    @Body() dto: AdminUpdateUserDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<UserResponseDto> {
    return this.users.update(params.id, dto, principal, meta);
  }

  /** Delete an account and its data. Answers with the deleted account (react-admin delete). */
  @AdminDeleteRoute(UserResponseDto, { auth: WRITE })
  deleteUser(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<UserResponseDto> {
    return this.users.remove(params.id, principal, meta);
  }

  /** Mark the email address as verified. */
  @AdminActionRoute(':id/verify-email', UserResponseDto, { auth: WRITE })
  verifyUserEmail(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<UserResponseDto> {
    return this.users.setVerified(params.id, true, principal, meta);
  }

  /**
   * Mark many addresses verified (or, with `verified: false`, not verified) at once. All or
   * nothing; each account that changes is audited like a single verify.
   */
  @AdminActionRoute('bulk-verify', AdminBulkVerifyResultDto, {
    auth: WRITE,
    badRequest: '`validation_failed`: 1 to 200 UUIDs.',
    forbidden: '`role_change_forbidden`: a staff account among them and the caller is not a superuser.',
    notFound: '`user_not_found`: details name the ids.',
  })
  bulkVerifyUsers(
    @Body() dto: AdminBulkVerifyDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminBulkVerifyResultDto> {
    return this.users.bulkSetVerified(dto, principal, meta);
  }

  /** Mark the email address as not verified (the person must verify again to sign in). */
  @AdminActionRoute(':id/unverify-email', UserResponseDto, { auth: WRITE })
  unverifyUserEmail(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<UserResponseDto> {
    return this.users.setVerified(params.id, false, principal, meta);
  }

  /** Send the invite again (accounts that have not set a password yet). Superusers only. */
  @AdminActionRoute(':id/resend-invite', InviteResponseDto, {
    auth: { role: UserRole.Superuser, scopes: ['users:write'] },
    conflict: '`invite_not_pending`: the account has a password.',
  })
  resendUserInvite(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<InviteResponseDto> {
    return this.users.resendInvite(params.id, principal, meta);
  }
}
