import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type {
  AcceptedResponseDto,
  ChangePasswordDto,
  EmailDto,
  RegisterDto,
  ResetPasswordDto,
  TokenDto,
} from 'src/auth/dto/account.dto';
import { UserTokenPurpose } from 'src/auth/entities/user-token.entity';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { AccountMailService } from 'src/auth/services/account-mail.service';
import { PasswordService } from 'src/auth/services/password.service';
import { ReauthenticationService } from 'src/auth/services/reauthentication.service';
import { RevokeReason, SessionsService } from 'src/auth/services/sessions.service';
import {
  RateLimitCode,
  type RateLimitRule,
  RateLimitService,
} from 'src/common/throttling/rate-limit.service';
import type { AllConfig } from 'src/config/config.types';
import { AfterResponse } from 'src/common/background/after-response';
import { normaliseEmail } from 'src/users/users.repository';
import { UsersService } from 'src/users/users.service';

// The same words whether or not the address has an account: nothing here tells them apart.
const EMAIL_ON_ITS_WAY = 'If that address can receive it, an email is on its way. Please check your inbox.';

/** Signup, email verification and password recovery: everything that works through a mailed link. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly mail: AccountMailService,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimitService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AllConfig, true>,
    private readonly afterResponse: AfterResponse,
    private readonly reauthentication: ReauthenticationService,
  ) {}

  async register(dto: RegisterDto, meta: ClientMetadata): Promise<AcceptedResponseDto> {
    if (this.config.get('auth.signupMode', { infer: true }) !== 'open') {
      throw AuthException.forbidden(AuthErrorCode.SignupClosed, 'Sign-up is by invitation only.');
    }
    const email = normaliseEmail(dto.email);
    this.passwords.assertStrong(dto.password, { email, firstName: dto.firstName, lastName: dto.lastName });
    await this.rateLimits.consume(this.emailRule(), email);
    // Hashed before the lookup so both branches cost the same.
    const passwordHash = await this.passwords.hash(dto.password);
    const existing = await this.users.findByEmail(email);
    if (existing) {
      return { message: EMAIL_ON_ITS_WAY };
    }
    const user = await this.users.create({
      email,
      passwordHash,
      firstName: dto.firstName.trim(),
      lastName: dto.lastName.trim(),
      passwordChangedAt: new Date(),
    });
    // The account exists at once (signing in says "verify your email"); the email and the
    // audit entry follow, so a new address costs no more time than a taken one.
    this.afterResponse.run('signup email', async () => {
      await this.audit.record({
        action: AuditAction.SignupRegistered,
        actorId: user.id,
        actorEmail: email,
        meta,
      });
      await this.mail.sendVerification(user);
    });
    return { message: EMAIL_ON_ITS_WAY };
  }

  async verifyEmail(dto: TokenDto, meta: ClientMetadata): Promise<AcceptedResponseDto> {
    const user = await this.dataSource.transaction(async (manager) => {
      const userId = await this.mail.redeem(UserTokenPurpose.VerifyEmail, dto.token, manager);
      const found = await this.users.findById(userId, manager);
      if (!found) {
        throw AuthException.emailedToken(AuthErrorCode.TokenInvalid);
      }
      if (!found.emailVerifiedAt) {
        await this.users.update(found.id, { emailVerifiedAt: new Date() }, manager);
      }
      return found;
    });
    await this.audit.record({
      action: AuditAction.EmailVerified,
      actorId: user.id,
      actorEmail: user.email,
      meta,
    });
    return { message: 'Your email address is confirmed. You can sign in now.' };
  }

  async resendVerification(dto: EmailDto): Promise<AcceptedResponseDto> {
    const email = normaliseEmail(dto.email);
    await this.rateLimits.consume(this.emailRule(), email);
    // After the answer, lookup included: known and unknown addresses take the same time.
    this.afterResponse.run('verification email', async () => {
      const user = await this.users.findByEmail(email);
      if (user && !user.emailVerifiedAt && user.passwordHash && user.isActive) {
        await this.mail.sendVerification(user);
      }
    });
    return { message: EMAIL_ON_ITS_WAY };
  }

  async forgotPassword(dto: EmailDto, meta: ClientMetadata): Promise<AcceptedResponseDto> {
    const email = normaliseEmail(dto.email);
    await this.rateLimits.consume(this.emailRule(), email);
    // After the answer, lookup included: known and unknown addresses take the same time.
    this.afterResponse.run('password reset email', async () => {
      const user = await this.users.findByEmail(email);
      if (user && user.isActive) {
        await this.mail.sendPasswordReset(user);
        await this.audit.record({
          action: AuditAction.PasswordResetRequested,
          actorId: user.id,
          actorEmail: email,
          meta,
        });
      }
    });
    return { message: EMAIL_ON_ITS_WAY };
  }

  /**
   * Sets a new password from an emailed link and ends every session. Two-factor stays on:
   * the next sign-in still asks for a code, so a stolen inbox alone is not enough.
   */
  async resetPassword(dto: ResetPasswordDto, meta: ClientMetadata): Promise<AcceptedResponseDto> {
    const user = await this.dataSource.transaction(async (manager) => {
      const userId = await this.mail.redeem(UserTokenPurpose.ResetPassword, dto.token, manager);
      const found = await this.users.findById(userId, manager);
      if (!found) {
        throw AuthException.emailedToken(AuthErrorCode.TokenInvalid);
      }
      // Checked inside the transaction: a weak password rolls the redemption back, so the
      // link still works for a second try.
      this.passwords.assertStrong(dto.password, found);
      const now = new Date();
      await this.users.update(
        found.id,
        {
          passwordHash: await this.passwords.hash(dto.password),
          passwordChangedAt: now,
          // Following the emailed link proves the address.
          emailVerifiedAt: found.emailVerifiedAt ?? now,
        },
        manager,
      );
      return found;
    });
    await this.sessions.revokeAllForUser(user.id, RevokeReason.PasswordReset);
    await this.audit.record({
      action: AuditAction.PasswordReset,
      actorId: user.id,
      actorEmail: user.email,
      meta,
    });
    await this.mail.sendPasswordChanged(user, 'reset');
    return { message: 'Your password has been changed. Please sign in with the new one.' };
  }

  /** Changes the caller's password; every other session ends, this one stays signed in. */
  async changePassword(
    principal: AuthPrincipal,
    dto: ChangePasswordDto,
    meta: ClientMetadata,
  ): Promise<void> {
    const user = await this.users.getById(principal.userId);
    await this.reauthentication.confirm(
      user,
      { password: dto.currentPassword, passwordField: 'currentPassword' },
      meta,
      // A new password already needs the old one; the second factor guards sign-in, not this.
      { withSecondFactor: false },
    );
    this.passwords.assertStrong(dto.newPassword, user, 'newPassword');
    await this.users.update(user.id, {
      passwordHash: await this.passwords.hash(dto.newPassword),
      passwordChangedAt: new Date(),
    });
    await this.sessions.revokeAllForUser(user.id, RevokeReason.PasswordChanged, principal.sessionId);
    await this.audit.record({
      action: AuditAction.PasswordChanged,
      actorId: user.id,
      actorEmail: user.email,
      meta,
    });
    await this.mail.sendPasswordChanged(user, 'changed');
  }

  private emailRule(): RateLimitRule {
    const limits = this.config.get('auth.rateLimits', { infer: true });
    return {
      name: 'email-address',
      limit: limits.emailPerAddress,
      windowSeconds: limits.emailWindowSeconds,
      code: RateLimitCode.EmailRateLimited,
      message: 'Too many emails requested for this address. Please wait before asking again.',
    };
  }
}
