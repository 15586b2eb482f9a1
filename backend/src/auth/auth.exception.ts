import { HttpStatus } from '@nestjs/common';
import { AppException, type ErrorDetail } from 'src/common/errors/app.exception';

// Stable codes clients translate; never rename one that shipped.
export enum AuthErrorCode {
  Unauthorized = 'unauthorized',
  InvalidCredentials = 'invalid_credentials',
  EmailNotVerified = 'email_not_verified',
  AccountDisabled = 'account_disabled',
  OtpRequired = 'otp_required',
  OtpInvalid = 'otp_invalid',
  TokenInvalid = 'token_invalid',
  TokenExpired = 'token_expired',
  TokenUsed = 'token_used',
  Forbidden = 'forbidden',
  InsufficientScope = 'insufficient_scope',
  CsrfInvalid = 'csrf_invalid',
  TwoFactorRequired = 'two_factor_required',
  TwoFactorAlreadyEnabled = 'two_factor_already_enabled',
  TwoFactorNotEnabled = 'two_factor_not_enabled',
  TwoFactorNotSetUp = 'two_factor_not_set_up',
  SignupClosed = 'signup_closed',
  PasswordTooWeak = 'password_too_weak',
  PasswordIncorrect = 'password_incorrect',
  EmailTaken = 'email_taken',
  InvitePending = 'invite_pending',
  InviteNotPending = 'invite_not_pending',
  SessionNotFound = 'session_not_found',
  InviteNotFound = 'invite_not_found',
  ApiKeyNotFound = 'api_key_not_found',
  /** The API key's expiry has passed; a superuser can renew it. */
  ApiKeyExpired = 'api_key_expired',
  ApiKeyRevoked = 'api_key_revoked',
  LastSuperuser = 'last_superuser',
}

export class AuthException extends AppException {
  constructor(code: AuthErrorCode, message: string, status: HttpStatus, details?: ErrorDetail[]) {
    super(code, message, status, details);
  }

  static unauthorized(code = AuthErrorCode.Unauthorized, message = 'Please sign in.'): AuthException {
    return new AuthException(code, message, HttpStatus.UNAUTHORIZED);
  }

  static invalidCredentials(): AuthException {
    return new AuthException(
      AuthErrorCode.InvalidCredentials,
      'That email and password do not match an account.',
      HttpStatus.UNAUTHORIZED,
    );
  }

  static forbidden(
    code = AuthErrorCode.Forbidden,
    message = 'You do not have access to this.',
  ): AuthException {
    return new AuthException(code, message, HttpStatus.FORBIDDEN);
  }

  static passwordTooWeak(reason: string, field = 'password'): AuthException {
    return new AuthException(AuthErrorCode.PasswordTooWeak, reason, HttpStatus.BAD_REQUEST, [
      { field, message: reason },
    ]);
  }

  static emailedToken(
    code: AuthErrorCode.TokenInvalid | AuthErrorCode.TokenExpired | AuthErrorCode.TokenUsed,
  ): AuthException {
    const messages = {
      [AuthErrorCode.TokenInvalid]: 'This link is not valid. Please request a new one.',
      [AuthErrorCode.TokenExpired]: 'This link has expired. Please request a new one.',
      [AuthErrorCode.TokenUsed]: 'This link has already been used.',
    };
    return new AuthException(code, messages[code], HttpStatus.BAD_REQUEST, [
      { field: 'token', message: messages[code] },
    ]);
  }

  static notFound(code: AuthErrorCode, what: string): AuthException {
    return new AuthException(code, `${what} not found.`, HttpStatus.NOT_FOUND);
  }
}
