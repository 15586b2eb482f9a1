import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AdminBulkVerifyDto,
  AdminBulkVerifyResultDto,
  AdminCreateUserDto,
  AdminUpdateUserDto,
} from 'src/admin-users/dto/admin-user.dto';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { InviteResponseDto } from 'src/auth/dto/invite.dto';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { roleAtLeast } from 'src/auth/roles';
import { AccountErasureService } from 'src/auth/services/account-erasure.service';
import { InvitesService } from 'src/auth/services/invites.service';
import { RevokeReason, SessionsService } from 'src/auth/services/sessions.service';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  filterBoolean,
  filterEnumList,
  filterString,
  filterUuidList,
} from 'src/common/admin-list/filter-values';
import type { UserResponseDto } from 'src/users/dto/user-response.dto';
import { UserRole } from 'src/common/auth/user-role';
import { PHASES } from 'src/curriculum/phases';
import { toProfilePatch } from 'src/users/profile-patch';
import { UsersErrorCode, UsersException } from 'src/users/users.exception';
import { normaliseEmail, type User } from 'src/users/users.repository';
import { toUserResponse, UsersService } from 'src/users/users.service';

const forbidden = (code: UsersErrorCode, message: string): UsersException =>
  new UsersException(code, message, HttpStatus.FORBIDDEN);

const conflict = (code: UsersErrorCode, message: string, field?: string): UsersException =>
  new UsersException(code, message, HttpStatus.CONFLICT, field ? [{ field, message }] : undefined);

// Roles and staff accounts are a superuser's own decision: an API key (users:write, say for an
// HR portal) acts for a superuser but manages client accounts only, so a leaked key cannot
// mint staff or superusers.
const managesStaff = (actor: AuthPrincipal): boolean =>
  actor.role === UserRole.Superuser && actor.via !== 'api-key';

/**
 * Staff manage client accounts; only superusers touch roles or other staff accounts, and
 * nobody can lock themselves out or remove the last superuser.
 */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly users: UsersService,
    private readonly invites: InvitesService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly erasure: AccountErasureService,
    private readonly dataSource: DataSource,
  ) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<UserResponseDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['email', 'firstName', 'lastName', 'role', 'createdAt', 'lastLoginAt'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const [users, total] = await this.users.list({
      ...params,
      q: filterString(params.filter, 'q'),
      roles: filterEnumList(params.filter, 'role', Object.values(UserRole)),
      verified: filterBoolean(params.filter, 'verified'),
      active: filterBoolean(params.filter, 'active'),
      testUser: filterBoolean(params.filter, 'testUser'),
      phases: filterEnumList(params.filter, 'phase', PHASES),
      ids: filterUuidList(params.filter, 'id'),
    });
    return { items: users.map(toUserResponse), total, offset: params.offset };
  }

  async get(id: string): Promise<UserResponseDto> {
    return toUserResponse(await this.users.getById(id));
  }

  /** Creates the account without a password and emails an invite to set one. */
  async create(
    dto: AdminCreateUserDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<UserResponseDto> {
    const role = dto.role ?? UserRole.User;
    if (role !== UserRole.User && !managesStaff(actor)) {
      throw forbidden(UsersErrorCode.RoleChangeForbidden, 'Only superusers can create staff accounts.');
    }
    const email = normaliseEmail(dto.email);
    if (await this.users.findByEmail(email)) {
      throw conflict(UsersErrorCode.EmailTaken, 'An account with this email already exists.', 'email');
    }
    const user = await this.users.create({
      email,
      role,
      firstName: dto.firstName?.trim() ?? '',
      lastName: dto.lastName?.trim() ?? '',
      timezone: dto.timezone ?? 'UTC',
    });
    await this.audit.record({
      action: AuditAction.UserCreated,
      actorId: actor.userId,
      targetType: 'user',
      targetId: user.id,
      meta,
      details: { email, role },
    });
    await this.invites.inviteExistingUser(user, actor, meta);
    return this.get(user.id);
  }

  async update(
    id: string,
    dto: AdminUpdateUserDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<UserResponseDto> {
    const user = await this.users.getById(id);
    this.assertMayManage(actor, user);
    const roleChange = dto.role !== undefined && dto.role !== user.role ? dto.role : undefined;
    if (roleChange) {
      if (!managesStaff(actor)) {
        throw forbidden(UsersErrorCode.RoleChangeForbidden, 'Only superusers can change roles.');
      }
      if (user.id === actor.userId) {
        throw conflict(UsersErrorCode.CannotModifySelf, 'You cannot change your own role.', 'role');
      }
    }
    if (dto.isActive === false && user.id === actor.userId) {
      throw conflict(UsersErrorCode.CannotModifySelf, 'You cannot deactivate your own account.', 'isActive');
    }
    const patch: Partial<User> = toProfilePatch(dto);
    if (dto.isActive !== undefined) {
      patch.isActive = dto.isActive;
    }
    if (dto.studioOverride !== undefined) {
      patch.studioOverride = dto.studioOverride;
    }
    if (roleChange) {
      patch.role = roleChange;
    }
    if (Object.keys(patch).length > 0) {
      await this.users.update(id, patch);
    }
    // The new role or the disabled flag applies to the very next request, in every process.
    // Disabling ends the sessions too, and that revocation already drops the account's cached
    // access everywhere: one signal, not a second broadcast waiting on every process's ack.
    if (dto.isActive === false && user.isActive) {
      await this.sessions.revokeAllForUser(id, RevokeReason.AccountDisabled);
    } else if (roleChange || dto.isActive !== undefined) {
      await this.sessions.accessChanged(id);
    }
    if (roleChange) {
      await this.audit.record({
        action: AuditAction.UserRoleChanged,
        actorId: actor.userId,
        targetType: 'user',
        targetId: id,
        meta,
        details: { from: user.role, to: roleChange },
      });
    }
    const changed = Object.keys(patch).filter((key) => key !== 'role');
    if (changed.length > 0) {
      await this.audit.record({
        action: AuditAction.UserUpdated,
        actorId: actor.userId,
        targetType: 'user',
        targetId: id,
        meta,
        details: { fields: changed },
      });
    }
    return this.get(id);
  }

  /** Erases the account and everything about it (see AccountErasureService). */
  async remove(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<UserResponseDto> {
    const user = await this.users.getById(id);
    this.assertMayManage(actor, user);
    if (user.id === actor.userId) {
      throw conflict(UsersErrorCode.CannotModifySelf, 'You cannot delete your own account here.');
    }
    const snapshot = toUserResponse(user);
    await this.erasure.erase(user, { by: 'staff', actorId: actor.userId }, meta);
    return snapshot;
  }

  async setVerified(
    id: string,
    verified: boolean,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<UserResponseDto> {
    const user = await this.users.getById(id);
    this.assertMayManage(actor, user);
    await this.applyVerified(user, verified, actor, meta);
    return this.get(id);
  }

  /**
   * Marks many accounts verified (or not) at once, all or nothing: an unknown id or a staff
   * account a staff member may not change fails the whole request before anything changes.
   * Each account that changes gets its own audit row, as one by one would.
   */
  async bulkSetVerified(
    dto: AdminBulkVerifyDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<AdminBulkVerifyResultDto> {
    const verified = dto.verified ?? true;
    const ids = [...new Set(dto.ids)];
    const [users] = await this.users.list({
      ids,
      offset: 0,
      limit: ids.length,
      sortField: 'createdAt',
      sortOrder: 'ASC',
    });
    const missing = ids.filter((id) => !users.some((user) => user.id === id));
    if (missing.length > 0) {
      throw new UsersException(
        UsersErrorCode.UserNotFound,
        `${missing.length} of these accounts do not exist (any more).`,
        HttpStatus.NOT_FOUND,
        missing.map((id) => ({ field: 'ids', message: id })),
      );
    }
    users.forEach((user) => this.assertMayManage(actor, user));
    const changedIds = await this.dataSource.transaction(async (manager) => {
      const changed: string[] = [];
      for (const user of users) {
        if (await this.applyVerified(user, verified, actor, meta, manager)) {
          changed.push(user.id);
        }
      }
      return changed;
    });
    return { verified, changedIds, unchangedIds: ids.filter((id) => !changedIds.includes(id)) };
  }

  /** Sets the flag when it differs, audited; true when it changed. */
  private async applyVerified(
    user: User,
    verified: boolean,
    actor: AuthPrincipal,
    meta: ClientMetadata,
    manager?: EntityManager,
  ): Promise<boolean> {
    if (verified === (user.emailVerifiedAt !== null)) {
      return false;
    }
    await this.users.update(user.id, { emailVerifiedAt: verified ? new Date() : null }, manager);
    await this.audit.record(
      {
        action: verified ? AuditAction.UserVerified : AuditAction.UserUnverified,
        actorId: actor.userId,
        targetType: 'user',
        targetId: user.id,
        meta,
      },
      manager,
    );
    return true;
  }

  async resendInvite(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<InviteResponseDto> {
    const user = await this.users.getById(id);
    return this.invites.inviteExistingUser(user, actor, meta);
  }

  // Staff manage clients; staff and superuser accounts are managed by superusers. Since no
  // one can demote, deactivate or delete themselves, the last superuser always survives.
  private assertMayManage(actor: AuthPrincipal, target: User): void {
    if (roleAtLeast(target.role, UserRole.Staff) && !managesStaff(actor)) {
      throw forbidden(UsersErrorCode.RoleChangeForbidden, 'Only superusers can change staff accounts.');
    }
  }
}
