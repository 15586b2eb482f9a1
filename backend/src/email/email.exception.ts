import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum EmailErrorCode {
  EmailNotFound = 'email_not_found',
  EmailNotRetryable = 'email_not_retryable',
}

export class EmailException extends AppException {
  static notFound(): EmailException {
    return new EmailException(EmailErrorCode.EmailNotFound, 'Email not found.', HttpStatus.NOT_FOUND);
  }

  static notRetryable(): EmailException {
    return new EmailException(
      EmailErrorCode.EmailNotRetryable,
      'Only failed emails (or ones stuck sending for 15 minutes) can be retried.',
      HttpStatus.CONFLICT,
    );
  }
}
