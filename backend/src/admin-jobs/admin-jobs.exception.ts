import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum AdminJobsErrorCode {
  NotFound = 'job_not_found',
  NotRetryable = 'job_not_retryable',
}

export class AdminJobsException extends AppException {
  static notFound(): AdminJobsException {
    return new AdminJobsException(
      AdminJobsErrorCode.NotFound,
      'No failed job with this id in that queue (it may have been retried or trimmed).',
      HttpStatus.NOT_FOUND,
    );
  }

  static notRetryable(): AdminJobsException {
    return new AdminJobsException(
      AdminJobsErrorCode.NotRetryable,
      'This job can no longer be retried: it was retried already, or a new job took its id.',
      HttpStatus.CONFLICT,
    );
  }
}
