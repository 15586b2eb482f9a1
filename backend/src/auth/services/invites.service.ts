import { HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { AcceptInviteDto, InvitePreviewDto } from 'src/auth/dto/account.dto';
import type { CreateInviteDto, CreatedInviteResponseDto, InviteResponseDto } from 'src/auth/dto/invite.dto';
import type { InviteEntity } from 'src/auth/entities/invite.entity';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { AuthService, type WebSignIn } from 'src/auth/services/auth.service';
import { INVITE_STATUSES, InvitesRepository, type InviteStatus } from 'src/auth/services/invites.repository';
import { PasswordService } from 'src/auth/services/password.service';
import { hashToken, newOpaqueToken } from 'src/auth/services/secret-tokens';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterEnumList, filterString, filterUuidList } from 'src/common/admin-list/filter-values';
import type { AllConfig } from 'src/config/config.types';
import { EmailService } from 'src/email/email.service';
import { EmailTemplate } from 'src/email/templates/email-templates';
import { UserRole } from 'src/common/auth/user-role';
import { normaliseEmail, type User } from 'src/users/users.repository';
import { toUserResponse, UsersService } from 'src/users/users.service';
import { WebhooksPublisher } from 'src/webhooks/webhooks.publisher';

const statusOf = (invite: InviteEntity): InviteStatus => {
  if (invite.acceptedAt) {
    return 'accepted';
  }
  if (invite.revokedAt) {
    return 'revoked';
  }
  return invite.expiresAt.getTime() > Date.now() ? 'pending' : 'expired';
};

const toResponse = (invite: InviteEntity): InviteResponseDto => ({
  id: invite.id,
  email: invite.email,
  role: invite.role,
  status: statusOf(invite),
  expiresAt: invite.expiresAt.toISOString(),
  acceptedAt: invite.acceptedAt?.toISOString() ?? null,
  acceptedUserId: invite.acceptedUserId,
  revokedAt: invite.revokedAt?.toISOString() ?? null,
  invitedById: invite.invitedById,
  createdAt: invite.createdAt.toISOString(),
});

/** Invite-only signup: a superuser invites an address, the link sets a password and verifies it. */
@Injectable()
export class InvitesService {
  constructor(
    private readonly invites: InvitesRepository,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly email: EmailService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AllConfig, true>,
    private readonly webhooks: WebhooksPublisher,
  ) {}

  /**
   * A new invite. When mail is kept in the outbox (no transport configured), nobody else will
   * ever see the link, so the answer carries it, once, for the inviter to pass on.
   */
  async create(
    dto: CreateInviteDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<CreatedInviteResponseDto> {
    // As with accounts (admin-users), a key (invites:write) brings in clients, never staff.
    if (actor.via === 'api-key' && (dto.role ?? UserRole.User) !== UserRole.User) {
      throw AuthException.forbidden(
        AuthErrorCode.Forbidden,
        'API keys can invite clients only; staff are invited from the back office.',
      );
    }
    const { invite, link } = await this.createInvite(dto, actor, meta);
    return this.email.keepsMailInOutbox() ? { ...invite, link } : invite;
  }

  private async createInvite(
    dto: CreateInviteDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<{ invite: InviteResponseDto; link: string }> {
    const email = normaliseEmail(dto.email);
    const existing = await this.users.findByEmail(email);
    if (existing?.passwordHash) {
      throw new AuthException(
        AuthErrorCode.EmailTaken,
        'An account with this email already exists.',
        HttpStatus.CONFLICT,
        [{ field: 'email', message: 'already has an account' }],
      );
    }
    if (await this.invites.findPendingByEmail(email)) {
      throw new AuthException(
        AuthErrorCode.InvitePending,
        'This address already has an open invite; resend it instead.',
        HttpStatus.CONFLICT,
        [{ field: 'email', message: 'already invited' }],
      );
    }
    const { invite, link } = await this.issue(email, existing?.role ?? dto.role ?? UserRole.User, actor);
    await this.audit.record({
      action: AuditAction.InviteCreated,
      actorId: actor.userId,
      targetType: 'invite',
      targetId: invite.id,
      meta,
      details: { email, role: invite.role },
    });
    return { invite: toResponse(invite), link };
  }

  /**
   * Invites an account created without a password (back office "create user"), or sends its
   * open invite again with a fresh link.
   */
  async inviteExistingUser(
    user: User,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<InviteResponseDto> {
    if (user.passwordHash) {
      throw new AuthException(
        AuthErrorCode.InviteNotPending,
        'This account has already set a password; it can use "forgot password" instead.',
        HttpStatus.CONFLICT,
      );
    }
    const pending = await this.invites.findPendingByEmail(user.email);
    if (pending) {
      return this.resend(pending.id, actor, meta);
    }
    return (await this.createInvite({ email: user.email, role: user.role }, actor, meta)).invite;
  }

  async list(query: AdminListQueryDto): Promise<AdminListPage<InviteResponseDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['createdAt', 'email', 'expiresAt'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const [invites, total] = await this.invites.list({
      ...params,
      q: filterString(params.filter, 'q'),
      statuses: filterEnumList(params.filter, 'status', INVITE_STATUSES),
      ids: filterUuidList(params.filter, 'id'),
    });
    return { items: invites.map(toResponse), total, offset: params.offset };
  }

  async get(id: string): Promise<InviteResponseDto> {
    return toResponse(await this.find(id));
  }

  /** A fresh link (the old one stops working) and seven more days. */
  async resend(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<InviteResponseDto> {
    const invite = await this.find(id);
    this.assertOpen(invite);
    const token = newOpaqueToken();
    const expiresAt = this.expiry();
    await this.invites.renew(invite.id, hashToken(token), expiresAt);
    await this.sendInvite(invite.email, token, expiresAt, actor);
    await this.audit.record({
      action: AuditAction.InviteResent,
      actorId: actor.userId,
      targetType: 'invite',
      targetId: invite.id,
      meta,
      details: { email: invite.email },
    });
    return this.get(id);
  }

  /**
   * Calls the invite off: its link stops working and the row stays, listed as revoked, for the
   * record. Revoking a revoked invite changes nothing.
   */
  async revoke(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<InviteResponseDto> {
    const invite = await this.find(id);
    if (invite.revokedAt) {
      return toResponse(invite);
    }
    this.assertOpen(invite);
    if (!(await this.invites.markRevoked(id))) {
      // Accepted in the meantime: say so rather than pretend it was revoked.
      this.assertOpen(await this.find(id));
    }
    await this.audit.record({
      action: AuditAction.InviteRevoked,
      actorId: actor.userId,
      targetType: 'invite',
      targetId: id,
      meta,
      details: { email: invite.email },
    });
    return this.get(id);
  }

  async preview(token: string): Promise<InvitePreviewDto> {
    const invite = await this.invites.findByTokenHash(hashToken(token));
    this.assertUsable(invite);
    return { email: invite.email, expiresAt: invite.expiresAt.toISOString() };
  }

  /** Creates (or completes) the account, verified, and starts a browser session for it. */
  async accept(dto: AcceptInviteDto, meta: ClientMetadata): Promise<WebSignIn> {
    const tokenHash = hashToken(dto.token);
    const invite = await this.invites.findByTokenHash(tokenHash);
    this.assertUsable(invite);
    this.passwords.assertStrong(dto.password, {
      email: invite.email,
      firstName: dto.firstName,
      lastName: dto.lastName,
    });
    const passwordHash = await this.passwords.hash(dto.password);

    const user = await this.dataSource.transaction(async (manager) => {
      const existing = await this.users.findByEmail(invite.email, manager);
      if (existing?.passwordHash) {
        throw new AuthException(
          AuthErrorCode.EmailTaken,
          'An account with this email already exists; please sign in.',
          HttpStatus.CONFLICT,
        );
      }
      const now = new Date();
      const fields = {
        passwordHash,
        firstName: dto.firstName.trim(),
        lastName: dto.lastName.trim(),
        emailVerifiedAt: now,
        passwordChangedAt: now,
      };
      let account: User;
      if (existing) {
        await this.users.update(existing.id, fields, manager);
        account = { ...existing, ...fields };
      } else {
        account = await this.users.create({ email: invite.email, role: invite.role, ...fields }, manager);
      }
      // The conditional update decides races: of two accepts with one link, one wins.
      if (!(await this.invites.markAccepted(invite.id, account.id, manager))) {
        throw AuthException.emailedToken(AuthErrorCode.TokenUsed);
      }
      await this.audit.record(
        {
          action: AuditAction.InviteAccepted,
          actorId: account.id,
          actorEmail: account.email,
          targetType: 'invite',
          targetId: invite.id,
          meta,
        },
        manager,
      );
      await this.webhooks.publish(manager, 'invite.accepted', { inviteId: invite.id, userId: account.id });
      return account;
    });
    const fresh = (await this.users.findById(user.id)) ?? user;
    const session = await this.auth.startWebSession(fresh, meta);
    return { user: toUserResponse(fresh), session };
  }

  private assertOpen(invite: InviteEntity): void {
    if (invite.acceptedAt || invite.revokedAt) {
      throw new AuthException(
        AuthErrorCode.InviteNotPending,
        invite.acceptedAt
          ? 'This invite has already been accepted.'
          : 'This invite was revoked; invite them again.',
        HttpStatus.CONFLICT,
      );
    }
  }

  private assertUsable(invite: InviteEntity | null): asserts invite is InviteEntity {
    // A revoked link reads as an unknown one, as it did when revoking deleted the row.
    if (!invite || invite.revokedAt) {
      throw AuthException.emailedToken(AuthErrorCode.TokenInvalid);
    }
    if (invite.acceptedAt) {
      throw AuthException.emailedToken(AuthErrorCode.TokenUsed);
    }
    if (invite.expiresAt.getTime() <= Date.now()) {
      throw AuthException.emailedToken(AuthErrorCode.TokenExpired);
    }
  }

  private async issue(
    email: string,
    role: UserRole,
    actor: AuthPrincipal,
  ): Promise<{ invite: InviteEntity; link: string }> {
    const token = newOpaqueToken();
    const expiresAt = this.expiry();
    const invite = await this.invites.create({
      email,
      role,
      tokenHash: hashToken(token),
      expiresAt,
      invitedById: actor.userId,
    });
    const link = await this.sendInvite(email, token, expiresAt, actor);
    return { invite, link };
  }

  private async sendInvite(
    email: string,
    token: string,
    expiresAt: Date,
    actor: AuthPrincipal,
  ): Promise<string> {
    const inviter = await this.users.findById(actor.userId);
    const inviterName = inviter
      ? [inviter.firstName, inviter.lastName].join(' ').trim() || inviter.email
      : 'The Dev Coach team';
    const existing = await this.users.findByEmail(email);
    const link = `${this.config.get('app.publicUrl', { infer: true })}/invite#token=${token}`;
    await this.email.queueEmail({
      template: EmailTemplate.Invite,
      to: email,
      userId: existing?.id ?? null,
      variables: { inviterName, expiresAt: expiresAt.toISOString() },
      link,
    });
    return link;
  }

  private async find(id: string): Promise<InviteEntity> {
    const invite = await this.invites.findById(id);
    if (!invite) {
      throw AuthException.notFound(AuthErrorCode.InviteNotFound, 'Invite');
    }
    return invite;
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.get('auth.inviteTtlSeconds', { infer: true }) * 1000);
  }
}
