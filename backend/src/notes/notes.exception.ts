import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

// Stable codes clients translate; never rename one that shipped.
export enum NotesErrorCode {
  NoteNotFound = 'note_not_found',
}

export class NotesException extends AppException {
  constructor(code: NotesErrorCode, message: string, status: HttpStatus) {
    super(code, message, status);
  }

  // Unknown, deleted and other clients' notes look the same, so ids cannot be probed.
  static noteNotFound(): NotesException {
    return new NotesException(NotesErrorCode.NoteNotFound, 'Note not found.', HttpStatus.NOT_FOUND);
  }
}
