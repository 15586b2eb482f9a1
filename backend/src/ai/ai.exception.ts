import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

// Recorded on llm_calls.error_code and shown to staff; stable values.
export enum AiErrorCode {
  RateLimited = 'rate_limited',
  ServerError = 'server_error',
  NetworkError = 'network_error',
  Timeout = 'timeout',
  Aborted = 'aborted',
  BadRequest = 'bad_request',
  AuthFailed = 'auth_failed',
  MalformedJson = 'malformed_json',
  SchemaViolation = 'schema_violation',
  Truncated = 'truncated',
  ContentFilter = 'content_filter',
  ContextOverflow = 'context_overflow',
  Unknown = 'provider_error',
}

const RETRYABLE = new Set<AiErrorCode>([
  AiErrorCode.RateLimited,
  AiErrorCode.ServerError,
  AiErrorCode.NetworkError,
]);

/**
 * A provider call that failed for good (after retries). Surfaces as 502 when it reaches HTTP:
 * the upstream model failed, not the caller's request.
 */
export class AiException extends AppException {
  /** Transport attempts made before giving up; providers set it when they stop retrying. */
  attempts = 1;

  constructor(
    readonly aiCode: AiErrorCode,
    message: string,
    /** Seconds the provider asked us to wait (Retry-After), when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(
      `ai_${aiCode}`,
      message,
      aiCode === AiErrorCode.ContextOverflow ? HttpStatus.BAD_REQUEST : HttpStatus.BAD_GATEWAY,
    );
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.aiCode);
  }
}
