import { BlockList, isIP } from 'node:net';
import { HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { LoginDto, TokenResponseDto } from 'src/auth/dto/login.dto';
import type { SessionClient } from 'src/auth/entities/session.entity';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { PasswordService } from 'src/auth/services/password.service';
import { type IssuedSession, RevokeReason, SessionsService } from 'src/auth/services/sessions.service';
import { TokenService } from 'src/auth/services/token.service';
import { SecondFactorService } from 'src/auth/services/second-factor.service';
import {
  RateLimitCode,
  type RateLimitRule,
  RateLimitService,
} from 'src/common/throttling/rate-limit.service';
import { RateLimitException } from 'src/common/throttling/rate-limit.exception';
import type { AllConfig } from 'src/config/config.types';
import type { UserResponseDto } from 'src/users/dto/user-response.dto';
import { normaliseEmail, type User } from 'src/users/users.repository';
import { toUserResponse, UsersService } from 'src/users/users.service';

/** A browser sign-in: the account for the body and the session for the cookies. */
export interface WebSignIn {
  user: UserResponseDto;
  session: IssuedSession;
}

export interface LogoutCredentials {
  refreshToken?: string;
  accessToken?: string;
}

const LOCKOUT_MESSAGE = 'Too many failed sign-in attempts. Please wait before trying again.';

@Injectable()
export class AuthService {
  /** Built on first use from `auth.rateLimits.ipAllowlist`. */
  private ipAllowlist?: BlockList;

  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly tokens: TokenService,
    private readonly secondFactor: SecondFactorService,
    private readonly rateLimits: RateLimitService,
    private readonly audit: AuditService,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** Browser sign-in: the session is for cookies, which the controller sets. */
  async login(dto: LoginDto, meta: ClientMetadata): Promise<WebSignIn> {
    const { user, session } = await this.signIn(dto, meta, 'web');
    return { user: toUserResponse(user), session };
  }

  /** Integrator sign-in: the same checks, tokens in the body, no cookies. */
  async token(dto: LoginDto, meta: ClientMetadata): Promise<TokenResponseDto> {
    const { session } = await this.signIn(dto, meta, 'api');
    return this.tokenResponse(session);
  }

  /** Rotation for integrators: the new tokens go back in the body. */
  async refreshTokens(refreshToken: string, meta: ClientMetadata): Promise<TokenResponseDto> {
    return this.tokenResponse(await this.sessions.rotate(refreshToken, meta));
  }

  /** Rotation for a browser: the new session goes back as cookies. */
  rotateWebSession(refreshToken: string, meta: ClientMetadata): Promise<IssuedSession> {
    return this.sessions.rotate(refreshToken, meta);
  }

  /**
   * Ends the session a refresh token or, failing that, an access token belongs to. Either may
   * be missing, unknown or expired: signing out with nothing to end is not an error.
   */
  async logout(credentials: LogoutCredentials, meta: ClientMetadata): Promise<void> {
    const sessionId = credentials.refreshToken
      ? await this.sessions.sessionIdForRefreshToken(credentials.refreshToken)
      : credentials.accessToken
        ? this.tokens.verifyAccessToken(credentials.accessToken)?.sid
        : undefined;
    if (sessionId && (await this.sessions.revoke(sessionId, RevokeReason.Logout))) {
      await this.audit.record({
        action: AuditAction.Logout,
        targetType: 'session',
        targetId: sessionId,
        meta,
      });
    }
  }

  async logoutAll(principal: AuthPrincipal, meta: ClientMetadata): Promise<void> {
    const count = await this.sessions.revokeAllForUser(principal.userId, RevokeReason.LogoutAll);
    await this.audit.record({
      action: AuditAction.LogoutAll,
      actorId: principal.userId,
      meta,
      details: { sessions: count },
    });
  }

  /** Starts a browser session for an account that just proved itself another way (accepted invite). */
  async startWebSession(user: User, meta: ClientMetadata): Promise<IssuedSession> {
    const session = await this.sessions.start(user.id, 'web', meta);
    await this.users.update(user.id, { lastLoginAt: new Date() });
    return session;
  }

  private async signIn(
    dto: LoginDto,
    meta: ClientMetadata,
    client: SessionClient,
  ): Promise<{ user: User; session: IssuedSession }> {
    const email = normaliseEmail(dto.email);
    const ip = meta.ip ?? 'unknown';
    const lock = await this.lockFor(email, ip);
    // A locked attempt without a second factor is answered at once: no password check, so a
    // flood of them costs the server nothing.
    if (lock && !dto.otp) {
      throw lock;
    }

    // Unknown address and wrong password take the same path and the same time (one argon2
    // verification each), and end in the same 401.
    const user = await this.users.findByEmail(email);
    let passwordOk = false;
    if (user) {
      passwordOk = await this.passwords.verify(user.passwordHash, dto.password);
    } else {
      await this.passwords.verifyDummy(dto.password);
    }
    if (lock) {
      // The one way through a lock: the right password and a valid second factor, which a
      // password guesser does not have. Anything less gets the same 429 as before.
      if (!(
        user &&
        passwordOk &&
        user.totpEnabledAt &&
        dto.otp &&
        (await this.secondFactor.verifyCode(user, dto.otp, meta))
      )) {
        throw lock;
      }
    } else {
      if (!user || !passwordOk) {
        await this.recordFailure(email, ip, meta, user, 'password');
        throw AuthException.invalidCredentials();
      }
      if (user.totpEnabledAt) {
        if (!dto.otp) {
          throw new AuthException(
            AuthErrorCode.OtpRequired,
            'Enter the code from your authenticator app.',
            HttpStatus.UNAUTHORIZED,
            [{ field: 'otp', message: 'required' }],
          );
        }
        if (!(await this.secondFactor.verifyCode(user, dto.otp, meta))) {
          await this.recordFailure(email, ip, meta, user, 'otp');
          throw new AuthException(
            AuthErrorCode.OtpInvalid,
            'That code is not valid. Please try again.',
            HttpStatus.UNAUTHORIZED,
            [{ field: 'otp', message: 'invalid' }],
          );
        }
      }
    }
    if (!user.isActive) {
      await this.audit.record({
        action: AuditAction.LoginFailed,
        actorId: user.id,
        actorEmail: email,
        meta,
        details: { reason: 'disabled' },
      });
      throw AuthException.forbidden(AuthErrorCode.AccountDisabled, 'This account has been deactivated.');
    }
    if (!user.emailVerifiedAt) {
      throw AuthException.forbidden(
        AuthErrorCode.EmailNotVerified,
        'Please confirm your email address first; we can send the link again.',
      );
    }

    await this.rateLimits.clear(this.loginRule('account'), accountFromIp(email, ip));
    const session = await this.sessions.start(user.id, client, meta);
    await this.users.update(user.id, { lastLoginAt: new Date() });
    await this.audit.record({
      action: AuditAction.LoginSucceeded,
      actorId: user.id,
      actorEmail: email,
      targetType: 'session',
      targetId: session.sessionId,
      meta,
      details: { client },
    });
    return { user: { ...user, lastLoginAt: new Date() }, session };
  }

  private async recordFailure(
    email: string,
    ip: string,
    meta: ClientMetadata,
    user: User | null,
    reason: 'password' | 'otp',
  ): Promise<void> {
    await this.rateLimits.record(this.loginRule('account'), accountFromIp(email, ip));
    await this.rateLimits.record(this.loginRule('accountAllIps'), email);
    if (!this.allowlisted(ip)) {
      await this.rateLimits.record(this.loginRule('ip'), ip);
    }
    await this.audit.record({
      action: AuditAction.LoginFailed,
      actorId: user?.id ?? null,
      actorEmail: email,
      meta,
      details: { reason },
    });
  }

  private tokenResponse(session: IssuedSession): TokenResponseDto {
    return {
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      expiresIn: session.expiresIn,
      tokenType: 'Bearer',
    };
  }

  /**
   * The lock in force for this account from this address, if any. Locks are per account *and*
   * address, so a stranger hammering an account locks out themselves, not its owner elsewhere;
   * a much higher per-account limit slows guessing spread over many addresses; the per-address
   * limit slows password spraying but never applies to allow-listed addresses (the office).
   */
  private async lockFor(email: string, ip: string): Promise<RateLimitException | null> {
    try {
      await this.rateLimits.assertAvailable(this.loginRule('account'), accountFromIp(email, ip));
      await this.rateLimits.assertAvailable(this.loginRule('accountAllIps'), email);
      if (!this.allowlisted(ip)) {
        await this.rateLimits.assertAvailable(this.loginRule('ip'), ip);
      }
      return null;
    } catch (error) {
      if (error instanceof RateLimitException) {
        return error;
      }
      throw error;
    }
  }

  private allowlisted(ip: string): boolean {
    if (!this.ipAllowlist) {
      this.ipAllowlist = buildBlockList(this.config.get('auth.rateLimits.ipAllowlist', { infer: true }));
    }
    return isIP(ip) !== 0 && this.ipAllowlist.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
  }

  /** The three sign-in locks differ only in what they count and how many failures they allow. */
  private loginRule(scope: 'account' | 'accountAllIps' | 'ip'): RateLimitRule {
    const limits = this.config.get('auth.rateLimits', { infer: true });
    const rule = {
      account: { name: 'login-account', limit: limits.loginPerAccount },
      accountAllIps: { name: 'login-account-all-ips', limit: limits.loginPerAccountAllIps },
      ip: { name: 'login-ip', limit: limits.loginPerIp },
    }[scope];
    return {
      ...rule,
      windowSeconds: limits.loginWindowSeconds,
      code: RateLimitCode.LoginRateLimited,
      message: LOCKOUT_MESSAGE,
    };
  }
}

const accountFromIp = (email: string, ip: string): string => `${email}|${ip}`;

const buildBlockList = (entries: readonly string[]): BlockList => {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) {
      list.addAddress(address, family);
    } else {
      list.addSubnet(address, Number(prefix), family);
    }
  }
  return list;
};
