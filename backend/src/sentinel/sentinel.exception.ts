import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

// Stable codes clients translate; never rename one that shipped.
export enum SentinelErrorCode {
  NoteNotFound = 'note_not_found',
}

export class SentinelException extends AppException {
  constructor(code: SentinelErrorCode, message: string, status: HttpStatus) {
    super(code, message, status);
  }

  // Unknown, deleted and other clients' notes look the same, so ids cannot be probed.
  static noteNotFound(): SentinelException {
    return new SentinelException(SentinelErrorCode.NoteNotFound, 'Note not found.', HttpStatus.NOT_FOUND);
  }
}
