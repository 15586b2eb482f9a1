import { randomBytes } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { generateSecret, generateURI } from 'otplib';
import { toDataURL } from 'qrcode';
import { DataSource } from 'typeorm';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type {
  DisableTwoFactorDto,
  EnableTwoFactorDto,
  RecoveryCodesResponseDto,
  TwoFactorSetupResponseDto,
} from 'src/auth/dto/two-factor.dto';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { RecoveryCodesRepository } from 'src/auth/services/recovery-codes.repository';
import { ReauthenticationService } from 'src/auth/services/reauthentication.service';
import { SessionsService } from 'src/auth/services/sessions.service';
import { normaliseRecoveryCode, SecondFactorService } from 'src/auth/services/second-factor.service';
import { hashToken } from 'src/auth/services/secret-tokens';
import { UsersService } from 'src/users/users.service';

const ISSUER = 'Dev Coach';
const RECOVERY_CODE_COUNT = 10;
// Crockford-like alphabet without look-alikes (0/O, 1/I/L); 16 characters ≈ 80 bits.
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const newRecoveryCode = (): string => {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
};

@Injectable()
export class TwoFactorService {
  constructor(
    private readonly users: UsersService,
    private readonly recoveryCodes: RecoveryCodesRepository,
    private readonly secondFactor: SecondFactorService,
    private readonly reauthentication: ReauthenticationService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /** Starts enrolment: a new secret, active only once `enable` confirms a code from it. */
  async setup(principal: AuthPrincipal): Promise<TwoFactorSetupResponseDto> {
    const user = await this.users.getById(principal.userId);
    if (user.totpEnabledAt) {
      throw new AuthException(
        AuthErrorCode.TwoFactorAlreadyEnabled,
        'Two-factor authentication is already on.',
        HttpStatus.CONFLICT,
      );
    }
    const secret = generateSecret();
    await this.users.update(user.id, { totpSecret: secret, totpLastStep: null });
    const otpauthUrl = generateURI({ issuer: ISSUER, label: user.email, secret });
    return { secret, otpauthUrl, qrCodeDataUrl: await toDataURL(otpauthUrl) };
  }

  async enable(
    principal: AuthPrincipal,
    dto: EnableTwoFactorDto,
    meta: ClientMetadata,
  ): Promise<RecoveryCodesResponseDto> {
    const user = await this.users.getById(principal.userId);
    if (user.totpEnabledAt) {
      throw new AuthException(
        AuthErrorCode.TwoFactorAlreadyEnabled,
        'Two-factor authentication is already on.',
        HttpStatus.CONFLICT,
      );
    }
    if (!user.totpSecret) {
      throw new AuthException(
        AuthErrorCode.TwoFactorNotSetUp,
        'Start with POST /api/v1/auth/2fa/setup.',
        HttpStatus.CONFLICT,
      );
    }
    if (!(await this.secondFactor.verifyTotp(user, dto.otp))) {
      // 400, not 401: the session is fine, only the code is wrong.
      throw new AuthException(
        AuthErrorCode.OtpInvalid,
        'That code is not valid. Check your authenticator app and try again.',
        HttpStatus.BAD_REQUEST,
        [{ field: 'otp', message: 'is not valid' }],
      );
    }
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.dataSource.transaction(async (manager) => {
      await this.users.update(user.id, { totpEnabledAt: new Date() }, manager);
      await this.recoveryCodes.replaceAll(
        user.id,
        codes.map((code) => hashToken(normaliseRecoveryCode(code))),
        manager,
      );
      await this.audit.record(
        { action: AuditAction.TwoFactorEnabled, actorId: user.id, actorEmail: user.email, meta },
        manager,
      );
    });
    await this.sessions.accessChanged(user.id);
    return { recoveryCodes: codes };
  }

  async disable(principal: AuthPrincipal, dto: DisableTwoFactorDto, meta: ClientMetadata): Promise<void> {
    const user = await this.users.getById(principal.userId);
    if (!user.totpEnabledAt) {
      throw new AuthException(
        AuthErrorCode.TwoFactorNotEnabled,
        'Two-factor authentication is not on.',
        HttpStatus.CONFLICT,
      );
    }
    await this.reauthentication.confirm(user, dto, meta, { withSecondFactor: true });
    await this.dataSource.transaction(async (manager) => {
      await this.users.update(
        user.id,
        { totpEnabledAt: null, totpSecret: null, totpLastStep: null },
        manager,
      );
      await this.recoveryCodes.deleteAll(user.id, manager);
      await this.audit.record(
        { action: AuditAction.TwoFactorDisabled, actorId: user.id, actorEmail: user.email, meta },
        manager,
      );
    });
    await this.sessions.accessChanged(user.id);
  }
}
