import { HttpStatus, Injectable } from '@nestjs/common';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import { PasswordService } from 'src/auth/services/password.service';
import { SecondFactorService } from 'src/auth/services/second-factor.service';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import type { User } from 'src/users/users.repository';

export interface ReauthenticationProof {
  password: string;
  /** The body field the password came in, named in the error details. */
  passwordField?: string;
  /** Needed when two-factor authentication is on and `withSecondFactor` is set. */
  otp?: string;
}

/**
 * A signed-in person proves again that it is them before a change that cannot be undone
 * (turning 2FA off, deleting the account) or that locks others out (a new password).
 * Failures answer 400 naming the field, never 401: the session itself is still good, and a 401
 * would send the front ends into their refresh-and-retry path.
 */
@Injectable()
export class ReauthenticationService {
  constructor(
    private readonly passwords: PasswordService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  async confirm(
    user: User,
    proof: ReauthenticationProof,
    meta: ClientMetadata,
    options: { withSecondFactor: boolean },
  ): Promise<void> {
    const passwordField = proof.passwordField ?? 'password';
    if (!(await this.passwords.verify(user.passwordHash, proof.password))) {
      throw new AuthException(
        AuthErrorCode.PasswordIncorrect,
        'Your password is not correct.',
        HttpStatus.BAD_REQUEST,
        [{ field: passwordField, message: 'is not correct' }],
      );
    }
    if (!options.withSecondFactor || !user.totpEnabledAt) {
      return;
    }
    if (!proof.otp) {
      throw new AuthException(
        AuthErrorCode.OtpRequired,
        'Enter a code from your authenticator app or a recovery code.',
        HttpStatus.BAD_REQUEST,
        [{ field: 'otp', message: 'is required while two-factor authentication is on' }],
      );
    }
    if (!(await this.secondFactor.verifyCode(user, proof.otp, meta))) {
      throw new AuthException(AuthErrorCode.OtpInvalid, 'That code is not valid.', HttpStatus.BAD_REQUEST, [
        { field: 'otp', message: 'is not valid' },
      ]);
    }
  }
}
