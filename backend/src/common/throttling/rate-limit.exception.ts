import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum RateLimitCode {
  /** Too many failed sign-ins for one account or from one address. */
  LoginRateLimited = 'login_rate_limited',
  /** Too many emails requested for one address. */
  EmailRateLimited = 'email_rate_limited',
  /** A flood of requests from one client. */
  TooManyRequests = 'too_many_requests',
  /** An API key went over its own requests-per-minute limit. */
  ApiKeyRateLimited = 'api_key_rate_limited',
}

// The global filter copies retryAfterSeconds into the Retry-After header.
export class RateLimitException extends AppException {
  readonly retryAfterSeconds: number;

  constructor(code: RateLimitCode, message: string, retryAfterSeconds: number) {
    super(code, message, HttpStatus.TOO_MANY_REQUESTS);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
