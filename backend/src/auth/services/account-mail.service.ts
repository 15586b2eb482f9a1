import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import { UserTokenPurpose } from 'src/auth/entities/user-token.entity';
import { hashToken, newOpaqueToken } from 'src/auth/services/secret-tokens';
import { UserTokensRepository } from 'src/auth/services/user-tokens.repository';
import type { AllConfig } from 'src/config/config.types';
import { EmailService } from 'src/email/email.service';
import { EmailTemplate } from 'src/email/templates/email-templates';
import type { User } from 'src/users/users.repository';

const REDEMPTION_ERRORS = {
  unknown: AuthErrorCode.TokenInvalid,
  expired: AuthErrorCode.TokenExpired,
  used: AuthErrorCode.TokenUsed,
} as const;

/** The emailed one-time links of an account (verify, reset) and the notices about it. */
@Injectable()
export class AccountMailService {
  constructor(
    private readonly tokens: UserTokensRepository,
    private readonly email: EmailService,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  async sendVerification(user: User): Promise<void> {
    const token = await this.issue(
      user,
      UserTokenPurpose.VerifyEmail,
      this.config.get('auth.verifyEmailTtlSeconds', { infer: true }),
    );
    await this.email.queueEmail({
      template: EmailTemplate.VerifyEmail,
      to: user.email,
      userId: user.id,
      variables: { firstName: user.firstName },
      link: this.link('verify-email', token),
    });
  }

  async sendPasswordReset(user: User): Promise<void> {
    const ttl = this.config.get('auth.resetPasswordTtlSeconds', { infer: true });
    const token = await this.issue(user, UserTokenPurpose.ResetPassword, ttl);
    await this.email.queueEmail({
      template: EmailTemplate.ResetPassword,
      to: user.email,
      userId: user.id,
      variables: { firstName: user.firstName, expiresInMinutes: String(Math.round(ttl / 60)) },
      link: this.link('reset-password', token),
    });
  }

  async sendPasswordChanged(user: User, how: 'changed' | 'reset'): Promise<void> {
    await this.email.queueEmail({
      template: EmailTemplate.PasswordChanged,
      to: user.email,
      userId: user.id,
      variables: { firstName: user.firstName, changedAt: new Date().toISOString(), how },
    });
  }

  /** Uses up an emailed token inside the caller's transaction; throws the documented 400s. */
  async redeem(purpose: UserTokenPurpose, token: string, manager: EntityManager): Promise<string> {
    const redemption = await this.tokens.redeem(purpose, hashToken(token), manager);
    if (redemption.kind !== 'ok') {
      throw AuthException.emailedToken(REDEMPTION_ERRORS[redemption.kind]);
    }
    return redemption.userId;
  }

  // A new link replaces older ones of the same kind: only the latest email works.
  private async issue(user: User, purpose: UserTokenPurpose, ttlSeconds: number): Promise<string> {
    const token = newOpaqueToken();
    await this.tokens.invalidateOpen(user.id, purpose);
    await this.tokens.create(user.id, purpose, hashToken(token), new Date(Date.now() + ttlSeconds * 1000));
    return token;
  }

  // The token rides in the fragment: browsers never send it to a server or in a Referer.
  private link(page: string, token: string): string {
    return `${this.config.get('app.publicUrl', { infer: true })}/${page}#token=${token}`;
  }
}
