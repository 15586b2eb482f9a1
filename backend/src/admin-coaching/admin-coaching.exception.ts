import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum AdminCoachingErrorCode {
  NotFound = 'not_found',
  TurnNotRunning = 'turn_not_running',
  ChangeRejected = 'change_rejected',
  NothingToChange = 'nothing_to_change',
  VideoKeyTaken = 'video_key_taken',
  VideoSlotTaken = 'video_slot_taken',
}

export class AdminCoachingException extends AppException {
  constructor(code: AdminCoachingErrorCode, message: string, status: HttpStatus, field?: string) {
    super(code, message, status, field ? [{ field, message }] : undefined);
  }
}

export const notFound = (what: string): AdminCoachingException =>
  new AdminCoachingException(AdminCoachingErrorCode.NotFound, `${what} not found.`, HttpStatus.NOT_FOUND);

/** The row or a 404 naming what was looked for. */
export const found = async <T>(lookup: Promise<T | null>, what: string): Promise<T> => {
  const row = await lookup;
  if (row === null) {
    throw notFound(what);
  }
  return row;
};
