import { Injectable } from '@nestjs/common';
import { verify } from 'otplib';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { RecoveryCodesRepository } from 'src/auth/services/recovery-codes.repository';
import { hashToken } from 'src/auth/services/secret-tokens';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { UsersService } from 'src/users/users.service';
import type { User } from 'src/users/users.repository';

export const normaliseRecoveryCode = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();

/**
 * Checks a second factor: a current TOTP code (each step usable once, so a code seen over a
 * shoulder cannot be replayed) or an unused recovery code. Kept apart from the 2FA set-up
 * service so sign-in and re-authentication can use it without depending on set-up.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly users: UsersService,
    private readonly recoveryCodes: RecoveryCodesRepository,
    private readonly audit: AuditService,
  ) {}

  async verifyCode(user: User, code: string, meta: ClientMetadata): Promise<boolean> {
    const trimmed = code.trim();
    if (/^\d{6}$/.test(trimmed)) {
      return this.verifyTotp(user, trimmed);
    }
    const normalised = normaliseRecoveryCode(trimmed);
    if (normalised.length !== 16 || !(await this.recoveryCodes.consume(user.id, hashToken(normalised)))) {
      return false;
    }
    await this.audit.record({
      action: AuditAction.RecoveryCodeUsed,
      actorId: user.id,
      actorEmail: user.email,
      meta,
      details: { remaining: await this.recoveryCodes.countUnused(user.id) },
    });
    return true;
  }

  async verifyTotp(user: User, token: string): Promise<boolean> {
    if (!user.totpSecret || !/^\d{6}$/.test(token)) {
      return false;
    }
    // One step either side absorbs phone clocks that drift by up to 30 s.
    const result = await verify({ secret: user.totpSecret, token, epochTolerance: 30 });
    if (!result.valid || !('timeStep' in result)) {
      return false;
    }
    return this.users.claimTotpStep(user.id, result.timeStep);
  }
}
