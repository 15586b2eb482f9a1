import { HttpStatus } from '@nestjs/common';
import { AppException, type ErrorDetail } from 'src/common/errors/app.exception';

export enum PromptErrorCode {
  NotFound = 'prompt_not_found',
  InvalidTemplate = 'prompt_invalid_template',
  InvalidKey = 'prompt_invalid_key',
  InvalidActions = 'prompt_invalid_actions',
  NoActiveVersion = 'prompt_no_active_version',
  PinnedVersionMismatch = 'prompt_pinned_version_mismatch',
  UserContextUnavailable = 'prompt_user_context_unavailable',
}

const STATUS: Record<PromptErrorCode, HttpStatus> = {
  [PromptErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [PromptErrorCode.InvalidTemplate]: HttpStatus.BAD_REQUEST,
  [PromptErrorCode.InvalidKey]: HttpStatus.BAD_REQUEST,
  [PromptErrorCode.InvalidActions]: HttpStatus.BAD_REQUEST,
  [PromptErrorCode.NoActiveVersion]: HttpStatus.CONFLICT,
  [PromptErrorCode.PinnedVersionMismatch]: HttpStatus.BAD_REQUEST,
  [PromptErrorCode.UserContextUnavailable]: HttpStatus.NOT_FOUND,
};

export class PromptException extends AppException {
  constructor(code: PromptErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, STATUS[code], details);
  }
}
