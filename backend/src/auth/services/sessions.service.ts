import { HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import type { SessionResponseDto } from 'src/auth/dto/session-response.dto';
import type { SessionClient } from 'src/auth/entities/session.entity';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { AuthContextCache } from 'src/auth/services/auth-context.cache';
import { hashToken, newOpaqueToken } from 'src/auth/services/secret-tokens';
import { type SessionValidity, SessionsRepository } from 'src/auth/services/sessions.repository';
import { TokenService } from 'src/auth/services/token.service';
import { AuditService } from 'src/audit/audit.service';
import { AuditAction } from 'src/audit/audit.constants';
import type { AllConfig } from 'src/config/config.types';
import { type AccountAccess, UsersRepository } from 'src/users/users.repository';

/** What the guard needs on every request: the session and its account's access. */
export interface SessionAuthContext extends AccountAccess {
  sessionId: string;
  userId: string;
  revoked: boolean;
  expiresAt: Date;
}

const toAuthContext = (
  session: SessionValidity | null,
  access: AccountAccess | null,
): SessionAuthContext | undefined =>
  session && access
    ? {
        sessionId: session.id,
        userId: session.userId,
        revoked: session.revokedAt !== null,
        expiresAt: session.expiresAt,
        ...access,
      }
    : undefined;

export interface IssuedSession {
  sessionId: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
  /** Access-token lifetime in seconds. */
  expiresIn: number;
  refreshExpiresIn: number;
}

export enum RevokeReason {
  Logout = 'logout',
  LogoutAll = 'logout_all',
  UserRevoked = 'user_revoked',
  PasswordChanged = 'password_changed',
  PasswordReset = 'password_reset',
  RefreshReuse = 'refresh_reuse',
  AccountDisabled = 'account_disabled',
  RoleChanged = 'role_changed',
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly config: ConfigService<AllConfig, true>,
    private readonly cache: AuthContextCache<SessionAuthContext>,
  ) {}

  private refreshTtlSeconds(): number {
    return this.config.get('auth.refreshTokenTtlSeconds', { infer: true });
  }

  async start(userId: string, client: SessionClient, meta: ClientMetadata): Promise<IssuedSession> {
    const refreshExpiresIn = this.refreshTtlSeconds();
    const expiresAt = new Date(Date.now() + refreshExpiresIn * 1000);
    const session = await this.sessions.createSession({
      userId,
      client,
      userAgent: meta.userAgent,
      ip: meta.ip,
      expiresAt,
    });
    const refreshToken = newOpaqueToken();
    await this.sessions.addRefreshToken(session.id, hashToken(refreshToken), expiresAt);
    const access = this.tokens.signAccessToken(userId, session.id);
    return {
      sessionId: session.id,
      userId,
      accessToken: access.token,
      refreshToken,
      expiresIn: access.expiresIn,
      refreshExpiresIn,
    };
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already rotated means someone
   * else holds a copy: the whole family (session) is revoked, for the thief and the owner alike.
   */
  async rotate(refreshToken: string, meta: ClientMetadata): Promise<IssuedSession> {
    const result = await this.sessions.consumeRefreshToken(hashToken(refreshToken));
    if (result.kind === 'unknown') {
      throw AuthException.unauthorized(AuthErrorCode.TokenInvalid, 'This refresh token is not valid.');
    }
    const session = await this.sessions.findValidity(result.sessionId);
    const context = toAuthContext(session, session ? await this.users.findAccess(session.userId) : null);
    if (result.kind === 'reused') {
      if (context && !context.revoked) {
        await this.revoke(result.sessionId, RevokeReason.RefreshReuse);
        await this.audit.record({
          action: AuditAction.RefreshTokenReused,
          actorId: context.userId,
          targetType: 'session',
          targetId: result.sessionId,
          meta,
        });
      }
      throw AuthException.unauthorized(
        AuthErrorCode.TokenUsed,
        'This refresh token was already used; the session has been ended. Please sign in again.',
      );
    }
    if (!context || !this.isUsable(context)) {
      throw AuthException.unauthorized(
        AuthErrorCode.TokenInvalid,
        'This session has ended. Please sign in again.',
      );
    }
    if (result.expired) {
      throw AuthException.unauthorized(
        AuthErrorCode.TokenExpired,
        'This session has expired. Please sign in again.',
      );
    }
    const refreshExpiresIn = this.refreshTtlSeconds();
    const expiresAt = new Date(Date.now() + refreshExpiresIn * 1000);
    const next = newOpaqueToken();
    await this.sessions.addRefreshToken(context.sessionId, hashToken(next), expiresAt);
    await this.sessions.touch(context.sessionId, expiresAt);
    await this.cache.sessionChanged(context.sessionId);
    const access = this.tokens.signAccessToken(context.userId, context.sessionId);
    return {
      sessionId: context.sessionId,
      userId: context.userId,
      accessToken: access.token,
      refreshToken: next,
      expiresIn: access.expiresIn,
      refreshExpiresIn,
    };
  }

  /** The live session behind an access token, or undefined when it no longer counts. */
  async authContext(sessionId: string, userId: string): Promise<SessionAuthContext | undefined> {
    const cached = this.cache.get(sessionId);
    if (cached) {
      return cached.userId === userId && this.isUsable(cached) ? cached : undefined;
    }
    const generation = this.cache.begin();
    // The token names both, so the two reads run side by side on this per-request path.
    const [session, access] = await Promise.all([
      this.sessions.findValidity(sessionId),
      this.users.findAccess(userId),
    ]);
    const context = toAuthContext(session, access);
    if (!context || context.userId !== userId) {
      return undefined;
    }
    this.cache.store(context, generation);
    return this.isUsable(context) ? context : undefined;
  }

  /**
   * Call after anything that changes what `authContext` answers for this user's sessions (role,
   * active flag, 2FA, deletion) has committed; the next request in any process reads afresh.
   */
  accessChanged(userId: string): Promise<void> {
    return this.cache.userChanged(userId);
  }

  /** Session id behind a refresh token, without using it up (for logout). */
  sessionIdForRefreshToken(refreshToken: string): Promise<string | undefined> {
    return this.sessions.findByRefreshTokenHash(hashToken(refreshToken));
  }

  async revoke(sessionId: string, reason: RevokeReason): Promise<boolean> {
    const revoked = await this.sessions.revoke(sessionId, reason);
    await this.cache.sessionChanged(sessionId);
    return revoked;
  }

  async revokeAllForUser(userId: string, reason: RevokeReason, exceptSessionId?: string): Promise<number> {
    const count = await this.sessions.revokeAllForUser(userId, reason, exceptSessionId);
    await this.cache.userChanged(userId);
    return count;
  }

  async listForUser(userId: string, currentSessionId?: string): Promise<SessionResponseDto[]> {
    const sessions = await this.sessions.listActiveForUser(userId);
    return sessions.map((session) => ({
      id: session.id,
      client: session.client,
      userAgent: session.userAgent,
      ip: session.ip,
      createdAt: session.createdAt.toISOString(),
      lastUsedAt: session.lastUsedAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      current: session.id === currentSessionId,
    }));
  }

  /** Ends one of the caller's own sessions; someone else's is a 404, as if it did not exist. */
  async revokeOwn(userId: string, sessionId: string, meta: ClientMetadata): Promise<void> {
    const session = await this.sessions.findById(sessionId);
    if (!session || session.userId !== userId || session.revokedAt) {
      throw new AuthException(AuthErrorCode.SessionNotFound, 'Session not found.', HttpStatus.NOT_FOUND);
    }
    await this.revoke(sessionId, RevokeReason.UserRevoked);
    await this.audit.record({
      action: AuditAction.SessionRevoked,
      actorId: userId,
      targetType: 'session',
      targetId: sessionId,
      meta,
    });
  }

  private isUsable(context: SessionAuthContext): boolean {
    return !context.revoked && context.isActive && context.expiresAt.getTime() > Date.now();
  }
}
