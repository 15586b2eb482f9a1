import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

// Stable codes clients translate; never rename one that shipped (docs/studio.md).
export enum StudioErrorCode {
  StudioLocked = 'studio_locked',
  InvalidImage = 'invalid_image',
  ImageTooLarge = 'image_too_large',
  ReferenceLimitReached = 'reference_limit_reached',
  ReferenceNotFound = 'reference_not_found',
  DraftNotFound = 'draft_not_found',
  DraftNotReady = 'draft_not_ready',
  ImageNotFound = 'image_not_found',
  ImagePromptBlocked = 'image_prompt_blocked',
  ReferencePhotoBlocked = 'reference_photo_blocked',
  ImageQuotaExceeded = 'image_quota_exceeded',
  IdempotencyKeyReused = 'idempotency_key_reused',
}

export class StudioException extends AppException {
  constructor(code: StudioErrorCode, message: string, status: HttpStatus) {
    super(code, message, status);
  }

  static locked(): StudioException {
    return new StudioException(
      StudioErrorCode.StudioLocked,
      'The studio opens in the last phase of your coaching.',
      HttpStatus.FORBIDDEN,
    );
  }

  static invalidImage(): StudioException {
    return new StudioException(
      StudioErrorCode.InvalidImage,
      'Send a JPEG, PNG or WebP photo in the `file` field.',
      HttpStatus.BAD_REQUEST,
    );
  }

  static tooLarge(maxBytes: number): StudioException {
    const mib = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    return new StudioException(
      StudioErrorCode.ImageTooLarge,
      `A photo can be at most ${mib} MiB.`,
      HttpStatus.PAYLOAD_TOO_LARGE,
    );
  }

  static referenceLimit(max: number): StudioException {
    return new StudioException(
      StudioErrorCode.ReferenceLimitReached,
      `You can keep ${max} reference photos; delete one to add another.`,
      HttpStatus.CONFLICT,
    );
  }

  // Unknown ids and other clients' ids look the same, so ids cannot be probed.
  static referenceNotFound(): StudioException {
    return new StudioException(StudioErrorCode.ReferenceNotFound, 'Photo not found.', HttpStatus.NOT_FOUND);
  }

  static draftNotFound(): StudioException {
    return new StudioException(StudioErrorCode.DraftNotFound, 'Draft not found.', HttpStatus.NOT_FOUND);
  }

  static imageNotFound(): StudioException {
    return new StudioException(StudioErrorCode.ImageNotFound, 'Image not found.', HttpStatus.NOT_FOUND);
  }

  static draftNotReady(): StudioException {
    return new StudioException(
      StudioErrorCode.DraftNotReady,
      'Only a finished draft can be refined or saved.',
      HttpStatus.CONFLICT,
    );
  }

  static promptBlocked(): StudioException {
    return new StudioException(
      StudioErrorCode.ImagePromptBlocked,
      'That description cannot be turned into a picture; try other words.',
      HttpStatus.UNPROCESSABLE_ENTITY,
    );
  }

  static photoBlocked(): StudioException {
    return new StudioException(
      StudioErrorCode.ReferencePhotoBlocked,
      'That photo cannot be used in the studio; choose another one.',
      HttpStatus.UNPROCESSABLE_ENTITY,
    );
  }

  static idempotencyKeyReused(): StudioException {
    return new StudioException(
      StudioErrorCode.IdempotencyKeyReused,
      'This Idempotency-Key was used for another request.',
      HttpStatus.CONFLICT,
    );
  }
}

/** 429 with Retry-After (the global filter copies `retryAfterSeconds` into the header). */
export class StudioQuotaException extends StudioException {
  readonly retryAfterSeconds: number;

  constructor(limit: number, retryAfterSeconds: number) {
    super(
      StudioErrorCode.ImageQuotaExceeded,
      `You have made ${limit} images today; more tomorrow.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
