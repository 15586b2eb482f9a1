import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum SafetyErrorCode {
  SafetyEventNotFound = 'safety_event_not_found',
  SafetyEventAlreadyResolved = 'safety_event_already_resolved',
}

export class SafetyException extends AppException {
  static notFound(): SafetyException {
    return new SafetyException(
      SafetyErrorCode.SafetyEventNotFound,
      'Safety event not found.',
      HttpStatus.NOT_FOUND,
    );
  }

  static alreadyResolved(): SafetyException {
    return new SafetyException(
      SafetyErrorCode.SafetyEventAlreadyResolved,
      'This safety event is already resolved.',
      HttpStatus.CONFLICT,
    );
  }
}
