import { Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { ExecutionContext } from '@nestjs/common';
import { RateLimitCode, RateLimitException } from 'src/common/throttling/rate-limit.exception';

// @nestjs/throttler's guard with our error shape: 429, a reason code and Retry-After.
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new RateLimitException(
      RateLimitCode.TooManyRequests,
      'Too many requests from your network. Please wait a moment and try again.',
      detail.timeToBlockExpire,
    );
  }
}
